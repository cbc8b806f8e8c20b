// Completion, hover, diagnostics and a quick fix end to end: a real editor, the real client and the
// bundled server, asked through the same commands VS Code's UI uses.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activatePodwright,
  closeAllEditors,
  codeOf,
  describeDiagnostics,
  openFixture,
  positionAfter,
  positionOf,
  waitForDiagnostics,
} from '../helpers';

const HANGUL = /[\uAC00-\uD7A3]/;
const RAW_HTML = /<\/?[a-z][a-z0-9]*(\s[^>]*)?>/i;

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

export async function hoverMarkdown(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('language features in the editor', () => {
  before(async () => {
    await activatePodwright();
  });

  afterEach(closeAllEditors);

  it('completes container keys: imagePullPolicy under a container', async () => {
    const { document } = await openFixture('completion.yaml');
    const labels = await completionLabels(document.uri, positionAfter(document, '      imageP'));
    assert.ok(labels.includes('imagePullPolicy'), `labels: ${labels.join(', ')}`);
    assert.ok(!labels.includes('name'), 'keys already present are not offered again');
  });

  it('completes enum values: IfNotPresent, Always, Never for imagePullPolicy', async () => {
    const { document } = await openFixture('completion.yaml');
    const labels = await completionLabels(document.uri, positionAfter(document, 'imagePullPolicy: '));
    for (const value of ['Always', 'IfNotPresent', 'Never']) assert.ok(labels.includes(value), `labels: ${labels.join(', ')}`);
  });

  it('explains containerPort on hover, in English by default', async () => {
    const { document } = await openFixture('pod.yaml');
    const markdown = await hoverMarkdown(document.uri, positionOf(document, 'containerPort'));
    assert.match(markdown, /spec\.containers\[0\]\.ports\[0\]\.containerPort/, markdown);
    assert.match(markdown, /port-forward/i, 'says how to reach the port');
    assert.match(markdown, /Service/);
    assert.doesNotMatch(markdown, HANGUL);
    assert.doesNotMatch(markdown, RAW_HTML, 'markdown, not raw HTML');
  });

  it('reports an unknown field (images → image) and its quick fix repairs the line', async () => {
    const { document } = await openFixture('broken.yaml');
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => ds.some((d) => codeOf(d) === 'unknown-field'),
      'unknown-field diagnostic',
    );
    const typo = diagnostics.find((d) => codeOf(d) === 'unknown-field');
    assert.ok(typo);
    assert.equal(document.getText(typo.range), 'images', 'the range is the key at fault');
    assert.match(typo.message, /image\b/, 'the message suggests the right key');
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Error, describeDiagnostics(diagnostics));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, typo.range);
    const fix = actions.find((a) => a.kind?.contains(vscode.CodeActionKind.QuickFix) && a.edit && /image\b/.test(a.title));
    assert.ok(fix?.edit, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /^ {6}image: nginx:1\.27$/m);
    await waitForDiagnostics(
      document.uri,
      (ds) => !ds.some((d) => codeOf(d) === 'unknown-field'),
      'the unknown-field diagnostic to go away',
    );
  });

  it('publishes nothing for a valid Pod', async () => {
    const { document } = await openFixture('pod.yaml');
    // A second, broken document in the same file is the readiness signal: once its error is in,
    // the server has checked the whole text, and the Pod above it must be clean.
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount, 0), '---\nmarker: [unclosed\n'));
    const markerLine = document.lineCount - 2;
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => ds.some((d) => d.range.start.line >= markerLine),
      "the marker document's error",
    );
    assert.deepEqual(
      diagnostics.filter((d) => d.range.start.line < markerLine - 1).map((d) => `${d.range.start.line + 1} ${codeOf(d)}`),
      [],
    );
  });
});
