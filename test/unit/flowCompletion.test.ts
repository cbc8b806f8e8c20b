// Completion inside YAML flow collections (`{…}`, `[…]`), as copied from docs and kubectl output:
// keys of the object at the cursor without those already there, values after `key: `, item keys in
// flow lists, on one line or several, closed or still being typed; and accepting an item leaves
// flow YAML that parses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { parseDocument } from 'yaml';
import { caret, newService, validate } from '../helpers/service';

const service = newService();

function complete(textWithCaret: string, language: 'en' | 'ko' = 'en'): CompletionItem[] {
  const { text, position } = caret(textWithCaret);
  service.configure({ language });
  try {
    return service.doComplete(service.parse(`file:///flow${Math.random()}.yaml`, text), position).items;
  } finally {
    service.configure({ language: 'en' });
  }
}

const labels = (items: readonly CompletionItem[]): string[] => items.map((i) => i.label).sort();

function find(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no completion ${label} in ${labels(items).join(', ')}`);
  return found;
}

function edit(item: CompletionItem): TextEdit {
  const textEdit = item.textEdit;
  assert.ok(textEdit && 'range' in textEdit, `${item.label} has a text edit`);
  return textEdit;
}

/** The snippet as the user leaves it: first choices and defaults taken, empty `{}`/`[]` kept, other stops filled with `fill`. */
function expand(snippet: string, fill: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/([{[])\$\{\d+\}([}\]])/g, '$1$2')
    .replace(/\$\{\d+\}/g, fill);
}

function offsetOf(text: string, position: { line: number; character: number }): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += (lines[i] ?? '').length + 1;
  return offset + position.character;
}

/** The document after choosing `label` at the caret, its stops filled in. */
function accept(textWithCaret: string, label: string, fill = 'x'): string {
  const { text } = caret(textWithCaret);
  const item = find(complete(textWithCaret), label);
  const edits = [edit(item), ...(item.additionalTextEdits ?? [])]
    .map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: expand(e.newText, fill) }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const e of edits) result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  return result;
}

function assertValidYaml(text: string): void {
  const errors = parseDocument(text).errors.map((e) => e.message);
  assert.deepEqual(errors, [], text);
  const syntax = validate(service, text).filter((d) => d.code === 'yaml-syntax');
  assert.deepEqual(syntax, [], text);
}

const POD_HEAD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n';
const CONTAINER = `${POD_HEAD}  - name: web\n    image: nginx:1.27\n`;
const DEPLOYMENT = (selector: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: ${selector}\n  template:\n    metadata:\n      labels:\n        app: web\n        tier: front\n    spec:\n      containers:\n        - name: web\n          image: nginx\n`;

describe('flow mapping keys', () => {
  it('offers resource names in `resources: {limits: {|}}`, and the result parses', () => {
    const fixture = `${CONTAINER}    resources: {limits: {|}}\n`;
    assert.deepEqual(labels(complete(fixture)), ['cpu', 'ephemeral-storage', 'memory']);
    const accepted = accept(fixture, 'memory');
    assert.match(accepted, /resources: \{limits: \{memory: 128Mi\}\}/);
    assertValidYaml(accepted);
  });

  it('leaves out keys already in the flow mapping, before and after the cursor', () => {
    assert.deepEqual(labels(complete(`${CONTAINER}    resources: {limits: {memory: 128Mi, |}}\n`)), ['cpu', 'ephemeral-storage']);
    assert.deepEqual(labels(complete(`${CONTAINER}    resources: {limits: {|, memory: 128Mi}}\n`)), ['cpu', 'ephemeral-storage']);
  });

  it('opens `{}` for object fields, `[]` for lists, and asks for the next suggestions', () => {
    const items = complete(`${CONTAINER}    resources: {|}\n`);
    assert.ok(labels(items).includes('limits') && labels(items).includes('requests'));
    assert.equal(edit(find(items, 'limits')).newText, 'limits: {${1}}');
    assert.equal(find(items, 'limits').command?.command, 'editor.action.triggerSuggest');
    const container = complete(`${POD_HEAD}  - {name: web, |}\n`);
    assert.equal(edit(find(container, 'args')).newText, 'args: [${1}]');
    assert.equal(edit(find(container, 'securityContext')).newText, 'securityContext: {${1}}');
    assert.equal(edit(find(container, 'ports')).newText, 'ports: [{containerPort: ${1}}]');
    for (const item of container) assert.ok(!edit(item).newText.includes('\n'), `${item.label} stays on the line`);
    assertValidYaml(accept(`${POD_HEAD}  - {name: web, |}\n`, 'ports', '80'));
    assertValidYaml(accept(`${POD_HEAD}  - {name: web, |}\n`, 'livenessProbe'));
  });

  it('offers the pod template labels in `matchLabels: {app: web, |}`', () => {
    const items = complete(DEPLOYMENT('{app: web, |}'));
    assert.deepEqual(labels(items), ['tier: front']);
    const accepted = accept(DEPLOYMENT('{app: web, |}'), 'tier: front');
    assert.match(accepted, /matchLabels: \{app: web, tier: front\}/);
    assertValidYaml(accepted);
    assert.deepEqual(labels(complete(DEPLOYMENT('{app: |}'))), ['web']);
  });

  it('offers keys of the list item type in `ports: [{containerPort: 80, |}]`', () => {
    const fixture = `${CONTAINER}    ports: [{containerPort: 80, |}]\n`;
    const names = labels(complete(fixture));
    assert.ok(names.includes('name') && names.includes('protocol') && names.includes('hostPort'), names.join(', '));
    assert.ok(!names.includes('containerPort'));
    assertValidYaml(accept(fixture, 'protocol'));
  });

  it('counts keys per item: a second `{|}` gets containerPort again', () => {
    assert.ok(labels(complete(`${CONTAINER}    ports: [{containerPort: 80}, {|}]\n`)).includes('containerPort'));
  });

  it('offers whole items at an item position of a flow list of objects', () => {
    const fixture = `${CONTAINER}    ports: [|]\n`;
    assert.equal(edit(find(complete(fixture), 'containerPort')).newText, '{containerPort: ${1}}');
    assert.equal(edit(find(complete(fixture), 'name')).newText, '{name: ${1}, containerPort: ${2}}');
    assertValidYaml(accept(fixture, 'name', '8080'));
  });

  it('reads past quoted strings holding brackets and commas', () => {
    const names = labels(complete(`${POD_HEAD}  - {name: web, command: ["sh", "-c", "echo {a, [b}"], |}\n`));
    assert.ok(names.includes('image') && names.includes('args'), names.join(', '));
    assert.ok(!names.includes('command') && !names.includes('name'));
  });

  it('offers nothing inside a quoted string or a list of strings', () => {
    assert.deepEqual(complete(`${POD_HEAD}  - {name: "we|b"}\n`), []);
    assert.deepEqual(complete(`${CONTAINER}    command: ["sh", |]\n`), []);
  });

  it('still completes block keys on the line after a closed flow list', () => {
    const names = labels(complete(`${CONTAINER}    command: ["sh", "-c"]\n    |`));
    assert.ok(names.includes('args'));
    assert.ok(!names.includes('command'));
  });

  it('goes through nested flow mappings in a flow list: env valueFrom configMapKeyRef', () => {
    const names = labels(complete(`${CONTAINER}    env: [{name: A, valueFrom: {configMapKeyRef: {|}}}]\n`));
    assert.deepEqual(names, ['key', 'name', 'optional']);
  });

  it('adds a comma when more entries follow the cursor', () => {
    const fixture = `${POD_HEAD}  - {name: web, |image: nginx}\n`;
    const items = complete(fixture);
    assert.ok(!labels(items).includes('image'), 'image follows the cursor');
    assert.equal(edit(find(items, 'imagePullPolicy')).newText, 'imagePullPolicy: ${1|Always,IfNotPresent,Never|}, ');
    const accepted = accept(fixture, 'imagePullPolicy');
    assert.match(accepted, /\{name: web, imagePullPolicy: Always, image: nginx\}/);
    assertValidYaml(accepted);
  });
});

describe('flow mapping values', () => {
  it('offers booleans in `securityContext: {runAsNonRoot: |}`', () => {
    const fixture = `${CONTAINER}    securityContext: {runAsNonRoot: |}\n`;
    assert.deepEqual(labels(complete(fixture)), ['false', 'true']);
    assertValidYaml(accept(fixture, 'true'));
  });

  it('replaces only the value typed so far, not the closing brackets', () => {
    const accepted = accept(`${POD_HEAD}  - {name: web, image: nginx, imagePullPolicy: If|}\n`, 'IfNotPresent');
    assert.match(accepted, /imagePullPolicy: IfNotPresent\}\n/);
    assertValidYaml(accepted);
  });

  it("offers the pod's volume names to a flow volume mount", () => {
    const text = `${CONTAINER}    volumeMounts: [{name: |, mountPath: /cache}]\n  volumes: [{name: cache, emptyDir: {}}, {name: config, configMap: {name: cfg}}]\n`;
    assert.deepEqual(labels(complete(text)), ['cache', 'config']);
  });

  it('pairs kind with its apiVersion in a document written as one flow mapping', () => {
    const accepted = accept('{kind: |}\n', 'Deployment');
    assert.equal(accepted, '{apiVersion: apps/v1, kind: Deployment}\n');
    assertValidYaml(accepted);
    const spec = labels(complete('{apiVersion: v1, kind: Pod, metadata: {name: a}, spec: {|}}\n'));
    assert.ok(spec.includes('containers') && spec.includes('restartPolicy'));
  });
});

describe('flow collections over several lines and while typing', () => {
  it('follows a flow mapping over several lines', () => {
    const fixture = `${CONTAINER}    resources: {\n      limits: {cpu: 500m},\n      |\n    }\n`;
    const names = labels(complete(fixture));
    assert.ok(names.includes('requests') && !names.includes('limits'), names.join(', '));
    assertValidYaml(accept(fixture, 'requests'));
  });

  it('completes in a flow mapping left unclosed, with block lines after it', () => {
    assert.deepEqual(labels(complete(`${CONTAINER}    resources: {limits: {|`)), ['cpu', 'ephemeral-storage', 'memory']);
    assert.deepEqual(labels(complete(`${POD_HEAD}  - name: web\n    resources: {limits: {|\n    image: nginx\n`)), [
      'cpu',
      'ephemeral-storage',
      'memory',
    ]);
  });

  it('goes back to block keys on a line at the block indentation after an unclosed `{`', () => {
    const names = labels(complete(`${CONTAINER}    resources: {limits: {\n    |`));
    assert.ok(names.includes('imagePullPolicy'), names.join(', '));
    assert.ok(!names.includes('cpu'));
  });

  it('does not mistake brackets in a block scalar for a flow collection', () => {
    // A folded scalar (`>`): the caret marker is `|`.
    const names = labels(complete(`${CONTAINER}    args:\n      - >\n        if [ -f x ]; then {\n    |`));
    assert.ok(names.includes('imagePullPolicy'), names.join(', '));
    assert.ok(!names.includes('args'));
    // Text of a folded scalar that happens to start with `{` is text, not a mapping to complete in.
    assert.deepEqual(complete(`${CONTAINER}    securityContext: >\n      {|\n`), []);
  });

  it('answers at every offset of awkward flow text without throwing', () => {
    const texts = [
      `${CONTAINER}    resources: {limits: {cpu: "1}", memory: '2]'' '}, requests: [\n`,
      `${CONTAINER}    env: [{name: A, value: "x\\"y"}, {name: B # c {\n  , value: {`,
      '{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[',
      `${POD_HEAD}  - {name: web, : x, {a: b}: c, [d]: e, f: g: h, ports: [a: b, {c: d}]}\n`,
      `${CONTAINER}    command: ["unterminated\n    args: [a, b]\n`,
    ];
    for (const text of texts) {
      for (let offset = 0; offset <= text.length; offset++) {
        const fixture = `${text.slice(0, offset)}|${text.slice(offset)}`;
        assert.ok(Array.isArray(complete(fixture)), `answer at ${offset}`);
      }
    }
  });
});

describe('flow completions in Korean', () => {
  it('words details as block completions do', () => {
    assert.equal(find(complete('{apiVersion: v1, kind: Pod, spec: {|}}\n', 'ko'), 'containers').detail, 'Container[] · 필수');
    assert.equal(find(complete(`${CONTAINER}    resources: {limits: {|}}\n`, 'ko'), 'cpu').detail, 'CPU 코어: 500m = 코어 절반');
    assert.equal(find(complete(DEPLOYMENT('{|}'), 'ko'), 'app: web').detail, '파드 템플릿의 레이블');
  });
});
