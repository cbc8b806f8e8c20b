// The server as editors other than VS Code see it: a client without snippet support gets plain
// insert text, a plain-text client plain hovers, VS Code's commands go to VS Code only, the locale
// comes from the environment when the client sends none, and positions are counted in the
// encoding the client asked for.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InsertTextMode, type ClientCapabilities, type CompletionItem, type Diagnostic } from 'vscode-languageserver-protocol';
import { environmentWithoutLocale, hoverText, LspClient } from '../helpers/lspClient';
import { caret } from '../helpers/service';
import { podWithImageTypo, validPod } from '../helpers/manifests';

const HANGUL = /[\uAC00-\uD7A3]/;

/** What Neovim 0.7 sends, less what does not matter here (`asIs` only: it cannot adjust indentation). */
const NEOVIM_07: ClientCapabilities = {
  textDocument: {
    completion: { completionItem: { snippetSupport: false, insertTextModeSupport: { valueSet: [InsertTextMode.asIs] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

const CONTAINER_KEYS = caret(`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      |
`);

function textOf(item: CompletionItem | undefined): string {
  const edit = item?.textEdit;
  assert.ok(edit && 'range' in edit, JSON.stringify(item));
  return edit.newText;
}

describe('LSP: a client without snippet support', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ capabilities: NEOVIM_07, clientInfo: { name: 'Neovim', version: '0.7.2' } });
  });
  after(() => client.dispose());

  it('gets plain insert text with the indentation written in, and no VS Code command', async () => {
    const uri = 'file:///other-editors/plain.yaml';
    await client.open(uri, CONTAINER_KEYS.text);
    const items = await client.completionItems(uri, CONTAINER_KEYS.position);
    assert.ok(items.length > 10);
    for (const item of items) {
      assert.ok(!textOf(item).includes('${'), `${item.label}: ${textOf(item)}`);
      assert.notEqual(item.insertTextFormat, 2, item.label);
      assert.equal(item.command, undefined, item.label);
    }
    assert.equal(textOf(items.find((i) => i.label === 'ports')), 'ports:\n        - containerPort: ');
    assert.equal(textOf(items.find((i) => i.label === 'imagePullPolicy')), 'imagePullPolicy: ');
  });

  it('still gets markdown hovers when it lists markdown first', async () => {
    const uri = 'file:///other-editors/hover-md.yaml';
    await client.open(uri, validPod);
    const hover = await client.hover(uri, { line: 9, character: 8 });
    assert.ok(hover && typeof hover.contents === 'object' && 'kind' in hover.contents);
    assert.equal(hover.contents.kind, 'markdown');
  });
});

describe('LSP: a client that shows hovers as plain text', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ capabilities: { textDocument: { hover: { contentFormat: ['plaintext'] } } } });
  });
  after(() => client.dispose());

  it('gets plaintext hover contents without markdown', async () => {
    const uri = 'file:///other-editors/hover-plain.yaml';
    await client.open(uri, validPod);
    const hover = await client.hover(uri, { line: 9, character: 8 });
    assert.ok(hover && typeof hover.contents === 'object' && 'kind' in hover.contents);
    assert.equal(hover.contents.kind, 'plaintext');
    assert.match(hover.contents.value, /^image string · required\n\nspec\.containers\[0\]\.image\n/);
    assert.ok(!/\*\*|`|\]\(/.test(hover.contents.value), hover.contents.value);
  });
});

describe('LSP: VS Code commands', () => {
  it('the VS Code client (initialization option) gets snippets and the command that reopens suggestions', async () => {
    const client = await LspClient.start({ initializationOptions: { vscodeCommands: true } });
    try {
      const uri = 'file:///other-editors/vscode.yaml';
      await client.open(uri, CONTAINER_KEYS.text);
      const ports = (await client.completionItems(uri, CONTAINER_KEYS.position)).find((i) => i.label === 'ports');
      assert.equal(textOf(ports), 'ports:\n  - containerPort: ${1}');
      assert.equal(ports?.command?.command, 'editor.action.triggerSuggest');
    } finally {
      client.dispose();
    }
  });

  it('another client with snippets gets the snippet but not the command', async () => {
    const client = await LspClient.start({ clientInfo: { name: 'helix', version: '25.01' } });
    try {
      const uri = 'file:///other-editors/helix.yaml';
      await client.open(uri, CONTAINER_KEYS.text);
      const ports = (await client.completionItems(uri, CONTAINER_KEYS.position)).find((i) => i.label === 'ports');
      assert.equal(textOf(ports), 'ports:\n  - containerPort: ${1}');
      assert.equal(ports?.command, undefined);
    } finally {
      client.dispose();
    }
  });
});

describe('LSP: the language without a client locale', () => {
  async function unknownFieldMessage(env: NodeJS.ProcessEnv, locale?: string): Promise<string> {
    const client = await LspClient.start({ env, ...(locale ? { locale } : {}) });
    try {
      const uri = 'file:///other-editors/locale.yaml';
      const published = client.waitForDiagnostics(uri);
      await client.open(uri, podWithImageTypo);
      return (await published).find((d) => d.code === 'unknown-field')?.message ?? '';
    } finally {
      client.dispose();
    }
  }

  it('LANG=ko_KR.UTF-8 gives Korean', async () => {
    assert.match(await unknownFieldMessage({ ...environmentWithoutLocale(), LANG: 'ko_KR.UTF-8' }), HANGUL);
  });

  it("the client's locale wins over LANG; no locale anywhere is English", async () => {
    assert.doesNotMatch(await unknownFieldMessage({ ...environmentWithoutLocale(), LANG: 'ko_KR.UTF-8' }, 'en'), HANGUL);
    assert.match(await unknownFieldMessage(environmentWithoutLocale()), /^Unknown field/);
  });
});

describe('LSP: position encodings', () => {
  // A container named with Hangul and an emoji, then an unknown key on the same line.
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - {name: "웹😀", image: nginx, imagez: x}
`;
  const line = text.split('\n')[6] ?? '';
  const utf16 = line.indexOf('imagez');
  const columns = {
    'utf-16': utf16,
    'utf-8': Buffer.byteLength(line.slice(0, utf16)),
    'utf-32': [...line.slice(0, utf16)].length,
  } as const;

  for (const encoding of ['utf-8', 'utf-32', 'utf-16'] as const) {
    it(`${encoding}: agreed in initialize, used in diagnostics, hovers and edits`, async () => {
      const offered = encoding === 'utf-16' ? ['utf-16'] : [encoding, 'utf-16'];
      const client = await LspClient.start({ capabilities: { general: { positionEncodings: offered } } });
      try {
        assert.equal(client.capabilities.positionEncoding, encoding);
        const uri = `file:///other-editors/encoding-${encoding}.yaml`;
        const published = client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unknown-field'));
        await client.open(uri, text);
        const unknown = (await published).find((d: Diagnostic) => d.code === 'unknown-field');
        assert.deepEqual(unknown?.range, {
          start: { line: 6, character: columns[encoding] },
          end: { line: 6, character: columns[encoding] + 'imagez'.length },
        });
        // A hover asked for in the client's columns, answered with a range in them.
        const imageAt = line.indexOf('image:');
        const wire =
          encoding === 'utf-8'
            ? Buffer.byteLength(line.slice(0, imageAt))
            : encoding === 'utf-32'
              ? [...line.slice(0, imageAt)].length
              : imageAt;
        const hover = await client.hover(uri, { line: 6, character: wire + 2 });
        assert.match(hoverText(hover), /^\*\*image\*\*/);
        assert.deepEqual(hover?.range, { start: { line: 6, character: wire }, end: { line: 6, character: wire + 'image'.length } });
        // An edit sent in the client's columns lands where it should: the unknown key is renamed.
        const cleared = client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'unknown-field' || x.code === 'yaml-syntax'));
        const local = { start: { line: 6, character: utf16 }, end: { line: 6, character: utf16 + 'imagez'.length } };
        const sent = { start: { line: 6, character: columns[encoding] }, end: { line: 6, character: columns[encoding] + 'imagez'.length } };
        await client.change(uri, local, 'tty', sent);
        await cleared;
        assert.match(client.text(uri), /image: nginx, tty: x\}/);
      } finally {
        client.dispose();
      }
    });
  }
});
