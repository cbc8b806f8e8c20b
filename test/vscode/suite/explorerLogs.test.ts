// Commands from the pod explorer's rows against the test API server: Logs opens a podwright-log
// document that follows the output (unless the reader scrolled up), stops and restarts, and says
// when the pod is deleted; Describe, Show Live YAML and Copy Name act on the row's pod.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClusterProbe, TEST_CONTEXT, testClusterEnv } from '../clusterProbe';
import { uniqueName } from '../clusterFixtures';
import { activatePodwright, closeAllEditors, waitUntil } from '../helpers';
import { childRow, rows, type ExplorerElement } from '../podTree';

function talker(name: string): Record<string, unknown> {
  const script = 'echo "hello from $HOSTNAME"; i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 0.02; done';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: name } },
    spec: { containers: [{ name: 'main', image: 'busybox', command: ['sh', '-c', script] }] },
  };
}

function logDocument(pod: string, container?: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find(
    (d) =>
      d.uri.scheme === 'podwright-log' &&
      new URLSearchParams(d.uri.query).get('pod') === pod &&
      (container === undefined || new URLSearchParams(d.uri.query).get('containers') === container),
  );
}

/** Waits until the pod's log document satisfies `accept`, waking on each document change. */
function waitForLog(pod: string, what: string, accept: (text: string) => boolean): Promise<vscode.TextDocument> {
  return waitUntil(
    what,
    () => {
      const document = logDocument(pod);
      return Promise.resolve(document && accept(document.getText()) ? document : undefined);
    },
    vscode.workspace.onDidChangeTextDocument,
  );
}

function ticks(text: string): number {
  return [...text.matchAll(/^tick (\d+)$/gm)].length;
}

function editorOf(document: vscode.TextDocument): vscode.TextEditor {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  assert.ok(editor, 'the log is shown in an editor');
  return editor;
}

describe('pod explorer commands', function () {
  const env = testClusterEnv();
  let probe: ClusterProbe;
  const pod = uniqueName('talker');
  let row: ExplorerElement;

  before(async function () {
    await activatePodwright();
    if (!env) return this.skip();
    probe = ClusterProbe.fromEnvironment();
    // The whole log, not its tail, so the first lines are there however long the suite takes.
    await vscode.workspace.getConfiguration('podwright.logs').update('tailLines', 0, vscode.ConfigurationTarget.Workspace);
    assert.equal((await probe.applyPod(talker(pod), 'setup')).status, 201);
    await vscode.commands.executeCommand('podwright.refreshPods');
    const context = (await childRow(undefined, TEST_CONTEXT)).element;
    const namespace = (await childRow(context, 'default')).element;
    row = (await childRow(namespace, pod, (r) => r.description.startsWith('1/1 · Running'))).element;
  });

  after(async () => {
    await closeAllEditors();
    if (!env) return;
    await probe.deletePod(pod);
    await vscode.workspace.getConfiguration('podwright.logs').update('tailLines', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('opens the log from the pod row in a podwright-log document that follows the output', async () => {
    await vscode.commands.executeCommand('podwright.logs', row);
    const document = await waitForLog(pod, 'the first lines', (text) => text.startsWith(`hello from ${pod}\ntick 1\n`));
    assert.equal(document.languageId, 'podwright-log');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    const editor = editorOf(document);
    // Far more lines than fit: the editor keeps scrolling to the newest ones. Lines keep coming,
    // so "at the end" allows for the frame or two that may still be on their way.
    const many = await waitForLog(pod, 'more lines than fit', (text) => ticks(text) > 150);
    await waitUntil(
      'the view at the end',
      () => {
        const last = many.lineCount - 1;
        return Promise.resolve(editor.visibleRanges.some((r) => r.end.line >= last - 12 && r.end.line > 100) ? true : undefined);
      },
      vscode.window.onDidChangeTextEditorVisibleRanges,
    );
  });

  it('stays where the reader scrolled up while lines keep arriving', async () => {
    const document = logDocument(pod);
    assert.ok(document);
    const editor = editorOf(document);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await waitUntil(
      'the view at the top',
      () => Promise.resolve(editor.visibleRanges[0]?.start.line === 0 ? true : undefined),
      vscode.window.onDidChangeTextEditorVisibleRanges,
    );
    const before = ticks(document.getText());
    await waitForLog(pod, '50 more lines', (text) => ticks(text) > before + 50);
    assert.equal(editor.visibleRanges[0]?.start.line, 0, 'still at the top');
  });

  it('stops following, and restarts from the tail', async () => {
    const document = logDocument(pod);
    assert.ok(document);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('podwright.stopLogs');
    const stopped = await waitForLog(pod, 'the stop notice', (text) => text.endsWith('--- stopped ---'));
    const count = ticks(stopped.getText());
    await vscode.commands.executeCommand('podwright.restartLogs');
    const restarted = await waitForLog(
      pod,
      'new lines after the restart',
      (text) => !text.includes('--- stopped ---') && /^tick \d+$/m.test(text),
    );
    const newest = Math.max(...[...restarted.getText().matchAll(/^tick (\d+)$/gm)].map((m) => Number(m[1])));
    assert.ok(newest >= count, `the restarted log reads on (tick ${newest}, stopped at ${count} lines)`);
  });

  it('opens the log of a container row, and runs Describe, Show Live YAML and Copy Name on the pod', async () => {
    const container = (await rows(row))[0];
    assert.equal(container?.label, 'main');
    await vscode.commands.executeCommand('podwright.logs', container?.element);
    await waitUntil(
      'the container log',
      () => Promise.resolve(logDocument(pod, 'main')?.getText().includes(`hello from ${pod}`) ? true : undefined),
      vscode.workspace.onDidChangeTextDocument,
    );

    const described = await vscode.commands.executeCommand<unknown>('podwright.describe', row);
    assert.ok(described instanceof vscode.Uri, 'describe opened a document');
    const describe = vscode.workspace.textDocuments.find((d) => d.uri.toString() === described.toString());
    assert.match(describe?.getText() ?? '', new RegExp(`^Name:\\s+${pod}$`, 'm'));

    const live = await vscode.commands.executeCommand<unknown>('podwright.showLiveYaml', row);
    assert.ok(live instanceof vscode.Uri, 'live YAML opened a document');
    assert.match(
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === live.toString())?.getText() ?? '',
      new RegExp(`name: ${pod}`),
    );

    await vscode.commands.executeCommand('podwright.copyPodName', row);
    assert.equal(await vscode.env.clipboard.readText(), pod);
    await vscode.commands.executeCommand('podwright.copyPodName', container?.element);
    assert.equal(await vscode.env.clipboard.readText(), 'main');
  });

  it('says in the log when the pod is deleted', async () => {
    assert.equal((await probe.deletePod(pod)).status, 200);
    const document = await waitForLog(pod, 'the deletion notice', (text) => text.includes(`--- pod ${pod} deleted ---`));
    assert.ok(document.getText().trimEnd().endsWith(`--- pod ${pod} deleted ---`));
  });
});
