// Log sessions (client/src/logs) against the test API server with real container processes:
// following across container restarts of a crashing container, previous logs after
// CrashLoopBackOff, all containers interleaved, and the pod being deleted under a follow.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { LogSession } from '../../client/src/logs/logSession';
import { startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { waitForLines } from './logSessionWait';
import { containerStatus, podStatus, waitForLog, waitForObject } from './waitFor';

function shellPod(name: string, containers: Record<string, string>, restartPolicy = 'Always'): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name },
    spec: { restartPolicy, containers: Object.entries(containers).map(([container, script]) => ({ name: container, image: 'busybox', command: ['sh', '-c', script] })) },
  };
}

describe('log sessions', () => {
  let cluster: ClusterUnderTest;
  const sessions: LogSession[] = [];
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    for (const session of sessions) session.dispose();
    await cluster.stop();
  });

  async function create(obj: KubeObject): Promise<void> {
    const [result] = await cluster.api.applyDocuments([{ index: 0, object: obj }]);
    assert.equal(result?.outcome, 'created', result?.error?.message);
  }

  function session(pod: string, containers: string[], options: Partial<ConstructorParameters<typeof LogSession>[2]> = {}): LogSession {
    const created = new LogSession(cluster.api, { namespace: cluster.namespace, pod, containers }, { follow: true, maxLines: 1000, ...options });
    sessions.push(created);
    created.start();
    return created;
  }

  it('follows a crashing container across restarts, marking each restart with its exit code', async () => {
    const name = uniqueName('crasher');
    await create(shellPod(name, { app: 'echo "hello from a run"; echo "giving up"; exit 3' }));
    const logs = session(name, ['app']);
    const restart = '--- container app restarted (exit code 3) ---';
    const lines = await waitForLines(logs, 'two restarts and the third run', (l) => l.filter((x) => x === restart).length >= 2 && l.at(-1) === 'giving up', cluster.patienceMs);
    // Every run's output is there once, in order, separated by the markers.
    const firstMarker = lines.indexOf(restart);
    assert.deepEqual(lines.slice(0, firstMarker + 3), ['hello from a run', 'giving up', restart, 'hello from a run', 'giving up']);
    assert.equal(logs.state, 'following');
    const pod = await cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name });
    assert.ok((containerStatus(pod)?.restartCount ?? 0) >= 2);
  });

  it('reads the previous run of a container in CrashLoopBackOff', async () => {
    const name = uniqueName('looper');
    await create(shellPod(name, { app: 'echo "attempt by $HOSTNAME"; exit 1' }));
    await waitForObject(cluster.api, 'v1', 'Pod', name, (p) => containerStatus(p)?.state?.waiting?.reason === 'CrashLoopBackOff' && (containerStatus(p)?.restartCount ?? 0) >= 1,
      { timeoutMs: cluster.patienceMs, what: 'CrashLoopBackOff after a restart' });
    const previous = session(name, ['app'], { previous: true });
    const lines = await waitForLines(previous, 'the previous run read', () => previous.state === 'ended', cluster.patienceMs);
    assert.deepEqual(lines, [`attempt by ${name}`]);
  });

  it('interleaves all containers with a [container] prefix', async () => {
    const name = uniqueName('duo');
    await create(shellPod(name, {
      web: 'for i in 1 2 3; do echo "web $i"; sleep 0.05; done; sleep 3600',
      sidecar: 'for i in 1 2 3; do echo "side $i"; sleep 0.05; done; sleep 3600',
    }));
    const logs = session(name, ['web', 'sidecar']);
    const lines = await waitForLines(logs, 'three lines from each container', (l) => l.length >= 6, cluster.patienceMs);
    assert.deepEqual(lines.filter((l) => l.startsWith('[web] ')), ['[web] web 1', '[web] web 2', '[web] web 3']);
    assert.deepEqual(lines.filter((l) => l.startsWith('[sidecar] ')), ['[sidecar] side 1', '[sidecar] side 2', '[sidecar] side 3']);
  });

  it('says when the followed pod is deleted, and ends', async () => {
    const name = uniqueName('doomed');
    await create(shellPod(name, { app: 'echo "serving"; sleep 3600' }));
    await waitForLog(cluster, name, 'serving\n');
    const logs = session(name, ['app'], { tailLines: 10 });
    await waitForLines(logs, 'the first line', (l) => l.includes('serving'), cluster.patienceMs);
    await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name });
    const lines = await waitForLines(logs, 'the deletion notice', (l) => l.includes(`--- pod ${name} deleted ---`), cluster.patienceMs);
    assert.equal(lines[0], 'serving');
    assert.equal(lines.at(-1), `--- pod ${name} deleted ---`);
    assert.equal(logs.state, 'ended');
  });

  it('ends a follow with a note when the pod finishes for good', async () => {
    const name = uniqueName('batch');
    await create(shellPod(name, { app: 'echo "working"; echo "done"' }, 'Never'));
    const logs = session(name, ['app']);
    const lines = await waitForLines(logs, 'the end of the pod', () => logs.state === 'ended', cluster.patienceMs);
    assert.deepEqual(lines, ['working', 'done', `--- pod ${name} finished (Succeeded) ---`]);
    const pod = await cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name });
    assert.equal(podStatus(pod).phase, 'Succeeded');
  });
});
