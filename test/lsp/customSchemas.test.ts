// `podwright.schemas` through the real server: paths relative to the workspace folder are read at
// start, re-read when a watched file changes (an unreadable one keeps its schemas, and says so in
// the log) and when the setting changes; custom resources follow each time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { WIDGET_CRD_FILE, widgetCrdText } from '../helpers/customResources';
import { LspClient } from '../helpers/lspClient';

const WIDGET =
  'apiVersion: shop.example.com/v1\nkind: Widget\nmetadata:\n  name: blue\nspec:\n  size: small\n  color: "#0000ff"\n  replicaz: 3\n';
const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));

describe('LSP: podwright.schemas', () => {
  let workspace = '';
  let client: LspClient;
  const uri = 'file:///crd-test/widget.yaml';
  let crdFile = '';

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'podwright-lsp-crd-'));
    mkdirSync(join(workspace, 'crds'));
    crdFile = join(workspace, 'crds', 'widgets.yaml');
    copyFileSync(WIDGET_CRD_FILE, crdFile);
    client = await LspClient.start({ workspaceFolders: [workspace], settings: { schemas: ['crds', 'missing.yaml'] }, watchFiles: true });
  });

  after(() => {
    client.dispose();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('reads the schemas at start, relative to the workspace folder, and logs what it found and missed', async () => {
    await client.waitForLog(/^podwright\.schemas: 2 custom kinds from 1 file\.$/, 0);
    await client.waitForLog(/^podwright\.schemas: "missing\.yaml" not found \(looked for .*missing\.yaml\)\.$/, 0);
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, WIDGET);
    const diagnostics = await published;
    assert.deepEqual(codes(diagnostics), ['unknown-field']);
    // The server sends plain text: code spans become quotes.
    assert.equal(diagnostics[0]?.message, 'Unknown field ‘replicaz’ in Widget.spec: did you mean ‘replicas’?');
  });

  it('an unreadable schema file keeps the schemas it had, and the log says why', async () => {
    const from = client.logs.length;
    writeFileSync(crdFile, 'kind: [unclosed\n');
    await client.changeWatchedFiles([{ uri: pathToFileURL(crdFile).href, type: FileChangeType.Changed }]);
    const line = await client.waitForLog(/cannot load/, from);
    assert.match(
      line,
      /^podwright\.schemas: cannot load .*widgets\.yaml: YAML error at line \d+, column \d+: .*; keeping the schemas it had before\.$/,
    );
    const published = client.waitForDiagnostics(uri);
    await client.replace(uri, 'blue', 'navy');
    assert.deepEqual(codes(await published), ['unknown-field']);
  });

  it('a changed schema file is read again and open documents are checked again', async () => {
    writeFileSync(
      crdFile,
      widgetCrdText().replace(
        '                sku:\n',
        '                replicaz:\n                  type: integer\n                sku:\n',
      ),
    );
    const published = client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.changeWatchedFiles([{ uri: pathToFileURL(crdFile).href, type: FileChangeType.Changed }]);
    assert.deepEqual(await published, []);
  });

  it('files outside the schema paths do not make it read again', async () => {
    const from = client.logs.length;
    await client.changeWatchedFiles([{ uri: pathToFileURL(join(workspace, 'other.yaml')).href, type: FileChangeType.Created }]);
    // A later, unrelated request proves the notification was handled.
    await client.hover(uri, { line: 0, character: 0 });
    assert.deepEqual(client.logs.slice(from), []);
  });

  it('emptying the setting makes custom resources silent again', async () => {
    writeFileSync(crdFile, widgetCrdText());
    await client.configure({ schemas: ['crds'] });
    await client.waitForDiagnostics(uri, (d) => d.length === 1);
    const published = client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.configure({ schemas: [] });
    assert.deepEqual(await published, []);
  });
});
