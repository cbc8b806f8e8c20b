// "Podwright: Delete from Cluster": the object from a view, the manifest documents under the cursor
// or selection, or a picked pod. Always a modal question naming the context (and saying so when it
// is protected), with the grace period as the choice: the object's default, now (0), or custom.
import * as vscode from 'vscode';
import { resourceLabel } from '../../core/apply/resourceLabel';
import { isClusterError, type ClusterApi, type ObjectRef } from '../../cluster/index';
import { openClusterApi, reportClusterError } from '../shared/clusterCall';
import { protectedBy } from '../shared/clusterSettings';
import { explainClusterError } from '../shared/explainError';
import { resolveTargets } from '../shared/objectTargets';
import type { Dialogs } from '../shared/dialogs';
import type { PodwrightCommand } from '../command';
import { localize } from '../shared/localize';

/** undefined: cancelled; null: the objects' own grace period. */
async function askGracePeriod(dialogs: Dialogs, api: ClusterApi, refs: readonly ObjectRef[]): Promise<number | null | undefined> {
  const labels = refs.map(resourceLabel).join(', ');
  const guard = protectedBy(api.context);
  const message =
    guard !== undefined
      ? localize('Context "{0}" is protected (matches "{1}"). Delete {2} from it?', api.context, guard, labels)
      : localize('Delete {0} from context "{1}"?', labels, api.context);
  const choice = await dialogs.ask({
    id: 'delete',
    message,
    detail: vscode.l10n.t(
      '"Delete" lets each pod stop within its own grace period (terminationGracePeriodSeconds, 30 seconds unless set). "Delete Now" stops it at once (grace period 0).',
    ),
    choices: [
      { id: 'default', title: vscode.l10n.t('Delete') },
      { id: 'now', title: vscode.l10n.t('Delete Now') },
      { id: 'custom', title: vscode.l10n.t('Delete with Grace Period…') },
    ],
  });
  if (choice === 'default') return null;
  if (choice === 'now') return 0;
  if (choice !== 'custom') return undefined;
  const seconds = await dialogs.input({
    id: 'grace-period',
    prompt: vscode.l10n.t('Grace period in seconds'),
    value: '30',
    validate: (value) => (/^\d+$/.test(value.trim()) ? undefined : vscode.l10n.t('Enter a whole number of seconds (0 or more).')),
  });
  return seconds === undefined ? undefined : Number(seconds.trim());
}

async function deleteOne(
  output: vscode.LogOutputChannel,
  api: ClusterApi,
  ref: ObjectRef,
  gracePeriodSeconds: number | null,
): Promise<{ text: string; ok: boolean }> {
  const label = resourceLabel(ref);
  try {
    await api.delete(ref, gracePeriodSeconds === null ? {} : { gracePeriodSeconds });
    return { text: vscode.l10n.t('{0} deleted', label), ok: true };
  } catch (error) {
    if (isClusterError(error) && error.kind === 'not-found')
      return { text: localize('{0} was not found (already deleted?)', label), ok: true };
    output.error(`delete ${label}: ${error instanceof Error ? error.message : String(error)}`);
    return { text: vscode.l10n.t('{0} failed: {1}', label, explainClusterError(error)), ok: false };
  }
}

export const deleteObject: PodwrightCommand = {
  id: 'podwright.delete',
  run: async (context, arg?: unknown) => {
    const api = await openClusterApi(context, 'delete');
    if (!api) return undefined;
    try {
      const refs = await resolveTargets(api, arg, { many: true, title: vscode.l10n.t('Delete a pod') });
      if (refs.length === 0) return undefined;
      const grace = await askGracePeriod(context.dialogs, api, refs);
      if (grace === undefined) return undefined;
      // Namespaces last: deleting one first would take the other objects with it unreported.
      const ordered = [...refs].sort((a, b) => Number(a.kind === 'Namespace') - Number(b.kind === 'Namespace'));
      const outcomes = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Deleting from context "{0}"', api.context) },
        async () => {
          const done: { text: string; ok: boolean }[] = [];
          for (const ref of ordered) done.push(await deleteOne(context.clusterUi.output, api, ref, grace));
          return done;
        },
      );
      for (const outcome of outcomes) context.clusterUi.output.info(`delete on ${api.context}: ${outcome.text}`);
      const failed = outcomes.some((o) => !o.ok);
      void context.dialogs.notify({
        id: 'delete-result',
        severity: failed ? 'error' : 'info',
        message: outcomes.map((o) => o.text).join('; '),
      });
      return outcomes.map((o) => o.text);
    } catch (error) {
      reportClusterError(context, error, 'delete');
      return undefined;
    }
  },
};
