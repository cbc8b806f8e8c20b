// Where parsed YAML nodes are in their document's text, without the trailing blank lines and
// comments the parser counts into a block collection.
import type { Node } from 'yaml';

export type Span = readonly [number, number];

/** The node's text, from its first character to its last non-space one; undefined for nodes without a place. */
export function spanOf(text: string, node: unknown): Span | undefined {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return undefined;
  const start = range[0];
  let end = Math.max(start, range[1]);
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

/** Where the `- ` of a sequence item starts, when the item at `start` has one. */
export function dashBefore(text: string, start: number): number {
  let at = start - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
  return text[at] === '-' ? at : start;
}

/** The span of the document's content: its first to its last non-space character (comments included). */
export function contentSpan(text: string, from = 0): Span | undefined {
  let start = from;
  while (start < text.length && /\s/.test(text[start] ?? '')) start++;
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? [start, end] : undefined;
}
