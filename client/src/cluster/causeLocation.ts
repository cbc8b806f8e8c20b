// Maps the field paths of an API server's rejection back to the manifest: the line of the field
// that was wrong, or of its nearest parent when the field is missing (a required value).
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Manifest, Range } from '../../../server/src/service/manifestKit';
import type { InvalidCause } from './errors';
import { parseFieldPath, type FieldStep } from './fieldPath';

export interface CauseLocation {
  readonly cause: InvalidCause;
  /** Where to point in the file (line/character positions of the manifest text). */
  readonly range: Range;
  /** False when the path ends at a field the manifest does not have (it points at the parent). */
  readonly exact: boolean;
}

type Ranged = { range?: [number, number, number] | null };

function scalarText(node: unknown): string | undefined {
  return isScalar(node) ? String(node.value) : undefined;
}

function step(node: unknown, s: FieldStep): { node: unknown; pair?: Pair } | undefined {
  if ('field' in s) {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isPair(p) && scalarText(p.key) === s.field);
    return pair ? { node: pair.value, pair } : undefined;
  }
  if (!isSeq(node)) return undefined;
  if ('index' in s) {
    const item = node.items[s.index];
    return item === undefined ? undefined : { node: item };
  }
  if ('match' in s) {
    const item = node.items.find(
      (candidate) =>
        isMap(candidate) &&
        Object.entries(s.match).every(([k, v]) => {
          const value = candidate.items.find((p) => isPair(p) && scalarText(p.key) === k)?.value;
          // `protocol` is a key field with a default (TCP), so it may be absent in the manifest.
          return value === undefined ? k === 'protocol' && v === 'TCP' : scalarText(value) === String(v);
        }),
    );
    return item === undefined ? undefined : { node: item };
  }
  const item = node.items.find((candidate) => isScalar(candidate) && candidate.value === s.value);
  return item === undefined ? undefined : { node: item };
}

function spanOf(start: Ranged | null | undefined, end: Ranged | null | undefined): [number, number] | undefined {
  const a = start?.range;
  const b = end?.range ?? a;
  return a && b ? [a[0], b[1]] : undefined;
}

/** Locates one field path inside one document of a manifest. */
export function locateField(manifest: Manifest, documentIndex: number, field: string): { range: Range; exact: boolean } | undefined {
  const doc = manifest.documents[documentIndex];
  if (!doc) return undefined;
  let node: unknown = doc.chunk.yaml.contents;
  let span = spanOf(node as Ranged, node as Ranged);
  const steps = parseFieldPath(field);
  let exact = true;
  let advanced = false;
  for (const s of steps) {
    const next = step(node, s);
    if (!next) {
      exact = false;
      break;
    }
    advanced = true;
    // A pair points at its key (and scalar value); a list item at the item.
    const key = next.pair?.key as Node | undefined;
    span = key ? spanOf(key, isScalar(next.node) ? next.node : key) : spanOf(next.node as Ranged, next.node as Ranged);
    node = next.node;
  }
  const root = doc.chunk.yaml.contents;
  if (!advanced && isMap(root)) {
    // Nothing of the path exists: point at the document's first line, not the whole document.
    const first = root.items[0];
    if (first) span = spanOf(first.key, isScalar(first.value) ? first.value : first.key);
  }
  if (!span) return undefined;
  return { range: manifest.lines.rangeOf(doc.start + span[0], doc.start + span[1]), exact };
}

export function locateCauses(manifest: Manifest, documentIndex: number, causes: readonly InvalidCause[]): CauseLocation[] {
  const out: CauseLocation[] = [];
  for (const cause of causes) {
    const found = locateField(manifest, documentIndex, cause.field);
    if (found) out.push({ cause, range: found.range, exact: found.exact });
  }
  return out;
}
