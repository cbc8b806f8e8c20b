import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSchedulingMessage } from '../../../../../client/src/core/diagnosis/scheduling';
import type { Container, Node, Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { container, diagnoseBoth, evidenceIncludes, only, pod, podEvent } from './diagFixtures';

function pending(containers: Container[], message: string): { pod: Pod; events: ReturnType<typeof podEvent>[] } {
  const p = pod('big', containers, [], { phase: 'Pending' });
  delete p.spec!.nodeName;
  p.status = {
    phase: 'Pending',
    qosClass: 'Burstable',
    conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message }],
  };
  return { pod: p, events: [podEvent(p, 'FailedScheduling', message, { from: 'default-scheduler', count: 3 })] };
}

const sidecar = container('log-shipper', 'fluent-bit:3.1', { resources: { requests: { memory: '64Mi', cpu: '50m' } } });
const main = container('app', 'api:1', { resources: { requests: { memory: '24Gi', cpu: '500m' }, limits: { memory: '24Gi' } } });

describe('diagnosis: pods that cannot be scheduled', () => {
  it('insufficient memory points at the largest memory request and shows node allocatable', () => {
    const message =
      '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
    const node: Node = { metadata: { name: 'worker-1' }, status: { allocatable: { cpu: '4', memory: '16Gi' } } };
    const d = only(diagnoseBoth({ ...pending([sidecar, main], message), node }), 'unschedulable-resources');
    assert.equal(d.container, 'app');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 1, 'resources', 'requests', 'memory']);
    assert.match(d.likelyCause, /requests memory 24Gi/);
    assert.match(d.whatHappened, /3 node/);
    evidenceIncludes(d, '3 Insufficient memory');
    evidenceIncludes(d, 'worker-1 allocatable: memory 16Gi');
  });

  it('a request taken from the limit points at the limit', () => {
    const onlyLimit = container('app', 'api:1', { resources: { limits: { cpu: '8', memory: '1Gi' } } });
    const message =
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.';
    const d = only(diagnoseBoth(pending([onlyLimit], message)), 'unschedulable-resources');
    assert.deepEqual(d.manifestTarget?.specPath, ['containers', 0, 'resources', 'limits', 'cpu']);
  });

  it('a node selector nobody matches points at nodeSelector', () => {
    const message =
      "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
    const input = pending([container('app', 'api:1')], message);
    input.pod.spec!.nodeSelector = { disktype: 'ssd' };
    const d = only(diagnoseBoth(input), 'unschedulable-node-selector');
    assert.deepEqual(d.manifestTarget, { path: ['spec', 'nodeSelector'], specPath: ['nodeSelector'] });
    assert.match(d.whatHappened, /disktype=ssd/);
  });

  it('an untolerated control-plane taint points at where tolerations go', () => {
    const message =
      '0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
    const input = pending([container('app', 'api:1')], message);
    delete input.pod.spec!.tolerations;
    const d = only(diagnoseBoth(input), 'unschedulable-taint');
    assert.deepEqual(d.manifestTarget, { path: ['spec', 'tolerations'], specPath: ['tolerations'], missing: true });
    assert.match(d.whatHappened, /`node-role\.kubernetes\.io\/control-plane`/);
  });

  it('several reasons give one diagnosis each', () => {
    const message =
      "0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
    const diagnoses = diagnoseBoth(pending([container('app', 'api:1')], message));
    assert.deepEqual(
      diagnoses.map((d) => d.code),
      ['unschedulable-node-selector', 'unschedulable-taint'],
    );
    assert.match(diagnoses[1].whatHappened, /`dedicated=gpu`/);
  });

  it('an unbound PersistentVolumeClaim points at the claim of the pod volume', () => {
    const message =
      '0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
    const input = pending([container('db', 'postgres:16')], message);
    input.pod.spec!.volumes = [...(input.pod.spec!.volumes ?? []), { name: 'data', persistentVolumeClaim: { claimName: 'pgdata' } }];
    const d = only(diagnoseBoth(input), 'unschedulable-pvc');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'volumes', 1, 'persistentVolumeClaim', 'claimName']);
    assert.match(d.title, /not bound/);
  });

  it('a claim that was missing and now exists unbound: the condition says what the scheduler said last', () => {
    const missing =
      '0/1 nodes are available: persistentvolumeclaim "pgdata" not found. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
    const unbound =
      '0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
    const input = pending([container('db', 'postgres:16')], unbound);
    input.pod.spec!.volumes = [{ name: 'data', persistentVolumeClaim: { claimName: 'pgdata' } }];
    // Both events were last seen in the same second, the older one listed first.
    const older = podEvent(input.pod, 'FailedScheduling', missing, { from: 'default-scheduler' });
    const newer = { ...(input.events[0] ?? older), lastTimestamp: older.lastTimestamp, metadata: { name: 'big.2', namespace: 'default' } };
    const d = only(diagnoseBoth({ ...input, events: [older, newer] }), 'unschedulable-pvc');
    assert.match(d.title, /not bound/);
    evidenceIncludes(d, 'unbound immediate PersistentVolumeClaims');
  });

  it('a claim that does not exist points at the claimName that names it', () => {
    const message =
      '0/1 nodes are available: persistentvolumeclaim "pgdata" not found. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
    const input = pending([container('db', 'postgres:16')], message);
    input.pod.spec!.volumes = [
      { name: 'cache', emptyDir: {} },
      { name: 'data', persistentVolumeClaim: { claimName: 'pgdata' } },
    ];
    const d = only(diagnoseBoth(input), 'unschedulable-pvc');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'volumes', 1, 'persistentVolumeClaim', 'claimName']);
    assert.match(d.title + d.whatHappened, /pgdata/);
  });

  it('a host port held on every node points at hostPort', () => {
    const message =
      "0/2 nodes are available: 2 node(s) didn't have free ports for the requested pod ports. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.";
    const web = container('web', 'nginx:1.27', { ports: [{ containerPort: 80, hostPort: 80, protocol: 'TCP' }] });
    const d = only(diagnoseBoth(pending([web], message)), 'unschedulable-host-port');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'ports', 0, 'hostPort']);
    assert.match(d.title, /Host port 80/);
  });

  it('parses the scheduler message into its reasons', () => {
    const r = parseSchedulingMessage(
      '0/5 nodes are available: 1 Insufficient cpu, 2 Insufficient memory, 1 node(s) were unschedulable, 1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }. preemption: 0/5 nodes are available: 5 No preemption victims found for incoming pod.',
    );
    assert.equal(r.nodeCount, 5);
    assert.deepEqual(r.insufficient, ['cpu', 'memory']);
    assert.deepEqual(r.taints, ['node.kubernetes.io/disk-pressure']);
    assert.deepEqual(r.other, ['1 node(s) were unschedulable']);
  });

  it('a pod already placed on a node is not reported as unschedulable', () => {
    const input = pending([container('app', 'api:1')], '0/1 nodes are available: 1 Insufficient cpu.');
    input.pod.spec!.nodeName = 'worker-1';
    assert.deepEqual(diagnoseBoth(input), []);
  });
});
