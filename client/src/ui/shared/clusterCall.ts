// Opening the cluster API for a command, and reporting cluster errors the same way everywhere:
// the explanation in a notification (with "Switch Context" when another context may help) and the
// server's own words in the output channel.
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import type { PodwrightContext } from '../../context';
import { dialogs } from './dialogs';
import { explainClusterError, suggestsOtherContext } from './explainError';
import { clusterUi } from '../../clusterUi';

const SWITCH_CONTEXT = 'switch-context';

/** Shows an explained cluster error; does not wait for the person to react. */
export function reportClusterError(error: unknown, what: string): void {
  const ui = clusterUi();
  const message = error instanceof Error && error.name === 'OtherContextError' ? error.message : explainClusterError(error);
  ui.output.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  const choices = suggestsOtherContext(error) ? [{ id: SWITCH_CONTEXT, title: vscode.l10n.t('Switch Context') }] : [];
  void dialogs().notify({ id: 'cluster-error', severity: 'error', message, choices }).then((choice) => {
    if (choice === SWITCH_CONTEXT) void vscode.commands.executeCommand('podwright.switchContext');
  });
}

/** The API of Podwright's context and namespace, or undefined after telling the person why not. */
export async function openClusterApi(context: PodwrightContext, what: string): Promise<ClusterApi | undefined> {
  try {
    const api = await context.cluster.api();
    clusterUi().status.noteUse();
    return api;
  } catch (error) {
    clusterUi().status.noteUse();
    reportClusterError(error, what);
    return undefined;
  }
}
