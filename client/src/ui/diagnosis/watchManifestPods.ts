// "Podwright: Watch Pods of This Manifest": shows the failures of the pods the manifest in the
// editor defines as "cluster" diagnostics on its lines, live, without applying anything.
// "Podwright: Stop Watching Pods of This Manifest" ends it (closing the file does too).
import * as vscode from 'vscode';
import { openClusterApi, reportClusterError } from '../shared/clusterCall';
import type { PodwrightCommand } from '../command';

async function manifestDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'yaml' ? document : undefined;
}

export const watchManifestPods: PodwrightCommand = {
  id: 'podwright.watchManifestPods',
  run: async (context, arg?: unknown) => {
    const document = await manifestDocument(arg);
    if (!document) {
      void context.dialogs.notify({
        id: 'watch-no-file',
        severity: 'warning',
        message: vscode.l10n.t('Open a Kubernetes YAML file to watch its pods.'),
      });
      return 0;
    }
    const api = await openClusterApi(context, 'watch pods');
    if (!api) return 0;
    const { tracker } = context.clusterDiagnostics;
    const workloads = tracker.workloadsOf(document, api);
    if (workloads.length === 0) {
      void context.dialogs.notify({
        id: 'watch-no-pods',
        severity: 'warning',
        message: vscode.l10n.t('This file defines no pods (a Pod, or a workload such as a Deployment or Job).'),
      });
      return 0;
    }
    try {
      await tracker.track(document, api, workloads);
    } catch (error) {
      reportClusterError(context, error, 'watch pods');
      return 0;
    }
    vscode.window.setStatusBarMessage(
      vscode.l10n.t('Podwright: watching the pods of {0} on context "{1}"', vscode.workspace.asRelativePath(document.uri), api.context),
      5000,
    );
    return workloads.length;
  },
};

export const stopWatchingManifestPods: PodwrightCommand = {
  id: 'podwright.stopWatchingManifestPods',
  run: (context, arg?: unknown) => {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (uri) context.clusterDiagnostics.tracker.untrack(uri);
  },
};
