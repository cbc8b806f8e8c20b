// Works out what the cursor is completing: a key (and in which mapping) or the value of a key.
import type { Manifest, ManifestDocument } from '../document/manifest';
import type { PathSegment } from '../schema/resolvePath';
import { flowTargetAt } from './flowContext';
import type { FlowTarget, Point } from './flowScan';
import { parentPath, shapeOf } from './lineStructure';

/** Set when the cursor is inside a flow collection (`{…}`, `[…]`): the text around it is one line of flow YAML. */
export interface FlowKeyInfo {
  /** Keys already in the flow mapping (before and after the cursor). */
  readonly present: ReadonlySet<string>;
  /** Another entry follows the cursor, so an inserted entry needs `, ` after it. */
  readonly separator: boolean;
  /** The cursor is at an item of a flow sequence, not at a key of a mapping. */
  readonly listItem: boolean;
}

export interface FlowValueInfo {
  readonly present: ReadonlySet<string>;
  /** Where the key of this value starts, in document lines. */
  readonly keyStart: Point;
}

export interface KeyContext {
  readonly type: 'key';
  /** Path of the mapping the new key goes into. */
  readonly path: PathSegment[];
  /** Column (within the line) where the key starts. */
  readonly column: number;
  /** Text typed so far for the key. */
  readonly prefix: string;
  /** The cursor line opened a list item with a dash. */
  readonly afterDash: boolean;
  /** The cursor line is still blank up to the cursor (no dash, no text). */
  readonly lineEmpty: boolean;
  readonly flow?: FlowKeyInfo;
}

export interface ValueContext {
  readonly type: 'value';
  /** Path of the key whose value is being typed. */
  readonly path: PathSegment[];
  readonly key: string;
  /** Column where the value starts, and the text typed so far. */
  readonly column: number;
  readonly prefix: string;
  /** Where the value already typed ends on the line, when known (flow collections); else the line's end. */
  readonly end?: number;
  readonly flow?: FlowValueInfo;
}

export interface CursorContext {
  readonly document: ManifestDocument;
  /** Lines of the document's own text, and the cursor's line/character within them. */
  readonly lines: readonly string[];
  readonly line: number;
  readonly character: number;
  /** File line of the document's first line. */
  readonly firstLine: number;
  readonly target: KeyContext | ValueContext | undefined;
  /** The document has no content yet (only blank lines, comments or a separator). */
  readonly emptyDocument: boolean;
  /** The cursor is in an item of a `List`: `document.chunk` is that item and paths start from it. */
  readonly inListItem?: boolean;
}

const KEY_PREFIX = /^([A-Za-z0-9_.\-/]*)$/;
const VALUE_LINE = /^(\s*)(-[ \t]+)?([A-Za-z0-9_.\-/"']+)[ \t]*:[ \t]+(.*)$/;

export function cursorContext(manifest: Manifest, document: ManifestDocument, fileLine: number, character: number): CursorContext {
  const firstLine = manifest.lines.positionAt(document.start).line;
  const lines = document.chunk.text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const line = fileLine - firstLine;
  const text = lines[line] ?? '';
  const before = text.slice(0, character);
  const emptyDocument = lines.every((l) => /^\s*(#.*)?$/.test(l) || /^---\s*(#.*)?$/.test(l));
  const base = { document, lines, line, character, firstLine, emptyDocument };

  const flow = flowTargetAt(lines, line, character);
  if (flow) return { ...base, target: flowContextTarget(flow) };

  const valueMatch = VALUE_LINE.exec(before);
  if (valueMatch) {
    const keyColumn = (valueMatch[1]?.length ?? 0) + (valueMatch[2]?.length ?? 0);
    const dashColumn = valueMatch[2] ? valueMatch[1]?.length : undefined;
    const key = (valueMatch[3] ?? '').replace(/^["']|["']$/g, '');
    const prefix = valueMatch[4] ?? '';
    if (prefix.includes('#')) return { ...base, target: undefined };
    const path = [...parentPath(lines, line, keyColumn, dashColumn), key];
    return { ...base, target: { type: 'value', path, key, column: before.length - prefix.length, prefix } };
  }

  const indent = before.length - before.trimStart().length;
  let rest = before.slice(indent);
  let dashColumn: number | undefined;
  let column = indent;
  const dash = /^-[ \t]+/.exec(rest);
  if (dash) {
    dashColumn = indent;
    column = indent + dash[0].length;
    rest = rest.slice(dash[0].length);
  }
  if (!KEY_PREFIX.test(rest)) return { ...base, target: undefined };
  // Text after the cursor that already holds a key means the user is not typing a new key here.
  const after = text.slice(character);
  if (/^\s*[^\s#]/.test(after) && shapeOf(text).key !== undefined && rest === '') return { ...base, target: undefined };
  const path = parentPath(lines, line, column, dashColumn);
  return {
    ...base,
    target: { type: 'key', path, column, prefix: rest, afterDash: dashColumn !== undefined, lineEmpty: before.trim() === '' },
  };
}

function flowContextTarget(flow: FlowTarget): KeyContext | ValueContext | undefined {
  switch (flow.kind) {
    case 'none':
      return undefined;
    case 'value':
      return {
        type: 'value',
        path: flow.path,
        key: flow.key,
        column: flow.column,
        prefix: flow.prefix,
        end: flow.end,
        flow: { present: flow.present, keyStart: flow.keyStart },
      };
    case 'key':
    case 'item':
      if (!KEY_PREFIX.test(flow.prefix)) return undefined;
      return {
        type: 'key',
        path: flow.path,
        column: flow.column,
        prefix: flow.prefix,
        afterDash: false,
        lineEmpty: false,
        flow: { present: flow.kind === 'key' ? flow.present : new Set(), separator: flow.separator, listItem: flow.kind === 'item' },
      };
  }
}
