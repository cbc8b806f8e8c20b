import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

/** Errors and warnings: what a clean document has none of. */
function problems(text: string): Diagnostic[] {
  return diagnose(text).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
}

const deployment = (labels: string[], selector: string[] = ['      app: web'], template: string[] = ['        app: web']) =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '  labels:',
    ...labels,
    'spec:',
    '  selector:',
    '    matchLabels:',
    ...selector,
    '  template:',
    '    metadata:',
    '      labels:',
    ...template,
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: nginx:1.27.3',
  );

describe('invalid-label', () => {
  it('reports a label value with a space in the template and the selector, and renames both together', () => {
    const text = deployment(['    app: web'], ['      app: my app'], ['        app: my app']);
    const found = withCode(text, 'invalid-label');
    assert.equal(found.length, 2);
    const [selector, template] = found;
    assert.ok(selector && template);
    assert.equal(selector.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(selector), [9, 11, 9, 17]);
    assert.deepEqual(rangeOf(template), [13, 13, 13, 19]);
    assert.equal(
      selector.message,
      "Selector value `my app` is not valid: it contains a space, which is not allowed. A value has at most 63 letters, digits, '-', '_' and '.', and starts and ends with a letter or digit; it may also be empty. For example `my-app`.",
    );
    assert.match(template.message, /^Label value `my app` is not valid/);
    assert.deepEqual(
      fixesOf(template).map((f) => [f.title, f.preferred]),
      [['Change to `my-app`', true]],
    );
    const fixed = applyFix(text, template);
    assert.match(fixed, /matchLabels:\n {6}app: my-app\n/);
    assert.match(fixed, /labels:\n {8}app: my-app\n/);
    assert.deepEqual(problems(fixed), []);
  });

  it('reports label keys: an upper-case prefix, an empty prefix, two slashes, an over-long name', () => {
    const long = `k${'e'.repeat(63)}`;
    const text = deployment([
      '    Example.com/team: core',
      '    /tier: web',
      '    a/b/c: d',
      `    ${long}: x`,
      '    app.kubernetes.io/Name: web',
      '    app: web',
    ]);
    const found = withCode(text, 'invalid-label');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['Example.com/team', '/tier', 'a/b/c', long],
    );
    assert.match(
      found[0]?.message ?? '',
      /^Label key `Example\.com\/team` is not valid: its prefix `Example\.com` is not a DNS subdomain: it has upper-case letters/,
    );
    assert.match(found[1]?.message ?? '', /it starts with '\/', so its prefix is empty/);
    assert.match(found[2]?.message ?? '', /it has more than one '\/'/);
    assert.match(found[3]?.message ?? '', /it is 64 characters long; the limit is 63/);
    let fixed = text;
    for (const d of [...found].reverse()) fixed = applyFix(fixed, d);
    assert.match(fixed, /\n {4}example\.com\/team: core\n {4}tier: web\n {4}a\/b-c: d\n/);
    assert.deepEqual(problems(fixed), []);
  });

  it('checks annotation keys without regard to case, and never their values', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: settings',
      '  annotations:',
      '    Example.com/Owner: Team A (platform)',
      '    "build info": "2024-06-01 #42"',
      'data:',
      '  mode: fast',
    );
    const [d, ...rest] = withCode(text, 'invalid-label');
    assert.ok(d);
    assert.deepEqual(rest, []);
    assert.deepEqual(rangeOf(d), [6, 4, 6, 16]);
    assert.match(d.message, /^Annotation key `build info` is not valid: it contains a space/);
    const fixed = applyFix(text, d);
    assert.match(fixed, /\n {4}"build-info": "2024-06-01 #42"\n/);
    assert.deepEqual(problems(fixed), []);
  });

  it('checks a Service selector and matchExpressions keys', () => {
    const service = yaml(
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector:',
      '    app: web_',
      '  ports:',
      '    - port: 80',
    );
    const [d] = withCode(service, 'invalid-label');
    assert.ok(d);
    assert.equal(textAt(service, d), 'web_');
    assert.match(d.message, /^Selector value `web_` is not valid: it must start and end with a letter or digit/);
    assert.deepEqual(problems(applyFix(service, d)), []);

    const policy = yaml(
      'apiVersion: policy/v1',
      'kind: PodDisruptionBudget',
      'metadata:',
      '  name: web',
      'spec:',
      '  minAvailable: 1',
      '  selector:',
      '    matchExpressions:',
      '      - key: app name',
      '        operator: In',
      '        values: [web]',
    );
    const [k] = withCode(policy, 'invalid-label');
    assert.ok(k);
    assert.equal(textAt(policy, k), 'app name');
    assert.match(k.message, /^Selector key `app name` is not valid/);
    assert.deepEqual(problems(applyFix(policy, k)), []);
  });

  it('stays silent on valid keys and values, empty values, and values that are not text', () => {
    const text = deployment([
      '    app.kubernetes.io/name: web',
      '    app.kubernetes.io/version: 1.2.3-rc.1',
      '    example.com/Owner_Team: Platform_Team',
      '    tier: ""',
      '    canary:',
      '    build: 42',
      '    app: web',
    ]);
    assert.deepEqual(withCode(text, 'invalid-label'), []);
    // `build: 42` is a number: type-mismatch says so, once.
    assert.equal(withCode(text, 'type-mismatch').length, 1);
  });

  it('speaks Korean', () => {
    const text = deployment(['    app: web', '    version: v1.0 beta']);
    const [d] = withCode(text, 'invalid-label', { language: 'ko' });
    assert.ok(d);
    assert.equal(
      d.message,
      "레이블 값 `v1.0 beta`는 올바르지 않습니다. 값에 쓸 수 없는 문자가 들어 있습니다: 공백. 값은 글자, 숫자, '-', '_', '.'로 이루어진 최대 63자이고 글자나 숫자로 시작하고 끝나야 합니다. 빈 값도 됩니다. 예: `v1.0-beta`.",
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['`v1.0-beta`로 바꾸기'],
    );
    const [key] = withCode(deployment(['    app: web', '    /tier: web']), 'invalid-label', { language: 'ko' });
    assert.match(key?.message ?? '', /^레이블 키 `\/tier`는 올바르지 않습니다\. '\/'로 시작해서 접두사가 비어 있습니다\./);
  });
});
