// Small text edits that quick fixes make in YAML: replace a scalar keeping its quotes, add a key
// next to an existing one with the same indentation. Offsets are those of the parsed text.
import { isMap, type Node, type Pair, type YAMLMap } from 'yaml';

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}

/** Replaces a scalar's text with `value`, keeping single or double quotes if it had them. */
export function replaceScalar(text: string, node: Node, value: string): TextEdit | undefined {
  const range = rangeOf(node);
  if (!range) return undefined;
  const [start, end] = range;
  const quote = text[start];
  if ((quote === '"' || quote === "'") && text[end - 1] === quote) {
    return { start, end, newText: `${quote}${value}${quote}` };
  }
  return { start, end, newText: value };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Adds `line` (e.g. `imagePullPolicy: IfNotPresent`) as a new entry right after `pair` in `map`,
 * on its own line with the same indentation as the pair's key (inline for flow maps).
 */
export function insertAfterPair(text: string, map: YAMLMap, pair: Pair, line: string): TextEdit | undefined {
  const keyRange = rangeOf(pair.key);
  if (!keyRange) return undefined;
  const valueRange = rangeOf(pair.value) ?? keyRange;
  if (map.flow) return { start: valueRange[1], end: valueRange[1], newText: `, ${line}` };
  let at = text.indexOf('\n', valueRange[1]);
  if (at < 0) at = text.length;
  else if (text[at - 1] === '\r') at--;
  const indent = ' '.repeat(keyRange[0] - lineStartOf(text, keyRange[0]));
  return { start: at, end: at, newText: `${eolOf(text)}${indent}${line}` };
}

/**
 * Adds `entry` as the first entry of a non-empty block map, indented like the entry it goes
 * before. `entry` may span lines (`labels:\n  app: web`); each line gets the map's indentation.
 * For a flow map, `flowEntry` is inserted instead (when given).
 */
export function insertFirstEntry(text: string, map: unknown, entry: string, flowEntry: string | undefined = entry): TextEdit | undefined {
  if (!isMap(map)) return undefined;
  const first = map.items[0];
  const keyRange = rangeOf(first?.key);
  if (!keyRange) return undefined;
  const start = keyRange[0];
  if (map.flow) return flowEntry !== undefined && !flowEntry.includes('\n') ? { start, end: start, newText: `${flowEntry}, ` } : undefined;
  const eol = eolOf(text);
  const indent = ' '.repeat(start - lineStartOf(text, start));
  return { start, end: start, newText: `${entry.split('\n').join(`${eol}${indent}`)}${eol}${indent}` };
}
