// The API server's objections to an apply, as diagnostics (source `podwright-apply`) on the
// manifest lines they are about. They describe one version of the text: an edit of the document,
// or an apply that the server accepts, clears them.
import * as vscode from 'vscode';
import { locateCauses, locateField, type ApplyResult } from '../../cluster/index';
import type { Manifest } from '../../../../server/src/service/manifestKit';
import { explainClusterError } from '../shared/explainError';
import { localize } from '../shared/localize';

export const APPLY_DIAGNOSTIC_SOURCE = 'podwright-apply';

function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export class ApplyDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(APPLY_DIAGNOSTIC_SOURCE);
  private readonly subscription = vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.contentChanges.length > 0 && this.collection.has(event.document.uri)) this.collection.delete(event.document.uri);
  });

  /** Shows the objections of invalid documents; returns how many diagnostics there are. */
  report(uri: vscode.Uri, manifest: Manifest, failures: readonly ApplyResult[]): number {
    const diagnostics: vscode.Diagnostic[] = [];
    for (const failure of failures) {
      const error = failure.error;
      if (error?.kind !== 'invalid') continue;
      const located = locateCauses(manifest, failure.index, error.causes);
      for (const { cause, range, exact } of located) {
        const message = exact
          ? localize('The API server rejected {0}: {1}', cause.field, cause.message)
          : localize('The API server rejected {0} (missing here, shown at its parent): {1}', cause.field, cause.message);
        diagnostics.push(this.diagnostic(toRange(range), message, cause.reason));
      }
      if (located.length === 0) {
        // No field to point at: mark the document's `kind:` line with the server's message.
        const where = locateField(manifest, failure.index, 'kind');
        const range = where ? toRange(where.range) : new vscode.Range(0, 0, 0, 0);
        diagnostics.push(this.diagnostic(range, explainClusterError(error), error.status?.reason));
      }
    }
    if (diagnostics.length > 0) this.collection.set(uri, diagnostics);
    else this.collection.delete(uri);
    return diagnostics.length;
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  private diagnostic(range: vscode.Range, message: string, reason: string | undefined): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = APPLY_DIAGNOSTIC_SOURCE;
    if (reason) diagnostic.code = reason;
    return diagnostic;
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
