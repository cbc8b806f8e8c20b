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
    '    image: nginx:1.27',
    ...containerLines.map((l) => `    ${l}`),
  );
}

describe('type-mismatch', () => {
  it('flags a quoted number where an integer is needed, and unquotes it', () => {
    const text = pod('ports:', '- containerPort: "80"');
    const found = withCode(text, 'type-mismatch');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [9, 21, 9, 25]);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(
      d.message,
      /`containerPort` must be a whole number, but it is the text "80"\. Numbers in quotes are text; remove the quotes\./,
    );
    assert.equal(applyFix(text, d).split('\n')[9], '    - containerPort: 80');
    assert.deepEqual(withCode(applyFix(text, d), 'type-mismatch'), []);
  });

  it('flags numbers and YAML 1.1 booleans where env values must be strings, and quotes them', () => {
    const text = pod('env:', '- name: PORT', '  value: 8080', '- name: DEBUG', '  value: true', '- name: VERBOSE', '  value: yes');
    const found = withCode(text, 'type-mismatch');
    assert.deepEqual(found.map(rangeOf), [
      [10, 13, 10, 17],
      [12, 13, 12, 17],
      [14, 13, 14, 16],
    ]);
    assert.match(found[0]?.message ?? '', /`value` must be a string, but it is the number 8080\. Kubernetes rejects it; put it in quotes/);
    assert.match(found[1]?.message ?? '', /the boolean true/);
    assert.match(found[2]?.message ?? '', /kubectl reads an unquoted `yes` as a boolean/);
    assert.equal(fixesOf(found[0])[0]?.title, 'Quote the value: "8080"');
    let fixed = text;
    for (const d of found.reverse()) fixed = applyFix(fixed, d);
    assert.deepEqual(fixed.split('\n').slice(10, 15), [
      '      value: "8080"',
      '    - name: DEBUG',
      '      value: "true"',
      '    - name: VERBOSE',
      '      value: "yes"',
    ]);
    assert.deepEqual(withCode(fixed, 'type-mismatch'), []);
  });

  it('flags numbers in label values and string lists', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      '  labels:',
      '    version: 1.0',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '    args: [--port, 80]',
    );
    const found = withCode(text, 'type-mismatch');
    assert.deepEqual(found.map(rangeOf), [
      [5, 13, 5, 16],
      [10, 19, 10, 21],
    ]);
    assert.match(found[0]?.message ?? '', /^`version` must be a string, but it is the number 1/);
    assert.match(found[1]?.message ?? '', /^`args\[1\]` must be a string/);
  });

  it('accepts both forms of int-or-string and quantity', () => {
    const text = pod(
      'livenessProbe:',
      '  httpGet: {path: /, port: 8080}',
      'readinessProbe:',
      '  tcpSocket: {port: http}',
      'resources:',
      '  requests: {cpu: 0.5, memory: 128Mi}',
    );
    assert.deepEqual(withCode(text, 'type-mismatch'), []);
  });

  it('rejects a boolean or fraction where int-or-string needs a whole number or text', () => {
    const text = pod('livenessProbe:', '  httpGet: {path: /, port: 80.5}', 'readinessProbe:', '  tcpSocket: {port: true}');
    const found = withCode(text, 'type-mismatch');
    assert.deepEqual(found.map(rangeOf), [
      [9, 31, 9, 35],
      [11, 24, 11, 28],
    ]);
    assert.match(found[0]?.message ?? '', /must be a whole number or a string, but it is the number 80\.5/);
  });

  it('flags an object where a list is needed and offers to make it a list entry', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '    name: web',
      '    image: nginx:1.27',
    );
    const [d] = withCode(text, 'type-mismatch');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [6, 4, 6, 13]);
    assert.match(
      d.message,
      /^`containers` must be a list of Container entries \(each starting with `- `\), but it is an object\. Start each entry with `- `\./,
    );
    const fixed = applyFix(text, d);
    assert.deepEqual(fixed.split('\n').slice(5), ['  containers:', '    - name: web', '      image: nginx:1.27', '']);
    assert.deepEqual(
      diagnose(fixed).filter((x) => x.severity === DiagnosticSeverity.Error),
      [],
    );
  });

  it('flags a command written as one string and splits it into a list', () => {
    const text = pod('command: sleep 3600');
    const [d] = withCode(text, 'type-mismatch');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [8, 13, 8, 23]);
    assert.match(d.message, /`command` must be a list/);
    assert.equal(applyFix(text, d).split('\n')[8], '    command: ["sleep", "3600"]');
  });

  it('flags a list or text where an object is needed', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  - name: web',
      'spec:',
      '  securityContext: strict',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    const found = withCode(text, 'type-mismatch');
    assert.deepEqual(found.map(rangeOf), [
      [3, 2, 3, 13],
      [5, 19, 5, 25],
    ]);
    assert.match(
      found[0]?.message ?? '',
      /`metadata` must be an object \(ObjectMeta fields indented under it\), but it is a list\. Remove the `- `/,
    );
    assert.match(found[1]?.message ?? '', /`securityContext` must be an object .*the text "strict"/);
  });

  it('warns on a key left without its object or list, on the key', () => {
    const text = pod('resources:', 'env:');
    const found = withCode(text, 'type-mismatch');
    assert.deepEqual(found.map(rangeOf), [
      [8, 4, 8, 13],
      [9, 4, 9, 7],
    ]);
    assert.ok(found.every((d) => d.severity === DiagnosticSeverity.Warning));
    assert.match(found[0]?.message ?? '', /`resources` has no value, so Kubernetes ignores it; it should be an object/);
  });

  it('accepts a well-typed Pod', () => {
    const text = pod(
      'ports:',
      '- containerPort: 80',
      '  protocol: TCP',
      'env:',
      '- name: A',
      '  value: "8080"',
      'tty: true',
      'args: ["--port", "80"]',
    );
    assert.deepEqual(withCode(text, 'type-mismatch'), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const ko = { language: 'ko' } as const;
    const cases: [string, string, string | undefined][] = [
      [
        pod('ports:', '- containerPort: "80"'),
        '`containerPort` 값은 정수여야 하는데 지금은 텍스트 "80"입니다. 따옴표 안의 숫자는 텍스트로 읽히므로 따옴표를 지우세요.',
        '따옴표 지우기: 80',
      ],
      [
        pod('env:', '- name: PORT', '  value: 8080'),
        '`value` 값은 문자열이어야 하는데 지금은 숫자 8080입니다. Kubernetes가 이 값을 거부하므로 따옴표로 감싸세요.',
        '따옴표로 감싸기: "8080"',
      ],
      [
        pod('env:', '- name: VERBOSE', '  value: yes'),
        '`value` 값은 문자열이어야 하는데 지금은 텍스트 "yes"입니다. kubectl은 따옴표 없는 `yes` 값을 불리언으로 읽으므로 따옴표로 감싸세요.',
        '따옴표로 감싸기: "yes"',
      ],
      [
        pod('stdin: "true"'),
        '`stdin` 값은 `true` 또는 `false`여야 하는데 지금은 텍스트 "true"입니다. 따옴표 안의 불리언은 텍스트로 읽히므로 따옴표를 지우세요.',
        '따옴표 지우기: true',
      ],
      [
        pod('livenessProbe:', '  periodSeconds: 1.5'),
        '`periodSeconds` 값은 정수여야 하는데 지금은 숫자 1.5입니다. 소수점 없는 정수를 쓰세요.',
        undefined,
      ],
      [
        pod('command: sleep 3600'),
        '`command` 값은 리스트(각 항목은 `- ` 기호로 시작)여야 하는데 지금은 텍스트 "sleep 3600"입니다. `["word", "word"]`처럼 쓰거나 한 줄에 `- word` 하나씩 쓰세요.',
        '리스트로 쓰기: ["sleep", "3600"]',
      ],
      [
        pod('ports:', '  containerPort: 80'),
        '`ports` 값은 ContainerPort 항목들의 리스트(각 항목은 `- ` 기호로 시작)여야 하는데 지금은 객체입니다. 각 항목을 `- ` 기호로 시작하세요.',
        '리스트 항목으로 만들기(`- ` 추가)',
      ],
      [
        pod('securityContext:', '- runAsUser: 1000'),
        '`securityContext` 값은 객체(그 아래에 SecurityContext 필드를 들여써서 넣은 것)여야 하는데 지금은 리스트입니다. 필드 앞의 `- ` 기호를 지우세요.',
        undefined,
      ],
      [pod('resources:', '  limits: 5'), '`limits` 값은 `key: value` 항목들로 된 맵이어야 하는데 지금은 숫자 5입니다.', undefined],
      [
        pod('resources:', '  limits:', '    cpu: true'),
        '`cpu` 값은 `500m`, `128Mi` 같은 수량이어야 하는데 지금은 불리언 값 true입니다.',
        undefined,
      ],
    ];
    for (const [text, message, fix] of cases) {
      const [d] = withCode(text, 'type-mismatch', ko);
      assert.ok(d, message);
      assert.equal(d.message, message);
      assert.equal(fixesOf(d)[0]?.title, fix);
    }
    const [empty] = withCode(pod('resources:'), 'type-mismatch', ko);
    assert.equal(
      empty?.message,
      '`resources` 키에 값이 없어서 Kubernetes가 이 키를 무시합니다. `resources` 값은 객체(그 아래에 ResourceRequirements 필드를 들여써서 넣은 것)여야 합니다. 그 아래에 내용을 들여써서 넣거나 키를 지우세요.',
    );
  });
});
