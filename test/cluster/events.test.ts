// The live events of a pod or workload (EventFeed): events that happen after the view opened
// arrive, and a workload's view reaches its ReplicaSets/Jobs and pods, including pods created later.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { EventFeed } from '../../client/src/models/events/eventFeed';
import { sortEventsOldestFirst } from '../../client/src/core/present/eventRows';
import type { KubeEvent } from '../../client/src/core/kube/kubeTypes';
import { startCluster, uniqueName, type ClusterUnderTest } from './harness';

function sleeper(name: string, labels: Record<string, string> = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels },
    spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }] },
  };
}

/** Starts a feed and resolves once its events satisfy `condition` (checked on every change). */
class FeedProbe {
  private waiters: (() => void)[] = [];
  readonly feed: EventFeed;

  constructor(cluster: ClusterUnderTest, target: { apiVersion: string; kind: string; name: string }) {
    this.feed = new EventFeed(
      cluster.api,
      { ...target, namespace: cluster.namespace },
      {
        onChange: () => {
          for (const waiter of this.waiters) waiter();
        },
      },
    );
  }

  async until(condition: (events: KubeEvent[]) => boolean, what: string, timeoutMs: number): Promise<KubeEvent[]> {
    let check: (() => void) | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      return await new Promise<KubeEvent[]>((resolve, reject) => {
        check = () => {
          const events = sortEventsOldestFirst(this.feed.events());
          if (condition(events)) resolve(events);
        };
        this.waiters.push(check);
        timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; events: ${this.describe()}`)), timeoutMs);
        check();
      });
    } finally {
      clearTimeout(timer);
      this.waiters = this.waiters.filter((w) => w !== check);
    }
  }

  describe(): string {
    return sortEventsOldestFirst(this.feed.events())
      .map((e) => `${e.involvedObject?.kind}/${e.involvedObject?.name} ${e.reason}`)
      .join(', ');
  }
}

const has = (events: KubeEvent[], kind: string, reason: string, name?: string): boolean =>
  events.some((e) => e.involvedObject?.kind === kind && e.reason === reason && (name === undefined || e.involvedObject?.name === name));

describe('live events of pods and workloads', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it("lists a pod's events and receives new ones and repeats while watching, and only its own", async () => {
    const name = uniqueName('crashing');
    const other = uniqueName('other');
    const crashing: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name },
      spec: { containers: [{ name: 'main', image: 'busybox', command: ['sh', '-c', 'sleep 0.3; exit 3'] }] },
    };
    await cluster.api.applyDocuments([
      { index: 0, object: crashing },
      { index: 1, object: sleeper(other) },
    ]);
    const probe = new FeedProbe(cluster, { apiVersion: 'v1', kind: 'Pod', name });
    await probe.feed.start();
    try {
      const first = await probe.until((events) => has(events, 'Pod', 'Started'), 'Started', cluster.patienceMs);
      assert.ok(first.findIndex((e) => e.reason === 'Scheduled') < first.findIndex((e) => e.reason === 'Started'), probe.describe());
      // The kubelet bumps count and lastTimestamp of a repeated event: the watch's MODIFIED reaches the view.
      const later = await probe.until(
        (events) => events.some((e) => e.type === 'Warning' && e.reason === 'BackOff' && (e.count ?? 0) >= 2),
        'a repeated BackOff warning',
        cluster.patienceMs,
      );
      assert.equal(later.filter((e) => e.reason === 'BackOff').length, 1, `one row per repeated event: ${probe.describe()}`);
      assert.ok(
        later.every((e) => e.involvedObject?.name === name),
        probe.describe(),
      );
    } finally {
      probe.feed.stop();
    }
  });

  it('fans a Deployment out to its ReplicaSets and pods, and pods of a scale-up join', async () => {
    const app = uniqueName('fan');
    const deployment = (replicas: number): KubeObject => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: app },
      spec: {
        replicas,
        selector: { matchLabels: { app } },
        template: { metadata: { labels: { app } }, spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }] } },
      },
    });
    const stranger = uniqueName('stranger');
    await cluster.api.applyDocuments([
      { index: 0, object: deployment(1) },
      { index: 1, object: sleeper(stranger, { app: 'unrelated' }) },
    ]);
    const probe = new FeedProbe(cluster, { apiVersion: 'apps/v1', kind: 'Deployment', name: app });
    await probe.feed.start();
    try {
      const podsStarted = (events: KubeEvent[]): number =>
        new Set(events.filter((e) => e.involvedObject?.kind === 'Pod' && e.reason === 'Started').map((e) => e.involvedObject?.name)).size;
      await probe.until(
        (events) =>
          has(events, 'Deployment', 'ScalingReplicaSet') && has(events, 'ReplicaSet', 'SuccessfulCreate') && podsStarted(events) === 1,
        'the Deployment, its ReplicaSet and its pod',
        cluster.patienceMs,
      );
      await cluster.api.applyDocuments([{ index: 0, object: deployment(3) }]);
      const scaled = await probe.until((events) => podsStarted(events) === 3, 'three started pods after the scale-up', cluster.patienceMs);
      assert.ok(!scaled.some((e) => e.involvedObject?.name === stranger), `an unrelated pod's events stay out: ${probe.describe()}`);
      assert.ok(
        scaled.every((e) => String(e.involvedObject?.name).startsWith(app)),
        probe.describe(),
      );
    } finally {
      probe.feed.stop();
    }
  });

  it("reaches a CronJob's Jobs and their pods", async () => {
    const name = uniqueName('nightly');
    const template = {
      spec: {
        template: {
          spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'busybox', command: ['sh', '-c', 'echo done'] }] },
        },
      },
    };
    await cluster.api.applyDocuments([
      {
        index: 0,
        object: {
          apiVersion: 'batch/v1',
          kind: 'CronJob',
          metadata: { name },
          spec: { schedule: '0 3 * * *', suspend: true, jobTemplate: template },
        },
      },
    ]);
    const cronJob = await cluster.api.get({ apiVersion: 'batch/v1', kind: 'CronJob', name });
    const probe = new FeedProbe(cluster, { apiVersion: 'batch/v1', kind: 'CronJob', name });
    await probe.feed.start();
    try {
      // The CronJob controller's part (making the Job at the scheduled time), done by hand.
      const job = `${name}-29000000`;
      await cluster.api.applyDocuments([
        {
          index: 0,
          object: {
            apiVersion: 'batch/v1',
            kind: 'Job',
            metadata: {
              name: job,
              ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name, uid: String(cronJob.metadata?.uid), controller: true }],
            },
            spec: template.spec,
          },
        },
      ]);
      const events = await probe.until(
        (e) => has(e, 'Job', 'SuccessfulCreate', job) && e.some((x) => x.involvedObject?.kind === 'Pod' && x.reason === 'Started'),
        "the Job's and its pod's events",
        cluster.patienceMs,
      );
      assert.ok(
        events.every((e) => String(e.involvedObject?.name).startsWith(name)),
        probe.describe(),
      );
    } finally {
      probe.feed.stop();
    }
  });
});
