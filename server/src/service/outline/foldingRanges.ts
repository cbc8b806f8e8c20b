// Folding: each document, every block mapping, sequence or block scalar that spans lines (folded
// from its key's line, or its item's dash), and runs of comment lines.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Manifest } from '../document/manifest';
import { contentSpan, dashBefore, spanOf } from './spans';

export function foldingRanges(manifest: Manifest): FoldingRange[] {
  const byStart = new Map<number, FoldingRange>();
  const add = (startLine: number, endLine: number, kind?: string): void => {
    if (endLine <= startLine) return;
    const existing = byStart.get(startLine);
    if (existing && existing.endLine >= endLine) return;
    byStart.set(startLine, { startLine, endLine, ...(kind ? { kind } : {}) });
  };
  const lineOf = (offset: number): number => manifest.lines.positionAt(offset).line;
  for (const document of manifest.documents) {
    const text = document.chunk.text;
    const root = document.chunk.yaml.contents as Node | null;
    const whole = root?.range ? contentSpan(text, root.range[0]) : undefined;
    if (whole) add(lineOf(document.start + whole[0]), lineOf(document.start + whole[1]));
    // From `from` (a key or a dash) to the end of `node`.
    const fold = (from: number, node: unknown): void => {
      const span = spanOf(text, node);
      if (span) add(lineOf(document.start + from), lineOf(document.start + span[1]));
    };
    const walk = (node: unknown, depth: number): void => {
      if (depth > 200) return;
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const key = spanOf(text, pair.key);
          const value = pair.value;
          if (
            key &&
            (isMap(value) || isSeq(value) || (isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED')))
          )
            fold(key[0], value);
          walk(value, depth + 1);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) {
          const span = spanOf(text, item);
          if (span && (isMap(item) || isSeq(item))) fold(dashBefore(text, span[0]), item);
          walk(item, depth + 1);
        }
      }
    };
    walk(root, 0);
  }
  commentRuns(manifest, add);
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/** Two or more comment lines in a row fold as one comment. */
function commentRuns(manifest: Manifest, add: (start: number, end: number, kind?: string) => void): void {
  let runStart = -1;
  for (let line = 0; line <= manifest.lines.lineCount; line++) {
    const isComment = line < manifest.lines.lineCount && /^\s*#/.test(manifest.lines.lineText(line));
    if (isComment && runStart < 0) runStart = line;
    if (!isComment && runStart >= 0) {
      add(runStart, line - 1, FoldingRangeKind.Comment);
      runStart = -1;
    }
  }
}
