// "Podwright: Select Target Kubernetes Version" (also the status bar item's click): a quick pick of
// the versions Podwright models, the current one first-focused, writing `podwright.kubernetesVersion`.
import * as vscode from 'vscode';
import { currentKubernetesVersion, isClusterVersionSetting, writeKubernetesVersion } from './kubernetesVersionSetting';
import type { PodwrightCommand } from '../command';

interface VersionItem extends vscode.QuickPickItem {
  readonly version: string;
}

export const selectKubernetesVersion: PodwrightCommand = {
  id: 'podwright.selectKubernetesVersion',
  run: async (context) => {
    const current = isClusterVersionSetting() ? 'cluster' : currentKubernetesVersion(context.versions);
    const clusterItem: VersionItem = {
      version: 'cluster',
      label: vscode.l10n.t('Cluster version'),
      description: [vscode.l10n.t("the current context's, once connected"), current === 'cluster' ? vscode.l10n.t('current') : undefined]
        .filter((part) => part !== undefined)
        .join(', '),
      picked: current === 'cluster',
    };
    const items: VersionItem[] = [
      ...context.versions.all.map((version) => ({
        version,
        label: version,
        description: [
          version === current ? vscode.l10n.t('current') : undefined,
          version === context.versions.defaultVersion ? vscode.l10n.t('default') : undefined,
        ]
          .filter((part) => part !== undefined)
          .join(', '),
        picked: version === current,
      })),
      clusterItem,
    ];
    const picker = vscode.window.createQuickPick<VersionItem>();
    picker.title = vscode.l10n.t('Target Kubernetes version for Podwright checks');
    picker.placeholder = vscode.l10n.t('Fields this version does not have are reported');
    picker.items = items;
    picker.activeItems = items.filter((item) => item.version === current);
    const chosen = await new Promise<VersionItem | undefined>((resolve) => {
      picker.onDidAccept(() => resolve(picker.activeItems[0]));
      picker.onDidHide(() => resolve(undefined));
      picker.show();
    });
    picker.dispose();
    if (chosen && chosen.version !== current) await writeKubernetesVersion(chosen.version);
  },
};
