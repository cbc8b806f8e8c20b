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
    assert.deepEqual(
      tabs.map(rangeOf),
      [
        [3, 0, 3, 1],
        [5, 0, 5, 1],
        [6, 0, 6, 1],
        [7, 0, 7, 2],
        [8, 0, 8, 2],
        [9, 0, 9, 3],
      ],
    );
    assert.ok(tabs.every((d) => d.severity === DiagnosticSeverity.Error));
    assert.match(tabs[0]?.message ?? '', /Tabs are not allowed for indentation/);
    assert.match(tabs[0]?.message ?? '', /spaces/);
    // The parser flattens tabbed YAML; misplaced/required findings on that tree would be noise.
    assert.deepEqual(all.filter((d) => d.code !== 'tab-indent').map((d) => d.code), []);
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
    assert.deepEqual(diagnose(fixed).filter((d) => d.severity === DiagnosticSeverity.Error), []);
  });

  it('leaves space-indented YAML and tabs inside values alone', () => {
    const text = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', '  script: |', '    echo "a\tb"');
    assert.deepEqual(withCode(text, 'tab-indent'), []);
    assert.deepEqual(withCode(text, 'yaml-syntax'), []);
  });
});

describe('yaml-syntax', () => {
  it('explains a key glued to its value and offers the missing space', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image:nginx');
    const all = diagnose(text);
    const [d] = all.filter((x) => x.code === 'yaml-syntax');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [7, 4, 7, 15]);
    assert.match(d.message, /`image:` needs a space after the colon/);
    // The glued key is not also an unknown field, nor is `image` reported missing.
    assert.deepEqual(all.map((x) => x.code), ['yaml-syntax']);
    const fixed = applyFix(text, d);
    assert.equal(fixed.split('\n')[7], '    image: nginx');
    assert.deepEqual(withCode(fixed, 'yaml-syntax'), []);
  });

  it('explains keys indented deeper than the list entry key above, once, and aligns them', () => {
    // From the study notes: the container's fields drift right of `name:`.
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '      image: nginx:1.27', '      ports:', '      - containerPort: 80', '  - name: side', '    image: busybox:1.36');
    const all = diagnose(text);
    assert.deepEqual(all.map((d) => d.code), ['yaml-syntax']);
    const [d] = all;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [7, 6, 7, 11]);
    assert.equal(d.message, 'YAML syntax error: `image:` is indented 2 more than `name:` on the line above, so YAML cannot tell where the value of `name` ends. Align `image:` with `name:`.');
    const fixed = applyFix(text, d);
    assert.deepEqual(fixed.split('\n').slice(6, 11), ['  - name: web', '    image: nginx:1.27', '    ports:', '    - containerPort: 80', '  - name: side']);
    assert.deepEqual(diagnose(fixed).filter((x) => x.severity === DiagnosticSeverity.Error), []);
  });

  it('says `//` is not a YAML comment and turns it into one', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  // labels come later', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27');
    const all = diagnose(text);
    // Only the syntax error: the line is not also an unknown field.
    assert.deepEqual(all.map((d) => d.code), ['yaml-syntax']);
    const [d] = all;
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [4, 2, 4, 22]);
    assert.match(d.message, /`\/\/` does not start a comment in YAML.*Comments start with `#`/);
    assert.equal(applyFix(text, d).split('\n')[4], '  # labels come later');
  });

  it('puts a misaligned line on its key, next to the structural finding that explains it', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '    - name: web', '      image: nginx:1.27', '    ports:', '    - containerPort: 80');
    const [d] = withCode(text, 'yaml-syntax');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [8, 4, 8, 9]);
    assert.match(d.message, /All mapping items must start at the same column/);
    const [m] = withCode(text, 'misplaced-field');
    assert.deepEqual(m && rangeOf(m), [8, 4, 8, 9]);
  });

  it('reports an alias to an anchor that was never defined', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: *nginx-image');
    const [d] = withCode(text, 'yaml-syntax');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [7, 11, 7, 23]);
    assert.match(d.message, /the alias `\*nginx-image` refers to an anchor `&nginx-image` that is not defined/);
    const defined = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: &n web', 'spec:', '  containers:', '  - name: *n', '    image: nginx:1.27');
    assert.deepEqual(withCode(defined, 'yaml-syntax'), []);
  });

  it('reports an unclosed flow list at the parser position with a hint', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    args: [a, b', '    image: nginx:1.27');
    const found = withCode(text, 'yaml-syntax');
    assert.ok(found.length >= 1);
    assert.equal(found[0]?.range.start.line, 8);
    assert.match(found[0]?.message ?? '', /^YAML syntax error: .*\]/);
  });

  it('accepts well-formed YAML', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27');
    assert.deepEqual(withCode(text, 'yaml-syntax'), []);
  });
});

describe('duplicate-key', () => {
  it('reports the later key with related information on the earlier one', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27', '    image: nginx:1.28');
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
    const text = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  name: b', 'data:', '  k: "1"', '  k: "2"', 'data: {}');
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
