// Small text and node helpers the structural rules share: where lines start and end, how a node is
// indented, and whether the parse can be trusted. Offsets are relative to the document chunk.
import { isScalar, type Node } from 'yaml';
import type { ParsedChunk } from '../document/manifest';
import type { DocumentKind } from '../schema/kinds';
import type { RuleContext } from './rule';

/** A key with no value (`spec:`), `~` or `null`: Kubernetes treats these as absent. */
export function isEmptyValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}

/** Offset of the end of the line holding `offset`, before its line break. */
export function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  let end = newline < 0 ? text.length : newline;
  if (end > offset && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** True when only spaces stand between the start of the line and `offset`. */
export function startsItsLine(text: string, offset: number): boolean {
  return /^ *$/.test(text.slice(lineStartOf(text, offset), offset));
}

/** End of a node's text without the trailing line breaks and blank lines the parser includes. */
export function contentEnd(text: string, node: Node): number {
  const [start, end] = node.range ?? [0, 0];
  let e = end;
  while (e > start && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}

/** The node's range, cut at the end of its first line: a whole block map would be too wide a squiggle. */
export function headRange(text: string, node: Node): [number, number] {
  const start = node.range?.[0] ?? 0;
  const end = contentEnd(text, node);
  return [start, Math.min(end, Math.max(lineEndOf(text, start), start + 1))];
}

export function spaces(count: number): string {
  return ' '.repeat(Math.max(0, count));
}

/** Shifts each line right (delta > 0) or left by up to -delta spaces. */
export function reindent(lines: readonly string[], delta: number): string[] {
  if (delta >= 0) return lines.map((line) => (line.trim() === '' ? line : spaces(delta) + line));
  return lines.map((line) => line.replace(new RegExp(`^ {0,${-delta}}`), ''));
}

interface Trouble {
  /** Tabs in indentation: the parser flattened the whole document. */
  readonly wholeDocument: boolean;
  /** Offset ranges [start, end]: each YAML error's own text, and the lines around a swallowed value. */
  readonly regions: readonly [number, number][];
}

const troubles = new WeakMap<ParsedChunk, Trouble>();

/** Where an error really is: a position on a line break belongs to the next line. */
export function errorStart(text: string, position: number): number {
  let at = Math.min(position, text.length);
  while (at < text.length && (text[at] === '\n' || text[at] === '\r')) at++;
  return at;
}

function troubleOf(chunk: ParsedChunk): Trouble {
  let trouble = troubles.get(chunk);
  if (trouble) return trouble;
  const text = chunk.text;
  const regions: [number, number][] = [];
  let wholeDocument = false;
  for (const error of chunk.yaml.errors) {
    if (error.code === 'TAB_AS_INDENT') wholeDocument = true;
    // A finding at the very spot of a YAML error restates it (`// comment` read as a key).
    regions.push([errorStart(text, error.pos[0]), Math.max(error.pos[1], errorStart(text, error.pos[0]))]);
    // A value that runs into the next line (an over-indented key after `name: web`) becomes a map
    // key; the tree around it is the parser's guess. Other errors leave the tree around them sound.
    if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' && error.code !== 'MULTILINE_IMPLICIT_KEY') continue;
    const start = lineStartOf(text, errorStart(text, error.pos[0]));
    const lastLine = lineEndOf(text, Math.max(start, error.pos[1] - 1));
    const next = text.indexOf('\n', lastLine);
    regions.push([start, next < 0 ? text.length : lineEndOf(text, next + 1)]);
  }
  trouble = { wholeDocument, regions };
  troubles.set(chunk, trouble);
  return trouble;
}

/**
 * Near some YAML errors the tree is the parser's guess: an over-indented key turns a value into a
 * map, tabs flatten the whole document. Structural findings there are noise next to the syntax error
 * that explains them, so structural rules check through this: undefined when the document is not
 * worth checking at all, otherwise a context whose report drops findings in the mangled lines.
 */
export function structuralContext(context: RuleContext): (RuleContext & { readonly kind: DocumentKind }) | undefined {
  const kind = context.kind;
  if (!kind) return undefined;
  const trouble = troubleOf(context.document.chunk);
  if (trouble.wholeDocument) return undefined;
  if (trouble.regions.length === 0) return { ...context, kind };
  return {
    ...context,
    kind,
    report(finding) {
      if (!trouble.regions.some(([start, end]) => finding.start >= start && finding.start <= end)) context.report(finding);
    },
  };
}

/** A scalar key's text: `80:` and `true:` are keys too, even if no Kubernetes field is named so. */
export function keyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}
