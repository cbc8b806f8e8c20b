// Reads the indentation structure of YAML lines as text, so completion works on documents that are
// half-typed and do not parse into the shape the user means.
import type { PathSegment } from '../schema/resolvePath';

export interface LineShape {
  /** Column of the first non-space character. */
  readonly indent: number;
  /** The line starts with a list dash (`- `). */
  readonly dash: boolean;
  /** Column where the key (or the item content after the dash) starts. */
  readonly keyIndent: number;
  readonly key?: string;
  /** Text after `key:` (trimmed), empty when the value is on the following lines. */
  readonly value: string;
  readonly blank: boolean;
}

const KEY = /^([^\s:#'"{}[\],&*!|>%@`][^:#]*?|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]+(.*)|$)/;

export function shapeOf(line: string): LineShape {
  const indent = line.length - line.trimStart().length;
  let rest = line.slice(indent);
  if (rest === '' || rest.startsWith('#')) return { indent, dash: false, keyIndent: indent, value: '', blank: true };
  let dash = false;
  let keyIndent = indent;
  const dashMatch = /^-(?:[ \t]+|$)/.exec(rest);
  if (dashMatch) {
    dash = true;
    keyIndent = indent + dashMatch[0].length;
    rest = rest.slice(dashMatch[0].length);
  }
  const match = KEY.exec(rest);
  if (!match?.[1]) return { indent, dash, keyIndent, value: rest.trim(), blank: false };
  const key = match[1].replace(/^["']|["']$/g, '');
  const value = (match[2] ?? '').replace(/\s+#.*$/, '').trim();
  return { indent, dash, keyIndent, key, value, blank: false };
}

/**
 * The path of the mapping that holds a key typed at `column` on line `line` (its own text is not
 * consulted beyond the dash). `dashColumn` is set when the line starts a list item at that column.
 */
export function parentPath(lines: readonly string[], line: number, column: number, dashColumn?: number): PathSegment[] {
  const reversed: PathSegment[] = [];
  let mode: 'key' | 'seq' = 'key';
  let target = column;
  let siblings = 0;
  if (dashColumn !== undefined) {
    mode = 'seq';
    target = dashColumn;
  }
  const closeSequence = (): void => {
    reversed.push(siblings);
    siblings = 0;
  };
  for (let i = line - 1; i >= 0; i--) {
    const shape = shapeOf(lines[i] ?? '');
    if (shape.blank) continue;
    if (mode === 'key') {
      if (shape.dash && shape.indent < target) {
        if (shape.key !== undefined && shape.value === '' && target > shape.keyIndent) reversed.push(shape.key);
        mode = 'seq';
        target = shape.indent;
        siblings = 0;
      } else if (!shape.dash && shape.key !== undefined && shape.keyIndent < target) {
        reversed.push(shape.key);
        target = shape.keyIndent;
      }
    } else {
      if (shape.indent > target) continue;
      if (shape.dash && shape.indent === target) {
        siblings++;
        continue;
      }
      closeSequence();
      if (!shape.dash && shape.key !== undefined && shape.keyIndent <= target) {
        reversed.push(shape.key);
        target = shape.keyIndent;
        mode = 'key';
      } else if (shape.dash && shape.key !== undefined && shape.keyIndent <= target) {
        reversed.push(shape.key);
        mode = 'seq';
        target = shape.indent;
        siblings = 0;
      } else {
        return reversed.reverse();
      }
    }
  }
  if (mode === 'seq') closeSequence();
  return reversed.reverse();
}

/** Keys already present in the mapping that a key at `column` on `line` belongs to. */
export function siblingKeys(lines: readonly string[], line: number, column: number): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: 1 | -1): void => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const shape = shapeOf(lines[i] ?? '');
      if (shape.blank) continue;
      if (shape.dash && shape.indent < column) {
        // Going up, this dash opens our list item and its key is a sibling; going down, it opens the next item.
        if (step === -1 && shape.keyIndent === column && shape.key !== undefined) keys.add(shape.key);
        return;
      }
      if (shape.indent < column) return;
      if (shape.indent === column && !shape.dash && shape.key !== undefined) keys.add(shape.key);
    }
  };
  scan(line - 1, -1);
  scan(line + 1, 1);
  return keys;
}
