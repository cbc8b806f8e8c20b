// Opening the cluster API for a command, and reporting cluster errors the same way everywhere:
// the explanation in a notification (with "Switch Context" when another context may help) and the
// server's own words in the output channel.
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import type { PodwrightContext } from '../../context';
import { explainClusterError, suggestsOtherContext } from './explainError';

const SWITCH_CONTEXT = 'switch-context';

/** What reporting a cluster error uses: the notice, the output channel and the status item. */
export type ClusterReporting = Pick<PodwrightContext, 'clusterUi' | 'dialogs'>;

/** Shows an explained cluster error; does not wait for the person to react. */
export function reportClusterError(context: ClusterReporting, error: unknown, what: string): void {
  const ui = context.clusterUi;
  const message = error instanceof Error && error.name === 'OtherContextError' ? error.message : explainClusterError(error);
  ui.output.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  const choices = suggestsOtherContext(error) ? [{ id: SWITCH_CONTEXT, title: vscode.l10n.t('Switch Context') }] : [];
  void context.dialogs.notify({ id: 'cluster-error', severity: 'error', message, choices }).then((choice) => {
    if (choice === SWITCH_CONTEXT) void vscode.commands.executeCommand('podwright.switchContext');
  });
}

/** The API of Podwright's context and namespace, or undefined after telling the person why not. */
export async function openClusterApi(context: PodwrightContext, what: string): Promise<ClusterApi | undefined> {
  try {
    const api = await context.cluster.api();
    context.clusterUi.status.noteUse();
    return api;
  } catch (error) {
    context.clusterUi.status.noteUse();
    reportClusterError(context, error, what);
    return undefined;
  }
}
