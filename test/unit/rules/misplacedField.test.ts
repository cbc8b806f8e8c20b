import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

const errorsOf = (text: string) => diagnose(text).filter((d) => d.severity === DiagnosticSeverity.Error);

describe('misplaced-field', () => {
  it('names `metadata` for a top-level `name:` under an empty `metadata:`, and moves it there', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      'name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    // One mistake, one diagnostic: not also unknown-field, nor required-field on the empty metadata.
    assert.deepEqual(
      errorsOf(text).map((d) => d.code),
      ['misplaced-field'],
    );
    const [d] = withCode(text, 'misplaced-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [3, 0, 3, 4]);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(d.message, /^`name` belongs under `metadata` \(`metadata\.name`\), not at the top level/);
    assert.equal(fixesOf(d)[0]?.title, 'Move `name` under `metadata`');
    const fixed = applyFix(text, d);
    assert.equal(
      fixed,
      yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27'),
    );
    assert.deepEqual(errorsOf(fixed), []);
  });

  it('creates `metadata:` when it is missing, and joins an existing one', () => {
    const missing = yaml('apiVersion: v1', 'kind: Pod', 'name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27');
    const [d1] = withCode(missing, 'misplaced-field');
    assert.ok(d1);
    assert.deepEqual(rangeOf(d1), [2, 0, 2, 4]);
    assert.equal(
      applyFix(missing, d1),
      yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27'),
    );

    const existing = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  labels:',
      '    app: web',
      'labels2: x',
      'name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    const [d2] = withCode(existing, 'misplaced-field');
    assert.ok(d2);
    assert.deepEqual(rangeOf(d2), [6, 0, 6, 4]);
    assert.deepEqual(applyFix(existing, d2).split('\n').slice(2, 7), [
      'metadata:',
      '  labels:',
      '    app: web',
      '  name: web',
      'labels2: x',
    ]);
  });

  it('puts `labels` at the top level under metadata', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'labels:',
      '  app: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    const [d] = withCode(text, 'misplaced-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [4, 0, 4, 6]);
    assert.match(d.message, /`labels` belongs under `metadata`/);
    assert.deepEqual(applyFix(text, d).split('\n').slice(2, 7), ['metadata:', '  name: web', '  labels:', '    app: web', 'spec:']);
  });

  it('sends `image:` under a PodSpec into an entry of spec.containers', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  image: nginx:1.27',
      '  containers:',
      '  - name: web',
    );
    assert.deepEqual(
      errorsOf(text).map((d) => d.code),
      ['misplaced-field'],
    );
    const [d] = withCode(text, 'misplaced-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [5, 2, 5, 7]);
    assert.match(
      d.message,
      /`image` belongs in an entry of `spec\.containers` \(`spec\.containers\[\]\.image`\), not under `spec`: PodSpec has no field `image`/,
    );
    const fixed = applyFix(text, d);
    assert.equal(
      fixed,
      yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27'),
    );
    assert.deepEqual(errorsOf(fixed), []);
  });

  it('reports `ports`/`command` under spec but offers no move when there are several containers', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  command: ["sleep", "1"]',
      '  containers:',
      '  - name: a',
      '    image: nginx:1.27',
      '  - name: b',
      '    image: nginx:1.27',
    );
    const [d] = withCode(text, 'misplaced-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [5, 2, 5, 9]);
    assert.match(d.message, /`command` belongs in an entry of `spec\.containers`/);
    assert.deepEqual(fixesOf(d), []);
  });

  it('sends `containers:` under a Deployment spec to spec.template.spec', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector:',
      '    matchLabels: {app: web}',
      '  template:',
      '    metadata:',
      '      labels: {app: web}',
      '    spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    assert.deepEqual(
      errorsOf(text).map((d) => d.code),
      ['misplaced-field'],
    );
    const [d] = withCode(text, 'misplaced-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [11, 2, 11, 12]);
    assert.match(d.message, /`containers` belongs under `spec\.template\.spec` \(`spec\.template\.spec\.containers`\), not under `spec`/);
    const fixed = applyFix(text, d);
    assert.deepEqual(fixed.split('\n').slice(10), ['    spec:', '      containers:', '      - name: web', '        image: nginx:1.27', '']);
    assert.deepEqual(errorsOf(fixed), []);
  });

  it('sends a list field written flat under its list into a new entry', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '    ports:',
      '    containerPort: 80',
    );
    const [d] = withCode(text, 'misplaced-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [9, 4, 9, 17]);
    assert.match(d.message, /`containerPort` belongs in an entry of `spec\.containers\[0\]\.ports`/);
    const fixed = applyFix(text, d);
    assert.deepEqual(fixed.split('\n').slice(8), ['    ports:', '      - containerPort: 80', '']);
    assert.deepEqual(errorsOf(fixed), []);
  });

  it('follows a list flattened into its parent two levels down', () => {
    // `ports` and `protocol` slipped out of their container entry into the PodSpec.
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '  ports:',
      '  - containerPort: 80',
      '  protocol: TCP',
    );
    const found = withCode(text, 'misplaced-field');
    assert.deepEqual(found.map(rangeOf), [
      [8, 2, 8, 7],
      [10, 2, 10, 10],
    ]);
    assert.match(
      found[1]?.message ?? '',
      /`protocol` belongs in an entry of `spec\.containers\[\]\.ports` \(`spec\.containers\[\]\.ports\[\]\.protocol`\)/,
    );
  });

  it('explains a CronJob template missing its `spec:` level once', () => {
    const text = yaml(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: c',
      'spec:',
      '  schedule: "*/5 * * * *"',
      '  jobTemplate:',
      '    template:',
      '      spec:',
      '        restartPolicy: Never',
      '        containers:',
      '        - name: c',
      '          image: busybox:1.36',
    );
    assert.deepEqual(
      errorsOf(text).map((d) => d.code),
      ['misplaced-field'],
    );
    const [d] = withCode(text, 'misplaced-field');
    assert.deepEqual(d && rangeOf(d), [7, 4, 7, 12]);
    assert.match(d?.message ?? '', /`template` belongs under `spec\.jobTemplate\.spec`/);
    assert.deepEqual(d && applyFix(text, d).split('\n').slice(6, 9), ['  jobTemplate:', '    spec:', '      template:']);
  });

  it('moves an over-indented `spec:` back to the top level', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      '  spec:',
      '    containers:',
      '    - name: web',
      '      image: nginx:1.27',
    );
    const [d] = withCode(text, 'misplaced-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [4, 2, 4, 6]);
    assert.match(d.message, /^`spec` belongs at the top level, not under `metadata`: ObjectMeta has no field `spec`/);
    assert.equal(fixesOf(d)[0]?.title, 'Move `spec` to the top level');
    const fixed = applyFix(text, d);
    assert.equal(
      fixed,
      yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27'),
    );
  });

  it('prefers a close spelling at the same level over a field far away', () => {
    // `imagePullpolicy` is a typo of a Container field, not a misplaced field.
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '    imagePullpolicy: Always',
    );
    assert.deepEqual(withCode(text, 'misplaced-field'), []);
    assert.equal(withCode(text, 'unknown-field').length, 1);
  });

  it('accepts a correctly indented Pod', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      '  labels: {app: web}',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '    ports:',
      '    - containerPort: 80',
    );
    assert.deepEqual(withCode(text, 'misplaced-field'), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const ko = { language: 'ko' } as const;
    const [top] = withCode(
      yaml('apiVersion: v1', 'kind: Pod', 'metadata:', 'name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27'),
      'misplaced-field',
      ko,
    );
    assert.ok(top);
    assert.equal(
      top.message,
      '`name` 필드는 `metadata` 아래(`metadata.name`)에 있어야 하는데 최상위에 있습니다. Pod에는 `name` 필드가 없습니다. 들여쓰기를 확인하세요.',
    );
    assert.equal(fixesOf(top)[0]?.title, '`name` 필드를 `metadata` 아래로 옮기기');
    const [entry] = withCode(
      yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  image: nginx:1.27', '  containers:', '  - name: web'),
      'misplaced-field',
      ko,
    );
    assert.ok(entry);
    assert.equal(
      entry.message,
      '`image` 필드는 `spec.containers` 리스트의 항목 안(`spec.containers[].image`)에 있어야 하는데 `spec` 아래에 있습니다. PodSpec에는 `image` 필드가 없습니다. 들여쓰기를 확인하세요.',
    );
    assert.equal(fixesOf(entry)[0]?.title, '`image` 필드를 `spec.containers` 아래로 옮기기');
    const [up] = withCode(
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: web',
        '  spec:',
        '    containers:',
        '    - name: web',
        '      image: nginx:1.27',
      ),
      'misplaced-field',
      ko,
    );
    assert.ok(up);
    assert.equal(
      up.message,
      '`spec` 필드는 최상위에 있어야 하는데 `metadata` 아래에 있습니다. ObjectMeta에는 `spec` 필드가 없습니다. 들여쓰기를 확인하세요.',
    );
    assert.equal(fixesOf(up)[0]?.title, '`spec` 필드를 최상위로 옮기기');
  });
});
