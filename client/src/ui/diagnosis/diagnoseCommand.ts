// "Podwright: Why Is This Pod Not Running?": for a pod from the explorer (a PodTarget), the pods of
// the manifest in the editor, or a pod picked from Podwright's namespace (those in trouble first).
// Gathers what the cluster says about it and opens the full explanation; returns its Markdown.
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import { explanationLanguage } from './language';
import { findManifestPods } from '../../models/podWatching/findManifestPods';
import { openClusterApi, reportClusterError } from '../shared/clusterCall';
import { yamlEditorFor } from '../shared/objectTargets';
import type { PodwrightContext } from '../../context';
import { gatherPod } from '../../models/diagnosis/gather';
import { pickPodToDiagnose } from './pickPod';
import type { Pod } from '../../core/kube/kubeTypes';
import { isPodTarget, type PodTarget } from '../../core/kube/podTarget';
import type { PodwrightCommand } from '../command';

/** The manifest's pods (watched ones first hand), else every pod of the namespace. */
async function candidatePods(context: PodwrightContext, api: ClusterApi, arg: unknown): Promise<{ pods: Pod[]; fromManifest: boolean }> {
  const editor = yamlEditorFor(arg);
  if (editor) {
    const { tracker } = context.clusterDiagnostics;
    const tracked = tracker.trackedPods(editor.document.uri);
    if (tracked && tracked.api.context === api.context && tracked.pods.length > 0)
      return { pods: tracked.pods.map((p) => p.gathered.pod), fromManifest: true };
    const workloads = tracker.workloadsOf(editor.document, api);
    if (workloads.length > 0) return { pods: await findManifestPods(api, workloads), fromManifest: true };
  }
  return { pods: await api.list('v1', 'Pod'), fromManifest: false };
}

async function chooseTarget(context: PodwrightContext, arg: unknown): Promise<{ api: ClusterApi; target: PodTarget } | undefined> {
  if (isPodTarget(arg)) {
    const api = await (await context.cluster.session()).apiForContext(arg.context, arg.namespace);
    return { api, target: arg };
  }
  const api = await openClusterApi(context, 'diagnose');
  if (!api) return undefined;
  const { pods, fromManifest } = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking for pods on context "{0}"', api.context) },
    () => candidatePods(context, api, arg),
  );
  if (pods.length === 0) {
    const message = fromManifest
      ? vscode.l10n.t('No pod of this manifest exists on context "{0}" yet. Apply it first, or check its namespace.', api.context)
      : vscode.l10n.t('There are no pods in namespace "{0}" of context "{1}".', api.namespace, api.context);
    void context.dialogs.notify({ id: 'diagnose-no-pods', severity: 'info', message });
    return undefined;
  }
  const pod = pods.length === 1 ? pods[0] : await pickPodToDiagnose(pods, vscode.l10n.t('Which pod is not running?'));
  if (!pod) return undefined;
  return {
    api,
    target: { context: api.context, namespace: pod.metadata.namespace ?? api.namespace, name: pod.metadata.name ?? '', kind: 'Pod' },
  };
}

export const diagnose: PodwrightCommand = {
  id: 'podwright.diagnose',
  run: async (context, arg?: unknown) => {
    try {
      const chosen = await chooseTarget(context, arg);
      if (!chosen) return undefined;
      const { api, target } = chosen;
      const language = explanationLanguage();
      const gathered = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: vscode.l10n.t('Reading what the cluster says about pod {0}', target.name),
        },
        () => gatherPod(api, { namespace: target.namespace, name: target.name }, { language }),
      );
      return await context.clusterDiagnostics.panels.show(target, gathered, language);
    } catch (error) {
      reportClusterError(context, error, 'diagnose');
      return undefined;
    }
  },
};
