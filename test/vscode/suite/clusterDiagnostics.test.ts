// "cluster" diagnostics in the real extension host, against the test API server: a pod applied
// from the open manifest fails to pull its untagged local image and the explanation appears on the
// `image:` line with a quick fix that adds imagePullPolicy; a pod created by someone else whose
// command is not found (exit 127) shows on the `command:` line once the manifest's pods are
// watched, opens the full explanation, and is cleared when the pod is deleted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineOf, openManifest, uniqueName } from '../clusterFixtures';
import { ClusterProbe, testClusterEnv } from '../clusterProbe';
import { activatePodwright, closeAllEditors, waitUntil } from '../helpers';
import { ScriptedDialogs } from '../scriptedDialogs';

const clusterDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cluster');
const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

function waitForClusterDiagnostic(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic> {
  return waitUntil(
    `a "cluster" diagnostic ${code} on ${uri.toString()}`,
    () => Promise.resolve(clusterDiagnostics(uri).find((d) => codeOf(d) === code)),
    vscode.languages.onDidChangeDiagnostics,
  );
}

describe('cluster: diagnostics on the manifest', function () {
  let dialogs: ScriptedDialogs;
  let probe: ClusterProbe;
  const created: string[] = [];

  before(async function () {
    if (!testClusterEnv()) return this.skip();
    await activatePodwright();
    dialogs = await ScriptedDialogs.install();
    probe = ClusterProbe.fromEnvironment();
  });

  beforeEach(() => dialogs?.reset());

  afterEach(async () => {
    await closeAllEditors();
  });

  after(async () => {
    for (const name of created) await probe.deletePod(name);
    dialogs?.uninstall();
  });

  it('ErrImagePull of an untagged local image: on the image line after apply, and the imagePullPolicy quick fix', async () => {
    const name = uniqueName('local');
    created.push(name);
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: ${name}`,
      'spec:',
      '  containers:',
      '    - name: app',
      `      image: ${name}-image`,
      '      ports:',
      '        - containerPort: 8080',
      '',
    ].join('\n');
    const editor = await openManifest(`${name}.yaml`, text);
    const uri = editor.document.uri;
    dialogs.answer = (question) => (question.id === 'apply' ? 'apply' : undefined);
    await vscode.commands.executeCommand('podwright.apply');

    const diagnostic = await waitForClusterDiagnostic(uri, 'image-pull-local-image');
    assert.equal(diagnostic.range.start.line, lineOf(editor.document, 'image:'));
    assert.equal(editor.document.getText(diagnostic.range), `image: ${name}-image`);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(!diagnostic.message.includes('`'), `plain text: ${diagnostic.message}`);
    assert.ok(!diagnostic.message.includes('\n'), `one sentence: ${diagnostic.message}`);
    assert.deepEqual(diagnostic.relatedInformation ?? [], [], 'no related information pointing back at the same line');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const titles = actions.map((a) => a.title);
    // The language server's implicit-always-pull fix and the cluster's are one remedy: offered once.
    const pullFixes = actions.filter((a) => a.title.includes('imagePullPolicy'));
    assert.equal(pullFixes.length, 1, `one imagePullPolicy quick fix; actions: ${titles.join(' | ')}`);
    const fix = pullFixes[0];
    assert.ok(!fix?.title.includes('`'), `a plain title: ${titles.join(' | ')}`);
    assert.ok(fix?.edit, `the quick fix is offered; actions: ${titles.join(' | ')}`);
    assert.ok(titles.includes(`Why is pod ${name} not running?`), titles.join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const lines = editor.document.getText().split('\n');
    const imageLine = lineOf(editor.document, 'image:');
    assert.equal(lines[imageLine + 1], '      imagePullPolicy: IfNotPresent');
  });

  it("CrashLoopBackOff with exit 127: on the command line when the manifest's pods are watched; cleared when the pod is deleted", async () => {
    const name = uniqueName('notfound');
    created.push(name);
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: ${name}`,
      'spec:',
      '  containers:',
      '    - name: web',
      '      image: busybox',
      '      command: ["sh", "-c", "pythn -m http.server 8080"]',
      '',
    ].join('\n');
    const response = await probe.request('POST', '/api/v1/namespaces/default/pods', {
      contentType: 'application/json',
      text: JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name },
        spec: { containers: [{ name: 'web', image: 'busybox', command: ['sh', '-c', 'pythn -m http.server 8080'] }] },
      }),
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const editor = await openManifest(`${name}.yaml`, text);
    const uri = editor.document.uri;
    assert.equal(await vscode.commands.executeCommand('podwright.watchManifestPods'), 1);

    const diagnostic = await waitForClusterDiagnostic(uri, 'crash-command-not-found');
    assert.equal(diagnostic.range.start.line, lineOf(editor.document, 'command:'));
    assert.match(diagnostic.message, /pythn/);

    const markdown = await vscode.commands.executeCommand<string>('podwright.diagnose', {
      context: 'podwright-test',
      namespace: 'default',
      name,
      kind: 'Pod',
    });
    assert.match(markdown ?? '', new RegExp(`# Why is pod ${name} not running\\?`));
    assert.match(markdown ?? '', /pythn/);
    assert.match(markdown ?? '', /command:podwright\.describe\?/);
    const panelTab = (): vscode.Tab | undefined =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === `Why is ${name} not running?`);
    await waitUntil('the explanation panel', () => Promise.resolve(panelTab()), vscode.window.tabGroups.onDidChangeTabs);

    // From the manifest itself (no pod named): its one pod is explained.
    await vscode.window.showTextDocument(editor.document);
    assert.match(
      (await vscode.commands.executeCommand<string>('podwright.diagnose')) ?? '',
      new RegExp(`# Why is pod ${name} not running\\?`),
    );

    // Switching the explanation language re-explains the watched pod, in Korean.
    const config = vscode.workspace.getConfiguration('podwright');
    await config.update('explanationLanguage', 'ko', vscode.ConfigurationTarget.Global);
    try {
      const korean = await waitUntil(
        'the diagnostic in Korean',
        () => Promise.resolve(clusterDiagnostics(uri).find((d) => /[\uac00-\ud7a3]/.test(d.message))),
        vscode.languages.onDidChangeDiagnostics,
      );
      assert.equal(korean.range.start.line, lineOf(editor.document, 'command:'));
    } finally {
      await config.update('explanationLanguage', undefined, vscode.ConfigurationTarget.Global);
    }

    assert.equal((await probe.deletePod(name)).status, 200);
    await waitUntil(
      'the diagnostics cleared after the deletion',
      () => Promise.resolve(clusterDiagnostics(uri).length === 0 ? true : undefined),
      vscode.languages.onDidChangeDiagnostics,
    );
  });
});
