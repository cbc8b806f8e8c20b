// One quick fix that sets several fields below a map, in as few insertions as the layout allows:
// missing keys are appended to the nearest map that exists (block or flow, as written), wrong scalars
// are replaced, a list gains the entries it lacks. Comments and the rest of the text stay as they are.
import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { pairOf } from '../../util/yamlAccess';
import { appendToMap, fillEmptyValue, type Edit } from '../yamlEdits';
import { columnOf, contentEnd, isEmptyValue, lineEndOf, spaces } from '../yamlText';
import type { FieldSetting } from './checks/check';

type Leaf = FieldSetting['value'];
type Tree = Map<string | number, Tree | Leaf>;

function isTree(value: Tree | Leaf): value is Tree {
  return value instanceof Map;
}

function scalarText(value: string | number | boolean): string {
  return typeof value === 'string' ? value : String(value);
}

function leafText(value: Leaf): string {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : scalarText(value as string | number | boolean);
}

function blockLines(key: string | number, value: Tree | Leaf): string[] {
  if (!isTree(value)) return [`${key}: ${leafText(value)}`];
  return [`${key}:`, ...[...value].flatMap(([k, v]) => blockLines(k, v).map((line) => `  ${line}`))];
}

function flowEntry(key: string | number, value: Tree | Leaf): string {
  if (!isTree(value)) return `${key}: ${leafText(value)}`;
  return `${key}: {${[...value].map(([k, v]) => flowEntry(k, v)).join(', ')}}`;
}

/** Adds missing entries to a list: after its last item (block) or before `]` (flow). */
function extendSeq(text: string, seq: YAMLSeq, entries: readonly string[]): Edit | undefined {
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (seq.flow) {
    const close = contentEnd(text, seq) - 1;
    if (text[close] !== ']') return undefined;
    const list = entries.map((e) => JSON.stringify(e)).join(', ');
    return { start: close, end: close, newText: `${seq.items.length > 0 ? ', ' : ''}${list}` };
  }
  const start = last?.range?.[0];
  if (start === undefined || !last) return undefined;
  const dash = text.lastIndexOf('-', start);
  if (dash < 0) return undefined;
  const at = lineEndOf(text, Math.max(start, contentEnd(text, last) - 1));
  return { start: at, end: at, newText: entries.map((e) => `\n${spaces(columnOf(text, dash))}- ${e}`).join('') };
}

function setLeaf(text: string, keyNode: Node, value: unknown, want: Leaf, edits: Edit[]): boolean {
  if (Array.isArray(want)) {
    if (isSeq(value)) {
      const missing = want.filter((w) => !value.items.some((item) => isScalar(item) && item.value === w));
      if (missing.length === 0) return true;
      const edit = extendSeq(text, value, missing);
      return edit !== undefined && edits.push(edit) > 0;
    }
    const edit = isEmptyValue(value) ? fillEmptyValue(text, keyNode, value, [leafText(want)]) : undefined;
    return edit !== undefined && edits.push(edit) > 0;
  }
  if (isScalar(value) && value.value === want) return true;
  if (isScalar(value) && value.value !== null && value.range) {
    // Written without quotes: a quoted `"false"` would stay a string.
    edits.push({ start: value.range[0], end: value.range[1], newText: scalarText(want as string | number | boolean) });
    return true;
  }
  const edit = isEmptyValue(value) ? fillEmptyValue(text, keyNode, value, [leafText(want)]) : undefined;
  return edit !== undefined && edits.push(edit) > 0;
}

/** `key: {}` becomes `key:` with the entries as a block below it. */
function fillEmptyFlowMap(text: string, keyNode: Node, map: YAMLMap, lines: readonly string[]): Edit | undefined {
  const keyStart = keyNode.range?.[0];
  const keyEnd = keyNode.range?.[1];
  const valueEnd = map.range?.[1];
  if (keyStart === undefined || keyEnd === undefined || valueEnd === undefined) return undefined;
  const colon = text.indexOf(':', keyEnd);
  if (colon < 0 || colon >= (map.range?.[0] ?? 0)) return undefined;
  const indent = columnOf(text, keyStart) + 2;
  return { start: colon, end: contentEnd(text, map), newText: `:${lines.map((line) => `\n${spaces(indent)}${line}`).join('')}` };
}

function apply(text: string, node: unknown, tree: Tree, edits: Edit[]): boolean {
  if (isSeq(node)) {
    for (const [key, sub] of tree) {
      const item: unknown = typeof key === 'number' ? node.items[key] : undefined;
      if (!isTree(sub) || !apply(text, item, sub, edits)) return false;
    }
    return true;
  }
  if (!isMap(node)) return false;
  const appended: (readonly [string | number, Tree | Leaf])[] = [];
  for (const [key, sub] of tree) {
    const pair = pairOf(node, String(key));
    if (!pair) {
      appended.push([key, sub]);
      continue;
    }
    if (!isTree(sub)) {
      if (!setLeaf(text, pair.key, pair.value, sub, edits)) return false;
      continue;
    }
    const value = pair.value;
    const children = [...sub].flatMap(([k, v]) => blockLines(k, v));
    let edit: Edit | undefined;
    if (isMap(value) && value.flow && value.items.length === 0) edit = fillEmptyFlowMap(text, pair.key, value, children);
    else if (isMap(value) || isSeq(value)) {
      if (!apply(text, value, sub, edits)) return false;
      continue;
    } else if (isEmptyValue(value)) edit = fillEmptyValue(text, pair.key, value, children);
    if (!edit) return false;
    edits.push(edit);
  }
  if (appended.length === 0) return true;
  if (node.items.length === 0) return false;
  const edit = node.flow
    ? appendToMap(text, node, [appended.map(([k, v]) => flowEntry(k, v)).join(', ')])
    : appendToMap(
        text,
        node,
        appended.flatMap(([k, v]) => blockLines(k, v)),
      );
  return edit !== undefined && edits.push(edit) > 0;
}

/**
 * The edits that give `root` every setting (paths from `root`); undefined when the layout is too
 * unusual to edit safely. An insertion where another edit ends joins it, inner entries first.
 */
export function setFieldsEdits(text: string, root: YAMLMap, settings: readonly FieldSetting[]): Edit[] | undefined {
  const tree: Tree = new Map();
  for (const { path, value } of settings) {
    let at = tree;
    path.forEach((segment, i) => {
      if (i === path.length - 1) {
        at.set(segment, value);
        return;
      }
      let next = at.get(segment);
      if (next === undefined || !isTree(next)) at.set(segment, (next = new Map()));
      at = next;
    });
  }
  const edits: Edit[] = [];
  if (!apply(text, root, tree, edits) || edits.length === 0) return undefined;
  const merged: Edit[] = [];
  for (const edit of edits) {
    const same = edit.end === edit.start ? merged.find((m) => m.end === edit.start) : undefined;
    if (same) merged[merged.indexOf(same)] = { ...same, newText: same.newText + edit.newText };
    else merged.push(edit);
  }
  return merged.sort((a, b) => a.start - b.start);
}
