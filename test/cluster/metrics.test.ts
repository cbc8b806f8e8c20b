// Pod usage from the resource metrics API (metrics.k8s.io/v1beta1): what the test server measures
// or was told, read by the cluster layer and set against the pod's limits; and a cluster without
// metrics-server, which is asked once per context and then left alone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { usageLines } from '../../client/src/core/present/usage';
import { UsageReader } from '../../client/src/models/metrics/usageReader';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { containerStatus, waitForObject } from './waitFor';

function limited(name: string, command: string[] = ['sleep', '3600']): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { containers: [{ name: 'main', image: 'busybox', command, resources: { limits: { cpu: '500m', memory: '256Mi' } } }] },
  };
}

describe('pod usage from metrics.k8s.io', () => {
  let cluster: ClusterUnderTest;
  let running: string;
  before(async () => {
    cluster = await startCluster();
    running = uniqueName('measured');
    await cluster.api.applyDocuments([{ index: 0, object: limited(running) }]);
    await waitForObject(cluster.api, 'v1', 'Pod', running, (p) => containerStatus(p)?.state?.running !== undefined, {
      timeoutMs: cluster.patienceMs,
      what: 'running',
    });
  });
  after(async () => {
    await cluster.stop();
  });

  it("reads a running pod's measured memory", async () => {
    const result = await cluster.api.podMetrics(running);
    assert.equal(result.kind, 'metrics');
    if (result.kind !== 'metrics') return;
    const [main] = result.metrics.containers ?? [];
    assert.equal(main?.name, 'main');
    assert.match(String(main?.usage?.memory), /^\d+Ki$/);
    assert.ok(Number.parseInt(String(main?.usage?.memory), 10) > 0, 'a live process has resident memory');
  });

  it('sets the usage against the limits, as the tooltip and describe show it', async (t) => {
    if (!needsTestServer(t, cluster, "fixes a container's usage")) return;
    cluster.server.metrics.setUsage(cluster.namespace, running, 'main', { cpu: '5m', memory: '240Mi' });
    try {
      const result = await cluster.api.podMetrics(running);
      assert.equal(result.kind, 'metrics');
      if (result.kind !== 'metrics') return;
      const pod = await cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name: running });
      assert.deepEqual(usageLines(pod, result.metrics), ['main: cpu 5m of 500m limit, 1 % · memory 240Mi of 256Mi limit, 94 %']);
    } finally {
      cluster.server.metrics.setUsage(cluster.namespace, running, 'main', undefined);
    }
  });

  it('has no metrics for a pod that is not running, while the API itself is there', async (t) => {
    if (!needsTestServer(t, cluster, 'an image that never pulls')) return;
    const name = uniqueName('pending');
    await cluster.api.applyDocuments([
      {
        index: 0,
        object: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name },
          spec: { containers: [{ name: 'main', image: 'registry.invalid/nothing:1' }] },
        },
      },
    ]);
    assert.deepEqual(await cluster.api.podMetrics(name), { kind: 'none' });
  });

  it('without metrics-server: says so once per context and stops asking', async (t) => {
    if (!needsTestServer(t, cluster, 'turns the metrics API off')) return;
    const server = cluster.server;
    let metricsRequests = 0;
    server.beforeRequest((req) => {
      if ((req.url ?? '').startsWith('/apis/metrics.k8s.io')) metricsRequests++;
    });
    server.metrics.enabled = false;
    try {
      const told: string[] = [];
      const reader = new UsageReader((context) => told.push(context));
      assert.deepEqual(await reader.read(cluster.api, cluster.namespace, running), { kind: 'unavailable' });
      const asked = metricsRequests;
      assert.ok(asked >= 1);
      assert.deepEqual(await reader.read(cluster.api, cluster.namespace, running), { kind: 'unavailable' });
      assert.equal(await reader.quietly(cluster.api, cluster.namespace, running), undefined);
      assert.equal(metricsRequests, asked, 'no request once the context said it has no metrics API');
      assert.deepEqual(told, [cluster.api.context]);
      server.metrics.enabled = true;
      reader.forget(cluster.api.context);
      assert.equal((await reader.read(cluster.api, cluster.namespace, running)).kind, 'metrics');
    } finally {
      server.metrics.enabled = true;
      server.beforeRequest(undefined);
    }
  });
});
