// Text edits for quick fixes that add or move block YAML while keeping the document's indentation.
// Each returns undefined when the layout is too unusual to edit safely (flow maps, keys sharing a line).
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { columnOf, contentEnd, isEmptyValue, lineEndOf, lineStartOf, reindent, spaces, startsItsLine } from './yamlText';

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

function rangeStart(node: unknown): number | undefined {
  return isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
}

/** Where the key of a map's first entry starts. */
export function firstKeyStart(map: YAMLMap): number | undefined {
  const first = map.items[0];
  return first ? rangeStart(first.key) : undefined;
}

/** Adds entries (unindented block YAML lines) after the last entry of a map. */
export function appendToMap(text: string, map: YAMLMap, lines: readonly string[]): Edit | undefined {
  if (map.flow) {
    // In a flow map only a one-line `key: value` fits.
    const close = contentEnd(text, map) - 1;
    if (lines.length !== 1 || text[close] !== '}') return undefined;
    return { start: close, end: close, newText: `${map.items.length > 0 ? ', ' : ''}${lines[0] ?? ''}` };
  }
  const keyStart = firstKeyStart(map);
  if (keyStart === undefined) return undefined;
  const indent = columnOf(text, keyStart);
  const at = lineEndOf(text, Math.max(keyStart, contentEnd(text, map) - 1));
  return { start: at, end: at, newText: lines.map((line) => `\n${spaces(indent)}${line}`).join('') };
}

/** Gives a key with no value (`spec:`) the value `lines` (from `renderValue`), indented under it. */
export function fillEmptyValue(text: string, keyNode: Node, value: unknown, lines: readonly string[]): Edit | undefined {
  const keyStart = keyNode.range?.[0];
  const keyEnd = keyNode.range?.[1];
  if (keyStart === undefined || keyEnd === undefined || !isEmptyValue(value)) return undefined;
  const valueRange = isScalar(value) ? value.range : undefined;
  const explicit = valueRange && valueRange[1] > valueRange[0] ? valueRange : undefined;
  const single = lines.length === 1 && !(lines[0] ?? '').startsWith('- ') && !/^[\w.-]+:/.test(lines[0] ?? '');
  if (single) {
    if (explicit) return { start: explicit[0], end: explicit[1], newText: lines[0] ?? '' };
    const colon = text.indexOf(':', keyEnd);
    return colon < 0 ? undefined : { start: colon + 1, end: colon + 1, newText: ` ${lines[0] ?? ''}` };
  }
  const indent = columnOf(text, keyStart) + 2;
  const block = lines.map((line) => `\n${spaces(indent)}${line}`).join('');
  if (explicit) return { start: explicit[0], end: explicit[1], newText: block };
  const at = lineEndOf(text, keyEnd);
  return { start: at, end: at, newText: block };
}

/** A block entry's whole lines: from the start of its key's line to the end of its value. */
export interface PairLines {
  readonly start: number;
  readonly end: number;
  readonly keyColumn: number;
  readonly lines: string[];
}

export function pairLines(text: string, pair: Pair): PairLines | undefined {
  const keyStart = rangeStart(pair.key);
  if (keyStart === undefined || !startsItsLine(text, keyStart)) return undefined;
  const valueNode = pair.value as Node | null;
  const keyEnd = (pair.key as Node).range?.[1] ?? keyStart;
  const valueEnd = valueNode && valueNode.range ? contentEnd(text, valueNode) : keyEnd;
  const start = lineStartOf(text, keyStart);
  const end = lineEndOf(text, Math.max(keyEnd, valueEnd - 1));
  return { start, end, keyColumn: keyStart - start, lines: text.slice(start, end).split('\n') };
}

/** Deletes whole lines [start, end) together with one adjoining line break. */
export function deleteLines(text: string, start: number, end: number): Edit {
  if (text[end] === '\n') return { start, end: end + 1, newText: '' };
  if (text.slice(end, end + 2) === '\r\n') return { start, end: end + 2, newText: '' };
  return { start: Math.max(0, start - 1), end, newText: '' };
}

/** Moves an entry to the end of a block map, re-indented to that map's level. */
export function moveIntoMap(text: string, pair: Pair, target: YAMLMap): Edit[] | undefined {
  const moved = pairLines(text, pair);
  const keyStart = firstKeyStart(target);
  if (!moved || target.flow || keyStart === undefined) return undefined;
  const insert = appendToMap(text, target, reindent(moved.lines, -moved.keyColumn));
  return insert ? [deleteLines(text, moved.start, moved.end), insert] : undefined;
}

/**
 * Moves an entry under a key that has no value yet (`metadata:`), or makes it the first entry of a
 * list there (`ports:` → `ports:\n  - containerPort: 80`).
 */
export function moveUnderEmptyKey(text: string, pair: Pair, target: Pair, asListEntry = false): Edit[] | undefined {
  const moved = pairLines(text, pair);
  const keyStart = rangeStart(target.key);
  const keyEnd = (target.key as Node | null)?.range?.[1];
  const value = target.value;
  // `ports: ~` has text where the entries would go; leave that to the user.
  const explicit = isScalar(value) && value.range !== undefined && value.range !== null && value.range[1] > value.range[0];
  if (!moved || keyStart === undefined || keyEnd === undefined || !isEmptyValue(value) || explicit) return undefined;
  const indent = columnOf(text, keyStart) + 2;
  let lines = reindent(moved.lines, indent + (asListEntry ? 2 : 0) - moved.keyColumn);
  if (asListEntry) lines = lines.map((line, index) => (index === 0 ? `${spaces(indent)}- ${line.slice(indent + 2)}` : line));
  const at = lineEndOf(text, keyEnd);
  return [deleteLines(text, moved.start, moved.end), { start: at, end: at, newText: lines.map((l) => `\n${l}`).join('') }];
}

/** Wraps an entry in a new parent key written in its place: `name: x` → `metadata:\n  name: x`. */
export function wrapInNewKey(text: string, pair: Pair, parentKey: string): Edit | undefined {
  const moved = pairLines(text, pair);
  if (!moved) return undefined;
  const lines = reindent(moved.lines, 2);
  return { start: moved.start, end: moved.end, newText: [`${spaces(moved.keyColumn)}${parentKey}:`, ...lines].join('\n') };
}

/** Turns a block map into a one-item list: `- ` before its first key, the other lines indented by 2. */
export function mapToListItem(text: string, map: YAMLMap): Edit[] | undefined {
  const keyStart = firstKeyStart(map);
  if (map.flow || keyStart === undefined || !startsItsLine(text, keyStart)) return undefined;
  const edits: Edit[] = [{ start: keyStart, end: keyStart, newText: '- ' }];
  const end = contentEnd(text, map);
  for (let lineStart = text.indexOf('\n', keyStart) + 1; lineStart > 0 && lineStart < end; lineStart = text.indexOf('\n', lineStart) + 1) {
    if (text.slice(lineStart, lineEndOf(text, lineStart)).trim() !== '') edits.push({ start: lineStart, end: lineStart, newText: '  ' });
  }
  return edits;
}

/**
 * Removes one item of a block list with all its lines, from its `- ` to the end of its last value
 * (a comment at the end of that line goes with it). Comment lines above the item and after it stay:
 * they may introduce the next entries. Undefined for flow lists (`[a, b]`) and for an item that does
 * not start its own line after its dash (`- - a`, `- # note`). Removing the only item leaves `key:`.
 */
export function removeSeqItem(text: string, seq: YAMLSeq, index: number): Edit | undefined {
  const item = seq.items[index] as Node | null | undefined;
  const range = item?.range;
  if (seq.flow || !item || !range) return undefined;
  const start = lineStartOf(text, range[0]);
  if (!/^ *- +$/.test(text.slice(start, range[0]))) return undefined;
  return deleteLines(text, start, lineEndOf(text, Math.max(range[0], contentEnd(text, item) - 1)));
}
