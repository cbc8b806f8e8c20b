// The question before an apply: what will change where, naming the context (and saying so loudly
// when it is protected), with the per-resource plan in the detail.
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import type { Question } from '../shared/dialogs';
import type { ApplyPlan, PlanEntry } from '../../core/apply/applyPlan';
import { localize } from '../shared/localize';

function entryLine(entry: PlanEntry): string {
  const line =
    entry.change === 'created'
      ? vscode.l10n.t('{0}: will be created', entry.label)
      : entry.change === 'configured'
        ? vscode.l10n.t('{0}: will be configured', entry.label)
        : vscode.l10n.t('{0}: unchanged', entry.label);
  return entry.awaitsNamespace === undefined
    ? line
    : `${line} ${localize('(after namespace "{0}" is created; the server could not check it in advance)', entry.awaitsNamespace)}`;
}

export function applyQuestion(api: ClusterApi, plan: ApplyPlan, options: { protectedBy: string | undefined; force: boolean }): Question {
  const count = plan.entries.length;
  // Separate singular and plural sentences: "1 resource(s)" reads as a machine's.
  const message =
    options.protectedBy !== undefined
      ? count === 1
        ? vscode.l10n.t(
            'Context "{0}" is protected (matches "{1}"). Apply 1 resource to it, namespace "{2}"?',
            api.context,
            options.protectedBy,
            api.namespace,
          )
        : vscode.l10n.t(
            'Context "{0}" is protected (matches "{1}"). Apply {2} resources to it, namespace "{3}"?',
            api.context,
            options.protectedBy,
            count,
            api.namespace,
          )
      : count === 1
        ? vscode.l10n.t('Apply 1 resource to context "{0}", namespace "{1}"?', api.context, api.namespace)
        : vscode.l10n.t('Apply {0} resources to context "{1}", namespace "{2}"?', count, api.context, api.namespace);
  const detail = [
    ...plan.entries.map(entryLine),
    ...plan.warnings.map((warning) => vscode.l10n.t('Warning from the server: {0}', warning)),
    ...(options.force ? [vscode.l10n.t('Fields owned by other field managers will be taken over (force).')] : []),
  ].join('\n');
  const title = options.force ? vscode.l10n.t('Force Apply') : vscode.l10n.t('Apply');
  return { id: options.force ? 'force-apply' : 'apply', message, detail, choices: [{ id: 'apply', title }] };
}
