// The VS Code side of cluster access, created once at activation: the virtual documents (diff,
// describe, live YAML, events), the apply diagnostics and the context status bar item. Commands reach
// them through clusterUi().
import * as vscode from 'vscode';
import { ApplyDiagnostics } from './ui/apply/applyDiagnostics';
import { ClusterStatus } from './ui/cluster/clusterStatus';
import type { PodwrightContext } from './context';
import { DescribeDocuments } from './ui/objects/describeDocuments';
import { DiffDocuments } from './ui/apply/diffDocuments';
import { EventDocuments } from './ui/events/eventDocuments';
import { LiveYamlDocuments } from './ui/objects/liveYamlDocuments';
import { UsageReader } from './models/metrics/usageReader';

export interface ClusterUi {
  readonly output: vscode.LogOutputChannel;
  readonly diffs: DiffDocuments;
  readonly describes: DescribeDocuments;
  readonly liveYaml: LiveYamlDocuments;
  readonly events: EventDocuments;
  /** Pod usage from metrics.k8s.io, shared by tooltips, describe and the diagnosis page. */
  readonly usage: UsageReader;
  readonly applyDiagnostics: ApplyDiagnostics;
  readonly status: ClusterStatus;
}

let current: ClusterUi | undefined;

export function registerClusterUi(context: PodwrightContext): vscode.Disposable {
  const usage = new UsageReader((name) => context.server.output.info(vscode.l10n.t('Context "{0}" serves no metrics API (metrics.k8s.io); Podwright will not ask it for cpu and memory use again in this window. Install metrics-server to see them.', name)));
  const ui: ClusterUi = {
    output: context.server.output,
    diffs: new DiffDocuments(),
    describes: new DescribeDocuments(context.cluster, usage),
    liveYaml: new LiveYamlDocuments(context.cluster),
    events: new EventDocuments(context.cluster),
    usage,
    applyDiagnostics: new ApplyDiagnostics(),
    status: new ClusterStatus(context.cluster),
  };
  current = ui;
  return new vscode.Disposable(() => {
    if (current === ui) current = undefined;
    for (const part of [ui.diffs, ui.describes, ui.liveYaml, ui.events, ui.applyDiagnostics, ui.status]) part.dispose();
  });
}

export function clusterUi(): ClusterUi {
  if (!current) throw new Error('Podwright cluster UI used before activation');
  return current;
}
