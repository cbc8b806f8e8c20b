// Internal (hidden from the palette, it needs an argument): sets the target Kubernetes version, for
// code actions, keybindings and other extensions, e.g. `podwright.setKubernetesVersion` with "1.33".
import * as vscode from 'vscode';
import { writeKubernetesVersion } from './kubernetesVersionSetting';
import type { PodwrightCommand } from '../command';
import { localize } from '../shared/localize';

export const setKubernetesVersion: PodwrightCommand = {
  id: 'podwright.setKubernetesVersion',
  run: async (context, version) => {
    const wanted = typeof version === 'string' ? version.replace(/^v/, '') : undefined;
    if (wanted === undefined || !(wanted === 'cluster' || context.versions.all.includes(wanted))) {
      void vscode.window.showErrorMessage(
        localize('Podwright cannot target Kubernetes {0}; choose one of {1}.', String(version), context.versions.all.join(', ')),
      );
      return;
    }
    await writeKubernetesVersion(wanted);
  },
};
