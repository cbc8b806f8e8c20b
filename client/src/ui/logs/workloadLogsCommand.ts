// "Podwright: Show Workload Logs": every pod of a Deployment, StatefulSet, DaemonSet, ReplicaSet
// or Job (from a manifest document under the cursor or an argument), or of a typed label
// selector, in one log interleaved by time. An argument `{ selector: 'app=web' }` skips the question.
import * as vscode from 'vscode';
import type { ClusterApi, ObjectRef } from '../../cluster/index';
import { openClusterApi, reportClusterError } from '../shared/clusterCall';
import { refFromArgument, refsFromEditor, yamlEditorFor } from '../shared/objectTargets';
import type { Dialogs } from '../shared/dialogs';
import { isEmptySelector, parseLabelSelector, selectorText, type LabelSelector } from '../../core/kube/labelSelector';
import { resourceLabel } from '../../core/apply/resourceLabel';
import { boundedInteger } from '../../models/logs/logSettings';
import type { WorkloadLogOptions } from '../../models/logs/workloadLogSession';
import type { PodwrightCommand } from '../command';
import { POD_TEMPLATE_KINDS } from '../../core/kube/workloadKinds';
import { localize } from '../shared/localize';

/** Workloads whose pods a selector chooses (CronJob's come from its Jobs). */
const WORKLOAD_KINDS = [...POD_TEMPLATE_KINDS];

function workloadOptions(): WorkloadLogOptions {
  const config = vscode.workspace.getConfiguration('podwright.logs');
  const tail = boundedInteger(config.get('tailLines'), 1000, 0, 1_000_000);
  return {
    maxLines: boundedInteger(config.get('maxLines'), 10_000, 100, 1_000_000),
    ...(tail > 0 ? { tailLines: tail } : {}),
    timestamps: config.get<boolean>('timestamps') === true,
  };
}

function selectorArgument(arg: unknown): string | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const selector = (arg as { selector?: unknown }).selector;
  return typeof selector === 'string' && selector.trim() !== '' ? selector.trim() : undefined;
}

async function askSelector(dialogs: Dialogs, api: ClusterApi): Promise<string | undefined> {
  return dialogs.input({
    id: 'workload-log-selector',
    prompt: vscode.l10n.t(
      'Logs of the pods a label selector selects, as kubectl -l takes it (for example app=web), in namespace "{0}" of context "{1}"',
      api.namespace,
      api.context,
    ),
    validate: (value: string) => {
      if (value.trim() === '') return vscode.l10n.t('Type a selector: all pods of a namespace would be too many to follow.');
      const parsed = parseLabelSelector(value.trim());
      return parsed.ok ? undefined : vscode.l10n.t('Not a label selector: {0}', parsed.error);
    },
  });
}

/** The selector and title of a workload; undefined (after saying why) for other kinds. */
async function workloadSelector(dialogs: Dialogs, api: ClusterApi, ref: ObjectRef): Promise<string | undefined> {
  if (!WORKLOAD_KINDS.includes(ref.kind)) {
    void dialogs.notify({
      id: 'workload-logs-kind',
      severity: 'warning',
      message: localize(
        'Podwright shows the logs of workloads ({0}); {1} is not one of them. Use "Show Logs" for a pod.',
        WORKLOAD_KINDS.join(', '),
        resourceLabel(ref),
      ),
    });
    return undefined;
  }
  const object = await api.get(ref);
  const written = (object.spec as { selector?: unknown } | undefined)?.selector;
  // A ReplicationController's selector is a plain label map; the others are label selectors.
  const selector = (ref.kind === 'ReplicationController' && written ? { matchLabels: written } : written) as LabelSelector | undefined;
  if (!selector || isEmptySelector(selector)) {
    void dialogs.notify({
      id: 'workload-logs-selector',
      severity: 'warning',
      message: vscode.l10n.t('{0} has no pod selector to follow.', resourceLabel(ref)),
    });
    return undefined;
  }
  return selectorText(selector);
}

export const showWorkloadLogs: PodwrightCommand = {
  id: 'podwright.showWorkloadLogs',
  run: async (context, arg?: unknown) => {
    const api = await openClusterApi(context, 'showWorkloadLogs');
    if (!api) return undefined;
    try {
      let label: string;
      let selector = selectorArgument(arg);
      let namespace = api.namespace;
      if (selector !== undefined) {
        label = selector;
      } else {
        const editor = yamlEditorFor(arg);
        const ref = refFromArgument(arg) ?? (editor ? refsFromEditor(editor, api, false)[0] : undefined);
        if (ref) {
          selector = await workloadSelector(context.dialogs, api, ref);
          label = resourceLabel(ref);
          namespace = ref.namespace ?? api.namespace;
        } else {
          selector = (await askSelector(context.dialogs, api))?.trim();
          label = selector ?? '';
        }
      }
      if (!selector) return undefined;
      const editor = await context.podViews.logs.openWorkload(api, { context: api.context, namespace, label, selector }, workloadOptions());
      return editor.document.uri;
    } catch (error) {
      reportClusterError(context, error, 'showWorkloadLogs');
      return undefined;
    }
  },
};
