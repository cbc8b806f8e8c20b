// What to do after applying a Pod: see it in the Pods view, read its logs, port-forward to it.
// Offered on the apply's result when exactly one Pod was applied (more would need a pick first).
import * as vscode from 'vscode';
import type { ApplyResult, ClusterApi } from '../../cluster/index';
import type { Choice } from '../shared/dialogs';
import type { PodTarget } from '../../core/kube/podTarget';

const APPLIED: ReadonlySet<ApplyResult['outcome']> = new Set(['created', 'configured', 'unchanged']);

/** The one Pod the apply created or updated, as the pod commands take it. */
export function appliedPod(api: ClusterApi, results: readonly ApplyResult[]): PodTarget | undefined {
  const pods = results.filter((r) => APPLIED.has(r.outcome) && r.ref.kind === 'Pod' && r.ref.apiVersion === 'v1');
  const pod = pods.length === 1 ? pods[0] : undefined;
  if (!pod) return undefined;
  return { kind: 'Pod', context: api.context, namespace: pod.ref.namespace ?? api.namespace, name: pod.ref.name };
}

const COMMANDS: Readonly<Record<string, string>> = {
  'show-in-pods': 'podwright.showInPods',
  'show-logs': 'podwright.logs',
  'port-forward': 'podwright.portForward',
};

export function nextStepChoices(): Choice[] {
  return [
    { id: 'show-in-pods', title: vscode.l10n.t('Show in Pods') },
    { id: 'show-logs', title: vscode.l10n.t('Show Logs') },
    { id: 'port-forward', title: vscode.l10n.t('Port-forward') },
  ];
}

/** Runs the chosen next step on the pod. */
export function runNextStep(choice: string | undefined, pod: PodTarget): void {
  const command = choice === undefined ? undefined : COMMANDS[choice];
  if (command) void vscode.commands.executeCommand(command, pod);
}
