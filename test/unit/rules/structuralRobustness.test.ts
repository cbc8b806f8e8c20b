import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../server/src/service/document/lineIndex';
import { diagnose, rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

const STRUCTURAL = new Set([
  'yaml-syntax',
  'tab-indent',
  'duplicate-key',
  'unknown-field',
  'misplaced-field',
  'type-mismatch',
  'required-field',
  'invalid-enum',
  'out-of-range',
  'wrong-api-version',
  'unavailable-in-version',
]);

/** Validates odd input: no rule may fail (that shows as `internal-error`), every range lies inside the text. */
function survives(text: string): void {
  const all = diagnose(text, { kubernetesVersion: '1.28' });
  assert.deepEqual(
    all.filter((d) => d.code === 'internal-error').map((d) => d.message),
    [],
    JSON.stringify(text.slice(0, 80)),
  );
  const lines = new LineIndex(text);
  for (const d of all) {
    const start = lines.offsetAt(d.range.start);
    const end = lines.offsetAt(d.range.end);
    assert.ok(start <= end && end <= text.length, `${String(d.code)} range out of bounds`);
  }
}

const HEAD = ['apiVersion: v1', 'kind: Pod'];

describe('structural rules on odd YAML', () => {
  it('survive empty, scalar and list documents', () => {
    for (const text of [
      '',
      '\n',
      '# only a comment\n',
      '---\n',
      '--- |\n  text\n',
      '42\n',
      '- a\n- b\n',
      'apiVersion: v1\nkind: Pod\n---\n---\n',
    ])
      survives(text);
  });

  it('survive null, scalar and list values where objects are expected', () => {
    for (const body of [
      ['metadata: null', 'spec: ~'],
      ['metadata: []', 'spec: "x"'],
      ['metadata: {name: a}', 'spec: [1, 2]'],
      ['metadata: {name: a}', 'spec:', '  containers:', '  -', '  - ~', '  - [a]', '  - "text"'],
      [
        'metadata: {name: a}',
        'spec:',
        '  containers:',
        '  - name:',
        '    image:',
        '    ports:',
        '    - containerPort:',
        '    env:',
        '    - value:',
      ],
    ]) {
      survives(yaml(...HEAD, ...body));
    }
  });

  it('survive anchors, aliases, merge keys, tags and undefined aliases', () => {
    survives(
      yaml(
        ...HEAD,
        'metadata: &m {name: a}',
        'spec:',
        '  containers:',
        '  - &c',
        '    name: a',
        '    image: nginx:1.27',
        '  - <<: *c',
        '    name: b',
        '  - *c',
        '  nodeSelector: *m',
        '  hostname: !!str 5',
        '  priority: !!int "7"',
        '  subdomain: !custom x',
      ),
    );
    survives(yaml(...HEAD, 'metadata: {name: a}', 'spec: *nowhere'));
  });

  it('survive flow style and non-string keys', () => {
    const flow =
      '{apiVersion: v1, kind: Pod, metadata: {name: a}, spec: {containers: [{name: a, image: "nginx:1.27", ports: [{containerPort: "80"}]}]}}\n';
    survives(flow);
    // Flow style is checked like block style.
    assert.equal(withCode(flow, 'type-mismatch').length, 1);
    survives(
      yaml(
        ...HEAD,
        'metadata:',
        '  name: a',
        '  ? [x, y]',
        '  : z',
        '  1: one',
        '  true: yes',
        '  ~: nothing',
        'spec:',
        '  containers:',
        '  - {name: a, image: "nginx:1.27", 80: http}',
      ),
    );
  });

  it('survive CRLF line endings and keep ranges on the right line', () => {
    const text = yaml(...HEAD, 'metadata:', '  name: a', 'spec:', '  containers:', '  - name: a', '    images: nginx:1.27').replace(
      /\n/g,
      '\r\n',
    );
    survives(text);
    const [d] = withCode(text, 'unknown-field');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [7, 4, 7, 10]);
  });

  it('survive deep nesting and a very large document', () => {
    let deep = '    annotations:\n';
    for (let i = 0; i < 300; i++) deep += `${' '.repeat(6 + i)}k${i}:\n`;
    survives(yaml(...HEAD, 'metadata:', '  name: a', 'spec:', '  containers:', '  - name: a', '    image: nginx:1.27', '  x:') + deep);
    const containers = Array.from(
      { length: 2000 },
      (_, i) => `  - name: c${i}\n    image: nginx:1.27\n    ports:\n    - containerPort: ${1000 + i}\n`,
    ).join('');
    const big = yaml(...HEAD, 'metadata:', '  name: a', 'spec:', '  containers:') + containers;
    survives(big);
    assert.deepEqual(
      diagnose(big).filter((d) => STRUCTURAL.has(String(d.code))),
      [],
    );
  });

  it('give kinds Podwright does not model (custom resources without a schema) nothing but YAML checks', () => {
    const text = yaml(
      'apiVersion: example.com/v1',
      'kind: Service',
      'metadata:',
      '  naem: s',
      'spec:',
      '  ports:',
      '  - port: 99999',
      '    protocol: tcp',
    );
    assert.deepEqual(
      diagnose(text).filter((d) => STRUCTURAL.has(String(d.code))),
      [],
    );
  });
});
