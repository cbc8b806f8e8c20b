// "Podwright: Refresh Describe" (the refresh button of a describe document): reads the object and
// its events again.
import * as vscode from 'vscode';
import { reportClusterError } from '../shared/clusterCall';
import { DESCRIBE_SCHEME } from './describeDocuments';
import type { PodwrightCommand } from '../command';

export const refreshDescribe: PodwrightCommand = {
  id: 'podwright.refreshDescribe',
  run: async (context, arg?: unknown) => {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (uri?.scheme !== DESCRIBE_SCHEME) {
      void context.dialogs.notify({
        id: 'refresh-describe',
        severity: 'warning',
        message: vscode.l10n.t('Open a Podwright describe view to refresh it.'),
      });
      return;
    }
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Refreshing the describe view') },
        () => context.clusterUi.describes.refresh(uri),
      );
    } catch (error) {
      reportClusterError(context, error, 'refresh describe');
    }
  },
};
