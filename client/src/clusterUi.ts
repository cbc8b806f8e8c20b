// The VS Code side of cluster access, created once at activation: the virtual documents (diff,
// describe, live YAML), the apply diagnostics and the context status bar item. Commands reach
// them through clusterUi().
import * as vscode from 'vscode';
import { ApplyDiagnostics } from './ui/apply/applyDiagnostics';
import { ClusterStatus } from './ui/cluster/clusterStatus';
import type { PodwrightContext } from './context';
import { DescribeDocuments } from './ui/objects/describeDocuments';
import { DiffDocuments } from './ui/apply/diffDocuments';
import { LiveYamlDocuments } from './ui/objects/liveYamlDocuments';

export interface ClusterUi {
  readonly output: vscode.LogOutputChannel;
  readonly diffs: DiffDocuments;
  readonly describes: DescribeDocuments;
  readonly liveYaml: LiveYamlDocuments;
  readonly applyDiagnostics: ApplyDiagnostics;
  readonly status: ClusterStatus;
}

let current: ClusterUi | undefined;

export function registerClusterUi(context: PodwrightContext): vscode.Disposable {
  const ui: ClusterUi = {
    output: context.server.output,
    diffs: new DiffDocuments(),
    describes: new DescribeDocuments(context.cluster),
    liveYaml: new LiveYamlDocuments(context.cluster),
    applyDiagnostics: new ApplyDiagnostics(),
    status: new ClusterStatus(context.cluster),
  };
  current = ui;
  return new vscode.Disposable(() => {
    if (current === ui) current = undefined;
    for (const part of [ui.diffs, ui.describes, ui.liveYaml, ui.applyDiagnostics, ui.status]) part.dispose();
  });
}

export function clusterUi(): ClusterUi {
  if (!current) throw new Error('Podwright cluster UI used before activation');
  return current;
}
