// Reads one YAML flow collection (`{…}` or `[…]`) as text, from its opening bracket on, to learn
// what the cursor is completing inside it. Text rather than the parser: while someone types, the
// collection is usually unclosed and the parse of it says little about what they mean.
import type { PathSegment } from '../schema/resolvePath';

export interface Point {
  readonly line: number;
  readonly character: number;
}

export type FlowTarget =
  /** A key of the flow mapping at `path`; `separator`: text follows that needs a `, ` after the new entry. */
  | {
      readonly kind: 'key';
      readonly path: PathSegment[];
      readonly prefix: string;
      readonly column: number;
      readonly present: ReadonlySet<string>;
      readonly separator: boolean;
    }
  /** An item of the flow sequence at `path`. */
  | { readonly kind: 'item'; readonly path: PathSegment[]; readonly prefix: string; readonly column: number; readonly separator: boolean }
  /** The value of `key` (path ends with it); `end` is where the value already typed ends on the cursor line. */
  | {
      readonly kind: 'value';
      readonly path: PathSegment[];
      readonly key: string;
      readonly prefix: string;
      readonly column: number;
      readonly end: number;
      readonly keyStart: Point;
      readonly present: ReadonlySet<string>;
    }
  /** Inside the collection, somewhere nothing is offered (a quoted string, a comment, after a finished value). */
  | { readonly kind: 'none' };

/** The collection reached the cursor, or it ended (closed or abandoned) and block text resumes at `line`. */
export type FlowScan = { readonly state: 'cursor'; readonly target: FlowTarget } | { readonly state: 'ended'; readonly line: number };

interface Frame {
  readonly kind: 'map' | 'seq';
  /** Undefined where we do not follow the structure (complex keys, implicit pairs in sequences). */
  path: PathSegment[] | undefined;
  readonly keys: Set<string>;
  index: number;
  key: string | undefined;
  keyStart: Point;
  afterColon: boolean;
  /** The current entry's value is a finished collection or quoted scalar. */
  valueDone: boolean;
}

interface Token {
  text: string;
  readonly line: number;
  readonly start: number;
  endLine: number;
  end: number;
  quoted: boolean;
}

const NONE: FlowScan = { state: 'cursor', target: { kind: 'none' } };
// Deeper nesting is not something people type; stopping there keeps hostile input cheap.
const MAX_DEPTH = 64;
const INDICATOR = new Set([',', '[', ']', '{', '}']);

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/** A later line at or left of `baseIndent` that is not a closing bracket ends an unclosed collection. */
function leftBehind(text: string, line: number, baseIndent: number, cursor: Point, reached: boolean): boolean {
  const indent = text.length - text.trimStart().length;
  const first = text[indent];
  // A cursor in the leading blanks counts as text typed there: a block key at that column.
  const typing = !reached && line === cursor.line && cursor.character <= indent;
  const column = typing ? Math.min(cursor.character, indent) : indent;
  const content = typing || (first !== undefined && first !== '#');
  return content && first !== '}' && first !== ']' && column <= baseIndent;
}

/**
 * Where block text resumes after the collection opening at `open`, read with the same rules as
 * scanFlow but only for brackets, quotes and comments; 'cursor' when the cursor is inside it.
 * Most collections (`emptyDir: {}`, `args: [a, b]`) do not hold the cursor: this keeps them cheap.
 */
export function skipFlow(lines: readonly string[], open: Point, baseIndent: number, cursor: Point): number | 'cursor' {
  let depth = 0;
  let quote: string | undefined;
  for (let l = open.line; l < lines.length && l <= cursor.line; l++) {
    const text = lines[l] ?? '';
    if (l > open.line && !quote && leftBehind(text, l, baseIndent, cursor, false)) return l;
    const limit = l === cursor.line ? Math.min(cursor.character, text.length) : text.length;
    for (let c = l === open.line ? open.character : 0; c < text.length; c++) {
      if (c >= limit && l === cursor.line) return 'cursor';
      const ch = text[c];
      if (quote) {
        if (ch === '\\' && quote === '"') c++;
        else if (ch === quote && quote === "'" && text[c + 1] === "'") c++;
        else if (ch === quote) quote = undefined;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#' && (c === 0 || isSpace(text[c - 1]))) break;
      else if (ch === '{' || ch === '[') {
        if (++depth > MAX_DEPTH) return 'cursor';
      } else if ((ch === '}' || ch === ']') && --depth === 0) return l + 1;
    }
    if (l === cursor.line) return 'cursor';
  }
  return 'cursor';
}

/**
 * Scans the collection opening at `open`; paths in the answer are relative to that collection.
 * `baseIndent` is the indentation of the line it opens on: a later line at or left of it (other
 * than a closing bracket) means the collection was left unclosed and block text goes on there.
 */
export function scanFlow(lines: readonly string[], open: Point, baseIndent: number, cursor: Point): FlowScan {
  const stack: Frame[] = [];
  let token: Token | undefined;
  let quote: string | undefined;
  // Set once the scan passes the cursor.
  let target: FlowTarget | undefined;
  let targetFrame: Frame | undefined;
  let cursorToken: Token | undefined;
  let valueAtCursor = false;
  let separator: boolean | undefined;

  const top = (): Frame | undefined => stack[stack.length - 1];
  const decide = (value: boolean): void => {
    if (target && separator === undefined && stack.length === 1 + stack.indexOf(targetFrame as Frame)) separator = value;
  };
  const finish = (): FlowScan => {
    if (!target || target.kind === 'none') return NONE;
    if (target.kind === 'value') {
      const onLine = cursorToken && cursorToken.endLine === cursor.line ? cursorToken.end : undefined;
      const end = cursorToken ? (onLine ?? (lines[cursor.line] ?? '').trimEnd().length) : target.column;
      return { state: 'cursor', target: { ...target, end: Math.max(end, cursor.character) } };
    }
    return { state: 'cursor', target: { ...target, separator: separator ?? false } };
  };
  const snapshot = (line: string): FlowScan | undefined => {
    const frame = top();
    if (quote || !frame?.path || frame.valueDone) return NONE;
    if (token && (token.quoted || token.line !== cursor.line)) return NONE;
    const prefix = token ? line.slice(token.start, cursor.character) : '';
    if (/\s/.test(prefix)) return NONE;
    const column = token ? token.start : cursor.character;
    cursorToken = token;
    targetFrame = frame;
    if (frame.kind === 'seq') {
      target = { kind: 'item', path: frame.path, prefix, column, separator: false };
    } else if (!frame.afterColon) {
      target = { kind: 'key', path: frame.path, prefix, column, present: frame.keys, separator: false };
    } else {
      if (frame.key === undefined) return NONE;
      valueAtCursor = !token;
      target = {
        kind: 'value',
        path: [...frame.path, frame.key],
        key: frame.key,
        prefix,
        column,
        end: column,
        keyStart: frame.keyStart,
        present: frame.keys,
      };
    }
    return undefined;
  };
  const push = (kind: 'map' | 'seq', at: Point): FlowScan | undefined => {
    if (stack.length >= MAX_DEPTH) return target ? finish() : NONE;
    const parent = top();
    let framePath: PathSegment[] | undefined = [];
    if (parent) {
      if (!parent.path) framePath = undefined;
      else if (parent.kind === 'seq') framePath = [...parent.path, parent.index];
      else framePath = parent.afterColon && parent.key !== undefined ? [...parent.path, parent.key] : undefined;
    }
    stack.push({ kind, path: framePath, keys: new Set(), index: 0, key: undefined, keyStart: at, afterColon: false, valueDone: false });
    token = undefined;
    return undefined;
  };

  for (let l = open.line; l < lines.length; l++) {
    const text = lines[l] ?? '';
    let c = l === open.line ? open.character : 0;
    if (l > open.line && !quote && leftBehind(text, l, baseIndent, cursor, target !== undefined)) {
      return target ? finish() : { state: 'ended', line: l };
    }
    for (; c <= text.length; c++) {
      if (!target && l === cursor.line && c === Math.min(cursor.character, text.length)) {
        const early = snapshot(text);
        if (early) return early;
      }
      const ch = text[c];
      if (ch === undefined) break;
      if (quote && token) {
        if (ch === '\\' && quote === '"') token.text += text[++c] ?? '';
        else if (ch === "'" && quote === "'" && text[c + 1] === "'") token.text += text[++c] ?? '';
        else if (ch === quote) {
          quote = undefined;
          token.endLine = l;
          token.end = c + 1;
        } else token.text += ch;
        continue;
      }
      if (isSpace(ch)) continue;
      if (ch === '#' && (c === 0 || isSpace(text[c - 1]))) {
        if (!target && l === cursor.line && cursor.character > c) return NONE;
        break;
      }
      const frame = top();
      if (ch === '{' || ch === '[') {
        if (frame) decide(true);
        const stop = push(ch === '{' ? 'map' : 'seq', { line: l, character: c });
        if (stop) return stop;
        continue;
      }
      if (!frame) return target ? finish() : { state: 'ended', line: l + 1 };
      if (ch === '}' || ch === ']') {
        decide(false);
        stack.pop();
        token = undefined;
        if (target && frame === targetFrame) return finish();
        const parent = top();
        if (!parent) return target ? finish() : { state: 'ended', line: l + 1 };
        parent.valueDone = true;
        continue;
      }
      if (ch === ',') {
        decide(false);
        token = undefined;
        frame.valueDone = false;
        if (frame.kind === 'seq') frame.index++;
        else {
          frame.afterColon = false;
          frame.key = undefined;
        }
        continue;
      }
      const next = text[c + 1];
      if (ch === ':' && (next === undefined || isSpace(next) || INDICATOR.has(next) || token?.quoted === true)) {
        decide(token !== undefined && token === cursorToken ? false : true);
        if (frame.kind === 'seq') {
          // `[a: b]` is a one-pair mapping as an item; not something we complete into.
          frame.path = undefined;
        } else if (!frame.afterColon) {
          const key = token?.text ?? '';
          if (!token || token !== cursorToken) frame.keys.add(key);
          frame.key = key;
          frame.keyStart = token ? { line: token.line, character: token.start } : { line: l, character: c };
          frame.afterColon = true;
          frame.valueDone = false;
        }
        token = undefined;
        continue;
      }
      if (token && !token.quoted) {
        // A plain scalar goes on, spaces and line breaks folded into one space.
        token.text += (token.endLine === l && token.end === c ? '' : ' ') + ch;
        token.endLine = l;
        token.end = c + 1;
        continue;
      }
      token = { text: ch === '"' || ch === "'" ? '' : ch, line: l, start: c, endLine: l, end: c + 1, quoted: false };
      if (target && valueAtCursor && l === cursor.line && c === cursor.character) cursorToken = token;
      else decide(true);
      if (ch === '"' || ch === "'") {
        quote = ch;
        token.quoted = true;
      }
    }
    // An escape pair can step over the cursor: it is inside a quoted string then.
    if (!target && l === cursor.line) return NONE;
  }
  return target ? finish() : { state: 'ended', line: lines.length };
}
