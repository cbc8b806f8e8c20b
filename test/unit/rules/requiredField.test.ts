import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, fixesOf, rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

describe('required-field', () => {
  it('reports a missing container image on the first key of the entry, and adds a placeholder', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    ports:',
      '    - containerPort: 80',
    );
    const found = withCode(text, 'required-field');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [6, 4, 6, 8]);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(d.message, 'This entry of `containers` is missing the required field `image`: the container needs an image to run.');
    assert.equal(fixesOf(d)[0]?.title, 'Add `image`');
    const fixed = applyFix(text, d);
    assert.deepEqual(fixed.split('\n').slice(6), ['  - name: web', '    ports:', '    - containerPort: 80', '    image: ""', '']);
    // The placeholder is still flagged until the learner fills it in.
    const [empty] = withCode(fixed, 'required-field');
    assert.ok(empty);
    assert.deepEqual(rangeOf(empty), [9, 11, 9, 13]);
    assert.match(empty.message, /^`image` is empty, but it is required/);
  });

  it('reports a missing container name and init container image', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  initContainers:',
      '  - name: init',
      '  containers:',
      '  - image: nginx:1.27',
    );
    const found = withCode(text, 'required-field');
    assert.deepEqual(found.map(rangeOf), [
      [6, 4, 6, 8],
      [8, 4, 8, 9],
    ]);
    assert.match(found[0]?.message ?? '', /missing the required field `image`/);
    assert.match(found[1]?.message ?? '', /This entry of `containers` is missing the required field `name`/);
  });

  it('reports missing spec.containers on `spec:`', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  restartPolicy: Never');
    const [d] = withCode(text, 'required-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [4, 0, 4, 4]);
    assert.equal(d.message, '`spec` is missing the required field `containers`: a Pod needs at least one container.');
    assert.deepEqual(applyFix(text, d).split('\n').slice(4), [
      'spec:',
      '  restartPolicy: Never',
      '  containers:',
      '    - name: ""',
      '      image: ""',
      '',
    ]);
  });

  it('reports a `containers:` left empty on its key', () => {
    for (const value of ['', ' []']) {
      const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', `  containers:${value}`);
      const [d] = withCode(text, 'required-field');
      assert.ok(d, value);
      assert.deepEqual(rangeOf(d), [5, 2, 5, 12]);
      assert.match(d.message, /^`containers` (has no value|is empty), but it is required: a Pod needs at least one container\.$/);
    }
  });

  it('reports a missing metadata.name on `metadata:` unless generateName is set', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  labels: {app: web}',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    const [d] = withCode(text, 'required-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [2, 0, 2, 8]);
    assert.equal(d.message, '`metadata` is missing the required field `name`: every object needs a name (or `generateName`).');
    assert.deepEqual(applyFix(text, d).split('\n').slice(2, 5), ['metadata:', '  labels: {app: web}', '  name: ""']);
    const generated = text.replace('  labels: {app: web}', '  generateName: web-');
    assert.deepEqual(withCode(generated, 'required-field'), []);
  });

  it('reports whole missing sections on `kind:` and inserts metadata after it', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod');
    const found = withCode(text, 'required-field');
    assert.deepEqual(found.map(rangeOf), [
      [1, 0, 1, 4],
      [1, 0, 1, 4],
    ]);
    assert.equal(
      found[0]?.message,
      'This Pod is missing the required field `metadata`: every object needs a `metadata.name` (or `generateName`).',
    );
    assert.equal(found[1]?.message, 'This Pod is missing the required field `spec`: it says what to run.');
    const withMetadata = applyFix(text, found[0]);
    assert.equal(withMetadata, yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: ""'));
    const withSpec = applyFix(text, found[1]);
    assert.equal(withSpec, yaml('apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '    - name: ""', '      image: ""'));
  });

  it('follows the model in workloads: Deployment selector and template, template containers', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 2',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: web',
    );
    const found = withCode(text, 'required-field');
    assert.deepEqual(found.map(rangeOf), [
      [4, 0, 4, 4],
      [9, 8, 9, 12],
    ]);
    assert.match(
      found[0]?.message ?? '',
      /`spec` is missing the required field `selector`: it tells the controller which Pods are its own/,
    );
    assert.deepEqual(applyFix(text, found[0]).split('\n').slice(9, 11), ['      - name: web', '  selector: {}']);
  });

  it('does not ask for fields of `status`, which Kubernetes writes', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
      'status:',
      '  containerStatuses:',
      '  - image: nginx:1.27',
      '  conditions:',
      '  - lastProbeTime: null',
    );
    assert.deepEqual(withCode(text, 'required-field'), []);
  });

  it('accepts a complete Pod', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  initContainers:',
      '  - name: init',
      '    image: busybox:1.36',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    assert.deepEqual(withCode(text, 'required-field'), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const ko = { language: 'ko' } as const;
    const [entry] = withCode(
      yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web'),
      'required-field',
      ko,
    );
    assert.ok(entry);
    assert.equal(
      entry.message,
      '`containers`의 이 항목에는 반드시 있어야 하는 `image` 필드가 없습니다. 컨테이너를 실행하려면 이미지가 필요합니다.',
    );
    assert.equal(fixesOf(entry)[0]?.title, '`image` 필드 추가하기');
    const [root] = withCode(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web'), 'required-field', ko);
    assert.equal(root?.message, '이 Pod에는 반드시 있어야 하는 `spec` 필드가 없습니다. `spec`은 무엇을 실행할지 정합니다.');
    const [key] = withCode(
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  labels: {app: web}',
        'spec:',
        '  containers:',
        '  - name: web',
        '    image: nginx:1.27',
      ),
      'required-field',
      ko,
    );
    assert.equal(
      key?.message,
      '`metadata`에는 반드시 있어야 하는 `name` 필드가 없습니다. 모든 오브젝트에는 이름(또는 `generateName`)이 필요합니다.',
    );
    const [noValue] = withCode(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'), 'required-field', ko);
    assert.ok(noValue);
    assert.equal(noValue.message, '`spec` 필드에 값이 없지만 이 필드는 필수입니다. `spec`은 무엇을 실행할지 정합니다.');
    assert.equal(fixesOf(noValue)[0]?.title, '`spec` 값 채우기');
    const [empty] = withCode(
      yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers: []'),
      'required-field',
      ko,
    );
    assert.equal(empty?.message, '`containers` 필드가 비어 있지만 이 필드는 필수입니다. Pod에는 컨테이너가 하나 이상 있어야 합니다.');
  });
});
