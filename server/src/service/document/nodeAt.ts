// Finds what sits at an offset in a parsed document: the key or value node and its path.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';

/** A key or a list index on the way from a document's root to a node. */
export type PathSegment = string | number;

export interface NodeAtOffset {
  /** Path to the key (or list item) at the offset. */
  readonly path: PathSegment[];
  /** Whether the offset is on a key rather than a value. */
  readonly onKey: boolean;
  readonly pair?: Pair;
  /** The scalar under the offset, when there is one. */
  readonly scalar?: Node;
}

function contains(node: { range?: [number, number, number] | null } | null | undefined, offset: number): boolean {
  const range = node?.range;
  return !!range && range[0] <= offset && offset <= range[1];
}

export function nodeAt(root: unknown, offset: number): NodeAtOffset | undefined {
  const path: PathSegment[] = [];
  let node: unknown = root;
  for (let depth = 0; depth < 1000; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (contains(p.key as Node, offset) || contains(p.value as Node, offset)));
      if (!pair || !isScalar(pair.key)) return undefined;
      path.push(String(pair.key.value));
      if (contains(pair.key, offset)) return { path, onKey: true, pair, scalar: pair.key };
      if (isScalar(pair.value)) return { path, onKey: false, pair, scalar: pair.value };
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item as Node, offset));
      if (index < 0) return undefined;
      path.push(index);
      const item = node.items[index];
      if (isScalar(item)) return { path, onKey: false, scalar: item };
      node = item;
    } else {
      return undefined;
    }
  }
  return undefined;
}
