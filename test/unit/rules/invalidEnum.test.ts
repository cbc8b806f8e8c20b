import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, fixesOf, rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

function pod(...containerLines: string[]): string {
  return yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '  - name: web',
    '    image: nginx:1.27',
    ...containerLines.map((l) => `    ${l}`),
  );
}

describe('invalid-enum', () => {
  it('flags `tcp` with a case-sensitive did-you-mean and fixes it', () => {
    const text = pod('ports:', '- containerPort: 80', '  protocol: tcp');
    const found = withCode(text, 'invalid-enum');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [10, 16, 10, 19]);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(
      d.message,
      '`tcp` is not a valid `protocol`; use one of `SCTP`, `TCP`, `UDP`. Did you mean `TCP`? Values are case-sensitive.',
    );
    assert.equal(fixesOf(d)[0]?.preferred, true);
    const fixed = applyFix(text, d);
    assert.equal(fixed.split('\n')[10], '      protocol: TCP');
    assert.deepEqual(withCode(fixed, 'invalid-enum'), []);
  });

  it('keeps quotes when fixing and suggests by spelling', () => {
    const text = pod('imagePullPolicy: "IfNotPresnt"');
    const [d] = withCode(text, 'invalid-enum');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [8, 21, 8, 34]);
    assert.match(d.message, /Did you mean `IfNotPresent`\?$/);
    assert.equal(applyFix(text, d).split('\n')[8], '    imagePullPolicy: "IfNotPresent"');
  });

  it('lists the allowed values when nothing is close', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  restartPolicy: Sometimes',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    const [d] = withCode(text, 'invalid-enum');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [5, 17, 5, 26]);
    assert.equal(d.message, '`Sometimes` is not a valid `restartPolicy`; use one of `Always`, `Never`, `OnFailure`.');
    assert.deepEqual(fixesOf(d), []);
  });

  it('checks enums in workloads (strategy type)', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  strategy:',
      '    type: rollingUpdate',
      '  selector:',
      '    matchLabels: {app: web}',
      '  template:',
      '    metadata:',
      '      labels: {app: web}',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: nginx:1.27',
    );
    const [d] = withCode(text, 'invalid-enum');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [6, 10, 6, 23]);
    assert.match(d.message, /Did you mean `RollingUpdate`\?/);
  });

  it('accepts valid values', () => {
    const text = pod('imagePullPolicy: IfNotPresent', 'ports:', '- containerPort: 53', '  protocol: UDP');
    assert.deepEqual(withCode(text, 'invalid-enum'), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const ko = { language: 'ko' } as const;
    const [d] = withCode(pod('ports:', '- containerPort: 80', '  protocol: tcp'), 'invalid-enum', ko);
    assert.ok(d);
    assert.equal(
      d.message,
      '`protocol` 필드에는 `tcp` 값을 쓸 수 없습니다. `SCTP`, `TCP`, `UDP` 중 하나를 쓰세요. `TCP` 값을 쓰려던 것인가요? 값은 대소문자를 구분합니다.',
    );
    assert.equal(fixesOf(d)[0]?.title, '`TCP`로 바꾸기');
    const far = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  restartPolicy: Sometimes',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    const [e] = withCode(far, 'invalid-enum', ko);
    assert.equal(e?.message, '`restartPolicy` 필드에는 `Sometimes` 값을 쓸 수 없습니다. `Always`, `Never`, `OnFailure` 중 하나를 쓰세요.');
  });
});
