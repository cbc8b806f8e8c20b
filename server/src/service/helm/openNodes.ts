// Where a template's insertions land. An insertion writes unknown lines at a column: when a literal
// key or list entry above it sits at that column, the insertion joins that collection (it may add
// any keys to it); when the line above is shallower, it writes the value of that line's key.
import { isCollection, isScalar, isSeq, visit, type Node, type Pair } from 'yaml';
import type { ParsedChunk } from '../document/manifest';

export interface OpenNodes {
  /** Maps and lists that an insertion may add entries to. */
  readonly collections: ReadonlySet<Node>;
  /** Pairs whose value an insertion writes, wholly or in part. */
  readonly producedPairs: ReadonlySet<Pair>;
  /** The pair whose key starts at a chunk offset, and the collection that holds it. */
  pairAt(offset: number): { pair: Pair; parent: Node } | undefined;
}

const cache = new WeakMap<ParsedChunk, OpenNodes>();

/** The columns at which a line's content starts: its indentation, then after each `- `. */
function contentColumns(line: string): number[] {
  const columns: number[] = [];
  let at = line.length - line.trimStart().length;
  columns.push(at);
  while (line[at] === '-' && (line[at + 1] === ' ' || at + 1 === line.length)) {
    at++;
    while (line[at] === ' ') at++;
    columns.push(at);
  }
  return columns;
}

const blank = (line: string): boolean => {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('#');
};

type Target = { readonly join: boolean; readonly offset: number } | 'root';

/** Where the insertion at `offset` writing at column `indent` lands, by the lines above it. */
function targetOf(text: string, offset: number, indent: number): Target {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = text.slice(lineStart, offset);
  for (;;) {
    if (!blank(line)) {
      const columns = contentColumns(line);
      if (columns.includes(indent)) return { join: true, offset: lineStart + indent };
      const innermost = columns[columns.length - 1] ?? 0;
      if (innermost < indent) return { join: false, offset: lineStart + innermost };
    }
    if (lineStart === 0) return 'root';
    const end = lineStart - 1;
    lineStart = text.lastIndexOf('\n', end - 1) + 1;
    line = text.slice(lineStart, end).replace(/\r$/, '');
  }
}

export function openNodesOf(chunk: ParsedChunk): OpenNodes {
  const cached = cache.get(chunk);
  if (cached) return cached;
  const pairs = new Map<number, { pair: Pair; parent: Node }>();
  const items = new Map<number, Node>();
  visit(chunk.yaml, {
    Pair(_key, pair, path) {
      const parent = path[path.length - 1];
      if (isScalar(pair.key) && pair.key.range && parent && isCollection(parent)) pairs.set(pair.key.range[0], { pair, parent });
    },
    Seq(_key, seq) {
      for (const item of seq.items) {
        const node = item as Node | null;
        // An entry's own first character sits after its `- `; the list is what it joins.
        if (node?.range) items.set(node.range[0], seq);
      }
    },
  });
  const collections = new Set<Node>();
  const producedPairs = new Set<Pair>();
  for (const action of chunk.template?.actions ?? []) {
    if (action.kind !== 'insertion') continue;
    const target = targetOf(chunk.text, action.start, action.indent ?? 0);
    if (target === 'root') {
      if (isCollection(chunk.yaml.contents)) collections.add(chunk.yaml.contents);
      continue;
    }
    const pair = pairs.get(target.offset);
    if (target.join) {
      if (pair) collections.add(pair.parent);
      else {
        // `- ` at the column: the line is an entry of a list the insertion extends.
        for (let gap = 1; gap <= 8; gap++) {
          const list = items.get(target.offset + gap);
          if (list && isSeq(list)) {
            collections.add(list);
            break;
          }
        }
      }
    } else if (pair) {
      producedPairs.add(pair.pair);
      if (isCollection(pair.pair.value)) collections.add(pair.pair.value);
    }
  }
  const open: OpenNodes = { collections, producedPairs, pairAt: (offset) => pairs.get(offset) };
  cache.set(chunk, open);
  return open;
}
