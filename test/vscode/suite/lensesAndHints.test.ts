// Inlay hints and the Service selector code lens in a real editor: the hint after an image, and a
// lens whose command (the extension's podwright.showLocations) opens the references peek.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatePodwright, closeAllEditors, fixtureUri, openFixture } from '../helpers';

const service = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`;

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('inlay hints and code lenses', () => {
  before(async () => {
    await activatePodwright();
  });

  afterEach(closeAllEditors);

  it('hints the imagePullPolicy the API server will set after an image', async () => {
    const { document } = await openFixture('pod.yaml');
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const labels = await until('inlay hints', async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
      const found = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((part) => part.value).join('')));
      return found.length > 0 ? found : undefined;
    });
    assert.ok(labels.includes('imagePullPolicy: IfNotPresent'), labels.join(', '));
  });

  it('counts the workloads a Service selects and opens them in the references peek', async () => {
    const uri = fixtureUri('lens-service.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(service));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const lens = await until('a selector lens', async () => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        return lenses.find((l) => l.command?.command === 'podwright.showLocations');
      });
      assert.match(lens.command?.title ?? '', /^selects \d+ workloads?$/);
      assert.equal(lens.range.start.line, 5);
      const [lensUri, position, locations] = (lens.command?.arguments ?? []) as [string, unknown, { uri: string }[]];
      assert.equal(lensUri, uri.toString());
      assert.ok(position);
      assert.ok(
        locations.some((l) => l.uri.endsWith('/pod.yaml')),
        JSON.stringify(locations),
      );
      // The command the lens runs: the extension turns its JSON arguments into the peek's objects.
      await vscode.commands.executeCommand(lens.command?.command ?? '', ...((lens.command?.arguments ?? []) as unknown[]));
      await vscode.commands.executeCommand('closeReferenceSearch');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri);
    }
  });
});
