// What the cluster said about the last saved text, as diagnostics (source `podwright-dry-run`):
// each verdict on the line of its field, or of the object's `kind:` when the server named no field
// (or one the manifest lacks, then on its nearest parent). A later save replaces them all.
import * as vscode from 'vscode';
import { locateField } from '../../cluster/index';
import type { Manifest } from '../../../../server/src/service/manifestKit';
import type { Verdict } from '../../core/dryRun/dryRunVerdicts';

export const DRY_RUN_DIAGNOSTIC_SOURCE = 'podwright-dry-run';

function message(verdict: Verdict, context: string): string {
  switch (verdict.kind) {
    case 'warning':
      return vscode.l10n.t('Context "{0}" warns: {1}', context, verdict.text);
    case 'webhook-denied':
    case 'pod-security':
    case 'forbidden':
      return vscode.l10n.t('Context "{0}" would refuse this: {1}', context, verdict.text);
    case 'quota':
      return vscode.l10n.t('Context "{0}" would refuse this, the namespace\'s quota is used up: {1}', context, verdict.text);
    case 'immutable':
      return vscode.l10n.t(
        '{0} cannot change on the existing object in context "{1}": {2}. Delete and recreate the object to change it.',
        verdict.field ?? '',
        context,
        verdict.text,
      );
    case 'invalid':
      return verdict.field
        ? vscode.l10n.t('Context "{0}" rejects {1}: {2}', context, verdict.field, verdict.text)
        : vscode.l10n.t('Context "{0}" rejects this object: {1}', context, verdict.text);
    case 'conflict':
      return vscode.l10n.t(
        '{0} is owned by field manager "{1}" in context "{2}"; applying would conflict (use Apply and choose Force Apply to take it over).',
        verdict.field ?? '',
        verdict.manager ?? '',
        context,
      );
    case 'no-namespace':
      return vscode.l10n.t('Context "{0}" has no such namespace: {1}', context, verdict.text);
    case 'refused':
      return vscode.l10n.t('Context "{0}" would refuse this: {1}', context, verdict.text);
  }
}

function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export class DryRunDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DRY_RUN_DIAGNOSTIC_SOURCE);

  /** Replaces the file's diagnostics with these verdicts; returns how many there are. */
  show(uri: vscode.Uri, manifest: Manifest, context: string, verdicts: readonly Verdict[]): number {
    const diagnostics = verdicts.map((verdict) => {
      const where =
        (verdict.field ? locateField(manifest, verdict.index, verdict.field) : undefined) ?? locateField(manifest, verdict.index, 'kind');
      const range = where ? toRange(where.range) : new vscode.Range(0, 0, 0, 0);
      const severity = verdict.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
      const diagnostic = new vscode.Diagnostic(range, message(verdict, context), severity);
      diagnostic.source = DRY_RUN_DIAGNOSTIC_SOURCE;
      if (verdict.reason) diagnostic.code = verdict.reason;
      return diagnostic;
    });
    if (diagnostics.length > 0) this.collection.set(uri, diagnostics);
    else this.collection.delete(uri);
    return diagnostics.length;
  }

  clear(uri?: vscode.Uri): void {
    if (uri) this.collection.delete(uri);
    else this.collection.clear();
  }

  dispose(): void {
    this.collection.dispose();
  }
}
