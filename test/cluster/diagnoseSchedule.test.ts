// Scheduling failures from the node's taints and the pod's PersistentVolumeClaims, reproduced on
// the cluster: a NoSchedule taint the pod does not tolerate (fixed by adding a toleration, or by
// `kubectl taint … -` on the node), and a claim that is missing, then unbound, then bound. Each
// time the diagnosis names the cause with the scheduler's message and points at the manifest
// line, and clears once the pod is placed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { ClusterError, type KubeObject } from '../../client/src/cluster';
import { applyYaml, gather, lineAt, only, waitPod } from './diagnoseHarness';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { kubectl } from './kubectl';

type Condition = { type: string; status: string; reason?: string; message?: string };
const conditionsOf = (p: KubeObject): Condition[] => (p.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];
const phaseOf = (p: KubeObject): string | undefined => (p.status as { phase?: string } | undefined)?.phase;

function pod(name: string, spec: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
}

const SLEEPER = `  containers:
    - name: app
      image: busybox
      command: ["sh", "-c", "sleep 3600"]
`;

function claim(name: string): string {
  return `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${name}
spec:
  storageClassName: ""
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
`;
}

describe('diagnosing taints and volume claims on a cluster', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  /** Waits until the scheduler's condition says `text`; returns its message. */
  async function unschedulable(name: string, text: string): Promise<string> {
    const p = await waitPod(cluster, name, `PodScheduled=False saying ${text}`, (p) =>
      conditionsOf(p).some(
        (c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable' && (c.message ?? '').includes(text),
      ),
    );
    return conditionsOf(p).find((c) => c.type === 'PodScheduled')?.message ?? '';
  }

  async function runsAndDiagnosisClears(name: string): Promise<void> {
    await waitPod(cluster, name, 'Running', (p) => phaseOf(p) === 'Running');
    const gathered = await gather(cluster, name);
    assert.deepEqual(
      gathered.diagnoses.map((d) => d.code),
      [],
    );
  }

  function run(args: string[], input?: string): ReturnType<typeof kubectl> {
    return kubectl(cluster.kubeconfigPath, ['-n', cluster.namespace, ...args], input === undefined ? {} : { input });
  }

  it('an untolerated taint: Pending, pointed at tolerations; adding the toleration schedules it', async (t) => {
    if (!needsTestServer(t, cluster, 'tainting the node would hold back the other test files')) return;
    const name = uniqueName('taint');
    const value = uniqueName('gpu');
    cluster.server.taintNode({ key: 'dedicated', value, effect: 'NoSchedule' });
    try {
      const spec = `  tolerations:
    - key: dedicated
      operator: Equal
      value: cpu
      effect: NoSchedule
${SLEEPER}`;
      const text = pod(name, spec);
      await applyYaml(cluster, text);
      const message = await unschedulable(name, 'untolerated taint');
      assert.equal(
        message,
        `0/1 nodes are available: 1 node(s) had untolerated taint {dedicated: ${value}}. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.`,
      );
      const d = only(await gather(cluster, name), 'unschedulable-taint');
      assert.equal(lineAt(text, 'Pod', d), 'tolerations:');
      assert.match(d.whatHappened, new RegExp(`dedicated=${value}`));
      assert.ok(d.evidence.includes(message), d.evidence.join('\n'));

      // Tolerations may be added to a pod that exists; the scheduler tries again at once.
      const fixed = pod(
        name,
        spec.replace(
          '      effect: NoSchedule\n',
          `      effect: NoSchedule\n    - key: dedicated\n      operator: Exists\n      effect: NoSchedule\n`,
        ),
      );
      const [result] = await cluster.api.applyDocuments([{ index: 0, object: parse(fixed) as KubeObject }]);
      assert.equal(result?.outcome, 'configured', result?.error?.message);
      await runsAndDiagnosisClears(name);
    } finally {
      cluster.server.untaintNode('dedicated');
    }
  });

  it('kubectl taint on the node keeps a pod Pending; removing the taint schedules it', async (t) => {
    if (!needsTestServer(t, cluster, 'tainting the node would hold back the other test files')) return;
    const node = cluster.server.kubelet.nodeName;
    const tainted = await run(['taint', 'nodes', node, 'team=data:NoSchedule']);
    assert.equal(tainted.code, 0, tainted.stderr);
    let untainted = false;
    try {
      const shown = await run(['get', 'node', node, '-o', 'jsonpath={.spec.taints}']);
      assert.deepEqual(JSON.parse(shown.stdout), [{ key: 'team', value: 'data', effect: 'NoSchedule' }]);
      const name = uniqueName('untaint');
      const text = pod(name, SLEEPER);
      await applyYaml(cluster, text);
      await unschedulable(name, 'untolerated taint {team: data}');
      const d = only(await gather(cluster, name), 'unschedulable-taint');
      // The manifest has no tolerations yet: the diagnosis points at the spec they belong in.
      assert.deepEqual(d.manifestTarget?.path, ['spec', 'tolerations']);
      assert.equal(lineAt(text, 'Pod', d), 'spec:');

      const removed = await run(['taint', 'nodes', node, 'team=data:NoSchedule-']);
      assert.equal(removed.code, 0, removed.stderr);
      untainted = true;
      await runsAndDiagnosisClears(name);
    } finally {
      if (!untainted) cluster.server.untaintNode('team');
    }
  });

  it('a claim that does not exist, then exists unbound: each points at the claimName line', async () => {
    const name = uniqueName('db');
    const claimName = uniqueName('data');
    const text = pod(
      name,
      `  volumes:
    - name: cache
      emptyDir: {}
    - name: data
      persistentVolumeClaim:
        claimName: ${claimName}
${SLEEPER}`,
    );
    await applyYaml(cluster, text);
    const missingMessage = await unschedulable(name, `persistentvolumeclaim "${claimName}" not found`);
    assert.equal(
      missingMessage,
      `0/1 nodes are available: persistentvolumeclaim "${claimName}" not found. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.`,
    );
    const missing = only(await gather(cluster, name), 'unschedulable-pvc');
    assert.equal(lineAt(text, 'Pod', missing), `claimName: ${claimName}`);
    assert.match(missing.title, new RegExp(`${claimName}.*does not exist`));

    await applyYaml(cluster, claim(claimName));
    const unboundMessage = await unschedulable(name, 'unbound immediate PersistentVolumeClaims');
    assert.equal(
      unboundMessage,
      '0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
    );
    const unbound = only(await gather(cluster, name), 'unschedulable-pvc');
    assert.equal(lineAt(text, 'Pod', unbound), `claimName: ${claimName}`);
    assert.match(unbound.title, /not bound/);
    assert.ok(unbound.evidence.includes(unboundMessage), unbound.evidence.join('\n'));
    const listed = await run(['get', 'pvc', claimName]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(
      listed.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/).slice(0, 2)),
      [
        ['NAME', 'STATUS'],
        [claimName, 'Pending'],
      ],
    );
  });

  it('an unbound claim that gets bound: the pod is scheduled and kubectl shows the claim Bound', async (t) => {
    if (!needsTestServer(t, cluster, 'binding a claim without a volume provisioner')) return;
    const name = uniqueName('db');
    const claimName = uniqueName('data');
    const text = `${claim(claimName)}---\n${pod(
      name,
      `  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: ${claimName}
${SLEEPER}`,
    )}`;
    await applyYaml(cluster, text);
    await unschedulable(name, 'unbound immediate PersistentVolumeClaims');
    assert.equal(lineAt(text, 'Pod', only(await gather(cluster, name), 'unschedulable-pvc'), 1), `claimName: ${claimName}`);

    cluster.server.bindClaim(cluster.namespace, claimName);
    await runsAndDiagnosisClears(name);
    const listed = await run(['get', 'pvc', claimName]);
    const [, row = ''] = listed.stdout.trim().split('\n');
    const [shownName, status, volume, capacity, modes] = row.split(/\s+/);
    assert.deepEqual([shownName, status, capacity, modes], [claimName, 'Bound', '1Gi', 'RWO']);
    assert.match(volume ?? '', /^pvc-/);
  });

  it('the API server rejects a claim without access modes or a storage request (422)', async () => {
    const text = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${uniqueName('bad')}
spec:
  resources: {}
`;
    const [result] = await cluster.api.applyDocuments([{ index: 0, object: parse(text) as KubeObject }]);
    const error = result?.error;
    assert.ok(error instanceof ClusterError, String(error));
    assert.equal(error.kind, 'invalid');
    assert.deepEqual(error.causes.map((c) => c.field).sort(), ['spec.accessModes', 'spec.resources[storage]']);
  });
});
