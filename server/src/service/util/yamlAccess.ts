// Guarded reads of parsed YAML. Rules look at documents people are still typing: any value may be
// null, an alias, a flow collection or the wrong kind of node, so every read checks what it got.
import { isMap, isPair, isScalar, isSeq, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/** A map entry whose key is a scalar (the only kind of key the Kubernetes API has). */
export type KeyedPair = Pair<Scalar, unknown>;

/** A scalar known to hold a string value. */
export type StringScalar = Scalar<string>;

/** The first entry of `map` under `key`; undefined when `map` is not a map or has no such key. */
export function pairOf(map: unknown, key: string): KeyedPair | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key) return item as KeyedPair;
  }
  return undefined;
}

export function valueOf(map: unknown, key: string): unknown {
  return pairOf(map, key)?.value;
}

export function mapAt(map: unknown, key: string): YAMLMap | undefined {
  const value = valueOf(map, key);
  return isMap(value) ? value : undefined;
}

export function seqAt(map: unknown, key: string): YAMLSeq | undefined {
  const value = valueOf(map, key);
  return isSeq(value) ? value : undefined;
}

export function isStringScalar(node: unknown): node is StringScalar {
  return isScalar(node) && typeof node.value === 'string';
}

/** The scalar under `key` when it holds a string. */
export function stringAt(map: unknown, key: string): StringScalar | undefined {
  const value = valueOf(map, key);
  return isStringScalar(value) ? value : undefined;
}

/** The items of a sequence that are maps, with their index in the sequence. */
export function mapItems(seq: unknown): { map: YAMLMap; index: number }[] {
  if (!isSeq(seq)) return [];
  const out: { map: YAMLMap; index: number }[] = [];
  seq.items.forEach((item, index) => {
    if (isMap(item)) out.push({ map: item, index });
  });
  return out;
}

/** Entries of a map whose keys are scalars, with the key as text. */
export function keyedPairs(map: unknown): { key: string; pair: KeyedPair }[] {
  if (!isMap(map)) return [];
  const out: { key: string; pair: KeyedPair }[] = [];
  for (const item of map.items) {
    const key = isPair(item) ? scalarText(item.key) : undefined;
    if (key !== undefined) out.push({ key, pair: item as KeyedPair });
  }
  return out;
}

/** A scalar's value as text when it is a string or a number (label values, ports written either way). */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
