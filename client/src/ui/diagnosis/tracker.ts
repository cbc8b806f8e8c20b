// The "cluster" diagnostics of open manifests: while a manifest is tracked (after apply, or on
// request), its pods are watched and every diagnosis is shown on the manifest line at fault,
// updated as the pods change, removed when a pod recovers or is deleted, and all cleared when the
// manifest is closed or tracking stops.
import * as vscode from 'vscode';
import { parseManifest } from '../../../../server/src/service/manifestKit';
import { plainMessage } from '../../../../protocol/index';
import type { ClusterApi } from '../../cluster/index';
import { explainClusterError } from '../shared/explainError';
import type { Severity } from '../../core/diagnosis/types';
import { affectsExplanationLanguage, explanationLanguage } from './language';
import { manifestWorkloads, type ManifestWorkload } from '../../core/manifest/manifestWorkloads';
import { placeDiagnoses, type PlacedDiagnosis } from '../../core/manifest/place';
import { ManifestPodWatcher, type WatchedPod } from '../../models/podWatching/podWatcher';

export const CLUSTER_SOURCE = 'cluster';

interface Tracking {
  readonly uri: vscode.Uri;
  readonly api: ClusterApi;
  readonly watcher: ManifestPodWatcher;
  readonly pods: Map<string, WatchedPod>;
  readonly workloads: readonly ManifestWorkload[];
  placed: { diagnostic: vscode.Diagnostic; placed: PlacedDiagnosis }[];
  stoppedWarned: boolean;
  /** Shown in an editor tab at some point: closing the last such tab ends the tracking. */
  inTab: boolean;
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

// One plain sentence a learner reads at the line: what went wrong, and for a workload which pod.
// The remedy is the quick fix, the evidence is on the Diagnose page; related information would
// only point back at this same line.
function messageOf(placed: PlacedDiagnosis): string {
  const { diagnosis, pods, workload } = placed;
  const first = pods[0]?.name ?? '';
  const title = plainMessage(diagnosis.title);
  const head =
    workload.kind === 'Pod'
      ? title
      : pods.length > 1
        ? vscode.l10n.t('{0} (pod {1} and {2} more)', title, first, pods.length - 1)
        : vscode.l10n.t('{0} (pod {1})', title, first);
  return head;
}

export class ClusterDiagnosticsTracker implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(CLUSTER_SOURCE);
  private readonly tracked = new Map<string, Tracking>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a tracked manifest's cluster diagnostics were recomputed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {
    this.subscriptions.push(
      this.collection,
      this.changed,
      vscode.workspace.onDidCloseTextDocument((document) => this.untrack(document.uri)),
      vscode.window.tabGroups.onDidChangeTabs(() => this.untrackClosedTabs()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.tracked.has(event.document.uri.toString())) this.render(event.document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsExplanationLanguage(event)) for (const t of this.tracked.values()) t.watcher.refresh();
      }),
    );
  }

  /** Starts (or restarts) watching the pods of these workloads of the document; resolves once the watches are open. */
  async track(document: vscode.TextDocument, api: ClusterApi, workloads: readonly ManifestWorkload[]): Promise<void> {
    this.untrack(document.uri);
    if (workloads.length === 0) return;
    const key = document.uri.toString();
    const pods = new Map<string, WatchedPod>();
    const watcher = new ManifestPodWatcher(
      api,
      workloads,
      {
        onPod: (podKey, state) => {
          if (state === undefined) pods.delete(podKey);
          else pods.set(podKey, state);
          if (this.tracked.get(key)?.watcher === watcher) this.render(document.uri);
        },
        onError: (error, willRetry) => this.onWatchError(key, error, willRetry),
      },
      { language: explanationLanguage },
    );
    const tracking: Tracking = { uri: document.uri, api, watcher, pods, workloads, placed: [], stoppedWarned: false, inTab: false };
    this.tracked.set(key, tracking);
    this.untrackClosedTabs();
    this.output.info(
      `cluster diagnostics: watching ${workloads.map((w) => `${w.kind} ${w.namespace}/${w.name}`).join(', ')} on ${api.context} for ${document.uri.toString(true)}`,
    );
    try {
      await watcher.start();
    } catch (error) {
      this.untrack(document.uri);
      throw error;
    }
  }

  /** Workloads of a document, in the namespace a manifest without one goes to. */
  workloadsOf(document: vscode.TextDocument, api: ClusterApi): ManifestWorkload[] {
    return manifestWorkloads(parseManifest(document.getText()), api.namespace);
  }

  isTracking(uri: vscode.Uri): boolean {
    return this.tracked.has(uri.toString());
  }

  /** The workloads a manifest is tracked for, and through which API. */
  trackedWorkloads(uri: vscode.Uri): { api: ClusterApi; workloads: readonly ManifestWorkload[] } | undefined {
    const tracking = this.tracked.get(uri.toString());
    return tracking === undefined ? undefined : { api: tracking.api, workloads: tracking.workloads };
  }

  /** The pods of a tracked manifest seen so far, with the API they were read through. */
  trackedPods(uri: vscode.Uri): { api: ClusterApi; pods: WatchedPod[] } | undefined {
    const tracking = this.tracked.get(uri.toString());
    return tracking === undefined ? undefined : { api: tracking.api, pods: [...tracking.pods.values()] };
  }

  untrack(uri: vscode.Uri): void {
    const key = uri.toString();
    const tracking = this.tracked.get(key);
    if (!tracking) return;
    tracking.watcher.stop();
    this.tracked.delete(key);
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  /** The finding behind one of our diagnostics (code actions receive copies, so match by range and message). */
  placedFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): { api: ClusterApi; placed: PlacedDiagnosis } | undefined {
    const tracking = this.tracked.get(uri.toString());
    const found = tracking?.placed.find((p) => p.diagnostic.range.isEqual(diagnostic.range) && p.diagnostic.message === diagnostic.message);
    return tracking && found ? { api: tracking.api, placed: found.placed } : undefined;
  }

  private render(uri: vscode.Uri): void {
    const tracking = this.tracked.get(uri.toString());
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!tracking || !document) return;
    const placed = placeDiagnoses(parseManifest(document.getText()), tracking.api.namespace, tracking.pods.values());
    tracking.placed = placed.map((p) => {
      const range = new vscode.Range(document.positionAt(p.start), document.positionAt(p.end));
      const diagnostic = new vscode.Diagnostic(range, messageOf(p), SEVERITY[p.diagnosis.severity]);
      diagnostic.source = CLUSTER_SOURCE;
      diagnostic.code = p.diagnosis.code;
      return { diagnostic, placed: p };
    });
    this.collection.set(
      uri,
      tracking.placed.map((p) => p.diagnostic),
    );
    this.changed.fire(uri);
  }

  private onWatchError(key: string, error: unknown, willRetry: boolean): void {
    const tracking = this.tracked.get(key);
    if (!tracking) return;
    this.output.warn(
      `cluster diagnostics (${tracking.api.context}): ${error instanceof Error ? error.message : String(error)}${willRetry ? ' (retrying)' : ''}`,
    );
    if (willRetry || tracking.stoppedWarned) return;
    tracking.stoppedWarned = true;
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'Podwright stopped watching the pods of {0}: {1}',
        vscode.workspace.asRelativePath(tracking.uri),
        explainClusterError(error),
      ),
    );
  }

  private untrackClosedTabs(): void {
    const open = new Set<string>();
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        if (tab.input instanceof vscode.TabInputText) open.add(tab.input.uri.toString());
      }
    }
    for (const tracking of [...this.tracked.values()]) {
      const shown = open.has(tracking.uri.toString());
      if (!shown && tracking.inTab) this.untrack(tracking.uri);
      tracking.inTab ||= shown;
    }
  }

  dispose(): void {
    for (const tracking of [...this.tracked.values()]) this.untrack(tracking.uri);
    for (const s of this.subscriptions) s.dispose();
  }
}
