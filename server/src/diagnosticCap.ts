// A file with tens of thousands of problems (a generated manifest, a pasted blob) must not make the
// server serialise tens of megabytes on every keystroke: publish the most severe ones, at most
// `max`, and say that the rest were left out.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Language } from './service/settings';

export const MAX_PUBLISHED_DIAGNOSTICS = 1000;

const NOTICE: Readonly<Record<Language, (total: number, max: number) => string>> = {
  en: (total, max) =>
    `This file has ${total} problems; only the ${max} most severe are shown. Fix those (or split the file) to see the rest.`,
  ko: (total, max) =>
    `이 파일에는 문제가 ${total}개 있어서, 가장 심각한 ${max}개만 보여 줍니다. 나머지를 보려면 보이는 문제를 먼저 고치세요(또는 파일을 나누세요).`,
};

export function capDiagnostics(diagnostics: Diagnostic[], max = MAX_PUBLISHED_DIAGNOSTICS, language: Language = 'en'): Diagnostic[] {
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
    message: NOTICE[language](diagnostics.length, max),
  };
  return [notice, ...kept];
}
