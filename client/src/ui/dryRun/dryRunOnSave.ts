// Dry run on save (`podwright.dryRunOnSave`): when the current context matches a pattern, saving a
// Kubernetes manifest sends each object as a server-side dry-run apply and shows the cluster's
// verdicts on their lines. One run per file; a newer save abandons the older one. A cluster that
// cannot be reached stays silent in the editor and says so in the context status bar item.
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import { isDryRunManifest, type FileAccess } from '../../core/dryRun/dryRunFile';
import { manifestDocuments } from '../../core/manifest/manifestDocuments';
import { DryRunRuns } from '../../models/dryRun/dryRunRuns';
import type { ClusterAccess } from '../cluster/clusterAccess';
import { dryRunOnSaveBy, dryRunOnSaveEnabled } from '../shared/clusterSettings';
import { DryRunDiagnostics } from './dryRunDiagnostics';

export interface DryRunOnSaveDeps {
  readonly cluster: ClusterAccess;
  /** Tells the context status bar item that the cluster could not be reached (or could again). */
  readonly noteReachability: (problem: string | undefined) => void;
  readonly output: vscode.LogOutputChannel;
}

const DISK: FileAccess = {
  exists: (path) => existsSync(path),
  read: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

export class DryRunOnSave implements vscode.Disposable {
  readonly diagnostics = new DryRunDiagnostics();
  private readonly runs = new DryRunRuns();
  private readonly subscriptions: vscode.Disposable[];
  /** The newest run per file, so tests and callers can wait for it. */
  private readonly latest = new Map<string, Promise<void>>();

  constructor(private readonly deps: DryRunOnSaveDeps) {
    this.subscriptions = [
      vscode.workspace.onDidSaveTextDocument((document) => this.saved(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.runs.cancel(document.uri.toString());
        this.diagnostics.clear(document.uri);
      }),
      deps.cluster.onDidChange(() => {
        // Verdicts of another context (or kubeconfig) no longer describe the target.
        this.runs.cancel();
        this.diagnostics.clear();
      }),
    ];
  }

  /** The run started by the newest save of this file (resolved when nothing runs). */
  settled(uri: vscode.Uri): Promise<void> {
    return this.latest.get(uri.toString()) ?? Promise.resolve();
  }

  private saved(document: vscode.TextDocument): void {
    const run = this.dryRun(document).catch((error: unknown) => this.deps.output.error(`dry run on save: ${String(error)}`));
    this.latest.set(document.uri.toString(), run);
  }

  private async dryRun(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (!vscode.workspace.isTrusted || !dryRunOnSaveEnabled()) return this.forget(document);
    const text = document.getText();
    if (!isDryRunManifest(key, document.languageId, text, DISK)) return this.forget(document);
    const session = await this.deps.cluster.session().catch(() => undefined);
    const context = session?.contextName;
    if (!context || dryRunOnSaveBy(context) === undefined) return this.forget(document);
    const { manifest, documents, problems } = manifestDocuments(text, []);
    // A document the server cannot take (broken YAML, no name) is the language server's to report.
    const sendable = documents.filter((d) => !problems.some((p) => p.index === d.index));
    if (sendable.length === 0) return this.forget(document);
    let api: ClusterApi;
    try {
      api = await this.deps.cluster.api();
    } catch (error) {
      this.deps.noteReachability(error instanceof Error ? error.message : String(error));
      return;
    }
    const outcome = await this.runs.run(key, api, sendable);
    if (outcome.kind === 'cancelled') return;
    if (outcome.kind === 'unreachable') {
      this.deps.output.warn(`dry run on save (${outcome.context}): ${outcome.message}`);
      this.deps.noteReachability(outcome.message);
      return;
    }
    this.deps.noteReachability(undefined);
    const count = this.diagnostics.show(document.uri, manifest, outcome.context, outcome.verdicts);
    this.deps.output.info(
      `dry run on save of ${vscode.workspace.asRelativePath(document.uri)} on ${outcome.context}/${api.namespace}: ${count} finding(s)`,
    );
  }

  private forget(document: vscode.TextDocument): void {
    this.runs.cancel(document.uri.toString());
    this.diagnostics.clear(document.uri);
  }

  dispose(): void {
    this.runs.cancel();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.diagnostics.dispose();
  }
}
