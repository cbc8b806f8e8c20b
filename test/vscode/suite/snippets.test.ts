// Every contributed snippet, inserted the way a user inserts it (by name, through VS Code's snippet
// engine, with its default placeholders), yields a manifest Podwright itself has nothing to say about.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activatePodwright, closeAllEditors, describeDiagnostics, extensionPath, openUntitled, waitForDiagnostics } from '../helpers';

const snippets = JSON.parse(fs.readFileSync(extensionPath('snippets', 'kubernetes.json'), 'utf8')) as Record<
  string,
  { prefix: string; body: string[] }
>;

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: host\nspec:\n';
const MAIN = '  containers:\n    - name: main\n      image: nginx:1.27\n';
/** Where each fragment belongs: `|` marks the caret, at the indentation the fragment needs. */
const CONTAINER_LEVEL = `${POD}${MAIN}      |\n`;
const HOSTS: Record<string, string> = {
  Pod: '|\n',
  'Pod with a sidecar': '|\n',
  Deployment: '|\n',
  Job: '|\n',
  CronJob: '|\n',
  Container: `${POD}${MAIN}    |\n`,
  'Init container': `${POD}${MAIN}  |\n`,
  'Container ports': CONTAINER_LEVEL,
  'envFrom ConfigMap or Secret': CONTAINER_LEVEL,
  'env from a ConfigMap or Secret key': CONTAINER_LEVEL,
  Resources: CONTAINER_LEVEL,
  'Probe (HTTP)': CONTAINER_LEVEL,
  'Probe (TCP)': CONTAINER_LEVEL,
  'Probe (exec)': CONTAINER_LEVEL,
  'Probe (gRPC)': CONTAINER_LEVEL,
  'Security context (restricted)': CONTAINER_LEVEL,
  'Volume (emptyDir)': `${POD}${MAIN}  volumes:\n    |\n`,
  'Volume (ConfigMap)': `${POD}${MAIN}  volumes:\n    |\n`,
  'Volume (Secret)': `${POD}${MAIN}  volumes:\n    |\n`,
  'Volume (PersistentVolumeClaim)': `${POD}${MAIN}  volumes:\n    |\n`,
  'Volume mount': `${POD}${MAIN}      volumeMounts:\n        |\n  volumes:\n    - name: data\n      emptyDir: {}\n`,
};

/** Inserts the snippet by name at the caret of `host`; returns the editor. */
async function expand(name: string, host: string): Promise<vscode.TextEditor> {
  const caret = host.indexOf('|');
  const editor = await openUntitled(host.slice(0, caret) + host.slice(caret + 1));
  const position = editor.document.positionAt(caret);
  editor.selection = new vscode.Selection(position, position);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'yaml', name });
  // Leave snippet mode so the text is final.
  await vscode.commands.executeCommand('leaveSnippet');
  return editor;
}

describe('snippets', () => {
  before(async () => {
    await activatePodwright();
  });

  afterEach(closeAllEditors);

  it('has a host manifest in this test for every contributed snippet', () => {
    assert.deepEqual(
      Object.keys(snippets).filter((name) => !(name in HOSTS)),
      [],
    );
  });

  for (const name of Object.keys(snippets)) {
    it(`"${name}" expands to a manifest with no Podwright diagnostics`, async () => {
      const host = HOSTS[name];
      assert.ok(host !== undefined, `no host for ${name}`);
      const editor = await expand(name, host);
      const text = editor.document.getText();
      assert.notEqual(text, host.replace('|', ''), 'the snippet was inserted');
      assert.doesNotMatch(text, /\$\{?\d/, 'no unexpanded tab stops');
      // Readiness: a broken marker document after the manifest; once its error is published the
      // server has checked this exact text.
      await editor.edit((edit) =>
        edit.insert(editor.document.positionAt(text.length), `${text.endsWith('\n') ? '' : '\n'}---\nmarker: [unclosed\n`),
      );
      const separatorLine = editor.document.lineCount - 3;
      const diagnostics = await waitForDiagnostics(
        editor.document.uri,
        (ds) => ds.some((d) => d.range.start.line > separatorLine),
        "the marker document's error",
      );
      const inManifest = diagnostics.filter((d) => d.range.start.line < separatorLine);
      assert.equal(inManifest.length, 0, `${describeDiagnostics(inManifest)}\n--- text ---\n${text}`);
    });
  }
});
