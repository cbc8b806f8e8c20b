// The pod explorer view and the log documents, created once at activation without touching a
// cluster (the view shows its welcome content until the user starts it). Commands reach them
// through podViews().
import * as vscode from 'vscode';
import type { PodwrightContext } from '../context';
import { clusterUi } from '../clusterUi';
import { ActiveManifest } from './explorer/activeManifest';
import type { ExplorerNode } from './explorer/explorerNodes';
import { LogDocuments } from './logs/logDocuments';
import { PodExplorer } from './explorer/podExplorer';

export const POD_VIEW_ID = 'podwright.pods';

export interface PodViews {
  readonly explorer: PodExplorer;
  readonly treeView: vscode.TreeView<ExplorerNode>;
  readonly logs: LogDocuments;
}

let current: PodViews | undefined;

export function registerPodViews(context: PodwrightContext): vscode.Disposable {
  const manifest = new ActiveManifest();
  const explorer = new PodExplorer(context.cluster, manifest, clusterUi().usage);
  const treeView = vscode.window.createTreeView(POD_VIEW_ID, { treeDataProvider: explorer, showCollapseAll: true });
  const logs = new LogDocuments();
  const views: PodViews = { explorer, treeView, logs };
  current = views;
  const subscriptions: vscode.Disposable[] = [
    treeView.onDidCollapseElement((event) => explorer.collapsed(event.element)),
    treeView.onDidChangeVisibility((event) => explorer.setVisible(event.visible)),
    explorer.onDidChangeFilter((filter) => {
      treeView.description = filter ? vscode.l10n.t('filter: {0}', filter.text) : undefined;
      void vscode.commands.executeCommand('setContext', 'podwright.pods.filtered', filter !== undefined);
    }),
  ];
  explorer.setVisible(treeView.visible);
  return new vscode.Disposable(() => {
    if (current === views) current = undefined;
    for (const part of [...subscriptions, treeView, explorer, logs, manifest]) part.dispose();
  });
}

export function podViews(): PodViews {
  if (!current) throw new Error('Podwright pod views used before activation');
  return current;
}
