// Opening the cluster API for a command, and reporting cluster errors the same way everywhere:
// the explanation in a notification (with "Switch Context" when another context may help) and the
// server's own words in the output channel.
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import type { PodwrightContext } from '../../context';
import { explainClusterError, suggestsGettingACluster, suggestsOtherContext } from './explainError';
import { openWalkthroughStep } from './walkthroughSteps';

const SWITCH_CONTEXT = 'switch-context';
const GET_A_CLUSTER = 'get-a-cluster';

/** What reporting a cluster error uses: the notice, the output channel and the status item. */
export type ClusterReporting = Pick<PodwrightContext, 'clusterUi' | 'dialogs'>;

/**
 * Shows an explained cluster error; does not wait for the person to react. `contexts`, when known,
 * is how many contexts the kubeconfig has: with fewer than two there is nothing to switch to.
 */
export function reportClusterError(context: ClusterReporting, error: unknown, what: string, contexts?: number): void {
  const ui = context.clusterUi;
  const message = error instanceof Error && error.name === 'OtherContextError' ? error.message : explainClusterError(error);
  ui.output.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  const choices = [
    ...(suggestsGettingACluster(error) ? [{ id: GET_A_CLUSTER, title: vscode.l10n.t('How to Get a Cluster') }] : []),
    ...(suggestsOtherContext(error, contexts) ? [{ id: SWITCH_CONTEXT, title: vscode.l10n.t('Switch Context') }] : []),
  ];
  void context.dialogs.notify({ id: 'cluster-error', severity: 'error', message, choices }).then((choice) => {
    if (choice === SWITCH_CONTEXT) void vscode.commands.executeCommand('podwright.switchContext');
    if (choice === GET_A_CLUSTER) void openWalkthroughStep('connect');
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
    const contexts = await context.cluster.session().then(
      (session) => session.contexts.length,
      () => undefined,
    );
    reportClusterError(context, error, what, contexts);
    return undefined;
  }
}
