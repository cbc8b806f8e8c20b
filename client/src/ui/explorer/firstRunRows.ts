// The explorer's rows when the kubeconfig cannot give it any context (no file, a file it cannot
// read, a file without contexts): what is wrong, naming the files, the ways to get a cluster, and
// a row that opens the walkthrough's "Connect to a cluster" step.
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { needsACluster, type KubeconfigState } from '../../core/kubeconfig/kubeconfigState';
import { kubeconfigTexts } from '../../core/kubeconfig/kubeconfigText';
import { uiLanguage } from '../shared/uiLanguage';
import { WALKTHROUGH_ID } from '../shared/walkthroughSteps';
import { messageNode, type MessageNode } from './explorerNodes';

export function firstRunRows(state: KubeconfigState): MessageNode[] {
  const texts = kubeconfigTexts(state, uiLanguage(), homedir());
  const rows: MessageNode[] = [
    messageNode('root', texts.problem, 'error', texts.problem, 'problem'),
    ...texts.ways.map((way, i) => messageNode('root', way, 'info', way, `way${i}`)),
  ];
  if (needsACluster(state)) {
    const title = vscode.l10n.t('Open "Connect to a cluster" in the Podwright walkthrough');
    rows.push({
      ...messageNode('root', title, 'info', undefined, 'walkthrough'),
      command: {
        command: 'workbench.action.openWalkthrough',
        title,
        arguments: [{ category: WALKTHROUGH_ID, step: `${WALKTHROUGH_ID}#connect` }, false],
      },
    });
  }
  return rows;
}
