// A status bar item, shown while a Kubernetes YAML document is active, with the Kubernetes version
// Podwright checks against; clicking it opens the version picker. With `podwright.kubernetesVersion`
// set to `cluster` it shows the current context's version once Podwright has connected to it
// ("cluster: v1.31"), and the default version, saying why, until then.
import * as vscode from 'vscode';
import type { ClusterKubernetesVersion } from './clusterVersion';
import { looksLikeKubernetes } from './kubernetesDocument';
import { currentKubernetesVersion, isClusterVersionSetting } from './kubernetesVersionSetting';
import type { KubernetesVersions } from './kubernetesVersions';

export const SELECT_VERSION_COMMAND = 'podwright.selectKubernetesVersion';

export class KubernetesVersionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('podwright.kubernetesVersion', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly versions: KubernetesVersions,
    private readonly cluster: ClusterKubernetesVersion,
  ) {
    this.item.name = vscode.l10n.t('Podwright: Target Kubernetes Version');
    this.item.command = SELECT_VERSION_COMMAND;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('podwright.kubernetesVersion')) this.update();
      }),
      cluster.onDidChange(() => this.update()),
    ];
    this.update();
  }

  /** The text shown, for tests; undefined while hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  /** The tooltip, for tests. */
  get tooltip(): string | undefined {
    return this.visible && typeof this.item.tooltip === 'string' ? this.item.tooltip : undefined;
  }

  private visible = false;

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'yaml' || !looksLikeKubernetes(document.getText())) {
      this.item.hide();
      this.visible = false;
      return;
    }
    if (isClusterVersionSetting()) this.showCluster();
    else {
      const version = currentKubernetesVersion(this.versions);
      this.item.text = `$(versions) ${vscode.l10n.t('Kubernetes {0}', version)}`;
      this.item.tooltip = vscode.l10n.t('Podwright checks this manifest against Kubernetes {0}. Click to pick another version.', version);
    }
    this.item.show();
    this.visible = true;
  }

  private showCluster(): void {
    const known = this.cluster.current;
    if (!known) {
      const fallback = this.versions.defaultVersion;
      this.item.text = `$(versions) ${vscode.l10n.t('Kubernetes {0}', fallback)}`;
      this.item.tooltip = vscode.l10n.t(
        "Podwright checks against the cluster's version, but has not connected to the current context yet; until it does, it checks against Kubernetes {0}. Click to pick another version.",
        fallback,
      );
      return;
    }
    this.item.text = `$(versions) ${vscode.l10n.t('cluster: v{0}', known.clusterMinor)}`;
    this.item.tooltip = known.clamped
      ? vscode.l10n.t(
          'Context "{0}" runs Kubernetes {1}, which Podwright does not model; it checks against the nearest version it models, {2}. Click to pick another version.',
          known.context,
          known.cluster,
          known.version,
        )
      : vscode.l10n.t(
          'Podwright checks this manifest against Kubernetes {0}, the version of context "{1}" ({2}). Click to pick another version.',
          known.version,
          known.context,
          known.cluster,
        );
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
