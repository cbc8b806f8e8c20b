import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

// Container.restartPolicyRules arrived in Kubernetes 1.34.
const SIDECAR_RULES = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  containers:',
  '  - name: web',
  '    image: nginx:1.27',
  '    restartPolicy: Never',
  '    restartPolicyRules:',
  '    - action: Restart',
  '      exitCodes: {operator: In, values: [42]}',
);

describe('unavailable-in-version', () => {
  it('warns about a 1.34 field when the target is 1.30, naming the version that added it', () => {
    const found = withCode(SIDECAR_RULES, 'unavailable-in-version', { kubernetesVersion: '1.30' });
    assert.equal(found.length, 1);
    const [d] = found;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [9, 4, 9, 22]);
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.match(d.message, /^`restartPolicyRules` was added to Container in Kubernetes 1\.34; the target version is 1\.30/);
    assert.match(d.message, /raise podwright\.kubernetesVersion/);
  });

  it('accepts the field at 1.34 and 1.36', () => {
    assert.deepEqual(withCode(SIDECAR_RULES, 'unavailable-in-version', { kubernetesVersion: '1.36' }), []);
    assert.deepEqual(withCode(SIDECAR_RULES, 'unavailable-in-version', { kubernetesVersion: '1.34' }), []);
  });

  it('reports a field removed before the target version', () => {
    // PodSpec.workloadRef existed only in 1.35.
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  workloadRef:',
      '    name: w',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    const [d] = withCode(text, 'unavailable-in-version', { kubernetesVersion: '1.36' });
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [5, 2, 5, 13]);
    assert.match(d.message, /^`workloadRef` was removed from PodSpec after Kubernetes 1\.35; the target version 1\.36 does not have it/);
    assert.deepEqual(withCode(text, 'unavailable-in-version', { kubernetesVersion: '1.35' }), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const [added] = withCode(SIDECAR_RULES, 'unavailable-in-version', { kubernetesVersion: '1.30', language: 'ko' });
    assert.ok(added);
    assert.deepEqual(rangeOf(added), [9, 4, 9, 22]);
    assert.equal(
      added.message,
      '`restartPolicyRules` 필드는 Kubernetes 1.34에서 Container에 추가되었습니다. 대상 버전(1.30)은 이 필드를 모릅니다. 필드를 지우거나, 클러스터가 1.34 이상이라면 podwright.kubernetesVersion을 올리세요.',
    );
    const removed = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  workloadRef:',
      '    name: w',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    const [gone] = withCode(removed, 'unavailable-in-version', { kubernetesVersion: '1.36', language: 'ko' });
    assert.equal(
      gone?.message,
      '`workloadRef` 필드는 Kubernetes 1.35 이후 PodSpec에서 제거되었습니다. 대상 버전(1.36)에는 이 필드가 없습니다. 필드를 지우세요.',
    );
  });

  it('checks nested fields in workload templates', () => {
    const text = yaml(
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: j',
      'spec:',
      '  successPolicy:',
      '    rules: []',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      securityContext:',
      '        appArmorProfile: {type: RuntimeDefault}',
      '      containers:',
      '      - name: j',
      '        image: busybox:1.36',
    );
    const found = withCode(text, 'unavailable-in-version', { kubernetesVersion: '1.29' });
    assert.deepEqual(found.map(rangeOf), [
      [5, 2, 5, 15],
      [11, 8, 11, 23],
    ]);
  });
});
