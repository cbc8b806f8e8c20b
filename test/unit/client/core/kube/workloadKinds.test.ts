// The one table of workload kinds: every kind in it has its pod spec where Kubernetes puts it, each
// kind is named once with the group version that serves it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { POD_TEMPLATE_KINDS, WORKLOAD_API_VERSIONS, WORKLOAD_KINDS } from '../../../../../client/src/core/kube/workloadKinds';
import { podSpecPathIn } from '../../../../../client/src/core/diagnosis/manifestPath';

describe('workload kinds', () => {
  it("places each kind's pod spec where Kubernetes has it", () => {
    for (const { kind, pods } of WORKLOAD_KINDS) {
      const path = podSpecPathIn(kind, ['containers']);
      const expected =
        pods === 'template'
          ? ['spec', 'template', 'spec', 'containers']
          : ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers'];
      assert.deepEqual(path, expected, kind);
    }
    assert.equal(podSpecPathIn('Service', ['containers']), undefined);
  });

  it('names each kind once, with the group version that serves it', () => {
    assert.equal(new Set(WORKLOAD_KINDS.map((w) => w.kind)).size, WORKLOAD_KINDS.length);
    assert.equal(WORKLOAD_API_VERSIONS.get('Deployment'), 'apps/v1');
    assert.equal(WORKLOAD_API_VERSIONS.get('CronJob'), 'batch/v1');
    assert.equal(WORKLOAD_API_VERSIONS.get('ReplicationController'), 'v1');
    assert.ok(!POD_TEMPLATE_KINDS.has('CronJob'), "a CronJob's pods come from its Jobs");
    assert.deepEqual([...POD_TEMPLATE_KINDS].sort(), [
      'DaemonSet',
      'Deployment',
      'Job',
      'ReplicaSet',
      'ReplicationController',
      'StatefulSet',
    ]);
  });
});
