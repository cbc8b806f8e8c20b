// The editor side of the failure explainer, created once at activation: the "cluster" diagnostics
// of manifests whose pods are watched, their quick fixes, and the explanation panels. Commands
// receive it as `PodwrightContext.clusterDiagnostics`; podwright.apply calls trackApplied() after applying.
import * as vscode from 'vscode';
import type { ApplyResult, ClusterApi } from '../../cluster/index';
import type { PodwrightBase } from '../../context';
import { DiagnosisPanels } from './diagnosisPanels';
import { ClusterCodeActions } from './codeActions';
import type { ManifestWorkload } from '../../core/manifest/manifestWorkloads';
import { ClusterDiagnosticsTracker } from './tracker';

export interface ClusterDiagnostics extends vscode.Disposable {
  readonly tracker: ClusterDiagnosticsTracker;
  readonly panels: DiagnosisPanels;
  readonly output: vscode.LogOutputChannel;
}

export function createClusterDiagnostics(base: PodwrightBase): ClusterDiagnostics {
  const tracker = new ClusterDiagnosticsTracker(base.server.output);
  const panels = new DiagnosisPanels();
  const actions = vscode.languages.registerCodeActionsProvider(
    { language: 'yaml' },
    new ClusterCodeActions(tracker),
    ClusterCodeActions.metadata,
  );
  const reloads = base.cluster.onDidChange((reason) => {
    if (reason === 'reload') void clearGoneContexts(base, tracker);
  });
  return {
    tracker,
    panels,
    output: base.server.output,
    dispose: () => {
      for (const part of [reloads, actions, panels, tracker]) part.dispose();
    },
  };
}

/**
 * A kubeconfig edit that removed a tracked manifest's context ends its watch for good: its
 * diagnostics would describe pods nobody watches any more, so they are cleared, not left stale.
 */
async function clearGoneContexts(base: PodwrightBase, tracker: ClusterDiagnosticsTracker): Promise<void> {
  const names = await base.cluster.session().then(
    (session) => new Set(session.contexts.map((c) => c.name)),
    () => new Set<string>(),
  );
  for (const document of vscode.workspace.textDocuments) {
    const tracked = tracker.trackedWorkloads(document.uri);
    if (tracked && !names.has(tracked.api.context)) tracker.untrack(document.uri);
  }
}

const APPLIED: ReadonlySet<ApplyResult['outcome']> = new Set(['created', 'configured', 'unchanged']);

function sameWorkload(a: ManifestWorkload, b: ManifestWorkload): boolean {
  return a.kind === b.kind && a.name === b.name && a.namespace === b.namespace;
}

/**
 * After podwright.apply: watches the pods that the applied documents define (added to what the
 * manifest is already tracked for, when it is tracked on the same context), so their failures
 * show on the manifest lines at fault. Returns at once; problems go to the output channel.
 */
export function trackApplied(
  diagnostics: ClusterDiagnostics,
  document: vscode.TextDocument,
  api: ClusterApi,
  results: readonly ApplyResult[],
): void {
  const { tracker, output } = diagnostics;
  const applied = new Set(results.filter((r) => APPLIED.has(r.outcome)).map((r) => r.index));
  const workloads = tracker.workloadsOf(document, api).filter((w) => applied.has(w.documentIndex));
  if (workloads.length === 0) return;
  const earlier = tracker.trackedWorkloads(document.uri);
  const kept =
    earlier !== undefined && earlier.api.context === api.context
      ? earlier.workloads.filter((w) => !workloads.some((n) => sameWorkload(n, w)))
      : [];
  tracker.track(document, api, [...kept, ...workloads]).catch((error: unknown) => {
    output.warn(
      `cluster diagnostics: cannot watch the pods of ${document.uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}
