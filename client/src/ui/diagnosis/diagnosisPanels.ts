// Shows a pod's full explanation in a webview: the Markdown page rendered by VS Code's built-in
// Markdown renderer (so it looks like a Markdown preview), with working command links to describe,
// previous logs and refresh, which the Markdown preview itself does not allow. One panel per pod,
// reused on refresh. Without the Markdown extension the page opens in a read-only Markdown document.
import * as vscode from 'vscode';
import type { GatheredPod } from '../../models/diagnosis/gather';
import type { Language } from '../../core/diagnosis/types';
import type { PodTarget } from '../../core/kube/podTarget';
import { diagnosisPage, type PageLinks, type PageWords } from './page';
import { localize } from '../shared/localize';

const LINK_COMMANDS = ['podwright.describe', 'podwright.logsPrevious', 'podwright.diagnose'];
const SCHEME = 'podwright-diagnosis';

function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

function words(): PageWords {
  return {
    title: (pod) => localize('Why is pod {0} not running?', pod),
    nothingWrong: (pod, status) =>
      vscode.l10n.t('Nothing looks wrong with pod {0} right now (status {1}). If it still misbehaves, look at its logs.', pod, status),
    facts: (p) =>
      vscode.l10n.t(
        'Context {0} · namespace {1} · status {2} · ready {3} · restarts {4}',
        p.context,
        p.namespace,
        p.status,
        p.ready,
        p.restarts,
      ),
    managedBy: (kind, name) => localize('managed by {0} {1}', kind, name),
    describe: vscode.l10n.t('Describe'),
    refresh: vscode.l10n.t('Refresh'),
    previousLogs: (container) => vscode.l10n.t('Previous logs of {0}', container),
    gaps: (list) => vscode.l10n.t('Explained without what could not be read: {0}', list),
  };
}

function links(target: PodTarget): PageLinks {
  const pod: PodTarget = { context: target.context, namespace: target.namespace, name: target.name, kind: 'Pod' };
  return {
    describe: commandUri('podwright.describe', [pod]),
    refresh: commandUri('podwright.diagnose', [pod]),
    previousLogs: (container) => commandUri('podwright.logsPrevious', [{ ...pod, container }]),
  };
}

function html(body: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.5; padding: 0 20px 20px; max-width: 60em; }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 1px 4px; border-radius: 3px; }
blockquote { margin: 0 0 0.5em; padding: 2px 12px; border-left: 3px solid var(--vscode-textBlockQuote-border); background: var(--vscode-textBlockQuote-background); font-family: var(--vscode-editor-font-family); white-space: pre-wrap; }
a { color: var(--vscode-textLink-foreground); }
hr { border: 0; border-top: 1px solid var(--vscode-widget-border, rgba(128, 128, 128, 0.35)); }
</style></head><body>${body}</body></html>`;
}

export class DiagnosisPanels implements vscode.Disposable, vscode.TextDocumentContentProvider {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly pages = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.toString()) ?? '';
  }

  /** Shows the explanation; resolves with its Markdown. */
  async show(target: PodTarget, gathered: GatheredPod, language: Language): Promise<string> {
    const markdown = diagnosisPage(gathered, target.context, language, words(), links(target));
    const key = `${target.context}/${target.namespace}/${target.name}`;
    let rendered: string | undefined;
    try {
      rendered = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    } catch {
      rendered = undefined;
    }
    if (typeof rendered !== 'string') {
      await this.showAsDocument(key, markdown);
      return markdown;
    }
    let panel = this.panels.get(key);
    if (panel) {
      panel.reveal(undefined, true);
    } else {
      panel = vscode.window.createWebviewPanel(
        'podwright.diagnosis',
        localize('Why is {0} not running?', target.name),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableCommandUris: LINK_COMMANDS, enableFindWidget: true },
      );
      const created = panel;
      this.panels.set(key, created);
      created.onDidDispose(() => {
        if (this.panels.get(key) === created) this.panels.delete(key);
      });
    }
    panel.webview.html = html(rendered);
    return markdown;
  }

  private async showAsDocument(key: string, markdown: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${key}.md` });
    this.pages.set(uri.toString(), markdown);
    this.changed.fire(uri);
    await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, async () => {
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    });
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    this.registration.dispose();
    this.changed.dispose();
  }
}
