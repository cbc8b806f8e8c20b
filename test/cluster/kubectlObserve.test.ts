// kubectl top and kubectl get events against the test API server: the metrics API and events
// Podwright reads are what a real kubectl reads too.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { kubectl, type KubectlResult } from './kubectl';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { containerStatus, waitForObject } from './waitFor';

describe('kubectl top and get events against the same cluster', () => {
  let cluster: ClusterUnderTest;
  let run: (args: string[], input?: string) => Promise<KubectlResult>;
  let pod: string;
  before(async () => {
    cluster = await startCluster();
    run = (args, input) => kubectl(cluster.kubeconfigPath, ['-n', cluster.namespace, ...args], input === undefined ? {} : { input });
    pod = uniqueName('topped');
    const manifest = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${pod}\nspec:\n  containers:\n  - name: main\n    image: busybox\n    command: ["sleep", "3600"]\n`;
    const applied = await run(['apply', '--server-side', '-f', '-'], manifest);
    assert.equal(applied.code, 0, applied.stderr);
    await waitForObject(cluster.api, 'v1', 'Pod', pod, (p) => containerStatus(p)?.state?.running !== undefined, {
      timeoutMs: cluster.patienceMs,
      what: 'running',
    });
  });
  after(async () => {
    await cluster.stop();
  });

  it('kubectl top pod shows the usage the cluster layer reads', async (t) => {
    if (!needsTestServer(t, cluster, "fixes a container's usage")) return;
    cluster.server.metrics.setUsage(cluster.namespace, pod, 'main', { cpu: '250m', memory: '240Mi' });
    const top = await run(['top', 'pod', pod]);
    assert.equal(top.code, 0, top.stderr);
    assert.match(top.stdout, /NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)/);
    assert.match(top.stdout, new RegExp(`${pod}\\s+250m\\s+240Mi`));
    const containers = await run(['top', 'pod', pod, '--containers']);
    assert.match(containers.stdout, new RegExp(`${pod}\\s+main\\s+250m\\s+240Mi`));
    const node = await run(['top', 'node']);
    assert.equal(node.code, 0, node.stderr);
    assert.match(node.stdout, /CPU\(cores\)/);
  });

  it('kubectl top pod without metrics-server fails as kubectl says it does', async (t) => {
    if (!needsTestServer(t, cluster, 'turns the metrics API off')) return;
    cluster.server.metrics.enabled = false;
    try {
      const top = await run(['top', 'pod', pod]);
      assert.notEqual(top.code, 0);
      assert.match(top.stderr, /Metrics API not available/);
      assert.deepEqual(await cluster.api.podMetrics(pod), { kind: 'unavailable' });
    } finally {
      cluster.server.metrics.enabled = true;
    }
  });

  it('kubectl get events lists the events the events view reads', async () => {
    const events = await run(['get', 'events', '--field-selector', `involvedObject.name=${pod}`, '-o', 'json']);
    assert.equal(events.code, 0, events.stderr);
    const items = (JSON.parse(events.stdout) as { items: { reason?: string; involvedObject?: { name?: string } }[] }).items;
    const reasons = items.map((e) => e.reason);
    for (const reason of ['Scheduled', 'Pulled', 'Created', 'Started'])
      assert.ok(reasons.includes(reason), `${reason} in ${reasons.join(', ')}`);
    const mine = await cluster.api.list('v1', 'Event', { fieldSelector: `involvedObject.name=${pod}` });
    assert.deepEqual(
      mine.map((e) => e.metadata?.uid).sort(),
      items.map((e) => (e as { metadata?: { uid?: string } }).metadata?.uid).sort(),
    );
    const table = await run(['get', 'events', '--field-selector', `involvedObject.name=${pod},type=Normal`]);
    assert.match(table.stdout, new RegExp(`Normal\\s+Started\\s+pod/${pod}`));
  });
});
