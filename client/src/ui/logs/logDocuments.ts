// Pod logs as read-only documents (scheme `podwright-log`, language `podwright-log`): each document
// renders its LogSession's ring; new lines are pushed at most once per frame, and an editor that
// showed the end keeps following it while one scrolled up stays where it is. Editor title
// buttons stop and restart the session; closing the document ends it.
import * as vscode from 'vscode';
import { LOG_SCHEME, logUriParts, workloadLogUriParts, type LogAddress, type WorkloadLogAddress } from '../../models/logs/logAddress';
import type { LogFeed } from '../../models/logs/logFeed';
import {
  WorkloadLogSession,
  type WorkloadLogApi,
  type WorkloadLogMessages,
  type WorkloadLogOptions,
} from '../../models/logs/workloadLogSession';
import type { LogMessages } from '../../models/logs/logMessages';
import { LogSession, type LogApi, type LogSessionOptions } from '../../models/logs/logSession';
import { FollowState } from '../../models/logs/followState';
import { showsEnd } from '../../models/logs/logSettings';
import { localize } from '../shared/localize';

const FRAME_MS = 100;
const RUNNING_KEY = 'podwright.logRunning';

interface Entry {
  readonly session: LogFeed;
  frame: NodeJS.Timeout | undefined;
  /** Editors following the end when the latest update was sent, to scroll once it lands. */
  followers: vscode.TextEditor[];
  /** Setting the language closes and reopens the document: that close must not end the session. */
  opening: boolean;
}

function logMessages(): LogMessages {
  return {
    restarted: (container, exitCode) =>
      exitCode === undefined
        ? vscode.l10n.t('--- container {0} restarted ---', container)
        : vscode.l10n.t('--- container {0} restarted (exit code {1}) ---', container, exitCode),
    restartedUnread: (container, exitCode, unreadRuns) =>
      exitCode === undefined
        ? vscode.l10n.t(
            '--- container {0} restarted {1} times; {2} run(s) in between were not read ---',
            container,
            unreadRuns + 1,
            unreadRuns,
          )
        : vscode.l10n.t(
            '--- container {0} restarted {1} times (last exit code {2}); {3} run(s) in between were not read ---',
            container,
            unreadRuns + 1,
            exitCode,
            unreadRuns,
          ),
    podDeleted: (pod) => vscode.l10n.t('--- pod {0} deleted ---', pod),
    podTerminating: (pod) => vscode.l10n.t('--- pod {0} is terminating ---', pod),
    podFinished: (pod, phase) => vscode.l10n.t('--- pod {0} finished ({1}) ---', pod, phase),
    podNotFound: (pod, namespace) => localize('--- pod {0} not found in namespace {1} ---', pod, namespace),
    readFailed: (container, message) => vscode.l10n.t('--- cannot read the log of container {0}: {1} ---', container, message),
    reconnected: (container) => vscode.l10n.t('--- log stream of container {0} interrupted; reconnected ---', container),
    reconnectFailed: (container, message) =>
      message === undefined
        ? vscode.l10n.t('--- log stream of container {0} lost; reconnecting kept failing ---', container)
        : vscode.l10n.t('--- log stream of container {0} lost; cannot reconnect: {1} ---', container, message),
    watchFailed: (message) => vscode.l10n.t('--- stopped watching the pod: {0} ---', message),
    stopped: () => vscode.l10n.t('--- stopped ---'),
  };
}

function workloadLogMessages(): WorkloadLogMessages {
  return {
    ...logMessages(),
    podJoined: (pod) => vscode.l10n.t('--- pod {0} joined ---', pod),
    previousRun: (pod, container, exitCode) =>
      exitCode === undefined
        ? vscode.l10n.t('--- previous run of {0}/{1} ---', pod, container)
        : vscode.l10n.t('--- previous run of {0}/{1} (exit code {2}) ---', pod, container, exitCode),
    noPods: (selector) => vscode.l10n.t('--- no pods match {0} yet; waiting for some ---', selector),
  };
}

export class LogDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly entries = new Map<string, Entry>();
  private readonly follow = new WeakMap<vscode.TextEditor, FollowState>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(LOG_SCHEME, this),
      vscode.workspace.onDidChangeTextDocument((event) => this.landed(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document.uri)),
      // VS Code disposes a closed editor's document only later: end the session when its last tab closes.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) if (tab.input instanceof vscode.TabInputText) this.tabClosed(tab.input.uri);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateRunningKey()),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document.uri.scheme !== LOG_SCHEME) return;
        const lastVisible = Math.max(0, ...event.visibleRanges.map((range) => range.end.line));
        this.followOf(event.textEditor).scrolled(lastVisible, event.textEditor.document.lineCount);
      }),
    ];
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const entry = this.entries.get(uri.toString());
    return entry ? entry.session.ring.text() : vscode.l10n.t('This log is closed. Run "Podwright: Show Logs" again to read it.');
  }

  /** Opens (or restarts, with these options) the log of a pod and shows it. */
  async open(api: LogApi, address: LogAddress, options: LogSessionOptions): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.from({ scheme: LOG_SCHEME, ...logUriParts(address) });
    this.entries.get(uri.toString())?.session.dispose();
    return this.show(
      uri,
      new LogSession(api, { namespace: address.namespace, pod: address.pod, containers: address.containers }, options, logMessages()),
    );
  }

  /** Opens (or restarts) the merged log of every pod a selector selects. */
  async openWorkload(api: WorkloadLogApi, address: WorkloadLogAddress, options: WorkloadLogOptions): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.from({ scheme: LOG_SCHEME, ...workloadLogUriParts(address, vscode.l10n.t('all pods')) });
    this.entries.get(uri.toString())?.session.dispose();
    return this.show(
      uri,
      new WorkloadLogSession(api, { namespace: address.namespace, selector: address.selector }, options, workloadLogMessages()),
    );
  }

  private async show(uri: vscode.Uri, session: LogFeed): Promise<vscode.TextEditor> {
    const key = uri.toString();
    const entry: Entry = { session, frame: undefined, followers: [], opening: true };
    this.entries.set(key, entry);
    session.onDidAppend(() => this.schedule(uri, entry));
    session.onDidChangeState(() => this.updateRunningKey());
    session.start();
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
      if (document.languageId !== 'podwright-log') document = await vscode.languages.setTextDocumentLanguage(document, 'podwright-log');
    } finally {
      entry.opening = false;
    }
    this.changed.fire(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    this.updateRunningKey();
    return editor;
  }

  /** The session shown in an editor (the active one by default). */
  sessionOf(uri: vscode.Uri | undefined = vscode.window.activeTextEditor?.document.uri): LogFeed | undefined {
    return uri ? this.entries.get(uri.toString())?.session : undefined;
  }

  private schedule(uri: vscode.Uri, entry: Entry): void {
    entry.frame ??= setTimeout(() => {
      entry.frame = undefined;
      const key = uri.toString();
      entry.followers = vscode.window.visibleTextEditors.filter(
        (editor) => editor.document.uri.toString() === key && this.followOf(editor).following,
      );
      this.changed.fire(uri);
    }, FRAME_MS);
  }

  /** The new text is in the document: scroll the editors that were following to its end. */
  private landed(document: vscode.TextDocument): void {
    if (document.uri.scheme !== LOG_SCHEME) return;
    const entry = this.entries.get(document.uri.toString());
    if (!entry || entry.followers.length === 0) return;
    const end = new vscode.Position(Math.max(0, document.lineCount - 1), 0);
    for (const editor of entry.followers) {
      this.followOf(editor).revealed(end.line);
      editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.Default);
    }
    entry.followers = [];
  }

  /** An editor seen for the first time follows when it shows the end (a new log editor always does). */
  private followOf(editor: vscode.TextEditor): FollowState {
    let state = this.follow.get(editor);
    if (!state) {
      state = new FollowState(editor.visibleRanges.some((range) => showsEnd(range.end.line, editor.document.lineCount)));
      this.follow.set(editor, state);
    }
    return state;
  }

  private tabClosed(uri: vscode.Uri): void {
    if (uri.scheme !== LOG_SCHEME) return;
    const key = uri.toString();
    const stillShown = vscode.window.tabGroups.all.some((group) =>
      group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key),
    );
    if (!stillShown) this.closed(uri);
  }

  private closed(uri: vscode.Uri): void {
    if (uri.scheme !== LOG_SCHEME) return;
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (!entry || entry.opening) return;
    if (entry.frame) clearTimeout(entry.frame);
    entry.session.dispose();
    this.entries.delete(key);
  }

  private updateRunningKey(): void {
    const state = this.sessionOf()?.state;
    void vscode.commands.executeCommand('setContext', RUNNING_KEY, state === 'following' || state === 'reading');
  }

  dispose(): void {
    for (const entry of this.entries.values()) {
      if (entry.frame) clearTimeout(entry.frame);
      entry.session.dispose();
    }
    this.entries.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
