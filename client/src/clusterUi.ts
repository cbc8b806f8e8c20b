// The VS Code side of cluster access, created once at activation: the virtual documents (diff,
// describe, live YAML, events), the apply diagnostics, the pending apply decision and the context
// status bar item. Commands receive it as `PodwrightContext.clusterUi`.
import * as vscode from 'vscode';
import { ApplyDiagnostics } from './ui/apply/applyDiagnostics';
import { ClusterStatus } from './ui/cluster/clusterStatus';
import type { PodwrightBase } from './context';
import { DescribeDocuments } from './ui/objects/describeDocuments';
import { DiffDocuments } from './ui/apply/diffDocuments';
import { EventDocuments } from './ui/events/eventDocuments';
import { LiveYamlDocuments } from './ui/objects/liveYamlDocuments';
import { PendingApply } from './ui/apply/pendingApply';
import { UsageReader } from './models/metrics/usageReader';

export interface ClusterUi extends vscode.Disposable {
  readonly output: vscode.LogOutputChannel;
  readonly diffs: DiffDocuments;
  readonly describes: DescribeDocuments;
  readonly liveYaml: LiveYamlDocuments;
  readonly events: EventDocuments;
  /** Pod usage from metrics.k8s.io, shared by tooltips, describe and the diagnosis page. */
  readonly usage: UsageReader;
  readonly applyDiagnostics: ApplyDiagnostics;
  readonly status: ClusterStatus;
  /** The apply decision waiting in the diff's title bar, if any. */
  readonly pendingApply: PendingApply;
}

export function createClusterUi(base: PodwrightBase): ClusterUi {
  const usage = new UsageReader((name) =>
    base.server.output.info(
      vscode.l10n.t(
        'Context "{0}" serves no metrics API (metrics.k8s.io); Podwright will not ask it for cpu and memory use again in this window. Install metrics-server to see them.',
        name,
      ),
    ),
  );
  const parts = {
    output: base.server.output,
    diffs: new DiffDocuments(),
    describes: new DescribeDocuments(base.cluster, usage),
    liveYaml: new LiveYamlDocuments(base.cluster),
    events: new EventDocuments(base.cluster),
    usage,
    applyDiagnostics: new ApplyDiagnostics(),
    status: new ClusterStatus(base.cluster),
    pendingApply: new PendingApply(),
  };
  return {
    ...parts,
    dispose: () => {
      for (const part of [
        parts.diffs,
        parts.describes,
        parts.liveYaml,
        parts.events,
        parts.applyDiagnostics,
        parts.status,
        parts.pendingApply,
      ])
        part.dispose();
    },
  };
}
