import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REMOVED_APIS, removedApi } from '../../../server/src/service/schema/facts/removedApis';
import { applyFix, diagnose, fixesOf, rangeOf, withCode, yaml } from '../../helpers/ruleHarness';
import { newService } from '../../helpers/service';

const TARGET = ['spec:', '  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}', '  maxReplicas: 3'];

describe('removed API versions', () => {
  it('name a replacement the model serves, except for PodSecurityPolicy', () => {
    const model = newService().model;
    for (const removed of REMOVED_APIS) {
      if (removed.replacement === undefined) {
        assert.equal(removed.kind, 'PodSecurityPolicy');
        assert.deepEqual(model.kindsNamed(removed.kind), []);
        continue;
      }
      assert.ok(model.kind(removed.replacement, removed.kind), `${removed.kind} in ${removed.replacement}`);
      assert.equal(model.kind(removed.apiVersion, removed.kind), undefined, `${removed.apiVersion} ${removed.kind} is still modelled`);
    }
    assert.equal(removedApi('networking.k8s.io/v1beta1', 'IngressClass')?.removedIn, '1.22');
    assert.equal(removedApi('autoscaling/v2beta1', 'HorizontalPodAutoscaler')?.removedIn, '1.25');
  });

  it('explain an extensions/v1beta1 Ingress', () => {
    const text = yaml(
      'apiVersion: extensions/v1beta1',
      'kind: Ingress',
      'metadata: {name: web}',
      'spec:',
      '  defaultBackend: {service: {name: web, port: {number: 80}}}',
    );
    const [d] = withCode(text, 'wrong-api-version');
    assert.deepEqual(rangeOf(d), [0, 12, 0, 30]);
    assert.equal(
      d?.message,
      '`extensions/v1beta1` no longer serves Ingress: it was removed in Kubernetes 1.22. Use `apiVersion: networking.k8s.io/v1`.',
    );
    assert.deepEqual(diagnose(applyFix(text, d)), []);
  });

  it('explain a retired autoscaling version once, for a kind served by two versions', () => {
    const text = yaml('apiVersion: autoscaling/v2beta2', 'kind: HorizontalPodAutoscaler', 'metadata: {name: web}', ...TARGET);
    assert.deepEqual(
      diagnose(text).map((d) => d.code),
      ['wrong-api-version'],
    );
    const [d] = withCode(text, 'wrong-api-version');
    assert.match(d?.message ?? '', /it was removed in Kubernetes 1\.26\. Use `apiVersion: autoscaling\/v2`\.$/);
    assert.deepEqual(diagnose(applyFix(text, d)), []);
  });

  it('say that PodSecurityPolicy has no replacement, in English and Korean', () => {
    const text = yaml('apiVersion: policy/v1beta1', 'kind: PodSecurityPolicy', 'metadata: {name: restricted}', 'spec: {privileged: false}');
    const [d] = withCode(text, 'unknown-kind');
    assert.deepEqual(rangeOf(d), [1, 6, 1, 23]);
    assert.equal(
      d?.message,
      '`policy/v1beta1` stopped serving PodSecurityPolicy in Kubernetes 1.25, and no apiVersion serves it any more: there is no replacement to switch to. ' +
        'Pod Security Admission, built into the API server, does its job now: label the namespace, e.g. `pod-security.kubernetes.io/enforce: baseline`, and delete this document.',
    );
    assert.deepEqual(fixesOf(d), []);
    const [k] = withCode(text, 'unknown-kind', { language: 'ko' });
    assert.equal(
      k?.message,
      '`policy/v1beta1` 버전은 Kubernetes 1.25부터 PodSecurityPolicy 리소스를 제공하지 않으며, 이제 이 리소스를 제공하는 apiVersion은 없습니다. 바꿔 쓸 버전이 없습니다. ' +
        '이제는 API 서버에 내장된 Pod Security Admission이 그 일을 합니다. 네임스페이스에 `pod-security.kubernetes.io/enforce: baseline` 같은 레이블을 붙이고 이 문서는 지우세요.',
    );
  });

  it('explain the retired beta versions in Korean too', () => {
    const text = yaml('apiVersion: policy/v1beta1', 'kind: PodDisruptionBudget', 'metadata: {name: web}', 'spec: {minAvailable: 1}');
    assert.equal(
      withCode(text, 'wrong-api-version', { language: 'ko' })[0]?.message,
      '`policy/v1beta1` 버전은 더 이상 PodDisruptionBudget 리소스를 제공하지 않습니다. Kubernetes 1.25에서 제거되었습니다. 대신 `apiVersion: policy/v1`을 쓰세요.',
    );
  });
});
