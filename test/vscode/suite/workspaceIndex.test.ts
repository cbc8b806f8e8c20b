// Every kind and the checks across files, in the real editor: a Deployment and its Service in two files
// of the workspace (test/fixtures/vscode/app), the Deployment never opened.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activatePodwright,
  closeAllEditors,
  codeOf,
  describeDiagnostics,
  fixtureUri,
  openFixture,
  positionAfter,
  positionOf,
  waitForDiagnostics,
} from '../helpers';
import { hoverMarkdown } from './languageFeatures.test';

async function replaceIn(editor: vscode.TextEditor, find: string, replacement: string): Promise<void> {
  const start = positionOf(editor.document, find);
  const ok = await editor.edit((edit) => edit.replace(new vscode.Range(start, start.translate(0, find.length)), replacement));
  assert.ok(ok, 'the edit applied');
}

const FILES = ['app/service.yaml', 'app/deployment.yaml'];

describe('every kind and the workspace index in the editor', () => {
  const originals = new Map<string, Uint8Array>();
  const files = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files');
  let autoSave: string | undefined;

  before(async () => {
    await activatePodwright();
    for (const file of FILES) originals.set(file, await vscode.workspace.fs.readFile(fixtureUri(file)));
    // The web workbench saves edits after a delay; these tests edit buffers and change files on disk
    // themselves, as a user of the desktop editor (where saving is manual) would.
    autoSave = files().inspect<string>('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });

  // Each test starts from the fixture as written.
  beforeEach(async () => {
    for (const file of FILES) await vscode.workspace.fs.writeFile(fixtureUri(file), originals.get(file) ?? new Uint8Array());
  });

  afterEach(closeAllEditors);

  it('checks a Service against the Deployment of another file, and fixes its selector', async () => {
    const editor = await openFixture('app/service.yaml');
    const uri = editor.document.uri;
    // Clean while its selector matches the Deployment in app/deployment.yaml.
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'a clean Service');

    await replaceIn(editor, 'app: shop', 'app: shopp');
    const [warning] = await waitForDiagnostics(
      uri,
      (ds) => ds.some((d) => codeOf(d) === 'service-selects-nothing'),
      'service-selects-nothing',
    );
    assert.ok(warning);
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(warning.message, /Deployment ‘shop’ \(app\/deployment\.yaml:4\)/, describeDiagnostics([warning]));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, warning.range);
    const fix = actions.find((a) => a.title === 'Change to `shop`' || a.title === 'Change to ‘shop’');
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'the warning to go after the fix');
  });

  it('catches the mistakes of a new user on the Service itself: type, a misspelt key, a port name', async () => {
    const editor = await openFixture('app/service.yaml');
    const uri = editor.document.uri;
    await replaceIn(editor, 'type: NodePort', 'type: Nodeport');
    await replaceIn(editor, 'targetPort: http', 'targetPort: htp');
    await replaceIn(editor, '- port: 80', '- port: 80\n      protocl: TCP');
    const expected = ['invalid-enum', 'undefined-port-name', 'unknown-field'];
    const sameCodes = (ds: vscode.Diagnostic[]): boolean => JSON.stringify(ds.map(codeOf).sort()) === JSON.stringify(expected);
    const diagnostics = await waitForDiagnostics(uri, sameCodes, `exactly ${expected.join(', ')}`);
    assert.match(describeDiagnostics(diagnostics), /did you mean ‘protocol’/);
  });

  it('hovers a Service field with its explanation, and the selector with the workloads it selects', async () => {
    const { document } = await openFixture('app/service.yaml');
    const type = await hoverMarkdown(document.uri, positionOf(document, 'type'));
    assert.match(type, /NodePort/);
    assert.match(type, /ClusterIP/);
    const selector = await hoverMarkdown(document.uri, positionAfter(document, 'selector:\n    app'));
    assert.match(selector, /Deployment `shop` \(app\/deployment\.yaml:4\)/, selector);
  });

  it('follows a change to the Deployment made on disk', async () => {
    const editor = await openFixture('app/service.yaml');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'a clean Service');
    const deployment = fixtureUri('app/deployment.yaml');
    const original = Buffer.from(await vscode.workspace.fs.readFile(deployment)).toString('utf8');
    try {
      await vscode.workspace.fs.writeFile(deployment, Buffer.from(original.replace('- name: http', '- name: web'), 'utf8'));
      const diagnostics = await waitForDiagnostics(
        uri,
        (ds) => ds.some((d) => codeOf(d) === 'undefined-port-name'),
        'undefined-port-name after the change on disk',
      );
      assert.match(diagnostics[0]?.message ?? '', /Declared: ‘web’/);
    } finally {
      await vscode.workspace.fs.writeFile(deployment, Buffer.from(original, 'utf8'));
    }
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'clean again once the file is restored');
  });
});
