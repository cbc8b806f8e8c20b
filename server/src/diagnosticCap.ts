// A file with tens of thousands of problems (a generated manifest, a pasted blob) must not make the
// server serialise tens of megabytes on every keystroke: publish the most severe ones, at most
// `max`, and say that the rest were left out.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';

export const MAX_PUBLISHED_DIAGNOSTICS = 1000;

export function capDiagnostics(diagnostics: Diagnostic[], max = MAX_PUBLISHED_DIAGNOSTICS): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const rank = (d: Diagnostic) => d.severity ?? DiagnosticSeverity.Error;
  const kept = diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort((a, b) => rank(a.diagnostic) - rank(b.diagnostic) || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.diagnostic);
  const notice: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'podwright',
    code: 'too-many-problems',
    message: `This file has ${diagnostics.length} problems; only the ${max} most severe are shown. Fix those (or split the file) to see the rest.`,
  };
  return [notice, ...kept];
}
