import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

// The study notes' Pod, pasted with tab indentation as learners do.
const TABBED = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '\tname: nginx-pod',
  'spec:',
  '\tcontainers:',
  '\t- name: nginx-container',
  '\t\timage: nginx',
  '\t\tports:',
  '\t\t\t- containerPort: 80',
  '',
].join('\n');

describe('tab-indent', () => {
  it('reports each tab-indented line on its tabs, and nothing structural about the mangled tree', () => {
    const all = diagnose(TABBED);
    const tabs = all.filter((d) => d.code === 'tab-indent');
    assert.deepEqual(tabs.map(rangeOf), [
      [3, 0, 3, 1],
      [5, 0, 5, 1],
      [6, 0, 6, 1],
      [7, 0, 7, 2],
      [8, 0, 8, 2],
      [9, 0, 9, 3],
    ]);
    assert.ok(tabs.every((d) => d.severity === DiagnosticSeverity.Error));
    assert.match(tabs[0]?.message ?? '', /Tabs are not allowed for indentation/);
    assert.match(tabs[0]?.message ?? '', /spaces/);
    // The parser flattens tabbed YAML; misplaced/required findings on that tree would be noise.
    assert.deepEqual(
      all.filter((d) => d.code !== 'tab-indent').map((d) => d.code),
      [],
    );
  });

  it('fixes one line, or all lines at once into the YAML the learner meant', () => {
    const [first] = withCode(TABBED, 'tab-indent');
    assert.ok(first);
    assert.equal(fixesOf(first).length, 2);
    assert.equal(applyFix(TABBED, first, 0).split('\n')[3], '  name: nginx-pod');
    const fixed = applyFix(TABBED, first, 1);
    assert.equal(
      fixed,
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: nginx-pod',
        'spec:',
        '  containers:',
        '  - name: nginx-container',
        '    image: nginx',
        '    ports:',
        '      - containerPort: 80',
      ),
    );
    assert.deepEqual(
      diagnose(fixed).filter((d) => d.severity === DiagnosticSeverity.Error),
      [],
    );
  });

  it('leaves space-indented YAML and tabs inside values alone', () => {
    const text = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', '  script: |', '    echo "a\tb"');
    assert.deepEqual(withCode(text, 'tab-indent'), []);
    assert.deepEqual(withCode(text, 'yaml-syntax'), []);
  });
});

describe('yaml-syntax', () => {
  it('explains a key glued to its value and offers the missing space', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image:nginx',
    );
    const all = diagnose(text);
    const [d] = all.filter((x) => x.code === 'yaml-syntax');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [7, 4, 7, 15]);
    assert.match(d.message, /`image:` needs a space after the colon/);
    // The glued key is not also an unknown field, nor is `image` reported missing.
    assert.deepEqual(
      all.map((x) => x.code),
      ['yaml-syntax'],
    );
    const fixed = applyFix(text, d);
    assert.equal(fixed.split('\n')[7], '    image: nginx');
    assert.deepEqual(withCode(fixed, 'yaml-syntax'), []);
  });

  it('explains keys indented deeper than the list entry key above, once, and aligns them', () => {
    // From the study notes: the container's fields drift right of `name:`.
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '      image: nginx:1.27',
      '      ports:',
      '      - containerPort: 80',
      '  - name: side',
      '    image: busybox:1.36',
    );
    const all = diagnose(text);
    assert.deepEqual(
      all.map((d) => d.code),
      ['yaml-syntax'],
    );
    const [d] = all;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [7, 6, 7, 11]);
    assert.equal(
      d.message,
      'YAML syntax error: `image:` is indented 2 more than `name:` on the line above, so YAML cannot tell where the value of `name` ends. Align `image:` with `name:`.',
    );
    const fixed = applyFix(text, d);
    assert.deepEqual(fixed.split('\n').slice(6, 11), [
      '  - name: web',
      '    image: nginx:1.27',
      '    ports:',
      '    - containerPort: 80',
      '  - name: side',
    ]);
    assert.deepEqual(
      diagnose(fixed).filter((x) => x.severity === DiagnosticSeverity.Error),
      [],
    );
  });

  it('says `//` is not a YAML comment and turns it into one', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      '  // labels come later',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    const all = diagnose(text);
    // Only the syntax error: the line is not also an unknown field.
    assert.deepEqual(
      all.map((d) => d.code),
      ['yaml-syntax'],
    );
    const [d] = all;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [4, 2, 4, 22]);
    assert.match(d.message, /`\/\/` does not start a comment in YAML.*Comments start with `#`/);
    assert.equal(applyFix(text, d).split('\n')[4], '  # labels come later');
  });

  it('puts a misaligned line on its key, next to the structural finding that explains it', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '    - name: web',
      '      image: nginx:1.27',
      '    ports:',
      '    - containerPort: 80',
    );
    const [d] = withCode(text, 'yaml-syntax');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [8, 4, 8, 9]);
    assert.match(d.message, /All mapping items must start at the same column/);
    const [m] = withCode(text, 'misplaced-field');
    assert.deepEqual(m && rangeOf(m), [8, 4, 8, 9]);
  });

  it('reports an alias to an anchor that was never defined', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: *nginx-image',
    );
    const [d] = withCode(text, 'yaml-syntax');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [7, 11, 7, 23]);
    assert.match(d.message, /the alias `\*nginx-image` refers to an anchor `&nginx-image` that is not defined/);
    const defined = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: &n web',
      'spec:',
      '  containers:',
      '  - name: *n',
      '    image: nginx:1.27',
    );
    assert.deepEqual(withCode(defined, 'yaml-syntax'), []);
  });

  it('reports an unclosed flow list at the parser position with a hint', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    args: [a, b',
      '    image: nginx:1.27',
    );
    const found = withCode(text, 'yaml-syntax');
    assert.ok(found.length >= 1);
    assert.equal(found[0]?.range.start.line, 8);
    assert.match(found[0]?.message ?? '', /^YAML syntax error: .*\]/);
  });

  it('accepts well-formed YAML', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    assert.deepEqual(withCode(text, 'yaml-syntax'), []);
  });
});

describe('duplicate-key', () => {
  it('reports the later key with related information on the earlier one', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '    image: nginx:1.28',
    );
    const found = withCode(text, 'duplicate-key');
    assert.equal(found.length, 1);
    const [d] = found;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [8, 4, 8, 9]);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(d.message, /`image` is already defined earlier in this mapping/);
    const related = d.relatedInformation?.[0];
    assert.deepEqual(related?.location.range, { start: { line: 7, character: 4 }, end: { line: 7, character: 9 } });
  });

  it('checks every mapping in document order, also in kinds Podwright does not model', () => {
    const text = yaml(
      'apiVersion: example.com/v1',
      'kind: Settings',
      'metadata:',
      '  name: a',
      '  name: b',
      'data:',
      '  k: "1"',
      '  k: "2"',
      'data: {}',
    );
    const found = withCode(text, 'duplicate-key');
    assert.deepEqual(found.map(rangeOf), [
      [4, 2, 4, 6],
      [7, 2, 7, 3],
      [8, 0, 8, 4],
    ]);
  });

  it('reports duplicates in a later document at file positions', () => {
    const text = yaml('kind: A', '---', 'a: 1', 'b: 2', 'a: 3');
    const [d] = withCode(text, 'duplicate-key');
    assert.deepEqual(d && rangeOf(d), [4, 0, 4, 1]);
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 2);
  });

  it('accepts distinct keys, the same key in different mappings, and repeated merge keys', () => {
    const text = yaml('base: &b {a: 1}', 'x:', '  <<: *b', '  <<: *b', '  name: a', 'y:', '  name: a');
    assert.deepEqual(withCode(text, 'duplicate-key'), []);
  });
});

describe('YAML problems in Korean', () => {
  const ko = { language: 'ko' } as const;
  const POD_HEAD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:'];

  it('explains tabs and offers both fixes in Korean', () => {
    const [d] = withCode(TABBED, 'tab-indent', ko);
    assert.ok(d);
    assert.equal(d.message, 'YAML에서는 들여쓰기에 탭을 쓸 수 없습니다. 공백으로 들여쓰세요(보통 한 단계에 공백 2칸).');
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['탭을 공백으로 바꾸기', '이 문서의 모든 줄에서 탭을 공백으로 바꾸기'],
    );
  });

  it('wraps the parser message in Korean advice, with a general hint where English has none', () => {
    const misaligned = yaml(...POD_HEAD, '    - name: web', '      image: nginx:1.27', '    ports:', '    - containerPort: 80');
    const [d] = withCode(misaligned, 'yaml-syntax', ko);
    assert.equal(
      d?.message,
      'YAML 문법 오류: 이 부분을 YAML로 읽을 수 없습니다. 이 줄의 들여쓰기를 위 줄들과 비교해 확인하세요. (파서 메시지: All mapping items must start at the same column)',
    );
    const reserved = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  labels:', '    app: @x');
    const [r] = withCode(reserved, 'yaml-syntax', ko);
    assert.equal(
      r?.message,
      'YAML 문법 오류: 이 부분을 YAML로 읽을 수 없습니다. 이 줄과 위 줄의 들여쓰기, 따옴표와 괄호의 짝을 확인하세요. (파서 메시지: Plain value cannot start with reserved character @)',
    );
    assert.equal(withCode(reserved, 'yaml-syntax')[0]?.message, 'YAML syntax error: Plain value cannot start with reserved character @.');
  });

  it('explains a glued colon, an over-indented key and a `//` comment in Korean, with Korean fixes', () => {
    const [glued] = withCode(yaml(...POD_HEAD, '  - name: web', '    image:nginx'), 'yaml-syntax', ko);
    assert.equal(
      glued?.message,
      'YAML 문법 오류: `image:`의 콜론 뒤에 공백이 있어야 합니다. 공백이 없으면 이 줄은 키와 값이 아니라 하나의 텍스트 값으로 읽힙니다.',
    );
    assert.equal(glued && fixesOf(glued)[0]?.title, '콜론 뒤에 공백 넣기');
    const [deep] = withCode(yaml(...POD_HEAD, '  - name: web', '      image: nginx:1.27'), 'yaml-syntax', ko);
    assert.equal(
      deep?.message,
      'YAML 문법 오류: `image:` 줄이 윗줄의 `name:`보다 2칸 더 들여써져 있어서, YAML은 `name` 값이 어디서 끝나는지 알 수 없습니다. `image:` 줄을 `name:` 줄과 같은 위치에 맞추세요.',
    );
    assert.equal(deep && fixesOf(deep)[0]?.title, '`name:` 줄에 맞추기');
    const [slash] = withCode(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  // labels come later'), 'yaml-syntax', ko);
    assert.equal(
      slash?.message,
      'YAML 문법 오류: YAML에서는 `//` 기호로 주석을 시작할 수 없어서 이 줄이 값 없는 키로 읽힙니다. 주석은 `#` 기호로 시작하세요.',
    );
    assert.equal(slash && fixesOf(slash)[0]?.title, '`#` 주석으로 바꾸기');
  });

  it('explains an undefined alias and a duplicate key in Korean', () => {
    const [alias] = withCode(yaml(...POD_HEAD, '  - name: web', '    image: *nginx-image'), 'yaml-syntax', ko);
    assert.equal(
      alias?.message,
      'YAML 문법 오류: 별칭 `*nginx-image`에 해당하는 앵커 `&nginx-image` 정의가 이 문서의 앞부분에 없습니다. 앵커를 먼저 정의하거나 값을 여기에 직접 쓰세요.',
    );
    const [dup] = withCode(yaml(...POD_HEAD, '  - name: web', '    image: nginx:1.27', '    image: nginx:1.28'), 'duplicate-key', ko);
    assert.equal(
      dup?.message,
      '`image` 키는 이 매핑의 앞부분에 이미 정의되어 있습니다. kubectl은 중복된 키를 거부합니다("mapping key already defined"). 하나만 남기고 두 곳의 내용을 합치세요.',
    );
    assert.equal(dup?.relatedInformation?.[0]?.message, '`image` 키가 처음 나온 곳');
  });
});
