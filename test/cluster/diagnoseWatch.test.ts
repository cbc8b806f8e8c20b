// The live side of the editor diagnostics, without the editor: the watcher follows the pods a
// manifest defines, explains them as they change, says when one recovers (no diagnosis left) and
// when one is deleted, and ignores pods the manifest does not define.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { manifestWorkloads } from '../../client/src/core/manifest/manifestWorkloads';
import { ManifestPodWatcher, type WatchedPod } from '../../client/src/models/podWatching/podWatcher';
import { parseManifest } from '../../server/src/service/document/manifest';
import { applyYaml } from './diagnoseHarness';
import { startCluster, uniqueName, type ClusterUnderTest } from './harness';

/** Records what the watcher reports and lets a test wait for a report that satisfies a condition. */
class Reports {
  readonly latest = new Map<string, WatchedPod | undefined>();
  readonly errors: unknown[] = [];
  private waiters: (() => void)[] = [];

  onPod(key: string, state: WatchedPod | undefined): void {
    this.latest.set(key, state);
    for (const wake of this.waiters.splice(0)) wake();
  }

  onError(error: unknown): void {
    this.errors.push(error);
  }

  async until(what: string, condition: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      const remaining = deadline - Date.now();
      if (remaining <= 0)
        throw new Error(
          `timed out waiting for ${what}; reports: ${JSON.stringify([...this.latest].map(([k, v]) => [k, v?.gathered.diagnoses.map((d) => d.code)]))}; errors: ${this.errors.map(String).join('; ')}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  codes(key: string): string[] | undefined {
    return this.latest.get(key)?.gathered.diagnoses.map((d) => d.code);
  }
}

describe('watching the pods of a manifest', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it('explains a failing pod, clears it when it recovers, reports its deletion, and ignores other pods', async () => {
    const [blocked, fine, stranger, cm] = [uniqueName('blocked'), uniqueName('fine'), uniqueName('stranger'), uniqueName('flags')];
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${blocked}
spec:
  containers:
    - name: app
      image: busybox
      command: ["sh", "-c", "sleep 3600"]
      envFrom:
        - configMapRef:
            name: ${cm}
---
apiVersion: v1
kind: Pod
metadata:
  name: ${fine}
spec:
  containers:
    - name: app
      image: busybox
      command: ["sh", "-c", "sleep 3600"]
`;
    const reports = new Reports();
    const watcher = new ManifestPodWatcher(cluster.api, manifestWorkloads(parseManifest(text), cluster.namespace), reports, {
      language: () => 'en',
      settleMs: 20,
    });
    await watcher.start();
    try {
      await applyYaml(cluster, text);
      await applyYaml(
        cluster,
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${stranger}\nspec:\n  containers:\n    - name: app\n      image: ${stranger}-missing\n`,
      );
      const blockedKey = `${cluster.namespace}/${blocked}`;
      const fineKey = `${cluster.namespace}/${fine}`;
      await reports.until(
        'the missing ConfigMap',
        () => reports.codes(blockedKey)?.includes('config-missing-object') === true,
        cluster.patienceMs,
      );
      assert.equal(reports.latest.get(blockedKey)?.workload.documentIndex, 0);
      await reports.until(
        'the second pod running',
        () => reports.latest.get(fineKey)?.gathered.pod.status?.phase === 'Running',
        cluster.patienceMs,
      );
      assert.deepEqual(reports.codes(fineKey), []);
      await applyYaml(cluster, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${cm}\ndata:\n  MODE: fast\n`);
      await reports.until(
        'recovery',
        () => reports.latest.get(blockedKey)?.gathered.pod.status?.phase === 'Running' && reports.codes(blockedKey)?.length === 0,
        cluster.patienceMs,
      );
      await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name: fine }, { gracePeriodSeconds: 0 });
      await reports.until(
        'the deletion',
        () => reports.latest.has(fineKey) && reports.latest.get(fineKey) === undefined,
        cluster.patienceMs,
      );
      assert.equal(reports.latest.has(`${cluster.namespace}/${stranger}`), false, 'a pod the manifest does not define is not reported');
      assert.deepEqual(reports.errors, []);
    } finally {
      watcher.stop();
    }
  });
});
