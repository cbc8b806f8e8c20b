// Marking the pods the active manifest defines: Pods by namespace and name, workloads by the
// labels of their pod template (CronJob's nested template too).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manifestDefines, manifestPodRules } from '../../../../../client/src/models/explorer/manifestPods';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';

const pod = (name: string, namespace: string, labels?: Record<string, string>): Pod => ({
  metadata: { name, namespace, ...(labels ? { labels } : {}) },
});

const MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers: [{ name: app, image: nginx }]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata:
      labels: { app: api, tier: back }
    spec:
      containers: [{ name: api, image: api:1 }]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: { job: report }
        spec:
          containers: [{ name: r, image: busybox }]
---
this: [is not: valid
`;

describe('manifest pods', () => {
  const rules = manifestPodRules(MANIFEST);

  it('reads a rule per pod-defining document and skips what does not parse', () => {
    assert.equal(rules.length, 3);
  });

  it('marks a Pod by name in the namespace the manifest is applied to', () => {
    assert.equal(manifestDefines(rules, pod('web', 'default'), 'default'), true);
    assert.equal(manifestDefines(rules, pod('web', 'other'), 'default'), false);
    assert.equal(manifestDefines(rules, pod('web-2', 'default'), 'default'), false);
  });

  it("marks a workload's pods by all of its template labels, in its own namespace", () => {
    assert.equal(
      manifestDefines(rules, pod('api-5f7-x', 'shop', { app: 'api', tier: 'back', 'pod-template-hash': '5f7' }), 'default'),
      true,
    );
    assert.equal(manifestDefines(rules, pod('api-5f7-x', 'shop', { app: 'api' }), 'default'), false, 'missing tier label');
    assert.equal(manifestDefines(rules, pod('api-5f7-x', 'default', { app: 'api', tier: 'back' }), 'default'), false, 'other namespace');
    assert.equal(
      manifestDefines(
        rules,
        pod('report-2901-abc', 'default', { job: 'report', 'batch.kubernetes.io/job-name': 'report-2901' }),
        'default',
      ),
      true,
    );
  });

  it('defines nothing for text that is not a manifest', () => {
    assert.deepEqual(manifestPodRules('hello: world\n'), []);
    assert.deepEqual(manifestPodRules(':::'), []);
  });
});
