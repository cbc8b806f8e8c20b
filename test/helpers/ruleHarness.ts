// Helpers for rule tests: validate YAML text, pick diagnostics by code, read their ranges as
// [startLine, startChar, endLine, endChar], and apply a quick fix the way an editor would.
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../../server/src/service/document/lineIndex';
import type { DiagnosticFixData } from '../../server/src/service/validation/validate';
import { newService, validate } from './service';

export interface CheckOptions {
  readonly kubernetesVersion?: string;
  readonly language?: 'en' | 'ko';
}

/** Every diagnostic the full service gives for `text`. */
export function diagnose(text: string, options: CheckOptions = {}): Diagnostic[] {
  const service = newService();
  if (options.kubernetesVersion) service.configure({ kubernetesVersion: options.kubernetesVersion });
  if (options.language) service.configure({ language: options.language });
  return validate(service, text);
}

/** The diagnostics with one code. */
export function withCode(text: string, code: string, options: CheckOptions = {}): Diagnostic[] {
  return diagnose(text, options).filter((d) => d.code === code);
}

export function rangeOf(diagnostic: Diagnostic): [number, number, number, number] {
  const { start, end } = diagnostic.range;
  return [start.line, start.character, end.line, end.character];
}

/** The text a diagnostic points at. */
export function textAt(text: string, diagnostic: Diagnostic): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(diagnostic.range.start), lines.offsetAt(diagnostic.range.end));
}

export function fixesOf(diagnostic: Diagnostic): DiagnosticFixData['fixes'] {
  const data = diagnostic.data as DiagnosticFixData | undefined;
  return data?.fixes ?? [];
}

/** Applies the quick fix at `index` (edits may not overlap, as in the LSP). */
export function applyFix(text: string, diagnostic: Diagnostic, index = 0): string {
  const fix = fixesOf(diagnostic)[index];
  if (!fix) throw new Error(`diagnostic "${diagnostic.message}" has no fix #${index}`);
  return applyEdits(text, fix.edits);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const resolved = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const e of resolved) {
    if (e.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Joins lines with \n and a final newline: fixtures read like the files they stand for. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
