// Completions, hovers and documentation for editors that are not VS Code: without snippet support
// the plain text a snippet stands for, indentation written in where the editor cannot adjust it,
// no VS Code commands, plain text where markdown cannot be shown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { snippetToPlainText } from '../../server/src/service/completion/editorForm';
import { VSCODE_FEATURES, type EditorFeatures } from '../../server/src/service/settings';
import { markdownToPlainText } from '../../server/src/service/util/markdown';
import { caret, newService } from '../helpers/service';

/** What Neovim 0.7 without plugins says it can do. */
const PLAIN: EditorFeatures = {
  snippets: false,
  adjustsIndentation: false,
  vscodeCommands: false,
  hoverMarkdown: false,
  documentationMarkdown: false,
};

function complete(textWithCaret: string, editor: EditorFeatures): CompletionItem[] {
  const service = newService();
  service.configure({ editor });
  const { text, position } = caret(textWithCaret);
  return service.doComplete(service.parse(`file:///plain${Math.random()}.yaml`, text), position).items;
}

function item(items: CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no completion ${label} among ${items.map((i) => i.label).join(', ')}`);
  return found;
}

function newText(found: CompletionItem): string {
  assert.ok(found.textEdit && 'range' in found.textEdit);
  return found.textEdit.newText;
}

const CONTAINER = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n    |';

describe('snippets as plain text', () => {
  it('drops tab stops and choices, keeps placeholder text, unescapes', () => {
    assert.equal(snippetToPlainText('ports:\n  - containerPort: ${1}'), 'ports:\n  - containerPort: ');
    assert.equal(snippetToPlainText('imagePullPolicy: ${1|Always,IfNotPresent,Never|}'), 'imagePullPolicy: ');
    assert.equal(snippetToPlainText('name: ${1:name}\nimage: ${3:nginx:1.27}$0'), 'name: name\nimage: nginx:1.27');
    assert.equal(snippetToPlainText('{cpu: ${1:500m}, memory: ${2}}'), '{cpu: 500m, memory: }');
    assert.equal(snippetToPlainText('price: \\$5 \\} ${1:a\\}b}'), 'price: $5 } a}b');
    assert.equal(snippetToPlainText('${1:outer ${2:inner}}'), 'outer inner');
    assert.equal(snippetToPlainText('plain text'), 'plain text');
  });
});

describe('completion without snippet support', () => {
  it('inserts a list of objects as plain text with the indentation written in, the cursor at the end', () => {
    const ports = item(complete(CONTAINER, PLAIN), 'ports');
    assert.equal(newText(ports), 'ports:\n      - containerPort: ');
    assert.notEqual(ports.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(ports.insertTextMode, undefined, 'no insertTextMode the client did not announce');
    assert.equal(ports.command, undefined, 'no VS Code command');
  });

  it("no item of any kind carries a tab stop, a choice or VS Code's triggerSuggest", () => {
    const fixtures = [
      CONTAINER,
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - |',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: [{|}]',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: a\n    image: b\n    resources:\n      limits:\n        |',
      '|',
      'kind: Pod\n|',
    ];
    for (const fixture of fixtures) {
      const items = complete(fixture, PLAIN);
      assert.ok(items.length > 0, `completions for ${JSON.stringify(fixture)}`);
      for (const found of items) {
        const text = found.textEdit && 'range' in found.textEdit ? found.textEdit.newText : (found.insertText ?? found.label);
        assert.ok(!/\$\{|\$\d/.test(text), `${found.label}: ${JSON.stringify(text)}`);
        assert.notEqual(found.insertTextFormat, InsertTextFormat.Snippet, found.label);
        assert.notEqual(found.command?.command, 'editor.action.triggerSuggest', found.label);
      }
    }
  });

  it('a map field stops where its first key goes (no `key` placeholder left in the buffer)', () => {
    const items = complete('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  |', PLAIN);
    assert.equal(newText(item(items, 'labels')), 'labels:\n    ');
  });

  it('keeps the relative indentation of a multi-line item when the editor adjusts it', () => {
    const items = complete(CONTAINER, { ...PLAIN, adjustsIndentation: true });
    assert.equal(newText(item(items, 'ports')), 'ports:\n  - containerPort: ');
  });

  it('a skeleton for an empty document is a whole manifest with sample values', () => {
    const pod = item(complete('|', PLAIN), 'Pod (v1)');
    const text = newText(pod);
    assert.match(
      text,
      /^apiVersion: v1\nkind: Pod\nmetadata:\n {2}name: name\nspec:\n {2}containers:\n {4}- name: app\n {6}image: nginx:1\.27/,
    );
  });

  it('completion documentation is plain text when the editor cannot show markdown', () => {
    const documentation = item(complete(CONTAINER, PLAIN), 'imagePullPolicy').documentation;
    assert.ok(typeof documentation === 'object' && documentation.kind === 'plaintext', JSON.stringify(documentation));
    assert.ok(!documentation.value.includes('`'), documentation.value);
  });

  it('VS Code still gets snippets, adjusted indentation and the command that reopens suggestions', () => {
    const ports = item(complete(CONTAINER, VSCODE_FEATURES), 'ports');
    assert.equal(newText(ports), 'ports:\n  - containerPort: ${1}');
    assert.equal(ports.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(ports.command?.command, 'editor.action.triggerSuggest');
  });

  it('snippets without VS Code: tab stops stay, the VS Code command goes', () => {
    const ports = item(complete(CONTAINER, { ...VSCODE_FEATURES, vscodeCommands: false }), 'ports');
    assert.equal(newText(ports), 'ports:\n  - containerPort: ${1}');
    assert.equal(ports.command, undefined);
  });
});

describe('hover as plain text', () => {
  it('has the same words without markdown when the editor shows plain text', () => {
    const service = newService();
    const { text, position } = caret(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n    imagePull|Policy: Always\n',
    );
    const manifest = service.parse('file:///hover-plain.yaml', text);
    const markdown = service.doHover(manifest, position);
    service.configure({ editor: PLAIN });
    const plain = service.doHover(manifest, position);
    assert.ok(markdown && plain);
    assert.ok(typeof markdown.contents === 'object' && 'kind' in markdown.contents && markdown.contents.kind === 'markdown');
    assert.ok(typeof plain.contents === 'object' && 'kind' in plain.contents && plain.contents.kind === 'plaintext');
    const value = plain.contents.value;
    assert.match(value, /^imagePullPolicy string · optional/);
    assert.ok(!/[`*]|\]\(/.test(value), value);
    assert.match(value, /IfNotPresent/);
    assert.deepEqual(plain.range, markdown.range);
  });

  it('markdownToPlainText keeps words, code and links readable', () => {
    const text = markdownToPlainText(
      '**imagePullPolicy** `string` · optional\n\n`spec.containers[].imagePullPolicy`\n\n---\n\n*Official:* Image pull policy.\n\n[API reference](https://kubernetes.io/x) · [kubernetes.io/y](https://kubernetes.io/y)\n\n```\nkey: value\n```',
    );
    assert.equal(
      text,
      'imagePullPolicy string · optional\n\nspec.containers[].imagePullPolicy\n\nOfficial: Image pull policy.\n\nAPI reference (https://kubernetes.io/x) · https://kubernetes.io/y\n\nkey: value',
    );
    assert.equal(markdownToPlainText('snake_case_word and `a*b*c` stay; _emphasis_ goes'), 'snake_case_word and a*b*c stay; emphasis goes');
  });
});
