// Smart selection: from the scalar under the cursor to its pair, the map or list item holding it,
// the pair holding that, and so on up to the document, then the whole file.
import { isMap, isPair, isSeq, type Node } from 'yaml';
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import { documentAt, type Manifest } from '../document/manifest';
import { contentSpan, dashBefore, spanOf, type Span } from './spans';

const contains = (span: Span | undefined, offset: number): span is Span => span !== undefined && span[0] <= offset && offset <= span[1];

/** Spans around `offset`, outermost first. */
function spansAt(text: string, root: unknown, offset: number): Span[] {
  const spans: Span[] = [];
  let node: unknown = root;
  for (let depth = 0; depth < 200 && node; depth++) {
    const own = spanOf(text, node);
    if (!contains(own, offset)) break;
    spans.push(own);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (contains(spanOf(text, p.key), offset) || contains(spanOf(text, p.value), offset)));
      if (!pair) break;
      const key = spanOf(text, pair.key);
      const value = spanOf(text, pair.value);
      if (key) spans.push([key[0], value?.[1] ?? key[1]]);
      if (contains(key, offset)) {
        spans.push(key);
        break;
      }
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items.find((i) => contains(spanOf(text, i), offset));
      const span = spanOf(text, item);
      if (!span) break;
      spans.push([dashBefore(text, span[0]), span[1]]);
      node = item;
    } else {
      break;
    }
  }
  return spans;
}

export function selectionRanges(manifest: Manifest, positions: readonly Position[]): SelectionRange[] {
  const file = contentSpan(manifest.text);
  return positions.map((position) => {
    const offset = manifest.lines.offsetAt(position);
    const chain: Span[] = [];
    if (file) chain.push(file);
    const document = documentAt(manifest, offset);
    if (document) {
      const text = document.chunk.text;
      const root = document.chunk.yaml.contents as Node | null;
      const whole = root?.range ? contentSpan(text, root.range[0]) : undefined;
      const relative = offset - document.start;
      const local = [...(whole ? [whole] : []), ...(root ? spansAt(text, root, relative) : [])];
      for (const [start, end] of local) chain.push([document.start + start, document.start + end]);
    }
    let result: SelectionRange | undefined;
    let previous: Span | undefined;
    for (const span of chain) {
      // Each range must hold the next one in; equal ones add nothing.
      if (previous && (span[0] < previous[0] || span[1] > previous[1])) continue;
      if (previous && span[0] === previous[0] && span[1] === previous[1]) continue;
      if (!(span[0] <= offset && offset <= span[1])) continue;
      result = { range: manifest.lines.rangeOf(span[0], span[1]), ...(result ? { parent: result } : {}) };
      previous = span;
    }
    return result ?? { range: { start: position, end: position } };
  });
}
