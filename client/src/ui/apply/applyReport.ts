// Per-resource results of an apply, in kubectl's words ("pod/web created"), for the notification
// and the output channel.
import * as vscode from 'vscode';
import type { ApplyResult, ClusterApi } from '../../cluster/index';
import { explainClusterError, suggestsOtherContext } from '../shared/explainError';
import type { ClusterReporting } from '../shared/clusterCall';
import { resourceLabel } from '../../core/apply/resourceLabel';
import { appliedPod, nextStepChoices, runNextStep } from './nextSteps';

export function resultText(result: ApplyResult): string {
  const label = resourceLabel(result.ref);
  switch (result.outcome) {
    case 'created':
      return vscode.l10n.t('{0} created', label);
    case 'configured':
      return vscode.l10n.t('{0} configured', label);
    case 'unchanged':
      return vscode.l10n.t('{0} unchanged', label);
    case 'skipped':
      return vscode.l10n.t('{0} skipped', label);
    case 'failed':
      return vscode.l10n.t('{0} failed: {1}', label, explainClusterError(result.error));
  }
}

/** Logs every result and shows them in one notification (an error when any failed). */
export function reportApplyResults(context: ClusterReporting, api: ClusterApi, results: readonly ApplyResult[]): void {
  const output = context.clusterUi.output;
  const where = `${api.context}/${api.namespace}`;
  for (const result of results) {
    const line = `apply on ${where}: ${resultText(result)}`;
    if (result.outcome === 'failed' || result.outcome === 'skipped')
      output.error(result.error ? `${line} (${result.error.message})` : line);
    else output.info(line);
    for (const warning of result.warnings) output.warn(`${resourceLabel(result.ref)}: ${warning}`);
  }
  const failed = results.filter((r) => r.outcome === 'failed' || r.outcome === 'skipped');
  const message = results.map(resultText).join('; ');
  const offerSwitch = failed.some((r) => suggestsOtherContext(r.error));
  // After a Pod is applied, the next things a learner does with it: see it, read it, reach it.
  const pod = failed.length === 0 ? appliedPod(api, results) : undefined;
  const choices = [
    ...(offerSwitch ? [{ id: 'switch-context', title: vscode.l10n.t('Switch Context') }] : []),
    ...(pod ? nextStepChoices() : []),
  ];
  void context.dialogs.notify({ id: 'apply-result', severity: failed.length > 0 ? 'error' : 'info', message, choices }).then((choice) => {
    if (choice === 'switch-context') void vscode.commands.executeCommand('podwright.switchContext');
    else if (pod) runNextStep(choice, pod);
  });
}
