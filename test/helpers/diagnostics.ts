// Helpers for rule tests: run the whole service on a fixture, pick diagnostics by code, locate the
// text a diagnostic should cover, and apply a quick fix to get the text the user would end up with.
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { LineIndex } from '../../server/src/service/document/lineIndex';
import type { DiagnosticFixData } from '../../server/src/service/validation/validate';
import { newService, validate } from './service';
import { applyEdits, fixesOf as harnessFixesOf } from './ruleHarness';

export function diagnostics(text: string): Diagnostic[] {
  return validate(newService(), text);
}

export function withCode(text: string, code: string): Diagnostic[] {
  return diagnostics(text).filter((d) => d.code === code);
}

/** The range of the `occurrence`-th (1-based) appearance of `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 1): Range {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture has no occurrence ${occurrence} of ${JSON.stringify(needle)}`);
  }
  const lines = new LineIndex(text);
  return { start: lines.positionAt(at), end: lines.positionAt(at + needle.length) };
}

/** The range of `needle` inside the `occurrence`-th appearance of `context` (e.g. the value of one key). */
export function rangeIn(text: string, context: string, needle: string, occurrence = 1): Range {
  const outer = rangeOf(text, context, occurrence);
  const lines = new LineIndex(text);
  const at = text.indexOf(needle, lines.offsetAt(outer.start));
  if (at < 0 || at + needle.length > lines.offsetAt(outer.end))
    throw new Error(`${JSON.stringify(needle)} is not inside ${JSON.stringify(context)}`);
  return { start: lines.positionAt(at), end: lines.positionAt(at + needle.length) };
}

export function fixesOf(diagnostic: Diagnostic | undefined): DiagnosticFixData['fixes'] {
  return diagnostic ? harnessFixesOf(diagnostic) : [];
}

export { applyEdits };

/** Applies the fix with this title (or the preferred one) of a diagnostic. */
export function applyFix(text: string, diagnostic: Diagnostic | undefined, title?: string): string {
  const fixes = fixesOf(diagnostic);
  const fix = title !== undefined ? fixes.find((f) => f.title === title) : (fixes.find((f) => f.preferred) ?? fixes[0]);
  if (!fix) throw new Error(`no fix ${title ?? '(preferred)'} among ${JSON.stringify(fixes.map((f) => f.title))}`);
  return applyEdits(text, fix.edits);
}

/** `text` with each line's common leading indentation removed (fixtures written inline). */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines
    .map((l) => l.slice(common))
    .join('\n')
    .replace(/[ ]+$/, '');
}
