// Manifests and editors for the cluster suites: pod YAML with unique names, written into the
// scratch workspace so commands see a real file, and the diff editor tabs Podwright opens.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { fixtureUri } from './helpers';

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString('hex')}`;
}

export function podYaml(name: string, image: string, extra = ''): string {
  return (
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: ${name}`,
      '  labels:',
      `    app: ${name}`,
      'spec:',
      '  containers:',
      '    - name: web',
      `      image: ${image}`,
      '      ports:',
      '        - containerPort: 8080',
      extra,
    ]
      .filter((line) => line !== '')
      .join('\n') + '\n'
  );
}

/** The same pod as an object, for the cluster probe. */
export function podObject(name: string, image: string, labels: Record<string, string> = {}): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: name, ...labels } },
    spec: { containers: [{ name: 'web', image, ports: [{ containerPort: 8080 }] }] },
  };
}

/** Writes `text` to a new file of the scratch workspace and opens it. */
export async function openManifest(file: string, text: string): Promise<vscode.TextEditor> {
  const uri = fixtureUri(file);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Replaces the whole text of the editor (unsaved, as a person typing). */
export async function replaceText(editor: vscode.TextEditor, text: string): Promise<void> {
  const document = editor.document;
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const ok = await editor.edit((edit) => edit.replace(whole, text));
  if (!ok) throw new Error('the edit was not applied');
}

/** The open diff editor tabs whose sides are Podwright's virtual documents. */
export function podwrightDiffTabs(): vscode.TabInputTextDiff[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .map((tab) => tab.input)
    .filter(
      (input): input is vscode.TabInputTextDiff => input instanceof vscode.TabInputTextDiff && input.modified.scheme === 'podwright-diff',
    );
}

export function lineOf(document: vscode.TextDocument, marker: string): number {
  const offset = document.getText().indexOf(marker);
  if (offset < 0) throw new Error(`no ${JSON.stringify(marker)} in ${document.uri.toString()}`);
  return document.positionAt(offset).line;
}
