// Workload logs: every selected pod's lines interleaved by time with `[pod/container]` prefixes,
// pods of a scale-up joining, pods that go marked, and a crash-looping pod's previous run once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { splitTimestamp, compareLogTimes } from '../../client/src/models/logs/logTimestamp';
import { WorkloadLogSession } from '../../client/src/models/logs/workloadLogSession';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { containerStatus, waitForObject } from './waitFor';

function deployment(app: string, replicas: number): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app },
    spec: {
      replicas,
      selector: { matchLabels: { app } },
      template: {
        metadata: { labels: { app } },
        spec: { containers: [{ name: 'main', image: 'podwright/logger', env: [{ name: 'LOG_INTERVAL_MS', value: '20' }] }] },
      },
    },
  };
}

async function until(
  session: WorkloadLogSession,
  condition: (lines: string[]) => boolean,
  what: string,
  timeoutMs: number,
): Promise<string[]> {
  let stop: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<string[]>((resolve, reject) => {
      const check = (): void => {
        const lines = session.ring.lines();
        if (condition(lines)) resolve(lines);
      };
      stop = session.onDidAppend(check);
      timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${what}; last lines:\n${session.ring.lines().slice(-20).join('\n')}`)),
        timeoutMs,
      );
      check();
    });
  } finally {
    stop?.();
    clearTimeout(timer);
  }
}

const podsIn = (lines: string[]): Set<string> =>
  new Set(lines.map((l) => /^\[([^/\]]+)\/main\] /.exec(l)?.[1]).filter((p): p is string => p !== undefined));

describe('workload logs', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it("interleaves every pod's lines by time, and pods that join or go are marked", async (t) => {
    if (!needsTestServer(t, cluster, 'the podwright/logger image')) return;
    const app = uniqueName('chatty');
    await cluster.api.applyDocuments([{ index: 0, object: deployment(app, 2) }]);
    const session = new WorkloadLogSession(
      cluster.api,
      { namespace: cluster.namespace, selector: `app=${app}` },
      { maxLines: 5000, timestamps: true, reorderWindowMs: 300 },
    );
    session.start();
    try {
      const first = await until(
        session,
        (lines) => podsIn(lines).size === 2 && lines.filter((l) => l.includes('log line 5')).length === 2,
        "both pods' fifth lines",
        cluster.patienceMs,
      );
      assert.ok(
        first.every((l) => /^\[[^/\]]+\/main\] /.test(l) || l.startsWith('---')),
        first.slice(0, 5).join('\n'),
      );
      // Timestamps kept in the lines show the merge's order.
      const times = first.map((l) => splitTimestamp(l.replace(/^\[[^\]]+\] /, ''))?.time).filter((x) => x !== undefined);
      for (let i = 1; i < times.length; i++)
        assert.ok(
          compareLogTimes(times[i - 1], times[i]) <= 0,
          `out of order at ${i}: ${first.slice(Math.max(0, i - 2), i + 2).join(' | ')}`,
        );
      const before = podsIn(first);
      await cluster.api.applyDocuments([{ index: 0, object: deployment(app, 3) }]);
      const joined = await until(
        session,
        (lines) => lines.some((l) => /--- pod \S+ joined ---/.test(l)) && podsIn(lines).size === 3,
        'the third pod',
        cluster.patienceMs,
      );
      const newcomer = [...podsIn(joined)].find((p) => !before.has(p));
      assert.ok(newcomer && joined.includes(`--- pod ${newcomer} joined ---`), joined.filter((l) => l.startsWith('---')).join('\n'));
      const leaving = [...before][0] ?? '';
      await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name: leaving }, { gracePeriodSeconds: 0 });
      await until(
        session,
        (lines) => lines.includes(`[${leaving}/main] --- pod ${leaving} deleted ---`),
        "the deleted pod's line",
        cluster.patienceMs,
      );
    } finally {
      session.dispose();
    }
  });

  it("shows a crash-looping pod's previous run once", async () => {
    const label = uniqueName('crashy');
    const name = uniqueName('crasher');
    const pod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, labels: { set: label } },
      spec: { containers: [{ name: 'main', image: 'busybox', command: ['sh', '-c', 'echo run starts; sleep 1; exit 2'] }] },
    };
    await cluster.api.applyDocuments([{ index: 0, object: pod }]);
    await waitForObject(
      cluster.api,
      'v1',
      'Pod',
      name,
      (p) => (containerStatus(p)?.restartCount ?? 0) >= 1 && containerStatus(p)?.lastState?.terminated !== undefined,
      { timeoutMs: cluster.patienceMs, what: 'restarted once' },
    );
    const session = new WorkloadLogSession(
      cluster.api,
      { namespace: cluster.namespace, selector: `set=${label}` },
      { maxLines: 1000, reorderWindowMs: 100 },
    );
    session.start();
    try {
      const lines = await until(
        session,
        (l) => l.some((x) => x.includes('--- previous run of')) && l.filter((x) => x === `[${name}/main] run starts`).length >= 2,
        'the previous and the current run',
        cluster.patienceMs,
      );
      const header = lines.findIndex((l) => l.includes(`--- previous run of ${name}/main (exit code 2) ---`));
      assert.ok(header >= 0, lines.join('\n'));
      assert.equal(lines[header + 1], `[${name}/main] run starts`, 'the previous run follows its header');
      // Later restarts are followed as they happen, not read again as "previous".
      await until(session, (l) => l.some((x) => x.includes('restarted (exit code 2)')), 'a restart while following', cluster.patienceMs);
      assert.equal(session.ring.lines().filter((l) => l.includes('--- previous run of')).length, 1);
    } finally {
      session.dispose();
    }
  });
});
