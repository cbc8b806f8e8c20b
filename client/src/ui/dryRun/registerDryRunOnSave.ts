// Activation of dry run on save: wires the feature to the cluster access, the context status bar
// item and the output channel.
import type * as vscode from 'vscode';
import type { ClusterUi } from '../../clusterUi';
import type { PodwrightBase } from '../../context';
import { DryRunOnSave } from './dryRunOnSave';

export function registerDryRunOnSave(base: PodwrightBase, clusterUi: ClusterUi): DryRunOnSave & vscode.Disposable {
  return new DryRunOnSave({
    cluster: base.cluster,
    noteReachability: (problem) => clusterUi.status.noteDryRun(problem),
    output: base.server.output,
  });
}
