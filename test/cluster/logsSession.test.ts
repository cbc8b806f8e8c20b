// Log sessions (client/src/logs) against the test API server with real container processes:
// following across container restarts of a crashing container, previous logs after
// CrashLoopBackOff, all containers interleaved, the pod being deleted under a follow, and a
// follow resumed without a line twice or lost when its stream is cut while the container runs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ClusterError, type KubeObject } from '../../client/src/cluster';
import { LogSession } from '../../client/src/models/logs/logSession';
import { splitTimestamp } from '../../client/src/models/logs/logTimestamp';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { waitForLines } from './logSessionWait';
import { containerStatus, podStatus, waitForLog, waitForObject } from './waitFor';

function shellPod(name: string, containers: Record<string, string>, restartPolicy = 'Always'): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: {
      restartPolicy,
      containers: Object.entries(containers).map(([container, script]) => ({
        name: container,
        image: 'busybox',
        command: ['sh', '-c', script],
      })),
    },
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
    const created = new LogSession(
      cluster.api,
      { namespace: cluster.namespace, pod, containers },
      { follow: true, maxLines: 1000, ...options },
    );
    sessions.push(created);
    created.start();
    return created;
  }

  it('follows a crashing container across restarts, marking each restart with its exit code', async () => {
    const name = uniqueName('crasher');
    // Each run lives a second, as a crashing app does, not a millisecond: a log request cannot name
    // the container instance it wants, so a run shorter than the request's way to the node can be
    // missed (the kubelet's 10 s back-off makes that moot on a real cluster; this server's is 150 ms).
    await create(shellPod(name, { app: 'echo "hello from a run"; sleep 1; echo "giving up"; exit 3' }));
    const logs = session(name, ['app']);
    const restart = '--- container app restarted (exit code 3) ---';
    const lines = await waitForLines(
      logs,
      'two restarts and the third run',
      (l) => l.filter((x) => x === restart).length >= 2 && l.at(-1) === 'giving up',
      cluster.patienceMs,
    );
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
    await waitForObject(
      cluster.api,
      'v1',
      'Pod',
      name,
      (p) => containerStatus(p)?.state?.waiting?.reason === 'CrashLoopBackOff' && (containerStatus(p)?.restartCount ?? 0) >= 1,
      { timeoutMs: cluster.patienceMs, what: 'CrashLoopBackOff after a restart' },
    );
    const previous = session(name, ['app'], { previous: true });
    const lines = await waitForLines(previous, 'the previous run read', () => previous.state === 'ended', cluster.patienceMs);
    assert.deepEqual(lines, [`attempt by ${name}`]);
  });

  it('interleaves all containers with a [container] prefix', async () => {
    const name = uniqueName('duo');
    await create(
      shellPod(name, {
        web: 'for i in 1 2 3; do echo "web $i"; sleep 0.05; done; sleep 3600',
        sidecar: 'for i in 1 2 3; do echo "side $i"; sleep 0.05; done; sleep 3600',
      }),
    );
    const logs = session(name, ['web', 'sidecar']);
    const lines = await waitForLines(logs, 'three lines from each container', (l) => l.length >= 6, cluster.patienceMs);
    assert.deepEqual(
      lines.filter((l) => l.startsWith('[web] ')),
      ['[web] web 1', '[web] web 2', '[web] web 3'],
    );
    assert.deepEqual(
      lines.filter((l) => l.startsWith('[sidecar] ')),
      ['[sidecar] side 1', '[sidecar] side 2', '[sidecar] side 3'],
    );
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

  it('resumes a follow whose stream is cut while the container keeps logging: marked, no line twice, none lost', async (t) => {
    if (!needsTestServer(t, cluster, 'cutting log streams (dropLogStreams) and the podwright/logger image')) return;
    const server = cluster.server;
    const name = uniqueName('chatty');
    // Fifty lines a second: a resumed stream gets the rest of the cut's second again and must skip it.
    await create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name },
      spec: { containers: [{ name: 'app', image: 'podwright/logger', env: [{ name: 'LOG_INTERVAL_MS', value: '20' }] }] },
    });
    const logs = session(name, ['app'], { reconnect: { firstDelayMs: 20 } });
    const marker = '--- log stream of container app interrupted; reconnected ---';
    const numbers = (lines: string[]): number[] => lines.flatMap((l) => /^log line (\d+)$/.exec(l)?.slice(1).map(Number) ?? []);
    let lines = await waitForLines(logs, 'twenty lines', (l) => numbers(l).length >= 20, cluster.patienceMs);
    for (let cut = 1; cut <= 2; cut++) {
      assert.equal(server.dropLogStreams(cluster.namespace, name), 1, "the session's stream was open");
      const before = numbers(lines).length;
      lines = await waitForLines(
        logs,
        `twenty lines after cut ${cut}`,
        (l) => l.filter((x) => x === marker).length === cut && numbers(l).length >= before + 20,
        cluster.patienceMs,
      );
    }
    const seen = numbers(lines);
    assert.deepEqual(
      seen,
      seen.map((_, i) => i + 1),
      'every tick once, in order, from the first',
    );
    assert.equal(
      lines.filter((l) => !/^log line \d+$/.test(l)).every((l) => l === marker),
      true,
      `only markers besides the ticks: ${lines.join('|')}`,
    );
    // Each marker sits in the gap: between two consecutive ticks.
    for (const [i, line] of lines.entries()) {
      if (line !== marker) continue;
      const [previous, next] = [numbers([lines[i - 1] ?? '']), numbers([lines[i + 1] ?? ''])];
      if (next.length > 0) assert.equal(next[0], (previous[0] ?? 0) + 1);
    }
    assert.equal(logs.state, 'following');
  });

  it('answers sinceTime with the lines from that second on, as the API server passes it to the kubelet', async () => {
    const name = uniqueName('counter');
    await create(shellPod(name, { app: 'i=0; while [ $i -lt 60 ]; do i=$((i+1)); echo "count $i"; sleep 0.02; done' }, 'Never'));
    await waitForObject(cluster.api, 'v1', 'Pod', name, (p) => podStatus(p).phase === 'Succeeded', {
      timeoutMs: cluster.patienceMs,
      what: 'Succeeded',
    });
    const stamped = (await cluster.api.logs(name, { timestamps: true }))
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const split = splitTimestamp(l);
        assert.ok(split, `a timestamped line: ${l}`);
        return split;
      });
    assert.equal(stamped.length, 60);
    const middle = stamped[30];
    assert.ok(middle);
    const since = await cluster.api.logs(name, { timestamps: true, sinceTime: middle.time.text });
    // Whole seconds: every line of the middle line's second, and all later ones.
    const expected = stamped
      .filter((l) => l.time.seconds >= middle.time.seconds)
      .map((l) => `${l.time.text} ${l.text}\n`)
      .join('');
    assert.equal(since, expected);
    assert.ok(since.includes(` ${middle.text}\n`));
    await assert.rejects(
      cluster.api.logs(name, { sinceTime: 'yesterday' }),
      (error: unknown) => error instanceof ClusterError && error.kind === 'bad-request',
    );
  });
});
