// Finds the flow collection (`key: {…}`, `- [...]`) the cursor sits in, if any: walks the document's
// block lines down to the cursor, skipping block scalars, and reads each flow collection it meets.
import type { PathSegment } from '../schema/resolvePath';
import { scanFlow, skipFlow, type FlowTarget } from './flowScan';
import { parentPath } from './lineStructure';

// The same key shape lineStructure reads, then optional anchor/tag, then the opening bracket.
const KEY = String.raw`(?:[^\s:#'"{}[\],&*!|>%@\x60][^:#]*?|"[^"]*"|'[^']*')`;
const FLOW_START = new RegExp(String.raw`^([ \t]*)(-[ \t]+)?(?:(${KEY})[ \t]*:[ \t]+)?(?:[&!][^\s{[]*[ \t]+)?[[{]`);
const BLOCK_SCALAR = new RegExp(String.raw`^([ \t]*)(-[ \t]+)?(?:(${KEY})[ \t]*:[ \t]+)?[|>][-+0-9]*[ \t]*(?:#.*)?$`);

function unquote(key: string): string {
  return key.replace(/^["']|["']$/g, '');
}

function mayHoldFlow(lines: readonly string[], line: number, character: number): boolean {
  for (let i = 0; i <= line && i < lines.length; i++) {
    const text = i === line ? (lines[i] ?? '').slice(0, character) : (lines[i] ?? '');
    if (text.includes('{') || text.includes('[')) return true;
  }
  return false;
}

/** What the cursor completes inside a flow collection, or undefined when it is not inside one. */
export function flowTargetAt(lines: readonly string[], line: number, character: number): FlowTarget | undefined {
  if (!mayHoldFlow(lines, line, character)) return undefined;
  const cursor = { line, character };
  // Indentation a line must exceed to belong to the block scalar above it.
  let scalarIndent: number | undefined;
  for (let i = 0; i <= line && i < lines.length;) {
    const text = lines[i] ?? '';
    const indent = text.length - text.trimStart().length;
    if (scalarIndent !== undefined) {
      if (text.trim() === '' || indent > scalarIndent) {
        i++;
        continue;
      }
      scalarIndent = undefined;
    }
    const start = FLOW_START.exec(text);
    if (start) {
      const open = start[0].length - 1;
      if (i === line && open >= character) return undefined;
      const skipped = skipFlow(lines, { line: i, character: open }, indent, cursor);
      if (skipped !== 'cursor') {
        i = Math.max(skipped, i + 1);
        continue;
      }
      const scan = scanFlow(lines, { line: i, character: open }, indent, cursor);
      if (scan.state === 'cursor') {
        if (scan.target.kind === 'none') return scan.target;
        // Only now the block path: reading it for every flow line on the way would be quadratic.
        const dash = start[2];
        const owner = parentPath(lines, i, indent + (dash?.length ?? 0), dash ? indent : undefined);
        const key = start[3];
        const path: PathSegment[] = key !== undefined ? [...owner, unquote(key)] : owner;
        return { ...scan.target, path: [...path, ...scan.target.path] };
      }
      i = Math.max(scan.line, i + 1);
      continue;
    }
    const scalar = BLOCK_SCALAR.exec(text);
    if (scalar) scalarIndent = scalar[3] !== undefined ? indent + (scalar[2]?.length ?? 0) : indent;
    i++;
  }
  return undefined;
}
