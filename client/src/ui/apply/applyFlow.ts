// podwright.apply, step by step: read the documents, dry-run them on the server (field manager
// `podwright`), explain refusals (invalid fields become diagnostics on their lines; a conflict
// offers to force), show live vs. result in the diff editor, ask, apply, report per resource.
import * as vscode from 'vscode';
import type { Manifest } from '../../../../server/src/service/manifestKit';
import type { ApplyDocument, ApplyResult, ClusterApi } from '../../cluster/index';
import { openClusterApi, reportClusterError } from '../shared/clusterCall';
import { confirmApply, protectedBy } from '../shared/clusterSettings';
import { explainClusterError } from '../shared/explainError';
import { trackApplied } from '../diagnosis/clusterDiagnostics';
import type { PodwrightContext } from '../../context';
import { planChangesSomething, planDiffTexts, planFromDryRun, type ApplyPlan } from '../../core/apply/applyPlan';
import { reportApplyResults, resultText } from './applyReport';
import { applyQuestion } from './confirmApply';
import { manifestDocuments, type DocumentProblem, type OffsetRange } from '../../core/manifest/manifestDocuments';
import { resourceLabel } from '../../core/apply/resourceLabel';
import { localize } from '../shared/localize';

export const FIELD_MANAGER = 'podwright';

function problemText(document: vscode.TextDocument, problem: DocumentProblem): string {
  const line = document.positionAt(problem.start).line + 1;
  switch (problem.kind) {
    case 'syntax':
      return localize('Document {0} (line {1}) is not valid YAML: {2}', problem.index + 1, line, problem.detail ?? '');
    case 'not-an-object':
      return localize('Document {0} (line {1}) is not a Kubernetes object.', problem.index + 1, line);
    case 'no-identity':
      return localize('Document {0} (line {1}) needs apiVersion, kind and metadata.name to be applied.', problem.index + 1, line);
  }
}

async function dryRun(api: ClusterApi, documents: readonly ApplyDocument[], force: boolean): Promise<ApplyPlan<ApplyResult>> {
  const results = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Checking the apply on context "{0}" (server-side dry run)', api.context),
    },
    () => api.applyDocuments(documents, { dryRun: true, fieldManager: FIELD_MANAGER, force }),
  );
  return planFromDryRun(documents, results, FIELD_MANAGER);
}

/** Offers to force when every refusal is a field-manager conflict; true when the person agreed. */
async function offerForce(context: PodwrightContext, plan: ApplyPlan<ApplyResult>): Promise<boolean> {
  const conflicts = plan.failures.filter((f) => f.error?.kind === 'conflict');
  if (conflicts.length === 0 || conflicts.length !== plan.failures.length) return false;
  const choice = await context.dialogs.ask({
    id: 'force-apply',
    message: vscode.l10n.t('Another field manager owns fields this apply sets.'),
    detail: conflicts.map((c) => `${resourceLabel(c.ref)}: ${explainClusterError(c.error)}`).join('\n'),
    choices: [{ id: 'force', title: vscode.l10n.t('Force Apply') }],
  });
  return choice === 'force';
}

function reportRefusals(
  context: PodwrightContext,
  document: vscode.TextDocument,
  api: ClusterApi,
  plan: ApplyPlan<ApplyResult>,
  manifest: Manifest,
): void {
  const ui = context.clusterUi;
  const count = ui.applyDiagnostics.report(document.uri, manifest, plan.failures);
  const invalid = plan.failures.filter((f) => f.error?.kind === 'invalid');
  for (const failure of plan.failures)
    ui.output.error(
      `dry run on ${api.context}/${api.namespace}: ${resourceLabel(failure.ref)}: ${failure.error?.message ?? failure.outcome}`,
    );
  if (invalid.length > 0 && invalid.length === plan.failures.length) {
    const labels = invalid.map((f) => resourceLabel(f.ref)).join(', ');
    void context.dialogs.notify({
      id: 'apply-invalid',
      severity: 'error',
      message:
        count === 1
          ? vscode.l10n.t(
              'Nothing was applied: the API server of context "{0}" rejected {1} (1 problem marked in the manifest).',
              api.context,
              labels,
            )
          : vscode.l10n.t(
              'Nothing was applied: the API server of context "{0}" rejected {1} ({2} problems marked in the manifest).',
              api.context,
              labels,
              count,
            ),
    });
    return;
  }
  const first = plan.failures.find((f) => f.error) ?? plan.failures[0];
  reportClusterError(context, first?.error ?? new Error(first ? resultText(first) : 'dry run failed'), 'apply (dry run)');
}

export interface ApplyRequest {
  readonly document: vscode.TextDocument;
  /** Non-empty ranges pick the documents they touch; none means the whole file. */
  readonly selections: readonly OffsetRange[];
  /** The editor it was invoked in, brought back to the front after the diff. */
  readonly editor?: vscode.TextEditor;
}

/** Runs the apply; resolves with the results once done (undefined when nothing was applied). */
export async function runApply(context: PodwrightContext, request: ApplyRequest): Promise<readonly ApplyResult[] | undefined> {
  const ui = context.clusterUi;
  const { document } = request;
  const { manifest, documents, problems } = manifestDocuments(document.getText(), request.selections);
  const problem = problems[0];
  if (problem) {
    void context.dialogs.notify({ id: 'apply-problem', severity: 'error', message: problemText(document, problem) });
    return undefined;
  }
  if (documents.length === 0) {
    void context.dialogs.notify({
      id: 'apply-empty',
      severity: 'warning',
      message: vscode.l10n.t('There is no Kubernetes object to apply here.'),
    });
    return undefined;
  }
  const api = await openClusterApi(context, 'apply');
  if (!api) return undefined;
  try {
    let force = false;
    let plan = await dryRun(api, documents, force);
    if (plan.failures.length > 0 && (await offerForce(context, plan))) {
      force = true;
      plan = await dryRun(api, documents, force);
    }
    if (plan.failures.length > 0) {
      reportRefusals(context, document, api, plan, manifest);
      return undefined;
    }
    ui.applyDiagnostics.clear(document.uri);
    const guard = protectedBy(api.context);
    // A protected context is asked about even when nothing changes: the apply still takes field ownership.
    if (guard !== undefined || (planChangesSomething(plan) && confirmApply())) {
      const texts = planDiffTexts(plan);
      const name = plan.entries.length === 1 ? (plan.entries[0]?.ref.name ?? 'apply') : 'apply';
      const diff = await ui.diffs.show(
        name,
        texts.before,
        texts.after,
        vscode.l10n.t('{0}: live ↔ after apply (context "{1}")', name, api.context),
      );
      let choice: string | undefined;
      try {
        // No modal dialog: the diff stays readable while the person decides (title bar or notification).
        choice = await context.clusterUi.pendingApply.decide(
          context.dialogs,
          applyQuestion(api, plan, { protectedBy: guard, force }),
          diff.right,
        );
      } finally {
        // Answered: back to the manifest, which the next command acts on.
        await diff.close();
        if (request.editor) await vscode.window.showTextDocument(request.editor.document, request.editor.viewColumn);
      }
      if (choice !== 'apply') {
        ui.output.info(`apply on ${api.context}/${api.namespace}: cancelled`);
        return undefined;
      }
    }
    const results = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Applying to context "{0}"', api.context) },
      () => api.applyDocuments(documents, { fieldManager: FIELD_MANAGER, force }),
    );
    // A document the server now refuses (it changed in between) is marked like in the dry run.
    const failed = results.filter((r) => r.outcome === 'failed');
    if (failed.some((r) => r.error?.kind === 'invalid')) ui.applyDiagnostics.report(document.uri, manifest, failed);
    reportApplyResults(context, api, results);
    // The applied pods' failures show on the manifest lines at fault ("cluster" diagnostics).
    trackApplied(context.clusterDiagnostics, document, api, results);
    return results;
  } catch (error) {
    reportClusterError(context, error, 'apply');
    return undefined;
  }
}
