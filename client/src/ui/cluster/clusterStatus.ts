// A status bar item with Podwright's context and namespace; clicking it switches context. It reads
// the kubeconfig files only (no request to any cluster): at activation when a kubeconfig exists,
// otherwise once a cluster command has opened the session.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ClusterAccess } from './clusterAccess';
import { defaultKubeconfigPaths } from '../../cluster/index';
import { localize } from '../shared/localize';

export const SWITCH_CONTEXT_COMMAND = 'podwright.switchContext';

export class ClusterStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('podwright.cluster', vscode.StatusBarAlignment.Left, 10);
  private readonly subscriptions: vscode.Disposable[];
  private used = false;
  private shown = false;
  /** Why the last dry run on save could not reach the cluster (cleared by one that did). */
  private dryRunProblem: string | undefined;

  constructor(private readonly cluster: ClusterAccess) {
    this.item.name = vscode.l10n.t('Podwright: Kubernetes Context');
    this.item.command = SWITCH_CONTEXT_COMMAND;
    this.subscriptions = [
      cluster.onDidChange(() => void this.refresh()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.refresh()),
    ];
    if (defaultKubeconfigPaths().some((file) => existsSync(file))) void this.refresh();
  }

  /** A cluster command opened the session: show the item from now on. */
  noteUse(): void {
    this.used = true;
    void this.refresh();
  }

  /** A dry run on save could not reach the cluster (a message), or reached it again (undefined). */
  noteDryRun(problem: string | undefined): void {
    if (problem === this.dryRunProblem) return;
    this.dryRunProblem = problem;
    if (problem !== undefined) this.used = true;
    void this.refresh();
  }

  async refresh(): Promise<void> {
    // Cluster commands are disabled in Restricted Mode; so is their entry point here.
    if (!vscode.workspace.isTrusted) return this.hide();
    try {
      const session = await this.cluster.session();
      const context = session.context;
      let text: string;
      let tooltip: string;
      if (!context) {
        if (!this.used) return this.hide();
        text = `$(server-environment) ${vscode.l10n.t('No context')}`;
        tooltip = vscode.l10n.t('No Kubernetes context is selected. Click to pick one.');
      } else {
        text = `$(server-environment) ${context.name}: ${session.namespace}`;
        tooltip = localize(
          'Podwright uses context "{0}" ({1}), namespace "{2}". Click to switch context.',
          context.name,
          context.server ?? '',
          session.namespace,
        );
      }
      if (this.dryRunProblem !== undefined) {
        text += ' $(debug-disconnect)';
        tooltip += `\n\n${vscode.l10n.t('Dry run on save could not reach the cluster: {0}', this.dryRunProblem)}`;
      }
      this.item.text = text;
      this.item.tooltip = tooltip;
      this.item.show();
      this.shown = true;
    } catch {
      this.hide();
    }
  }

  /** The text shown, for tests; undefined while hidden. */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private hide(): void {
    this.item.hide();
    this.shown = false;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
