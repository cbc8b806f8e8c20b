// Debug containers through the cluster layer and the debug flow: a debugger is added with the
// ephemeralcontainers subresource, targets the chosen container, runs, and takes an exec; a second
// request of the same image and target reuses it; the API server's validation, RBAC, a cluster
// without the subresource, Windows pods and an image that cannot be pulled are refused clearly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { after, before, describe, it } from 'node:test';
import { ClusterError, ClusterSession, type ClusterApi, type KubeObject } from '../../client/src/cluster';
import { debuggerName } from '../../client/src/core/debug/debugContainer';
import type { Pod } from '../../client/src/core/kube/kubeTypes';
import { DebuggerFailed, DebugRefused, startDebugger } from '../../client/src/models/debug/debugSession';
import { DEVELOPER_CONTEXT, type TestCluster } from '../../packages/kube-test-apiserver/src';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { containerStatus, waitForObject } from './waitFor';

function sleeper(name: string, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }], ...extra },
  };
}

async function readPod(api: ClusterApi, name: string): Promise<Pod> {
  return await api.get({ apiVersion: 'v1', kind: 'Pod', name });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return assert.fail('expected a failure');
}

/** A PATCH as any client may send it (the cluster layer sends only strategic merge patches). */
function patch(server: TestCluster, path: string, contentType: string, body: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      {
        method: 'PATCH',
        ca: readFileSync(server.caFile),
        headers: { Authorization: `Bearer ${server.adminToken}`, 'Content-Type': contentType },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('debug containers', () => {
  let cluster: ClusterUnderTest;
  const pod = uniqueName('debugged');
  before(async () => {
    cluster = await startCluster();
    await cluster.api.applyDocuments([{ index: 0, object: sleeper(pod) }]);
    await waitForObject(cluster.api, 'v1', 'Pod', pod, (p) => containerStatus(p)?.state?.running !== undefined, {
      timeoutMs: cluster.patienceMs,
      what: 'running',
    });
  });
  after(async () => {
    await cluster.stop();
  });

  it('adds a debugger that targets the container, waits until it runs, and takes an exec', async () => {
    const target = { namespace: cluster.namespace, pod, container: 'main' };
    const started = await startDebugger(cluster.api, target, 'busybox');
    assert.equal(started.reused, false);
    assert.match(started.name, /^debugger-[a-z0-9]{5}$/);
    const live = await readPod(cluster.api, pod);
    const added = live.spec?.ephemeralContainers?.find((c) => c.name === started.name);
    assert.equal(added?.image, 'busybox');
    assert.equal(added?.targetContainerName, 'main');
    assert.ok(live.status?.ephemeralContainerStatuses?.find((s) => s.name === started.name)?.state?.running, 'the debugger runs');
    const shell = await cluster.api.execCapture(pod, started.name, ['sh', '-c', 'echo "debugging $HOSTNAME"']);
    assert.equal(shell.exitCode, 0);
    assert.equal(shell.stdout, `debugging ${pod}\n`);

    const again = await startDebugger(cluster.api, target, 'docker.io/library/busybox:latest');
    assert.deepEqual(again, { reused: true, name: started.name });
    const other = await startDebugger(cluster.api, target, 'alpine');
    assert.equal(other.reused, false);
    assert.notEqual(other.name, started.name);
    assert.deepEqual(
      (await readPod(cluster.api, pod)).spec?.ephemeralContainers?.map((c) => c.name),
      [started.name, other.name],
    );
  });

  it("is refused by the API server's validation, naming the field", async () => {
    const current = await readPod(cluster.api, pod);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ image: 'busybox', targetContainerName: 'nope' }, 'spec.ephemeralContainers', /targetContainerName: Not found: "nope"/],
      [
        { image: 'busybox', ports: [{ containerPort: 80 }] },
        'spec.ephemeralContainers',
        /ports: Forbidden: cannot be set for an Ephemeral Container/,
      ],
      [{ image: 'busybox', name: 'main' }, 'spec.ephemeralContainers', /name: Duplicate value: "main"/],
    ];
    for (const [fields, field, message] of cases) {
      const container = { name: debuggerName(current, Math.random), ...fields } as Parameters<ClusterApi['addEphemeralContainer']>[1];
      const error = await failure(cluster.api.addEphemeralContainer(pod, container));
      assert.ok(error instanceof ClusterError && error.kind === 'invalid', String(error));
      assert.ok(
        error.causes.some((c) => c.field.startsWith(field)),
        JSON.stringify(error.causes),
      );
      assert.match(error.message, message);
    }
    const missing = await failure(
      cluster.api.addEphemeralContainer(uniqueName('no-such-pod'), { name: 'debugger-bbbbb', image: 'busybox' }),
    );
    assert.ok(missing instanceof ClusterError && missing.kind === 'not-found', String(missing));
  });

  it('refuses Windows pods before asking the cluster', async () => {
    const windows = uniqueName('windows');
    await cluster.api.applyDocuments([{ index: 0, object: sleeper(windows, { nodeSelector: { 'kubernetes.io/os': 'windows' } }) }]);
    const error = await failure(startDebugger(cluster.api, { namespace: cluster.namespace, pod: windows, container: 'main' }, 'busybox'));
    assert.ok(error instanceof DebugRefused && error.reason === 'windows', String(error));
    assert.equal((await readPod(cluster.api, windows)).spec?.ephemeralContainers, undefined);
  });

  it('reports a debugger whose image cannot be pulled', async () => {
    const error = await failure(
      startDebugger(cluster.api, { namespace: cluster.namespace, pod, container: 'main' }, 'podwright/no-such-debug-image:1'),
    );
    assert.ok(error instanceof DebuggerFailed, String(error));
    assert.match(error.reason, /^(ErrImagePull|ImagePullBackOff)$/);
  });

  it('takes JSON merge and JSON patches of the subresource, which change nothing but ephemeral containers', async (t) => {
    if (!needsTestServer(t, cluster, 'sends patches the cluster layer never sends, and keeps what they add')) return;
    const path = `/api/v1/namespaces/${cluster.namespace}/pods/${pod}/ephemeralcontainers`;
    const before = await readPod(cluster.api, pod);
    const existing = before.spec?.ephemeralContainers ?? [];
    const merged = await patch(cluster.server, path, 'application/merge-patch+json', {
      metadata: { labels: { ignored: 'yes' } },
      spec: { ephemeralContainers: [...existing, { name: 'debugger-merge', image: 'busybox', targetContainerName: 'main', stdin: true }] },
    });
    assert.equal(merged.status, 200, merged.body);
    const json = await patch(cluster.server, path, 'application/json-patch+json', [
      { op: 'add', path: '/spec/ephemeralContainers/-', value: { name: 'debugger-json', image: 'busybox', stdin: true } },
    ]);
    assert.equal(json.status, 200, json.body);
    const after = await readPod(cluster.api, pod);
    assert.deepEqual(
      after.spec?.ephemeralContainers?.map((c) => c.name),
      [...existing.map((c) => c.name), 'debugger-merge', 'debugger-json'],
    );
    assert.equal(after.metadata.labels?.ignored, undefined, 'only spec.ephemeralContainers changes through the subresource');
    const removing = await patch(cluster.server, path, 'application/merge-patch+json', { spec: { ephemeralContainers: [] } });
    assert.equal(removing.status, 422);
    assert.match(removing.body, /existing ephemeral containers \\"[a-z0-9-]+\\" may not be removed/);
  });

  it('explains RBAC refusals with the verb and subresource', async (t) => {
    if (!needsTestServer(t, cluster, 'forbids pods/ephemeralcontainers for one user')) return;
    const allow = cluster.server.forbid({ user: 'developer', verb: 'patch', resource: 'pods/ephemeralcontainers' });
    const session = await ClusterSession.open({ paths: [cluster.kubeconfigPath], watch: false, selection: { context: DEVELOPER_CONTEXT } });
    try {
      const error = await failure(
        startDebugger(await session.api(), { namespace: cluster.namespace, pod, container: 'main' }, 'busybox:1.36'),
      );
      assert.ok(error instanceof ClusterError && error.kind === 'forbidden', String(error));
      assert.deepEqual(error.forbidden, {
        user: 'developer',
        verb: 'patch',
        resource: 'pods/ephemeralcontainers',
        group: '',
        namespace: cluster.namespace,
      });
    } finally {
      allow();
      session.dispose();
    }
    assert.ok(!(await readPod(cluster.api, pod)).spec?.ephemeralContainers?.some((c) => c.image === 'busybox:1.36'), 'nothing was added');
  });

  it('says when the cluster does not serve pods/ephemeralcontainers', async (t) => {
    if (!needsTestServer(t, cluster, 'turns the subresource off')) return;
    cluster.server.serveEphemeralContainers(false);
    try {
      const error = await failure(startDebugger(cluster.api, { namespace: cluster.namespace, pod, container: 'main' }, 'busybox:1.36'));
      assert.ok(error instanceof ClusterError && error.kind === 'unsupported', String(error));
      assert.equal(error.feature, 'ephemeral-containers');
      assert.equal(error.statusCode, 404);
    } finally {
      cluster.server.serveEphemeralContainers(true);
    }
  });
});
