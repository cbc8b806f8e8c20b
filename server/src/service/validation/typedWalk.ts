// Walks a document's YAML tree alongside the model, so each rule sees every node with the type the
// API expects there. Rules share this walk instead of each resolving paths on their own.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { decodeType, type FieldType, type ResolvedField, type TypeModel } from '../schema/model';
import type { PathSegment } from '../schema/resolvePath';

export interface TypedNode {
  readonly path: readonly PathSegment[];
  /** The value node (null when the YAML has a key with no value). */
  readonly node: Node | null;
  /** The key of the pair holding this value, when the value sits in a map. */
  readonly keyNode?: Scalar;
  readonly pair?: Pair;
  readonly expected: FieldType;
  /** The named field this value belongs to (for list items: the list's field). */
  readonly field?: ResolvedField;
}

export interface UnknownKey {
  readonly path: readonly PathSegment[];
  readonly keyNode: Scalar;
  readonly pair: Pair;
  readonly ownerTypeId: string;
  readonly ownerNode: YAMLMap;
}

export interface TypedVisitor {
  /** Called for every node whose expected type is known. */
  node?(visit: TypedNode): void;
  /** Called for a map key the owning type does not have. */
  unknownKey?(visit: UnknownKey): void;
}

const MAX_DEPTH = 200;

type Visit = { readonly known: TypedNode } | { readonly unknown: UnknownKey };

// Most rules walk the same document against the same root type: walk once, replay to each rule.
// The validator releases a document's walk once its rules are done, so walks do not pile up in memory.
const walks = new WeakMap<object, Map<string, readonly Visit[]>>();

function collect(model: TypeModel, rootTypeId: string, root: Node | null): readonly Visit[] {
  const visits: Visit[] = [];
  const visit = (node: Node | null, expected: FieldType, path: PathSegment[], extra: Partial<TypedNode>, depth: number): void => {
    visits.push({ known: { path, node, expected, ...extra } });
    if (!node || depth > MAX_DEPTH) return;
    if (expected.kind === 'object' && isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const keyNode = item.key;
        const name = String(keyNode.value);
        const field = model.field(expected.typeId, name);
        const childPath = [...path, name];
        if (!field) {
          // `x-kubernetes-preserve-unknown-fields`: keys beyond the schema's are fine.
          if (model.type(expected.typeId)?.open) continue;
          visits.push({ unknown: { path: childPath, keyNode, pair: item, ownerTypeId: expected.typeId, ownerNode: node } });
          continue;
        }
        visit(item.value as Node | null, field.type, childPath, { keyNode, pair: item, field }, depth + 1);
      }
    } else if (expected.kind === 'map' && isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const childPath = [...path, String(item.key.value)];
        const inherited = extra.field ? { field: extra.field } : {};
        visit(item.value as Node | null, expected.values, childPath, { keyNode: item.key, pair: item, ...inherited }, depth + 1);
      }
    } else if (expected.kind === 'array' && isSeq(node)) {
      node.items.forEach((item, index) => {
        const inherited = extra.field ? { field: extra.field } : {};
        visit(item as Node | null, expected.items, [...path, index], inherited, depth + 1);
      });
    }
  };
  visit(root, decodeType(`#${rootTypeId}`), [], {}, 0);
  return visits;
}

export function walkTyped(model: TypeModel, rootTypeId: string, root: Node | null, visitor: TypedVisitor): void {
  let visits: readonly Visit[] | undefined;
  if (root) {
    let byType = walks.get(root);
    if (!byType) walks.set(root, (byType = new Map<string, readonly Visit[]>()));
    visits = byType.get(rootTypeId);
    if (!visits) byType.set(rootTypeId, (visits = collect(model, rootTypeId, root)));
  } else {
    visits = collect(model, rootTypeId, root);
  }
  for (const entry of visits) {
    if ('known' in entry) visitor.node?.(entry.known);
    else visitor.unknownKey?.(entry.unknown);
  }
}

/** Forgets the cached walks of a document root (called when all rules have run on it). */
export function releaseTypedWalks(root: unknown): void {
  if (typeof root === 'object' && root !== null) walks.delete(root);
}
