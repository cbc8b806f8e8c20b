import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

function pod(...containerLines: string[]): string {
  return yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '  - name: web',
    ...containerLines.map((l) => `    ${l}`),
  );
}

describe('unknown-field', () => {
  it('suggests `image` for `images` on the key, with a preferred fix', () => {
    const text = pod('images: nginx:1.27');
    const found = withCode(text, 'unknown-field');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [7, 4, 7, 10]);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(d.message, /Unknown field `images` in Container: did you mean `image`\?/);
    assert.equal(fixesOf(d)[0]?.preferred, true);
    const fixed = applyFix(text, d);
    assert.equal(fixed, pod('image: nginx:1.27'));
    // The misspelled key stands for the missing image: one diagnostic, not two.
    assert.deepEqual(
      diagnose(text).map((x) => x.code),
      ['unknown-field'],
    );
    assert.deepEqual(
      diagnose(fixed).filter((x) => x.severity === DiagnosticSeverity.Error),
      [],
    );
  });

  it('matches case first: imagePullpolicy → imagePullPolicy', () => {
    const text = pod('image: nginx:1.27', 'imagePullpolicy: Always');
    const [d] = withCode(text, 'unknown-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [8, 4, 8, 19]);
    assert.match(d.message, /did you mean `imagePullPolicy`\?/);
    assert.equal(applyFix(text, d).split('\n')[8], '    imagePullPolicy: Always');
  });

  it('suggests `ports` for `poarts`, only among keys valid in a Container', () => {
    const text = pod('image: nginx:1.27', 'poarts:', '  - containerPort: 80');
    const [d] = withCode(text, 'unknown-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [8, 4, 8, 10]);
    assert.match(d.message, /did you mean `ports`\?/);
  });

  it('offers no suggestion when nothing is close', () => {
    const text = pod('image: nginx:1.27', 'flavour: vanilla');
    const [d] = withCode(text, 'unknown-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [8, 4, 8, 11]);
    assert.doesNotMatch(d.message, /did you mean/);
    assert.match(d.message, /Unknown field `flavour` in Container.*check the spelling and the indentation, or remove it/);
    assert.deepEqual(fixesOf(d), []);
  });

  it('checks keys at every level, in workloads too', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '  lables:',
      '    app: web',
      'spec:',
      '  replica: 2',
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
    const found = withCode(text, 'unknown-field');
    assert.deepEqual(found.map(rangeOf), [
      [4, 2, 4, 8],
      [7, 2, 7, 9],
    ]);
    assert.match(found[0]?.message ?? '', /in ObjectMeta: did you mean `labels`\?/);
    assert.match(found[1]?.message ?? '', /in DeploymentSpec: did you mean `replicas`\?/);
  });

  it('accepts a manifest whose keys are all valid, and leaves merge keys and unmodelled kinds alone', () => {
    assert.deepEqual(
      withCode(pod('image: nginx:1.27', 'imagePullPolicy: IfNotPresent', 'ports:', '  - containerPort: 80'), 'unknown-field'),
      [],
    );
    assert.deepEqual(
      withCode(yaml('apiVersion: example.com/v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  bogus: 1'), 'unknown-field'),
      [],
    );
    const merged = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - &base',
      '    name: a',
      '    image: nginx:1.27',
      '  - <<: *base',
      '    name: b',
    );
    assert.deepEqual(withCode(merged, 'unknown-field'), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const ko = { language: 'ko' } as const;
    const [typo] = withCode(pod('images: nginx:1.27'), 'unknown-field', ko);
    assert.ok(typo);
    assert.equal(typo.message, 'Container에는 `images` 필드가 없습니다. `image` 필드를 쓰려던 것인가요?');
    assert.equal(fixesOf(typo)[0]?.title, '`image`로 바꾸기');
    const [unknown] = withCode(pod('image: nginx:1.27', 'frobnicate: yes'), 'unknown-field', ko);
    assert.equal(
      unknown?.message,
      'Container에는 `frobnicate` 필드가 없습니다. Kubernetes는 모르는 필드를 거부합니다. 철자와 들여쓰기를 확인하거나 이 필드를 지우세요.',
    );
  });
});
