// Show Events, Show Workload Logs and the pod tooltip's warnings and usage, against the test API
// server, from the explorer's rows and from arguments as a context menu passes them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClusterProbe, TEST_CONTEXT, testClusterEnv } from '../clusterProbe';
import { uniqueName } from '../clusterFixtures';
import { activatePodwright, closeAllEditors, waitUntil } from '../helpers';
import { childRow, podTree, type ExplorerElement } from '../podTree';

function pod(name: string, labels: Record<string, string>, script: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels },
    spec: { containers: [{ name: 'main', image: 'busybox', command: ['sh', '-c', script] }] },
  };
}

function waitForDocument(uri: vscode.Uri, what: string, accept: (text: string) => boolean): Promise<vscode.TextDocument> {
  return waitUntil(
    what,
    () => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return Promise.resolve(document && accept(document.getText()) ? document : undefined);
    },
    vscode.workspace.onDidChangeTextDocument,
  );
}

describe('events, workload logs and usage', function () {
  const env = testClusterEnv();
  let probe: ClusterProbe;
  const app = uniqueName('pair');
  const first = uniqueName('pair-a');
  const second = uniqueName('pair-b');
  const crasher = uniqueName('crasher');
  let namespace: ExplorerElement;

  before(async function () {
    await activatePodwright();
    if (!env) return this.skip();
    probe = ClusterProbe.fromEnvironment();
    const talk = 'i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 0.05; done';
    for (const name of [first, second]) assert.equal((await probe.applyPod(pod(name, { app }, talk), 'setup')).status, 201);
    assert.equal((await probe.applyPod(pod(crasher, { app: crasher }, 'echo crashing; sleep 0.2; exit 1'), 'setup')).status, 201);
    await vscode.commands.executeCommand('podwright.refreshPods');
    const context = (await childRow(undefined, TEST_CONTEXT)).element;
    namespace = (await childRow(context, 'default')).element;
  });

  after(async () => {
    await closeAllEditors();
    if (!env) return;
    for (const name of [first, second, crasher]) await probe.deletePod(name);
  });

  it("shows a pod's events live from its row, Warning rows included", async () => {
    const row = (await childRow(namespace, crasher)).element;
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('podwright.showEvents', row);
    assert.ok(uri, 'the command returns the document it opened');
    assert.equal(uri.scheme, 'podwright-events');
    const document = await waitForDocument(uri, 'a BackOff warning in the events view', (text) =>
      /^\s+Warning\s+BackOff\s+pod\//m.test(text),
    );
    assert.equal(document.languageId, 'podwright-describe');
    const text = document.getText();
    assert.match(text, new RegExp(`^\\s+Type\\s+Reason\\s+Object\\s+Age\\s+Count\\s+Message$`, 'm'));
    assert.ok(text.indexOf('Scheduled') < text.indexOf('BackOff'), 'oldest first');
    assert.ok(text.includes(`pod/${crasher}`));
    assert.ok(!text.includes(first), "only this pod's events");
  });

  it("adds a failing pod's recent warnings and a running pod's memory use to the tooltip", async () => {
    const crashing = await childRow(namespace, crasher, (r) => /CrashLoopBackOff|Error/.test(r.description));
    const resolved = await podTree().resolveTreeItem?.(crashing.item, crashing.element, new vscode.CancellationTokenSource().token);
    const tooltip = resolved?.tooltip instanceof vscode.MarkdownString ? resolved.tooltip.value : '';
    assert.match(tooltip, /Recent warnings/);
    assert.match(tooltip, /`BackOff`/);
    const running = await childRow(namespace, first, (r) => r.description.startsWith('1/1 · Running'));
    const resolvedRunning = await podTree().resolveTreeItem?.(running.item, running.element, new vscode.CancellationTokenSource().token);
    const runningTooltip = resolvedRunning?.tooltip instanceof vscode.MarkdownString ? resolvedRunning.tooltip.value : '';
    assert.match(runningTooltip, /Resource use/);
    // Markdown-escaped, as the tooltip carries it.
    assert.match(runningTooltip, /main: cpu 0m \\\(no request or limit\\\) · memory \d+(Ki|Mi) \\\(no request or limit\\\)/);
  });

  it('merges the logs of every pod a selector selects, each line prefixed [pod/container]', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('podwright.showWorkloadLogs', { selector: `app=${app}` });
    assert.ok(uri);
    assert.equal(uri.scheme, 'podwright-log');
    const document = await waitForDocument(
      uri,
      'lines of both pods',
      (text) => text.includes(`[${first}/main] tick 3`) && text.includes(`[${second}/main] tick 3`),
    );
    assert.equal(document.languageId, 'podwright-log');
    assert.ok(!document.getText().includes(crasher), 'a pod the selector does not select stays out');
    await vscode.commands.executeCommand('podwright.stopLogs', uri);
    await waitForDocument(uri, 'the stop line', (text) => text.trimEnd().endsWith('--- stopped ---'));
  });
});
