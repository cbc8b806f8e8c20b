import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, fixesOf, rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

const POD_BODY = ['metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27'];
const DEPLOYMENT_BODY = [
  'metadata:',
  '  name: web',
  'spec:',
  '  selector:',
  '    matchLabels: {app: web}',
  '  template:',
  '    metadata:',
  '      labels: {app: web}',
  '    spec:',
  '      containers:',
  '      - name: web',
  '        image: nginx:1.27',
];

describe('wrong-api-version', () => {
  it('says a Pod is served under v1, on the apiVersion value, and fixes it', () => {
    const text = yaml('apiVersion: apps/v1', 'kind: Pod', ...POD_BODY);
    const found = withCode(text, 'wrong-api-version');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [0, 12, 0, 19]);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(d.message, 'Pod is served under `v1`, not `apps/v1`. Use `apiVersion: v1`.');
    assert.equal(fixesOf(d)[0]?.title, 'Change to `v1`');
    assert.equal(applyFix(text, d), yaml('apiVersion: v1', 'kind: Pod', ...POD_BODY));
  });

  it('says a Deployment is served under apps/v1', () => {
    const text = yaml('apiVersion: v1', 'kind: Deployment', ...DEPLOYMENT_BODY);
    const [d] = withCode(text, 'wrong-api-version');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [0, 12, 0, 14]);
    assert.equal(d.message, 'Deployment is served under `apps/v1`, not `v1`. Use `apiVersion: apps/v1`.');
  });

  it('names the release that removed an old version', () => {
    const cases: [string, string, string, string][] = [
      ['extensions/v1beta1', 'Deployment', '1.16', 'apps/v1'],
      ['apps/v1beta2', 'DaemonSet', '1.16', 'apps/v1'],
      ['apps/v1beta1', 'StatefulSet', '1.16', 'apps/v1'],
      ['batch/v1beta1', 'CronJob', '1.25', 'batch/v1'],
    ];
    for (const [old, kind, removedIn, replacement] of cases) {
      const text = yaml(`apiVersion: ${old}`, `kind: ${kind}`, 'metadata:', '  name: x');
      const [d] = withCode(text, 'wrong-api-version');
      assert.ok(d, old);
      assert.deepEqual(rangeOf(d), [0, 12, 0, 12 + old.length]);
      assert.equal(
        d.message,
        `\`${old}\` no longer serves ${kind}: it was removed in Kubernetes ${removedIn}. Use \`apiVersion: ${replacement}\`.`,
      );
      assert.equal(applyFix(text, d).split('\n')[0], `apiVersion: ${replacement}`);
    }
  });

  it('reports a missing apiVersion on `kind:` and adds it above', () => {
    const text = yaml('kind: Pod', ...POD_BODY);
    const [d] = withCode(text, 'wrong-api-version');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [0, 0, 0, 4]);
    assert.equal(d.message, '`apiVersion` is missing: Pod is served under `v1`. Add `apiVersion: v1`.');
    assert.equal(applyFix(text, d), yaml('apiVersion: v1', 'kind: Pod', ...POD_BODY));
    const empty = yaml('apiVersion:', 'kind: Pod', ...POD_BODY);
    const [e] = withCode(empty, 'wrong-api-version');
    assert.ok(e);
    assert.deepEqual(rangeOf(e), [0, 0, 0, 10]);
    assert.equal(applyFix(empty, e).split('\n')[0], 'apiVersion: v1');
  });

  it('accepts served versions and leaves kinds it does not model alone', () => {
    assert.deepEqual(withCode(yaml('apiVersion: v1', 'kind: Pod', ...POD_BODY), 'wrong-api-version'), []);
    assert.deepEqual(withCode(yaml('apiVersion: apps/v1', 'kind: Deployment', ...DEPLOYMENT_BODY), 'wrong-api-version'), []);
    assert.deepEqual(
      withCode(yaml('apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: i'), 'wrong-api-version'),
      [],
    );
    assert.deepEqual(withCode(yaml('kind: Widget', 'metadata:', '  name: w'), 'wrong-api-version'), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const ko = { language: 'ko' } as const;
    const [wrong] = withCode(yaml('apiVersion: apps/v1', 'kind: Pod', ...POD_BODY), 'wrong-api-version', ko);
    assert.ok(wrong);
    assert.equal(wrong.message, 'Pod 리소스는 `v1`에서 제공되며 `apps/v1`에서는 제공되지 않습니다. 대신 `apiVersion: v1`을 쓰세요.');
    assert.equal(fixesOf(wrong)[0]?.title, '`v1`로 바꾸기');
    const [removed] = withCode(yaml('apiVersion: batch/v1beta1', 'kind: CronJob', 'metadata:', '  name: x'), 'wrong-api-version', ko);
    assert.equal(
      removed?.message,
      '`batch/v1beta1` 버전은 더 이상 CronJob 리소스를 제공하지 않습니다. Kubernetes 1.25에서 제거되었습니다. 대신 `apiVersion: batch/v1`을 쓰세요.',
    );
    const [missing] = withCode(yaml('kind: Pod', ...POD_BODY), 'wrong-api-version', ko);
    assert.ok(missing);
    assert.equal(missing.message, '`apiVersion` 필드가 없습니다. Pod 리소스는 `v1`에서 제공됩니다. `apiVersion: v1` 줄을 추가하세요.');
    assert.equal(fixesOf(missing)[0]?.title, '`apiVersion: v1` 추가하기');
  });
});
