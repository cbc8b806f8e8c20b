// `podwright-events:` documents: the events of a pod or workload, oldest first, kept live by an
// EventFeed while the document is open (at most one update per frame; ages are redrawn every
// 10 s). Closing the last tab stops the watches; a restored editor starts them again.
import * as vscode from 'vscode';
import type { ClusterAccess } from '../cluster/clusterAccess';
import { eventsTable } from '../../core/present/eventRows';
import { EventFeed } from '../../models/events/eventFeed';
import { explainClusterError } from '../shared/explainError';
import { addressOf, objectUri, type ObjectAddress } from '../objects/objectUri';
import { resourceLabel } from '../../core/apply/resourceLabel';
import { localize } from '../shared/localize';

export const EVENTS_SCHEME = 'podwright-events';
const FRAME_MS = 100;
const AGE_TICK_MS = 10_000;

interface Entry {
  readonly address: ObjectAddress;
  feed: EventFeed | undefined;
  /** Why the view does not update (start failed, watch stopped), shown under the title. */
  problem: string | undefined;
  frame: NodeJS.Timeout | undefined;
  ready: Promise<void>;
}

export class EventDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly ticker: NodeJS.Timeout;

  constructor(private readonly cluster: ClusterAccess) {
    this.subscriptions = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(EVENTS_SCHEME, this),
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) if (tab.input instanceof vscode.TabInputText) this.tabClosed(tab.input.uri);
      }),
    ];
    this.ticker = setInterval(() => {
      for (const key of this.entries.keys()) this.changed.fire(vscode.Uri.parse(key));
    }, AGE_TICK_MS);
  }

  uriFor(address: ObjectAddress): vscode.Uri {
    return objectUri(EVENTS_SCHEME, address);
  }

  /** Opens the events view of an object (starting its watches) and shows it. */
  async open(address: ObjectAddress): Promise<vscode.TextEditor> {
    const uri = this.uriFor(address);
    const entry = this.entryFor(uri, address);
    await entry.ready;
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'podwright-describe')
      document = await vscode.languages.setTextDocumentLanguage(document, 'podwright-describe');
    this.changed.fire(uri);
    return vscode.window.showTextDocument(document, { preview: false });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const address = addressOf(uri);
    if (uri.scheme !== EVENTS_SCHEME || !address) return '';
    const entry = this.entryFor(uri, address);
    await entry.ready;
    return this.render(entry);
  }

  private entryFor(uri: vscode.Uri, address: ObjectAddress): Entry {
    const key = uri.toString();
    const existing = this.entries.get(key);
    if (existing) return existing;
    const entry: Entry = { address, feed: undefined, problem: undefined, frame: undefined, ready: Promise.resolve() };
    this.entries.set(key, entry);
    entry.ready = this.start(uri, entry);
    return entry;
  }

  private async start(uri: vscode.Uri, entry: Entry): Promise<void> {
    const open = (): boolean => this.entries.get(uri.toString()) === entry;
    try {
      const session = await this.cluster.session();
      if (session.contextName !== entry.address.context) {
        entry.problem = localize(
          'This view shows an object of context "{0}", but Podwright now uses context "{1}". Switch back to "{0}" to refresh it.',
          entry.address.context,
          session.contextName ?? '',
        );
        return;
      }
      const api = await session.api();
      if (!open()) return;
      const feed = new EventFeed(api, entry.address, {
        onChange: () => this.schedule(uri),
        onError: (error, willRetry) => {
          const reason = explainClusterError(error);
          entry.problem = willRetry
            ? vscode.l10n.t('Watching events failed; retrying: {0}', reason)
            : vscode.l10n.t('Stopped watching events: {0}', reason);
          this.schedule(uri);
        },
      });
      entry.feed = feed;
      await feed.start();
      if (!open()) feed.stop();
    } catch (error) {
      entry.problem = explainClusterError(error);
    }
  }

  private render(entry: Entry): string {
    const { address } = entry;
    const title = vscode.l10n.t(
      'Events of {0} in namespace "{1}" (context "{2}"), oldest first; kept up to date while this view is open.',
      resourceLabel(address),
      address.namespace ?? '',
      address.context,
    );
    const lines = [title];
    if (entry.problem) lines.push(entry.problem);
    const table = eventsTable(entry.feed?.events() ?? [], Date.now());
    lines.push('', table ?? vscode.l10n.t('No events yet. (Clusters keep events for about an hour.)'));
    return `${lines.join('\n')}\n`;
  }

  private schedule(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    entry.frame ??= setTimeout(() => {
      entry.frame = undefined;
      this.changed.fire(uri);
    }, FRAME_MS);
  }

  /** The events an open view currently lists (for tests through the command's result). */
  eventsOf(uri: vscode.Uri): number | undefined {
    return this.entries.get(uri.toString())?.feed?.events().length;
  }

  private tabClosed(uri: vscode.Uri): void {
    if (uri.scheme !== EVENTS_SCHEME) return;
    const key = uri.toString();
    const stillShown = vscode.window.tabGroups.all.some((group) =>
      group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key),
    );
    if (stillShown) return;
    const entry = this.entries.get(key);
    if (entry?.frame) clearTimeout(entry.frame);
    entry?.feed?.stop();
    this.entries.delete(key);
  }

  dispose(): void {
    clearInterval(this.ticker);
    for (const entry of this.entries.values()) {
      if (entry.frame) clearTimeout(entry.frame);
      entry.feed?.stop();
    }
    this.entries.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
