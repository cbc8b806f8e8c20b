// Reading objects for describe and "show live YAML", and deleting them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ClusterError, type KubeObject } from '../../client/src/cluster';
import { startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { containerStatus, waitForDeletion, waitForObject } from './waitFor';

function sleeper(name: string, labels: Record<string, string>): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels },
    spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }] },
  };
}

describe('describe, live objects and delete', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it('gathers a pod with its events, oldest first', async () => {
    const name = uniqueName('described');
    await cluster.api.applyDocuments([{ index: 0, object: sleeper(name, { app: name }) }]);
    await waitForObject(cluster.api, 'v1', 'Pod', name, (p) => containerStatus(p)?.state?.running !== undefined, {
      timeoutMs: cluster.patienceMs,
      what: 'running',
    });
    const data = await cluster.api.describe({ apiVersion: 'v1', kind: 'Pod', name });
    assert.equal(data.object.metadata?.name, name);
    const reasons = data.events.map((e) => String(e.reason));
    assert.ok(reasons.indexOf('Scheduled') < reasons.indexOf('Started'), reasons.join(', '));
    assert.ok(data.events.every((e) => (e.involvedObject as { name?: string }).name === name));
    assert.deepEqual(data.pods, []);
  });

  it('gathers the pods a workload selects', async () => {
    const app = uniqueName('app');
    const deployment: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: app },
      spec: {
        selector: { matchLabels: { app } },
        template: { metadata: { labels: { app } }, spec: { containers: [{ name: 'main', image: 'busybox' }] } },
      },
    };
    const pods = [sleeper(uniqueName(`${app}-x`), { app }), sleeper(uniqueName('other'), { app: 'other' })];
    const results = await cluster.api.applyDocuments([deployment, ...pods].map((object, index) => ({ index, object })));
    assert.deepEqual(
      results.map((r) => r.outcome),
      ['created', 'created', 'created'],
    );
    const data = await cluster.api.describe({ apiVersion: 'apps/v1', kind: 'Deployment', name: app });
    assert.equal((data.object.spec as { replicas?: number }).replicas, 1, 'defaults applied by the server');
    // On a real cluster the Deployment's own pod is selected too.
    const selected = data.pods.map((p) => p.metadata?.name);
    assert.ok(selected.includes(pods[0]?.metadata?.name), selected.join(', '));
    assert.ok(!selected.includes(pods[1]?.metadata?.name), 'a pod with other labels is not selected');
  });

  it('shows the live object without server bookkeeping', async () => {
    const name = uniqueName('clean');
    await cluster.api.applyDocuments([
      { index: 0, object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, labels: { a: 'b' } }, data: { k: 'v' } } },
    ]);
    const live = await cluster.api.liveObject({ apiVersion: 'v1', kind: 'ConfigMap', name });
    assert.deepEqual(live, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, namespace: cluster.namespace, labels: { a: 'b' } },
      data: { k: 'v' },
    });
  });

  it('deletes gracefully or at once, and explains a missing object', async () => {
    const graceful = uniqueName('slow');
    const immediate = uniqueName('fast');
    await cluster.api.applyDocuments([graceful, immediate].map((name, index) => ({ index, object: sleeper(name, { app: name }) })));
    for (const name of [graceful, immediate]) {
      await waitForObject(cluster.api, 'v1', 'Pod', name, (p) => containerStatus(p)?.state?.running !== undefined, {
        timeoutMs: cluster.patienceMs,
        what: 'running',
      });
    }
    const marked = await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name: graceful }, { gracePeriodSeconds: 5 });
    assert.ok(marked.metadata?.deletionTimestamp, 'marked for deletion first');
    await waitForDeletion(cluster.api, 'v1', 'Pod', graceful, cluster.patienceMs);
    await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name: immediate }, { gracePeriodSeconds: 0 });
    await waitForDeletion(cluster.api, 'v1', 'Pod', immediate, cluster.patienceMs);
    await assert.rejects(cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name: immediate }), (error: unknown) => {
      assert.ok(error instanceof ClusterError);
      assert.equal(error.kind, 'not-found');
      assert.match(error.message, new RegExp(`pods "${immediate}" not found`));
      return true;
    });
  });
});
