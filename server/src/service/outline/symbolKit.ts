// Building document symbols from parsed nodes of one document: ranges in file positions, and a
// selection range that always lies inside the symbol's range.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Manifest, ManifestDocument } from '../document/manifest';
import { spanOf, type Span } from './spans';

export interface SymbolKit {
  /** A symbol spanning `whole` (node or span), selected at `name` (node or span; defaults to the whole). */
  symbol(
    name: string,
    kind: SymbolKind,
    whole: unknown,
    selection?: unknown,
    detail?: string,
    children?: DocumentSymbol[],
  ): DocumentSymbol | undefined;
  /** The span of a node in the document's text. */
  span(node: unknown): Span | undefined;
}

const isSpan = (value: unknown): value is Span => Array.isArray(value) && value.length === 2 && typeof value[0] === 'number';

export function symbolKit(manifest: Manifest, document: ManifestDocument): SymbolKit {
  const text = document.chunk.text;
  const span = (node: unknown): Span | undefined => (isSpan(node) ? node : spanOf(text, node));
  const range = ([start, end]: Span) => manifest.lines.rangeOf(document.start + start, document.start + end);
  return {
    span,
    symbol(name, kind, whole, selection, detail, children) {
      const outer = span(whole);
      if (!outer) return undefined;
      let inner = span(selection) ?? outer;
      if (inner[0] < outer[0] || inner[1] > outer[1]) inner = outer;
      return {
        name: name === '' ? '""' : name,
        kind,
        range: range(outer),
        selectionRange: range(inner),
        ...(detail ? { detail } : {}),
        ...(children && children.length > 0 ? { children } : {}),
      };
    },
  };
}

export { SymbolKind };
