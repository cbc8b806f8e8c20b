// The pod explorer view and the log documents, created once at activation without touching a
// cluster (the view shows its welcome content until the user starts it). Commands receive them as
// `PodwrightContext.podViews`.
import * as vscode from 'vscode';
import type { PodwrightBase } from '../context';
import type { UsageReader } from '../models/metrics/usageReader';
import { ActiveManifest } from './explorer/activeManifest';
import type { ExplorerNode } from './explorer/explorerNodes';
import { LogDocuments } from './logs/logDocuments';
import { PodExplorer } from './explorer/podExplorer';

export const POD_VIEW_ID = 'podwright.pods';

export interface PodViews extends vscode.Disposable {
  readonly explorer: PodExplorer;
  readonly treeView: vscode.TreeView<ExplorerNode>;
  readonly logs: LogDocuments;
}

export function createPodViews(base: PodwrightBase, usage: UsageReader): PodViews {
  const manifest = new ActiveManifest();
  const explorer = new PodExplorer(base.cluster, manifest, usage);
  const treeView = vscode.window.createTreeView(POD_VIEW_ID, { treeDataProvider: explorer, showCollapseAll: true });
  const logs = new LogDocuments();
  const subscriptions: vscode.Disposable[] = [
    treeView.onDidCollapseElement((event) => explorer.collapsed(event.element)),
    treeView.onDidChangeVisibility((event) => explorer.setVisible(event.visible)),
    explorer.onDidChangeFilter((filter) => {
      treeView.description = filter ? vscode.l10n.t('filter: {0}', filter.text) : undefined;
      void vscode.commands.executeCommand('setContext', 'podwright.pods.filtered', filter !== undefined);
    }),
  ];
  explorer.setVisible(treeView.visible);
  return {
    explorer,
    treeView,
    logs,
    dispose: () => {
      for (const part of [...subscriptions, treeView, explorer, logs, manifest]) part.dispose();
    },
  };
}
