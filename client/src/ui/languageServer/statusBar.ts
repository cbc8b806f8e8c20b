// A status bar item, shown while a Kubernetes YAML document is active, with the Kubernetes version
// Podwright checks against; clicking it opens the version picker.
import * as vscode from 'vscode';
import { looksLikeKubernetes } from './kubernetesDocument';
import { currentKubernetesVersion } from './kubernetesVersionSetting';
import type { KubernetesVersions } from './kubernetesVersions';

export const SELECT_VERSION_COMMAND = 'podwright.selectKubernetesVersion';

export class KubernetesVersionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('podwright.kubernetesVersion', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly versions: KubernetesVersions) {
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
    ];
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'yaml' || !looksLikeKubernetes(document.getText())) {
      this.item.hide();
      return;
    }
    const version = currentKubernetesVersion(this.versions);
    this.item.text = `$(versions) ${vscode.l10n.t('Kubernetes {0}', version)}`;
    this.item.tooltip = vscode.l10n.t('Podwright checks this manifest against Kubernetes {0}. Click to pick another version.', version);
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
