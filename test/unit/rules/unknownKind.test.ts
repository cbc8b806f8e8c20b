import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

const POD_BODY = ['metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27'];

describe('unknown-kind', () => {
  it('catches a lower-case kind on its value, says kinds are case-sensitive, and fixes it', () => {
    const text = yaml('apiVersion: v1', 'kind: pod', ...POD_BODY);
    const found = withCode(text, 'unknown-kind');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [1, 6, 1, 9]);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(
      d.message,
      '`v1` has no kind `pod`, so the cluster would refuse this document. Did you mean `Pod`? Kinds are case-sensitive.',
    );
    assert.equal(fixesOf(d)[0]?.title, 'Change to `Pod`');
    const fixed = applyFix(text, d);
    assert.equal(fixed, yaml('apiVersion: v1', 'kind: Pod', ...POD_BODY));
    assert.deepEqual(diagnose(fixed), [], 'the fixed Pod is clean');
  });

  it('suggests the nearest kind for a typo, keeping quotes', () => {
    const text = yaml('apiVersion: apps/v1', 'kind: "Deploymnet"', 'metadata:', '  name: web');
    const [d] = withCode(text, 'unknown-kind');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [1, 6, 1, 18]);
    assert.match(d.message, /Did you mean `Deployment`\?$/);
    assert.equal(applyFix(text, d).split('\n')[1], 'kind: "Deployment"');
  });

  it('suggests a modelled kind of another group, and wrong-api-version takes over once it is spelt right', () => {
    const text = yaml('apiVersion: v1', 'kind: deployment', 'metadata:', '  name: web');
    const [d] = withCode(text, 'unknown-kind');
    assert.ok(d);
    assert.equal(fixesOf(d)[0]?.title, 'Change to `Deployment`');
    const fixed = applyFix(text, d);
    assert.deepEqual(withCode(fixed, 'unknown-kind'), []);
    assert.equal(withCode(fixed, 'wrong-api-version').length, 1);
  });

  it('says what to check when nothing is close', () => {
    const [d] = withCode(yaml('apiVersion: v1', 'kind: Frobnicator', 'metadata:', '  name: x'), 'unknown-kind');
    assert.ok(d);
    assert.equal(
      d.message,
      '`v1` has no kind `Frobnicator`, so the cluster would refuse this document. Check the spelling (kinds are case-sensitive) and the apiVersion.',
    );
    assert.deepEqual(fixesOf(d), []);
  });

  it('stays silent on valid objects of every group, on custom resources and on files that are not manifests', () => {
    const quiet = [
      yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: web'),
      yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: web'),
      yaml('apiVersion: v1', 'kind: List', 'items: []'),
      yaml(
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        '  name: web',
        'spec:',
        '  defaultBackend:',
        '    service:',
        '      name: web',
        '      port:',
        '        number: 80',
      ),
      yaml('apiVersion: cert-manager.io/v1', 'kind: certificate', 'metadata:', '  name: web'),
      yaml('apiVersion: constructor', 'kind: toString'),
      yaml('kind: pod', 'name: not a manifest'),
      yaml('name: CI', 'on: [push]', 'jobs: {}'),
    ];
    for (const text of quiet) assert.deepEqual(diagnose(text), [], text);
  });

  it('speaks Korean when the language is Korean', () => {
    const text = yaml('apiVersion: v1', 'kind: pod', ...POD_BODY);
    const [d] = withCode(text, 'unknown-kind', { language: 'ko' });
    assert.ok(d);
    assert.equal(
      d.message,
      '`v1`에는 `pod`라는 kind가 없어서 클러스터가 이 문서를 거부합니다. `Pod`를 쓰려던 것인가요? kind는 대소문자를 구분합니다.',
    );
    assert.equal(fixesOf(d)[0]?.title, '`Pod`로 바꾸기');
  });
});
