// The text edits behind the cluster quick fixes, made on the manifest the person edits (not on the
// live pod): set `imagePullPolicy: IfNotPresent` (replace the value, or add the key after `image:`
// with the container's indentation), and replace a memory limit keeping its quotes. No VS Code.

import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { insertAfterPair, type Manifest, pairOf, replaceScalar, type TextEdit } from '../../../../server/src/service/manifestKit';
import type { PathSegment, QuickFix } from '../diagnosis/types';
import { manifestPathFor } from './locate';

interface Found {
  readonly node: unknown;
  readonly pair?: Pair;
}

/** The node at `path` in a document (with the pair that holds it), or undefined when absent. */
function nodeAtPath(root: unknown, path: readonly PathSegment[]): Found | undefined {
  let found: Found = { node: root };
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = isSeq(found.node) ? found.node.items[segment] : undefined;
      if (item === undefined) return undefined;
      found = { node: item };
    } else {
      const pair = pairOf(found.node, segment);
      if (pair === undefined) return undefined;
      found = { node: pair.value, pair };
    }
  }
  return found;
}

function inFile(start: number, edit: TextEdit | undefined): TextEdit | undefined {
  return edit === undefined ? undefined : { start: start + edit.start, end: start + edit.end, newText: edit.newText };
}

/** `imagePullPolicy: IfNotPresent` in the container at `containerPath`. */
function pullPolicyEdit(text: string, root: unknown, containerPath: readonly PathSegment[], value: string): TextEdit | undefined {
  const container = nodeAtPath(root, containerPath)?.node;
  if (!isMap(container)) return undefined;
  const existing = pairOf(container, 'imagePullPolicy');
  if (existing !== undefined) return isScalar(existing.value) ? replaceScalar(text, existing.value as Node, value) : undefined;
  const map = container;
  const after = pairOf(map, 'image') ?? pairOf(map, 'name') ?? (map.items[map.items.length - 1] as Pair | undefined);
  return after === undefined ? undefined : insertAfterPair(text, map, after, `imagePullPolicy: ${value}`);
}

/** The edit (file offsets) that applies a quick fix to a document of `kind`; undefined when the text no longer fits. */
export function quickFixEdit(manifest: Manifest, documentIndex: number, kind: string, fix: QuickFix): TextEdit | undefined {
  const doc = manifest.documents[documentIndex];
  if (doc === undefined || fix.kind === 'open-previous-logs') return undefined;
  const path = manifestPathFor(kind, fix.target);
  if (path === undefined) return undefined;
  const root = doc.chunk.yaml.contents;
  const text = doc.chunk.text;
  if (fix.kind === 'add-imagePullPolicy') return inFile(doc.start, pullPolicyEdit(text, root, path.slice(0, -1), fix.value));
  const limit = nodeAtPath(root, path)?.node;
  return isScalar(limit) ? inFile(doc.start, replaceScalar(text, limit as Node, fix.value)) : undefined;
}
