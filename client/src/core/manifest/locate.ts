// Where a diagnosis belongs in the manifest text: walks a diagnosis path (`spec.containers[0].image`,
// or the pod-spec path placed in a workload's template) through the parsed YAML of one document
// and returns the span of the key at fault. A field the manifest does not have yet (`missing`, or
// a container index the file does not have) points at the deepest parent that exists. No VS Code.

import { isCollection, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { type Manifest, type ManifestDocument, pairOf } from '../../../../server/src/service/manifestKit';
import { podSpecPathIn } from '../diagnosis/manifestPath';
import type { ManifestTarget, PathSegment } from '../diagnosis/types';

export interface TextSpan {
  /** File offsets (not document offsets). */
  readonly start: number;
  readonly end: number;
  /** False when the path ended early and the span is a parent's. */
  readonly exact: boolean;
}

/** The target's path in a manifest of `kind` (its own path for a Pod, the template path otherwise). */
export function manifestPathFor(kind: string, target: ManifestTarget): PathSegment[] | undefined {
  if (kind === 'Pod') return target.path;
  return target.specPath === undefined ? undefined : podSpecPathIn(kind, target.specPath);
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}

/** A key with its value when the value fits on the line (`image: app`, `command: [a, b]`), else the key. */
function pairSpan(pair: Pair): [number, number] | undefined {
  const key = rangeOf(pair.key);
  if (key === undefined) return undefined;
  const value = rangeOf(pair.value);
  const inline = isScalar(pair.value) || (isCollection(pair.value) && pair.value.flow === true);
  return inline && value !== undefined ? [key[0], value[1]] : key;
}

/** A list item by its first entry (`- name: app`), or the whole scalar item. */
function itemSpan(item: unknown): [number, number] | undefined {
  if (isMap(item)) {
    const first = item.items[0];
    return first === undefined ? rangeOf(item) : pairSpan(first);
  }
  return rangeOf(item);
}

/** The document's `metadata.name` (else its first key): where pod-level findings without a field go. */
function documentAnchor(doc: ManifestDocument): [number, number] | undefined {
  const root = doc.chunk.yaml.contents;
  const name = pairOf(pairOf(root, 'metadata')?.value, 'name');
  if (name !== undefined) return pairSpan(name);
  const first = isMap(root) ? root.items[0] : undefined;
  return first === undefined ? undefined : pairSpan(first);
}

export function locateDocument(manifest: Manifest, documentIndex: number): TextSpan | undefined {
  const doc = manifest.documents[documentIndex];
  const span = doc === undefined ? undefined : documentAnchor(doc);
  return doc === undefined || span === undefined ? undefined : { start: doc.start + span[0], end: doc.start + span[1], exact: false };
}

/** The span of `path` in one document; a path that leaves the text points at its last existing parent. */
export function locatePath(manifest: Manifest, documentIndex: number, path: readonly PathSegment[]): TextSpan | undefined {
  const doc = manifest.documents[documentIndex];
  if (doc === undefined) return undefined;
  let node: unknown = doc.chunk.yaml.contents;
  let span: [number, number] | undefined;
  let exact = true;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = isSeq(node) ? node.items[segment] : undefined;
      if (item === undefined) {
        exact = false;
        break;
      }
      span = itemSpan(item) ?? span;
      node = item;
    } else {
      const pair = pairOf(node, segment);
      if (pair === undefined) {
        exact = false;
        break;
      }
      span = pairSpan(pair) ?? span;
      node = pair.value;
    }
  }
  span ??= documentAnchor(doc);
  return span === undefined ? undefined : { start: doc.start + span[0], end: doc.start + span[1], exact };
}

/** Where a diagnosis target goes in a document of `kind`: its field, its parent, or the document's name. */
export function locateTarget(
  manifest: Manifest,
  documentIndex: number,
  kind: string,
  target: ManifestTarget | undefined,
): TextSpan | undefined {
  const path = target === undefined ? undefined : manifestPathFor(kind, target);
  return path === undefined ? locateDocument(manifest, documentIndex) : locatePath(manifest, documentIndex, path);
}
