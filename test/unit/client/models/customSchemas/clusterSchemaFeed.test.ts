// What the language server is told about clusters' schemas: the current context's, from the cache
// at activation and on a switch (the previous context's removed), and fresh ones after a load —
// group versions that disappeared are removed, failed ones keep their cached documents, and a load
// that finishes after a switch is cached without replacing the new context's schemas.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ClusterError, type CustomSchemaLoad } from '../../../../../client/src/cluster';
import {
  clusterSourceId,
  clusterSourcePrefix,
  ClusterSchemaFeed,
  countCustomKinds,
  type SchemaSink,
} from '../../../../../client/src/models/customSchemas/clusterSchemaFeed';
import { ClusterSchemaCache, INDEX_FILE } from '../../../../../client/src/models/customSchemas/schemaCache';

function openApi(group: string, version: string, ...kinds: string[]): unknown {
  const reversed = group.split('.').reverse().join('.');
  const schemas: Record<string, unknown> = {
    'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': {
      type: 'object',
      'x-kubernetes-group-version-kind': [{ group: '', version: 'v1', kind: 'ObjectMeta' }],
    },
  };
  for (const kind of kinds) {
    schemas[`${reversed}.${version}.${kind}`] = { type: 'object', 'x-kubernetes-group-version-kind': [{ group, version, kind }] };
    schemas[`${reversed}.${version}.${kind}List`] = {
      type: 'object',
      'x-kubernetes-group-version-kind': [{ group, version, kind: `${kind}List` }],
    };
  }
  return { openapi: '3.0.0', components: { schemas } };
}

type Call = ['set', string, number] | ['remove', { sourceId: string } | { prefix: string }];

class FakeSink implements SchemaSink {
  readonly calls: Call[] = [];
  readonly sources = new Map<string, readonly unknown[]>();
  setCustomSchemas(sourceId: string, documents: readonly unknown[]): Promise<void> {
    this.calls.push(['set', sourceId, documents.length]);
    this.sources.set(sourceId, documents);
    return Promise.resolve();
  }
  removeCustomSchemas(params: { sourceId: string } | { prefix: string }): Promise<void> {
    this.calls.push(['remove', params]);
    for (const id of [...this.sources.keys()])
      if ('sourceId' in params ? id === params.sourceId : id.startsWith(params.prefix)) this.sources.delete(id);
    return Promise.resolve();
  }
  take(): Call[] {
    return this.calls.splice(0);
  }
}

function loaded(
  documents: { groupVersion: string; hash?: string; document: unknown }[],
  failures: string[] = [],
  vanished: string[] = [],
): CustomSchemaLoad {
  return {
    documents: documents.map((d) => {
      const [group = '', version = ''] = d.groupVersion.split('/');
      return { group, version, groupVersion: d.groupVersion, hash: d.hash, document: d.document, reused: false };
    }),
    failures: failures.map((groupVersion) => ({
      groupVersion,
      error: new ClusterError({ kind: 'server', message: `503 for ${groupVersion}` }),
    })),
    vanished,
  };
}

const FETCHED = new Date('2025-03-01T12:00:00Z');

describe('cluster schema feed', () => {
  let root = '';
  let cache: ClusterSchemaCache;
  const logs: string[] = [];
  const log = { info: (m: string) => logs.push(`info: ${m}`), warn: (m: string) => logs.push(`warn: ${m}`) };
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'podwright-schema-feed-'));
    cache = new ClusterSchemaCache(root);
    await cache.write({
      context: 'dev',
      server: 'https://dev:6443',
      fetchedAt: FETCHED.toISOString(),
      groupVersions: [
        { groupVersion: 'stable.example.com/v1', hash: 'H1', document: openApi('stable.example.com', 'v1', 'CronTab') },
        { groupVersion: 'shop.example.com/v1', hash: 'H2', document: openApi('shop.example.com', 'v1', 'Widget', 'Gadget') },
      ],
    });
    await cache.write({
      context: 'arn:aws:eks:eu-west-1:1:cluster/prod',
      server: 'https://prod',
      fetchedAt: FETCHED.toISOString(),
      groupVersions: [
        {
          groupVersion: 'gateway.networking.k8s.io/v1',
          hash: 'G1',
          document: openApi('gateway.networking.k8s.io', 'v1', 'Gateway', 'HTTPRoute'),
        },
      ],
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('names sources cluster:<context>/<group>/<version>, the context encoded', () => {
    assert.equal(clusterSourceId('kind-dev', 'stable.example.com/v1'), 'cluster:kind-dev/stable.example.com/v1');
    assert.equal(clusterSourcePrefix('arn:aws:eks:eu-west-1:1:cluster/prod'), 'cluster:arn%3Aaws%3Aeks%3Aeu-west-1%3A1%3Acluster%2Fprod/');
  });

  it('counts custom kinds without their lists and without built-in components', () => {
    assert.equal(
      countCustomKinds([openApi('shop.example.com', 'v1', 'Widget', 'Gadget'), openApi('stable.example.com', 'v1', 'CronTab')]),
      3,
    );
    assert.equal(countCustomKinds([{}, 'text', { components: { schemas: [] } }]), 0);
  });

  it('sends the cached schemas of the context it is given, from disk only', async () => {
    const sink = new FakeSink();
    const feed = new ClusterSchemaFeed(cache, sink, log);
    assert.equal(await feed.useContext('dev'), 2);
    assert.deepEqual(sink.take(), [
      ['set', 'cluster:dev/stable.example.com/v1', 1],
      ['set', 'cluster:dev/shop.example.com/v1', 1],
    ]);
    assert.match(
      logs.at(-1) ?? '',
      /^info: custom resource schemas of context "dev" from the cache \(read from https:\/\/dev:6443 at 2025-03-01T12:00:00\.000Z\): 2 group version\(s\), 3 kind\(s\)$/,
    );
    // The same context again: nothing to do.
    assert.equal(await feed.useContext('dev'), 2);
    assert.deepEqual(sink.take(), []);
  });

  it("on a switch, removes the previous context's sources and sends the new one's", async () => {
    const sink = new FakeSink();
    const feed = new ClusterSchemaFeed(cache, sink, log);
    await feed.useContext('dev');
    sink.take();
    await feed.useContext('arn:aws:eks:eu-west-1:1:cluster/prod');
    assert.deepEqual(sink.take(), [
      ['remove', { prefix: 'cluster:dev/' }],
      ['set', 'cluster:arn%3Aaws%3Aeks%3Aeu-west-1%3A1%3Acluster%2Fprod/gateway.networking.k8s.io/v1', 1],
    ]);
    // A context with nothing cached: the server keeps no cluster schemas.
    assert.equal(await feed.useContext('empty'), 0);
    assert.deepEqual(sink.take(), [['remove', { prefix: 'cluster:arn%3Aaws%3Aeks%3Aeu-west-1%3A1%3Acluster%2Fprod/' }]]);
    assert.deepEqual([...sink.sources.keys()], []);
    await feed.useContext(undefined);
    assert.deepEqual(sink.take(), []);
  });

  it('after a load: caches, replaces changed sources in place, removes vanished ones, keeps failed ones from the cache', async () => {
    const local = new ClusterSchemaCache(join(root, 'load'));
    await local.write({
      context: 'dev',
      server: 'https://dev:6443',
      fetchedAt: FETCHED.toISOString(),
      groupVersions: [
        { groupVersion: 'stable.example.com/v1', hash: 'H1', document: openApi('stable.example.com', 'v1', 'CronTab') },
        { groupVersion: 'shop.example.com/v1', hash: 'H2', document: openApi('shop.example.com', 'v1', 'Widget') },
        { groupVersion: 'metrics.example.com/v1beta1', hash: 'H3', document: openApi('metrics.example.com', 'v1beta1', 'NodeMetric') },
      ],
    });
    const sink = new FakeSink();
    const feed = new ClusterSchemaFeed(local, sink, log);
    await feed.useContext('dev');
    sink.take();
    const result = await feed.stored(
      'dev',
      'https://dev:6443',
      loaded(
        [
          {
            groupVersion: 'stable.example.com/v1',
            hash: 'H1b',
            document: openApi('stable.example.com', 'v1', 'CronTab', 'CronJobTemplate'),
          },
        ],
        ['metrics.example.com/v1beta1'],
        ['shop.example.com/v1'],
      ),
      new Date('2025-03-05T09:00:00Z'),
    );
    assert.deepEqual(result, {
      kinds: 3,
      groupVersions: 2,
      keptFromCache: ['metrics.example.com/v1beta1'],
      applied: true,
      cacheError: undefined,
    });
    assert.deepEqual(sink.take(), [
      ['remove', { sourceId: 'cluster:dev/shop.example.com/v1' }],
      ['set', 'cluster:dev/stable.example.com/v1', 1],
      ['set', 'cluster:dev/metrics.example.com/v1beta1', 1],
    ]);
    const cached = await local.read('dev');
    assert.equal(cached.schemas?.fetchedAt, '2025-03-05T09:00:00.000Z');
    assert.deepEqual(
      cached.schemas?.groupVersions.map((g) => [g.groupVersion, g.hash]),
      [
        ['stable.example.com/v1', 'H1b'],
        ['metrics.example.com/v1beta1', 'H3'],
      ],
    );
    // Unchanged documents can be reused by hash.
    const reuse = await feed.reusable('dev');
    assert.deepEqual(reuse('stable.example.com/v1', 'H1b'), openApi('stable.example.com', 'v1', 'CronTab', 'CronJobTemplate'));
    assert.equal(reuse('stable.example.com/v1', 'H1'), undefined);
    assert.equal(reuse('nothing.example.com/v1', 'H1b'), undefined);
  });

  it('a load of a context Podwright left meanwhile is cached but not sent', async () => {
    const local = new ClusterSchemaCache(join(root, 'switched'));
    const sink = new FakeSink();
    const feed = new ClusterSchemaFeed(local, sink, log);
    await feed.useContext('staging');
    const result = await feed.stored(
      'dev',
      'https://dev:6443',
      loaded([{ groupVersion: 'stable.example.com/v1', hash: 'X', document: openApi('stable.example.com', 'v1', 'CronTab') }]),
      FETCHED,
    );
    assert.equal(result.applied, false);
    assert.equal(result.kinds, 1);
    assert.deepEqual(sink.take(), []);
    assert.equal(feed.context, 'staging');
    // Switching there later uses it, with no network.
    await feed.useContext('dev');
    assert.deepEqual(sink.take(), [['set', 'cluster:dev/stable.example.com/v1', 1]]);
  });

  it('the first load (no context known yet) is sent and becomes the current context', async () => {
    const sink = new FakeSink();
    const feed = new ClusterSchemaFeed(new ClusterSchemaCache(join(root, 'first')), sink, log);
    const result = await feed.stored(
      'dev',
      'https://dev:6443',
      loaded([{ groupVersion: 'stable.example.com/v1', document: openApi('stable.example.com', 'v1', 'CronTab') }]),
      FETCHED,
    );
    assert.equal(result.applied, true);
    assert.equal(feed.context, 'dev');
    assert.deepEqual(feed.sourceIds, ['cluster:dev/stable.example.com/v1']);
  });

  it('still sends a load it cannot cache, and says why', async () => {
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, 'not a folder');
    const sink = new FakeSink();
    const feed = new ClusterSchemaFeed(new ClusterSchemaCache(blocked), sink, log);
    const result = await feed.stored(
      'dev',
      'https://dev:6443',
      loaded([{ groupVersion: 'stable.example.com/v1', document: openApi('stable.example.com', 'v1', 'CronTab') }]),
      FETCHED,
    );
    assert.match(result.cacheError ?? '', /EEXIST|ENOTDIR/);
    assert.deepEqual(sink.take(), [['set', 'cluster:dev/stable.example.com/v1', 1]]);
    assert.match(logs.at(-1) ?? '', /^warn: could not cache the custom resource schemas of context "dev" in /);
  });

  it('a corrupt cache is logged and sends nothing; it never throws', async () => {
    const local = new ClusterSchemaCache(join(root, 'corrupt'));
    await local.write({ context: 'dev', server: 'https://dev', fetchedAt: FETCHED.toISOString(), groupVersions: [] });
    writeFileSync(join(local.folderOf('dev'), INDEX_FILE), 'garbage');
    const sink = new FakeSink();
    const feed = new ClusterSchemaFeed(local, sink, log);
    assert.equal(await feed.useContext('dev'), 0);
    assert.deepEqual(sink.take(), []);
    assert.match(logs.at(-1) ?? '', /^warn: The schema cache of context "dev" is corrupt \(.*\); it is ignored\.$/);
  });

  it('runs switches and loads in call order', async () => {
    const sink = new FakeSink();
    const feed = new ClusterSchemaFeed(cache, sink, log);
    await Promise.all([feed.useContext('dev'), feed.useContext('arn:aws:eks:eu-west-1:1:cluster/prod'), feed.useContext('dev')]);
    assert.deepEqual([...sink.sources.keys()], ['cluster:dev/stable.example.com/v1', 'cluster:dev/shop.example.com/v1']);
  });
});
