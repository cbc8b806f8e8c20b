// Output of `podwright check`: compiler-style text lines with a closing summary, or one JSON array.
import type { Language } from '../service/settings';
import type { Problem } from './check';

/** `path:line:col: severity code: message`, one line per problem (messages are folded to one line). */
export function formatTextLine(problem: Problem): string {
  const message = problem.message.replace(/\s*\n\s*/g, ' ');
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity} ${problem.code}: ${message}`;
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function formatSummary(problems: readonly Problem[], fileCount: number, language: Language = 'en'): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (language === 'ko') return `파일 ${fileCount}개에서 오류 ${errors}개, 경고 ${warnings}개`;
  return `${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')} in ${count(fileCount, 'file', 'files')}`;
}

export function formatText(problems: readonly Problem[], fileCount: number, language: Language = 'en'): string {
  return [...problems.map(formatTextLine), formatSummary(problems, fileCount, language)].join('\n') + '\n';
}

/** One JSON array; the keys are part of the CLI's interface. */
export function formatJson(problems: readonly Problem[]): string {
  const records = problems.map((p) => ({
    file: p.file,
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    severity: p.severity,
    code: p.code,
    message: p.message,
  }));
  return JSON.stringify(records, null, 2) + '\n';
}
