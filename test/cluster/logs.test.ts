// Container logs through the cluster layer: whole, tail, timestamps, follow, previous, errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ClusterError, type KubeObject } from '../../client/src/cluster';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { containerStatus, waitForLog, waitForObject } from './waitFor';

function shellPod(name: string, script: string, restartPolicy = 'Always'): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { restartPolicy, containers: [{ name: 'main', image: 'busybox', command: ['sh', '-c', script] }] },
  };
}

describe('logs', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  async function create(obj: KubeObject): Promise<void> {
    const [result] = await cluster.api.applyDocuments([{ index: 0, object: obj }]);
    assert.equal(result?.outcome, 'created', result?.error?.message);
  }

  it("reads a finished container's output, its tail, and with timestamps", async () => {
    const name = uniqueName('printer');
    await create(shellPod(name, 'for i in 1 2 3 4 5; do echo "line $i"; done', 'Never'));
    await waitForObject(cluster.api, 'v1', 'Pod', name, (p) => (p.status as { phase?: string }).phase === 'Succeeded', {
      timeoutMs: cluster.patienceMs,
      what: 'Succeeded',
    });
    assert.equal(await cluster.api.logs(name), 'line 1\nline 2\nline 3\nline 4\nline 5\n');
    assert.equal(await cluster.api.logs(name, { tailLines: 2 }), 'line 4\nline 5\n');
    const stamped = (await cluster.api.logs(name, { timestamps: true, tailLines: 1 })).trimEnd();
    assert.match(stamped, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z line 5$/);
  });

  it('follows a running container as it writes', async () => {
    const name = uniqueName('ticker');
    await create(shellPod(name, 'i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 0.1; done'));
    const seen = await waitForLog(cluster, name, 'tick 3\n');
    assert.ok(seen.startsWith('tick 1\ntick 2\ntick 3\n'), seen);
  });

  it('shows the previous run after a restart, and explains when there is none', async () => {
    const name = uniqueName('flaky');
    await create(shellPod(name, 'echo "attempt by $HOSTNAME"; exit 1'));
    await waitForObject(cluster.api, 'v1', 'Pod', name, (p) => (containerStatus(p)?.restartCount ?? 0) >= 1, {
      timeoutMs: cluster.patienceMs,
      what: 'a restart',
    });
    assert.equal(await cluster.api.logs(name, { previous: true }), `attempt by ${name}\n`);

    const steady = uniqueName('steady');
    await create(shellPod(steady, 'echo up; sleep 3600'));
    await waitForLog(cluster, steady, 'up\n');
    await assert.rejects(cluster.api.logs(steady, { previous: true }), (error: unknown) => {
      assert.ok(error instanceof ClusterError);
      assert.equal(error.kind, 'bad-request');
      assert.match(error.serverMessage ?? '', /previous terminated container "main" in pod ".*" not found/);
      return true;
    });
  });

  it("runs the catalogue's logger and exit images", async (t) => {
    if (!needsTestServer(t, cluster, 'the podwright/logger and podwright/exit images')) return;
    const logger = uniqueName('logger');
    const exiter = uniqueName('exiter');
    await create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: logger },
      spec: { containers: [{ name: 'main', image: 'podwright/logger', env: [{ name: 'LOG_INTERVAL_MS', value: '20' }] }] },
    });
    await create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: exiter },
      spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'podwright/exit:3' }] },
    });
    assert.ok((await waitForLog(cluster, logger, 'log line 3\n')).startsWith('log line 1\nlog line 2\n'));
    const done = await waitForObject(cluster.api, 'v1', 'Pod', exiter, (p) => containerStatus(p)?.state?.terminated !== undefined, {
      timeoutMs: cluster.patienceMs,
      what: 'terminated',
    });
    assert.equal(containerStatus(done)?.state?.terminated?.exitCode, 3);
    // stdout and stderr are separate pipes, so their lines may interleave either way.
    const lines = (await cluster.api.logs(exiter))
      .split('\n')
      .filter((l) => l !== '')
      .sort();
    assert.deepEqual(lines, ['exit: something went wrong (code 3)', 'starting, will exit with code 3']);
  });

  it('asks which container when a pod has several', async () => {
    const name = uniqueName('pair');
    await create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name },
      spec: {
        containers: [
          { name: 'one', image: 'busybox', command: ['sh', '-c', 'echo from one; sleep 3600'] },
          { name: 'two', image: 'busybox', command: ['sh', '-c', 'echo from two; sleep 3600'] },
        ],
      },
    });
    assert.equal(await waitForLog(cluster, name, 'from two\n', { container: 'two' }), 'from two\n');
    await assert.rejects(
      cluster.api.logs(name),
      (error: unknown) =>
        error instanceof ClusterError &&
        error.kind === 'bad-request' &&
        /a container name must be specified for pod .*, choose one of: \[one two\]/.test(error.serverMessage ?? ''),
    );
  });
});
