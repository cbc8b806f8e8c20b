// Activation of dry run on save: wires the feature to the cluster access, the context status bar
// item and the output channel (the one place it reaches the shared cluster UI).
import type * as vscode from 'vscode';
import { clusterUi } from '../../clusterUi';
import type { PodwrightContext } from '../../context';
import { DryRunOnSave } from './dryRunOnSave';

export function registerDryRunOnSave(context: PodwrightContext): DryRunOnSave & vscode.Disposable {
  return new DryRunOnSave({
    cluster: context.cluster,
    noteReachability: (problem) => clusterUi().status.noteDryRun(problem),
    output: context.server.output,
  });
}
