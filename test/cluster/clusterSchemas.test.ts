// Custom resource schemas from a cluster: the cluster layer reads GET /openapi/v3 and the documents of
// the group versions Kubernetes does not serve itself, the language service turns them into kinds it
// checks, the cache keeps them for offline use, and failures are typed for the error explainer
// (403 naming the path, 401 naming the request, a server without /openapi/v3, an unreachable one).
// The test API server serves the CronTab CRD of the Kubernetes docs (`stable.example.com/v1`).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ClusterError, ClusterSession, customKindsOf, isBuiltInGroup, type CustomSchemaLoad } from '../../client/src/cluster';
import { ClusterSchemaFeed, type SchemaSink } from '../../client/src/models/customSchemas/clusterSchemaFeed';
import { ClusterSchemaCache } from '../../client/src/models/customSchemas/schemaCache';
import type { PodLanguageService } from '../../server/src/service/index';
import { newService, parse } from '../helpers/service';
import { CRONTAB_CRD, type CustomResourceDefinition } from '../../packages/kube-test-apiserver/src/customResources';
import { DEVELOPER_CONTEXT } from '../../packages/kube-test-apiserver/src';
import { kubeconfigText } from '../../packages/kube-test-apiserver/src/kubeconfig';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';

const CRONTAB = 'stable.example.com/v1';

/** A CronTab with three mistakes: a spec that is not cron, `imagee` for the required `image`, a value over the maximum. */
const BROKEN_CRONTAB = `apiVersion: stable.example.com/v1
kind: CronTab
metadata:
  name: nightly
spec:
  cronSpec: every night
  imagee: backup:1.2
  replicas: 20
`;

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

function sha512(text: string): string {
  return createHash('sha512').update(text).digest('hex').toUpperCase();
}

function check(service: PodLanguageService, text: string): { code: string; line: number; message: string }[] {
  const { uri, manifest } = parse(service, text);
  return service
    .doValidation(uri, manifest)
    .map((d) => ({ code: String(d.code), line: d.range.start.line, message: d.message }))
    .sort((a, b) => a.line - b.line);
}

/** A sink that hands the schemas to a language service, as the server does with the notifications. */
function serviceSink(service: PodLanguageService): SchemaSink {
  return {
    setCustomSchemas: (sourceId, documents) => {
      service.customSchemas.set(sourceId, documents);
      return Promise.resolve();
    },
    removeCustomSchemas: (params) => {
      for (const id of service.customSchemas.sources)
        if ('sourceId' in params ? id === params.sourceId : id.startsWith(params.prefix)) service.customSchemas.delete(id);
      return Promise.resolve();
    },
  };
}

describe('custom resource schemas from the cluster', () => {
  let cluster: ClusterUnderTest;
  let scratch = '';
  before(async () => {
    cluster = await startCluster();
    scratch = mkdtempSync(join(tmpdir(), 'podwright-cluster-schemas-'));
  });
  after(async () => {
    cluster.server?.beforeRequest(undefined);
    await cluster.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** GET as the admin, straight over HTTPS (headers and status as the server sent them). */
  function get(path: string): Promise<RawResponse> {
    const server = cluster.server;
    assert.ok(server);
    return new Promise((resolve, reject) => {
      const req = request(
        `${server.url}${path}`,
        { ca: readFileSync(server.caFile), headers: { Authorization: `Bearer ${server.adminToken}`, Accept: 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  /** Paths the server was asked for while `work` ran. */
  async function requested<T>(work: () => Promise<T>): Promise<{ result: T; paths: string[] }> {
    const paths: string[] = [];
    cluster.server?.beforeRequest((req) => paths.push(req.url ?? ''));
    try {
      return { result: await work(), paths };
    } finally {
      cluster.server?.beforeRequest(undefined);
    }
  }

  async function sessionFor(t: { name: string }, user: { name: string; token: string }, server?: string): Promise<ClusterSession> {
    const test = cluster.server;
    assert.ok(test);
    const path = join(scratch, `${t.name.replace(/\W+/g, '-')}.kubeconfig`);
    writeFileSync(
      path,
      kubeconfigText({
        clusterName: 'podwright-test',
        server: server ?? test.url,
        caFile: test.caFile,
        users: [user],
        contexts: [{ name: 'under-test', user: user.name, namespace: 'default' }],
        currentContext: 'under-test',
      }),
    );
    return ClusterSession.open({ paths: [path], watch: false });
  }

  it('reads the documents of the custom group versions only', async () => {
    const load = await cluster.api.customResourceSchemas();
    assert.deepEqual(load.failures, []);
    for (const document of load.documents) assert.equal(isBuiltInGroup(document.group), false, document.groupVersion);
    if (!cluster.server) return;
    assert.deepEqual(
      load.documents.map((d) => [d.groupVersion, d.reused]),
      [[CRONTAB, false]],
    );
    assert.match(load.documents[0]?.hash ?? '', /^[0-9A-F]{128}$/);
    assert.deepEqual(
      customKindsOf(load.documents[0]?.document).map((k) => k.kind),
      ['CronTab'],
    );
  });

  it('the documents convert into kinds the language service checks: a CronTab with mistakes gets diagnostics', async (t) => {
    if (!needsTestServer(t, cluster, 'the CronTab CRD of the test server')) return;
    const load = await cluster.api.customResourceSchemas();
    const service = newService();
    assert.deepEqual(check(service, BROKEN_CRONTAB), [], 'an unknown custom kind is left alone');
    const document = load.documents.find((d) => d.groupVersion === CRONTAB);
    assert.ok(document);
    const result = service.customSchemas.set(`cluster:${cluster.api.context}/${CRONTAB}`, [document.document]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.kinds.map((k) => `${k.apiVersion}/${k.kind}`).sort(), [
      'stable.example.com/v1/CronTab',
      'stable.example.com/v1/CronTabList',
    ]);
    const found = check(service, BROKEN_CRONTAB);
    assert.deepEqual(
      found.map((f) => [f.code, f.line]),
      [
        ['schema-pattern', 5],
        ['unknown-field', 6],
        ['schema-range', 7],
      ],
    );
    assert.equal(found.find((f) => f.code === 'unknown-field')?.message, 'Unknown field `imagee` in CronTab.spec: did you mean `image`?');
    assert.equal(found.find((f) => f.code === 'schema-range')?.message, '`replicas: 20` is out of range: the schema requires at most 10.');
    // The schema's required fields.
    assert.deepEqual(
      check(service, 'apiVersion: stable.example.com/v1\nkind: CronTab\nmetadata:\n  name: nightly\nspec:\n  cronSpec: "0 3 * * *"\n').map(
        (f) => [f.code, f.line],
      ),
      [['required-field', 4]],
    );
    // A correct one is clean.
    assert.deepEqual(
      check(
        service,
        'apiVersion: stable.example.com/v1\nkind: CronTab\nmetadata:\n  name: ok\nspec:\n  cronSpec: "*/5 * * * *"\n  image: backup:1.2\n  replicas: 2\n',
      ),
      [],
    );
  });

  it('serves discovery and documents as kube-openapi does: hashes, cache headers, redirects, allOf', async (t) => {
    if (!needsTestServer(t, cluster, "reading the test server's raw answers")) return;
    const discovery = await get('/openapi/v3');
    assert.equal(discovery.status, 200);
    assert.equal(discovery.headers['cache-control'], 'no-cache, private');
    const paths = (JSON.parse(discovery.body) as { paths: Record<string, { serverRelativeURL: string }> }).paths;
    assert.deepEqual(Object.keys(paths), [...Object.keys(paths)].sort());
    for (const key of [
      'api',
      'api/v1',
      'apis',
      'apis/apps',
      'apis/apps/v1',
      'apis/batch/v1',
      'apis/stable.example.com/v1',
      'version',
      'logs',
      '.well-known/openid-configuration',
      'openid/v1/jwks',
    ]) {
      assert.match(paths[key]?.serverRelativeURL ?? '', new RegExp(`^/openapi/v3/${key.replace(/\./g, '\\.')}\\?hash=[0-9A-F]{128}$`), key);
    }
    const url = paths['apis/stable.example.com/v1']?.serverRelativeURL ?? '';
    const hash = url.slice(url.indexOf('hash=') + 5);
    const pinned = await get(url);
    assert.equal(pinned.status, 200);
    assert.equal(sha512(pinned.body), hash);
    assert.equal(pinned.headers.etag, `"${hash}"`);
    assert.equal(pinned.headers['cache-control'], 'public, immutable');
    assert.ok(pinned.headers.expires);
    assert.equal((await get('/openapi/v3/apis/stable.example.com/v1')).headers['cache-control'], 'no-cache, private');
    const stale = await get(`/openapi/v3/apis/stable.example.com/v1?hash=${'0'.repeat(128)}`);
    assert.equal(stale.status, 301);
    assert.equal(stale.headers.location, url);
    const missing = await get('/openapi/v3/apis/nothing.example.com/v1');
    assert.deepEqual(
      [missing.status, missing.headers['content-type'], missing.body],
      [404, 'text/plain; charset=utf-8', '404 page not found\n'],
    );
    // The CRD's document as apiextensions-apiserver builds it.
    const crd = JSON.parse(pinned.body) as {
      info: unknown;
      paths: Record<string, Record<string, { operationId?: string }>>;
      components: {
        schemas: Record<string, { properties?: Record<string, Record<string, unknown>>; 'x-kubernetes-group-version-kind'?: unknown }>;
      };
    };
    assert.deepEqual(crd.info, { title: 'Kubernetes CRD Swagger', version: 'v0.1.0' });
    assert.equal(
      crd.paths['/apis/stable.example.com/v1/namespaces/{namespace}/crontabs']?.get?.operationId,
      'listStableExampleComV1NamespacedCronTab',
    );
    assert.equal(crd.paths['/apis/stable.example.com/v1/crontabs']?.get?.operationId, 'listStableExampleComV1CronTabForAllNamespaces');
    const cronTab = crd.components.schemas['com.example.stable.v1.CronTab'];
    assert.deepEqual(cronTab?.['x-kubernetes-group-version-kind'], [{ group: 'stable.example.com', kind: 'CronTab', version: 'v1' }]);
    assert.deepEqual(cronTab?.properties?.metadata?.allOf, [
      { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
    ]);
    assert.equal(cronTab?.properties?.metadata?.$ref, undefined);
    assert.ok(crd.components.schemas['com.example.stable.v1.CronTabList']);
    assert.ok(crd.components.schemas['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta']);
    // Built-in documents wrap references with siblings too, and name operations as the API server does.
    const apps = JSON.parse((await get(paths['apis/apps/v1']?.serverRelativeURL ?? '')).body) as typeof crd;
    const deploymentSpec = apps.components.schemas['io.k8s.api.apps.v1.Deployment']?.properties?.spec;
    assert.deepEqual(deploymentSpec?.allOf, [{ $ref: '#/components/schemas/io.k8s.api.apps.v1.DeploymentSpec' }]);
    assert.equal(typeof deploymentSpec?.description, 'string');
    assert.equal(
      apps.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}']?.patch?.operationId,
      'patchAppsV1NamespacedDeployment',
    );
    const core = JSON.parse((await get(paths['api/v1']?.serverRelativeURL ?? '')).body) as typeof crd;
    assert.equal(core.paths['/api/v1/namespaces/{namespace}/pods/{name}']?.get?.operationId, 'readCoreV1NamespacedPod');
  });

  it('reuses the documents whose hash did not change, without fetching them', async (t) => {
    if (!needsTestServer(t, cluster, "counting the test server's requests")) return;
    const first = await cluster.api.customResourceSchemas();
    const cached = new Map(first.documents.map((d) => [`${d.groupVersion}@${d.hash ?? ''}`, d.document]));
    const { result, paths } = await requested(() =>
      cluster.api.customResourceSchemas({ reuse: (gv, hash) => cached.get(`${gv}@${hash}`) }),
    );
    assert.deepEqual(
      result.documents.map((d) => [d.groupVersion, d.reused]),
      [[CRONTAB, true]],
    );
    assert.deepEqual(result.documents[0]?.document, first.documents[0]?.document);
    assert.deepEqual(paths, ['/openapi/v3']);
  });

  it('follows the redirect when the CRD changes between discovery and fetch', async (t) => {
    if (!needsTestServer(t, cluster, 'changing a CRD on the test server')) return;
    const server = cluster.server;
    const changed = structuredClone(CRONTAB_CRD) as CustomResourceDefinition & {
      spec: { versions: { schema: { openAPIV3Schema: { properties: { spec: { properties: Record<string, unknown> } } } } }[] };
    };
    const spec = changed.spec.versions[0]?.schema.openAPIV3Schema.properties.spec;
    assert.ok(spec);
    spec.properties.suspend = { type: 'boolean', description: 'Stops the runs.' };
    const paths: string[] = [];
    try {
      server.beforeRequest((req) => {
        paths.push(req.url ?? '');
        if (paths.filter((p) => p.startsWith('/openapi/v3/apis/stable.example.com/v1')).length === 1)
          server.updateCustomResourceDefinition(changed);
      });
      const result = await cluster.api.customResourceSchemas();
      // Discovery, the old hash (answered 301) and the new one.
      assert.equal(paths.length, 3);
      assert.match(paths[1] ?? '', /^\/openapi\/v3\/apis\/stable\.example\.com\/v1\?hash=[0-9A-F]{128}$/);
      assert.match(paths[2] ?? '', /^\/openapi\/v3\/apis\/stable\.example\.com\/v1\?hash=[0-9A-F]{128}$/);
      assert.notEqual(paths[1], paths[2]);
      // The document is remembered with the hash that served it, so the next load can reuse it.
      assert.equal(result.documents[0]?.hash, paths[2]?.slice(paths[2].indexOf('hash=') + 5));
      const document = result.documents.find((d) => d.groupVersion === CRONTAB)?.document as {
        components: { schemas: Record<string, { properties: { spec: { properties: Record<string, unknown> } } }> };
      };
      assert.deepEqual(document.components.schemas['com.example.stable.v1.CronTab']?.properties.spec.properties.suspend, {
        type: 'boolean',
        description: 'Stops the runs.',
      });
      // The store validates against the new schema too.
      const name = uniqueName('suspended');
      const [applied] = await cluster.api.applyDocuments([
        {
          index: 0,
          object: {
            apiVersion: CRONTAB,
            kind: 'CronTab',
            metadata: { name },
            spec: { cronSpec: '0 3 * * *', image: 'backup:1', suspend: true },
          },
        },
      ]);
      assert.equal(applied?.error, undefined);
      await cluster.api.delete({ apiVersion: CRONTAB, kind: 'CronTab', name });
    } finally {
      server.beforeRequest(undefined);
      server.updateCustomResourceDefinition(CRONTAB_CRD);
    }
  });

  it('stores CronTabs as the CRD defines them, and refuses unknown fields', async (t) => {
    if (!needsTestServer(t, cluster, 'the CronTab CRD of the test server')) return;
    const name = uniqueName('nightly');
    const [applied] = await cluster.api.applyDocuments([
      {
        index: 0,
        object: { apiVersion: CRONTAB, kind: 'CronTab', metadata: { name }, spec: { cronSpec: '0 3 * * *', image: 'backup:1' } },
      },
    ]);
    assert.equal(applied?.error, undefined);
    assert.deepEqual(
      (await cluster.api.list(CRONTAB, 'CronTab')).map((o) => o.metadata?.name),
      [name],
    );
    const [refused] = await cluster.api.applyDocuments([
      {
        index: 0,
        object: { apiVersion: CRONTAB, kind: 'CronTab', metadata: { name }, spec: { cronSpec: '0 3 * * *', imagee: 'backup:1' } },
      },
    ]);
    assert.ok(refused?.error instanceof ClusterError);
    assert.equal(refused.error.kind, 'invalid');
    assert.deepEqual(
      refused.error.causes.map((c) => c.field),
      ['.spec.imagee'],
    );
    await cluster.api.delete({ apiVersion: CRONTAB, kind: 'CronTab', name });
  });

  it('keeps the cached schemas working offline: a new feed sends them with no request to the cluster', async (t) => {
    if (!needsTestServer(t, cluster, "counting the test server's requests")) return;
    const cache = new ClusterSchemaCache(join(scratch, 'cache'));
    const online = newService();
    const feed = new ClusterSchemaFeed(cache, serviceSink(online), { info: () => undefined, warn: () => undefined });
    await feed.useContext(cluster.api.context);
    const load = await cluster.api.customResourceSchemas({ reuse: await feed.reusable(cluster.api.context) });
    const stored = await feed.stored(cluster.api.context, cluster.api.server, load, new Date());
    assert.deepEqual([stored.kinds, stored.groupVersions, stored.applied, stored.cacheError], [1, 1, true, undefined]);
    assert.equal(check(online, BROKEN_CRONTAB).length, 3);
    // After a restart: a new service and feed over the same cache, and not one request.
    const offline = newService();
    const { paths } = await requested(async () => {
      const restarted = new ClusterSchemaFeed(new ClusterSchemaCache(join(scratch, 'cache')), serviceSink(offline), {
        info: () => undefined,
        warn: () => undefined,
      });
      assert.equal(await restarted.useContext(cluster.api.context), 1);
    });
    assert.deepEqual(paths, []);
    assert.deepEqual(
      check(offline, BROKEN_CRONTAB).map((f) => f.code),
      ['schema-pattern', 'unknown-field', 'schema-range'],
    );
    // Switching to another context drops them.
    const switched = new ClusterSchemaFeed(cache, serviceSink(offline), { info: () => undefined, warn: () => undefined });
    await switched.useContext(cluster.api.context);
    await switched.useContext('elsewhere');
    assert.deepEqual(check(offline, BROKEN_CRONTAB), []);
  });

  it('explains a 403 for /openapi/v3 naming the path', async (t) => {
    if (!needsTestServer(t, cluster, 'forbidding a path')) return;
    const undo = cluster.server.forbid({ user: 'developer', verb: 'get', path: '/openapi/v3' });
    const session = await ClusterSession.open({ paths: [cluster.kubeconfigPath], watch: false, selection: { context: DEVELOPER_CONTEXT } });
    try {
      await assert.rejects((await session.api()).customResourceSchemas(), (error: unknown) => {
        assert.ok(error instanceof ClusterError);
        assert.equal(error.kind, 'forbidden');
        assert.deepEqual(error.forbidden, { user: 'developer', verb: 'get', resource: '', group: '', path: '/openapi/v3' });
        assert.deepEqual(error.request, { method: 'GET', path: '/openapi/v3' });
        assert.match(error.message, /User "developer" may not get path \/openapi\/v3/);
        return true;
      });
    } finally {
      undo();
      session.dispose();
    }
  });

  it('lists a group version it may not read, and reads the others', async (t) => {
    if (!needsTestServer(t, cluster, 'forbidding a path')) return;
    const undo = cluster.server.forbid({ user: 'developer', verb: 'get', path: '/openapi/v3/apis/stable.example.com/*' });
    const session = await ClusterSession.open({ paths: [cluster.kubeconfigPath], watch: false, selection: { context: DEVELOPER_CONTEXT } });
    try {
      const load: CustomSchemaLoad = await (await session.api()).customResourceSchemas();
      assert.deepEqual(load.documents, []);
      assert.deepEqual(
        load.failures.map((f) => [f.groupVersion, f.error.kind, f.error.forbidden?.path]),
        [[CRONTAB, 'forbidden', '/openapi/v3/apis/stable.example.com/v1']],
      );
    } finally {
      undo();
      session.dispose();
    }
  });

  it('explains a rejected token as 401 for the request', async (t) => {
    if (!needsTestServer(t, cluster, 'a kubeconfig with a wrong token for the test server')) return;
    const session = await sessionFor(t, { name: 'stale', token: 'not-a-valid-token' });
    try {
      await assert.rejects((await session.api()).customResourceSchemas(), (error: unknown) => {
        assert.ok(error instanceof ClusterError);
        assert.equal(error.kind, 'unauthorized');
        assert.deepEqual(error.request, { method: 'GET', path: '/openapi/v3' });
        return true;
      });
    } finally {
      session.dispose();
    }
  });

  it('explains a server without /openapi/v3 (older than 1.24)', async (t) => {
    if (!needsTestServer(t, cluster, 'turning OpenAPI v3 off')) return;
    cluster.server.serveOpenApiV3(false);
    try {
      await assert.rejects(cluster.api.customResourceSchemas(), (error: unknown) => {
        assert.ok(error instanceof ClusterError);
        assert.equal(error.kind, 'unsupported');
        assert.equal(error.feature, 'openapi-v3');
        assert.equal(error.statusCode, 404);
        assert.match(error.message, /does not serve \/openapi\/v3: it is older than Kubernetes 1\.24, or OpenAPI v3 is turned off/);
        return true;
      });
    } finally {
      cluster.server.serveOpenApiV3(true);
    }
  });

  it('explains an unreachable cluster', async (t) => {
    if (!needsTestServer(t, cluster, 'a kubeconfig of the test server')) return;
    const session = await sessionFor(t, { name: 'admin', token: cluster.server.adminToken }, 'https://127.0.0.1:1');
    try {
      await assert.rejects((await session.api()).customResourceSchemas(), (error: unknown) => {
        assert.ok(error instanceof ClusterError);
        assert.equal(error.kind, 'unreachable');
        assert.match(error.message, /Cannot reach the API server of context "under-test" \(https:\/\/127\.0\.0\.1:1\)/);
        return true;
      });
    } finally {
      session.dispose();
    }
  });
});
