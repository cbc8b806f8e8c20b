// Pod-level failures reproduced on the cluster: requests no node can hold and a nodeSelector no
// node matches (Pending, FailedScheduling), a ConfigMap volume that does not exist (FailedMount),
// an arm64-only image on an amd64 node (exec format error), an eviction for going over an
// ephemeral-storage limit, and a deletion held by a finalizer.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import type { KubeObject } from '../../client/src/cluster';
import { applyYaml, gather, lineAt, only, restartCount, waitingReason, waitPod } from './diagnoseHarness';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { waitForDeletion, waitForEvent } from './waitFor';

function pod(name: string, spec: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
}

type PodStatus = { phase?: string; reason?: string; conditions?: { type: string; status: string; reason?: string }[] };
const statusOf = (p: KubeObject): PodStatus => p.status ?? {};

describe('diagnosing pod lifecycle problems on a cluster', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  function unschedulable(name: string): Promise<unknown> {
    return waitPod(cluster, name, 'PodScheduled=False (Unschedulable)', (p) =>
      (statusOf(p).conditions ?? []).some((c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable'),
    );
  }

  it('requests larger than any node: Pending, pointed at resources.requests', async () => {
    const name = uniqueName('huge');
    const text = pod(
      name,
      `  containers:
    - name: app
      image: nginx:1.27
      resources:
        requests:
          cpu: 100m
          memory: 4096Ti
`,
    );
    await applyYaml(cluster, text);
    await unschedulable(name);
    const gathered = await gather(cluster, name);
    const d = only(gathered, 'unschedulable-resources');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'resources', 'requests', 'memory']);
    assert.equal(lineAt(text, 'Pod', d), 'memory: 4096Ti');
    assert.ok(
      d.evidence.some((e) => /Insufficient memory/.test(e)),
      d.evidence.join('\n'),
    );
    if (cluster.server)
      assert.ok(
        d.evidence.some((e) => /allocatable: memory \d+Ki/.test(e)),
        `the node's allocatable memory: ${d.evidence.join('\n')}`,
      );
  });

  it('a nodeSelector that matches no node: Pending, pointed at nodeSelector', async () => {
    const name = uniqueName('selector');
    const text = pod(
      name,
      `  nodeSelector:
    disktype: ssd-podwright-none
  containers:
    - name: app
      image: nginx:1.27
`,
    );
    await applyYaml(cluster, text);
    await unschedulable(name);
    const d = only(await gather(cluster, name), 'unschedulable-node-selector');
    assert.equal(lineAt(text, 'Pod', d), 'nodeSelector:');
    assert.match(d.whatHappened + d.likelyCause, /disktype=ssd-podwright-none/);
  });

  it('diagnoses without the node when nodes may not be read (403 is skipped)', async (t) => {
    if (!needsTestServer(t, cluster, 'forbidding a request')) return;
    const name = uniqueName('nonode');
    const text = pod(
      name,
      `  containers:
    - name: app
      image: nginx:1.27
      resources:
        requests:
          memory: 4096Ti
`,
    );
    await applyYaml(cluster, text);
    await unschedulable(name);
    const allow = [
      cluster.server.forbid({ user: 'admin', verb: 'list', resource: 'nodes' }),
      cluster.server.forbid({ user: 'admin', verb: 'get', resource: 'nodes' }),
    ];
    try {
      const gathered = await gather(cluster, name);
      assert.equal(gathered.input.node, undefined);
      assert.equal(lineAt(text, 'Pod', only(gathered, 'unschedulable-resources')), 'memory: 4096Ti');
    } finally {
      allow.forEach((undo) => undo());
    }
  });

  it('a ConfigMap volume that does not exist: FailedMount, pointed at the volume entry', async () => {
    const name = uniqueName('mount');
    const cm = uniqueName('web-config');
    const text = pod(
      name,
      `  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/web
  volumes:
    - name: config
      configMap:
        name: ${cm}
`,
    );
    await applyYaml(cluster, text);
    await waitForEvent(cluster.api, name, 'FailedMount', cluster.patienceMs);
    const d = only(await gather(cluster, name), 'config-missing-object');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'volumes', 0, 'configMap', 'name']);
    assert.equal(lineAt(text, 'Pod', d), `name: ${cm}`);
  });

  it('an arm64-only image on an amd64 node: exec format error, pointed at the image', async (t) => {
    if (!needsTestServer(t, cluster, 'the podwright/arm64-only image')) return;
    const name = uniqueName('arch');
    const text = pod(
      name,
      `  containers:
    - name: app
      image: podwright/arm64-only:1.0
`,
    );
    await applyYaml(cluster, text);
    await waitPod(cluster, name, 'CrashLoopBackOff', (p) => waitingReason(p, 'app') === 'CrashLoopBackOff' && restartCount(p, 'app') >= 1);
    const d = only(await gather(cluster, name), 'crash-wrong-platform');
    assert.equal(lineAt(text, 'Pod', d), 'image: podwright/arm64-only:1.0');
    assert.ok(
      d.evidence.some((e) => /exec format error/.test(e)),
      d.evidence.join('\n'),
    );
    assert.match(d.likelyCause + d.whatHappened, /amd64/);
  });

  it('a container over its ephemeral-storage limit: the pod is Evicted and says which container', async (t) => {
    if (!needsTestServer(t, cluster, 'the test node measures container directories')) return;
    const name = uniqueName('evict');
    const text = pod(
      name,
      `  containers:
    - name: writer
      image: busybox
      command: ["sh", "-c", "head -c 4194304 /dev/zero > scratch.bin; sleep 3600"]
      resources:
        limits:
          ephemeral-storage: 1Mi
`,
    );
    await applyYaml(cluster, text);
    await waitPod(cluster, name, 'Failed/Evicted', (p) => statusOf(p).phase === 'Failed' && statusOf(p).reason === 'Evicted');
    const d = only(await gather(cluster, name), 'evicted');
    assert.equal(d.container, 'writer');
    assert.ok(
      d.evidence.some((e) => e.includes('Container writer exceeded its local ephemeral storage limit "1Mi"')),
      d.evidence.join('\n'),
    );
    assert.match(lineAt(text, 'Pod', d), /^resources:|^ephemeral-storage/);
  });

  it('a deletion held by a finalizer: Terminating, pointed at metadata.finalizers; it goes once the finalizer is removed', async () => {
    const name = uniqueName('held');
    const manifest = (finalizers: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
${finalizers}spec:
  containers:
    - name: app
      image: busybox
      command: ["sh", "-c", "sleep 3600"]
`;
    const text = manifest('  finalizers:\n    - example.com/backup-before-delete\n');
    await applyYaml(cluster, text);
    await waitPod(cluster, name, 'running', (p) => statusOf(p).phase === 'Running');
    await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name }, { gracePeriodSeconds: 1 });
    const held = await waitPod(cluster, name, 'containers stopped, pod still there', (p) => {
      const statuses = (p.status as { containerStatuses?: { state?: { terminated?: unknown } }[] } | undefined)?.containerStatuses ?? [];
      return p.metadata?.deletionTimestamp !== undefined && statuses.every((s) => s.state?.terminated !== undefined);
    });
    // Judged ten minutes after the deletion was due, as a user coming back to it would see it.
    const due = Date.parse(String(held.metadata?.deletionTimestamp));
    const d = only(await gather(cluster, name, due + 10 * 60_000), 'terminating-finalizers');
    assert.equal(lineAt(text, 'Pod', d), 'finalizers:');
    assert.match(d.whatHappened + d.likelyCause, /example\.com\/backup-before-delete/);
    // Applying the manifest without the finalizer releases the pod.
    const [released] = await cluster.api.applyDocuments([{ index: 0, object: parse(manifest('')) as KubeObject }]);
    assert.notEqual(released?.outcome, 'failed', released?.error?.message);
    await waitForDeletion(cluster.api, 'v1', 'Pod', name, cluster.patienceMs);
  });
});
