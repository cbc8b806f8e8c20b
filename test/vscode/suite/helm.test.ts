// A Helm chart in the editor (test/fixtures/vscode/chart, from `helm create`): its templates and
// values get no diagnostic; a literal typo in a template gets one, and its quick fix repairs it
// without touching the template's actions; `.Values` paths hover with their value.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatePodwright, closeAllEditors, codeOf, describeDiagnostics, fixtureUri, positionOf, waitForDiagnostics } from '../helpers';

async function hoverMarkdown(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('Helm chart templates in the editor', () => {
  const files = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files');
  let autoSave: string | undefined;

  before(async () => {
    await activatePodwright();
    // The web workbench saves edits after a delay; the typo below must stay in the buffer only.
    autoSave = files().inspect<string>('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });

  afterEach(closeAllEditors);

  it('a template: no diagnostics; a literal typo: one, and its quick fix', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('chart/templates/deployment.yaml'));
    const editor = await vscode.window.showTextDocument(document);
    const original = document.getText();
    // The typo is the readiness signal: once its diagnostic is in, the server has checked the
    // whole template, and it must be the only one.
    const at = positionOf(document, 'imagePullPolicy:');
    await editor.edit((edit) => edit.replace(new vscode.Range(at, at.translate(0, 'imagePullPolicy'.length)), 'imagePulPolicy'));
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => ds.some((d) => codeOf(d) === 'unknown-field'),
      "the typo's diagnostic",
    );
    assert.equal(diagnostics.length, 1, describeDiagnostics(diagnostics));
    const [typo] = diagnostics;
    assert.ok(typo);
    assert.equal(document.getText(typo.range), 'imagePulPolicy');
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Error);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, typo.range);
    const fix = actions.find((a) => a.kind?.contains(vscode.CodeActionKind.QuickFix) && a.edit && /imagePullPolicy/.test(a.title));
    assert.ok(fix?.edit, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), original);
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0, 'no diagnostics once fixed');
  });

  it('.Values hover shows the value from values.yaml; values.yaml is no manifest', async () => {
    const service = await vscode.workspace.openTextDocument(fixtureUri('chart/templates/service.yaml'));
    await vscode.window.showTextDocument(service);
    const markdown = await hoverMarkdown(
      service.uri,
      positionOf(service, '.Values.service.type').translate(0, '.Values.service.ty'.length),
    );
    assert.match(markdown, /`\.Values\.service\.type`/);
    assert.match(markdown, /Set in `values\.yaml`/);
    assert.match(markdown, /ClusterIP/);
    const values = await vscode.workspace.openTextDocument(fixtureUri('chart/values.yaml'));
    await vscode.window.showTextDocument(values);
    const valuesHover = await hoverMarkdown(values.uri, positionOf(values, 'replicaCount'));
    assert.equal(valuesHover, '', 'values.yaml is not read as a manifest');
  });
});
