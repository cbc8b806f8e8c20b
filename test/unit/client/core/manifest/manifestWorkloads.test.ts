// Which pods a manifest defines, for the cluster diagnostics: Pods by namespace and name,
// workloads by template labels confirmed through the owner chain.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manifestWorkloads, podBelongsTo, podSelector } from '../../../../../client/src/core/manifest/manifestWorkloads';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { parseManifest } from '../../../../../server/src/service/document/manifest';

const TEXT = `apiVersion: v1
kind: Pod
metadata:
  name: solo
  namespace: tools
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels: { app: web, tier: front }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  jobTemplate:
    spec:
      template:
        metadata:
          labels:
            job: nightly
---
apiVersion: v1
kind: Service
metadata:
  name: web
`;

function pod(name: string, namespace: string, labels: Record<string, string>, owner?: { kind: string; name: string }): Pod {
  return {
    metadata: { name, namespace, labels, ...(owner ? { ownerReferences: [{ ...owner, apiVersion: 'apps/v1', controller: true }] } : {}) },
  };
}

describe('manifest workloads', () => {
  const workloads = manifestWorkloads(parseManifest(TEXT), 'default');

  it('lists the documents that define pods, with their namespace and template labels', () => {
    assert.deepEqual(
      workloads.map((w) => [w.documentIndex, w.kind, w.name, w.namespace, w.podLabels]),
      [
        [0, 'Pod', 'solo', 'tools', undefined],
        [1, 'Deployment', 'web', 'default', { app: 'web', tier: 'front' }],
        [2, 'CronJob', 'nightly', 'default', { job: 'nightly' }],
      ],
    );
    assert.equal(podSelector(workloads[1]), 'app=web,tier=front');
  });

  it('claims a Pod by namespace and name only', () => {
    const solo = workloads[0];
    assert.equal(podBelongsTo(solo, pod('solo', 'tools', {}), []), true);
    assert.equal(podBelongsTo(solo, pod('solo', 'default', {}), []), false);
  });

  it('claims a Deployment pod through its chain, or its ReplicaSet name when the chain stops there', () => {
    const web = workloads[1];
    const labels = { app: 'web', tier: 'front', 'pod-template-hash': '5d4c' };
    const p = pod('web-5d4c-abcde', 'default', labels, { kind: 'ReplicaSet', name: 'web-5d4c' });
    assert.equal(
      podBelongsTo(web, p, [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d4c' },
        { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      ]),
      true,
    );
    assert.equal(podBelongsTo(web, p, [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d4c' }]), true);
    assert.equal(podBelongsTo(web, p, [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'webhook-77' }]), false);
    assert.equal(
      podBelongsTo(web, pod('x', 'default', { app: 'web' }, { kind: 'ReplicaSet', name: 'web-5d4c' }), []),
      false,
      'missing a template label',
    );
  });
});
