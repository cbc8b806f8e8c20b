// Puts findings on rendered output back where they came from: on the line of a template, patch,
// resource or values file that is literally the rendered line, else on the source's `kind:` line,
// saying which rendered object and path they concern.
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { Manifest } from '../service/index';
import { nodeAt } from '../service/document/nodeAt';
import { renderMessages } from './renderMessages';
import type { Language } from '../service/settings';

export interface SourceFile {
  readonly uri: string;
  readonly text: string;
  /** Values files only count when their line is the only one of its kind there (`enabled: false` is everywhere). */
  readonly uniqueOnly?: boolean;
}

export interface RenderedObject {
  readonly manifest: Manifest;
  readonly diagnostics: readonly Diagnostic[];
  /** Where its lines may come from, most likely first (the template, or patches before resources). */
  readonly candidates: readonly SourceFile[];
  /** Where findings go that match no literal line (the template, the resource of that kind), else the first candidate. */
  readonly home: SourceFile | undefined;
  /** A place that explains a rendered line no source holds literally (a kustomization's image override). */
  readonly locate?: (renderedLine: string) => { readonly file: SourceFile; readonly line: number } | undefined;
}

/** A line as compared: trimmed, without a list dash, without quotes around a plain value. */
export function normalizeLine(line: string): string {
  return line
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/^-\s+/, '')
    .replace(/:\s+(["'])(.*)\1$/, ': $2');
}

function linesOf(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Whether a rendered line says enough to be found elsewhere (not `-`, `}`, or a lone key of a block). */
function distinctive(normalized: string): boolean {
  return /[A-Za-z0-9]/.test(normalized) && !/^[\w.-]+:$/.test(normalized) && !normalized.includes('{{');
}

function rangeIn(lines: readonly string[], line: number, fragment: string): Range {
  const text = lines[line] ?? '';
  const at = fragment.trim() === '' ? -1 : text.indexOf(fragment);
  if (at >= 0) return { start: { line, character: at }, end: { line, character: at + fragment.length } };
  const start = text.length - text.trimStart().length;
  return { start: { line, character: start }, end: { line, character: text.trimEnd().length } };
}

function identity(manifest: Manifest): { kind: string; name: string } {
  const chunk = manifest.documents[0]?.chunk;
  const name = chunk?.yaml.getIn(['metadata', 'name']);
  return { kind: chunk?.identity.kind ?? 'object', name: typeof name === 'string' ? name : '' };
}

function pathAt(manifest: Manifest, diagnostic: Diagnostic): string {
  const document = manifest.documents[0];
  if (!document) return '';
  const at = nodeAt(document.chunk.yaml.contents, manifest.lines.offsetAt(diagnostic.range.start) - document.start);
  if (!at) return '';
  return at.path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${segment}`)).join('');
}

/** The finding without its fixes and related places: those point into the rendered text, which is nowhere on disk. */
function plain(diagnostic: Diagnostic, range: Range, message: string, source: string): Diagnostic {
  return {
    range,
    message,
    source,
    ...(diagnostic.severity === undefined ? {} : { severity: diagnostic.severity }),
    ...(diagnostic.code === undefined ? {} : { code: diagnostic.code }),
  };
}

/** Each finding of the rendered objects as a diagnostic of a source file, by file URI. */
export function mapFindings(objects: readonly RenderedObject[], source: string, language: Language): Map<string, Diagnostic[]> {
  const byUri = new Map<string, Diagnostic[]>();
  const add = (uri: string, diagnostic: Diagnostic): void => {
    const list = byUri.get(uri) ?? [];
    // Two rendered objects from one template line report the same thing once.
    if (
      !list.some(
        (d) => d.code === diagnostic.code && d.message === diagnostic.message && d.range.start.line === diagnostic.range.start.line,
      )
    )
      list.push(diagnostic);
    byUri.set(uri, list);
  };
  const sourceLines = new Map<string, string[]>();
  const normalizedOf = (file: SourceFile): string[] => {
    let lines = sourceLines.get(file.uri);
    if (!lines) sourceLines.set(file.uri, (lines = linesOf(file.text).map(normalizeLine)));
    return lines;
  };
  for (const object of objects) {
    const rendered = linesOf(object.manifest.text);
    const renderedNormalized = rendered.map(normalizeLine);
    for (const diagnostic of object.diagnostics) {
      const line = diagnostic.range.start.line;
      const wanted = renderedNormalized[line] ?? '';
      const fragmentEnd = diagnostic.range.end.line === line ? diagnostic.range.end.character : (rendered[line] ?? '').length;
      const fragment = (rendered[line] ?? '').slice(diagnostic.range.start.character, fragmentEnd);
      // Which occurrence of this line in the rendered object: the same occurrence in the source.
      const occurrence = renderedNormalized.slice(0, line).filter((l) => l === wanted).length;
      let placed = false;
      if (distinctive(wanted)) {
        for (const file of object.candidates) {
          const normalized = normalizedOf(file);
          const matches = normalized.flatMap((l, i) => (l === wanted ? [i] : []));
          if (matches.length === 0 || (file.uniqueOnly && matches.length > 1)) continue;
          const at = matches[Math.min(occurrence, matches.length - 1)] ?? 0;
          add(file.uri, plain(diagnostic, rangeIn(linesOf(file.text), at, fragment), diagnostic.message, source));
          placed = true;
          break;
        }
      }
      if (placed) continue;
      const { kind, name } = identity(object.manifest);
      const message = renderMessages(language).inRendered(kind, name, pathAt(object.manifest, diagnostic), diagnostic.message);
      const located = object.locate?.(rendered[line] ?? '');
      if (located) {
        add(located.file.uri, plain(diagnostic, rangeIn(linesOf(located.file.text), located.line, ''), message, source));
        continue;
      }
      const home = object.home ?? object.candidates[0];
      if (!home) continue;
      const homeLines = linesOf(home.text);
      const kindLine = Math.max(
        0,
        homeLines.findIndex((l) => /^kind\s*:/.test(l)),
      );
      add(home.uri, plain(diagnostic, rangeIn(homeLines, kindLine, ''), message, source));
    }
  }
  return byUri;
}
