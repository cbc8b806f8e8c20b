// Quick fixes in a template. Rules build their edits from the masked text, so a fix that moves a
// line (a misplaced `replicas: {{ … }}`) would write the mask; here the moved text gets its
// actions back, a line inserted at the end of a block goes past the `{{ end }}`s of blocks opened
// inside it, and a fix that would still write masked text is dropped.
import type { ChunkTemplate } from '../document/manifest';
import type { Fix } from './rule';

type Edit = Fix['edits'][number];

const lineEnd = (text: string, at: number): number => {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
};

/** The control-only lines right after `at` whose blocks opened deeper than `indent`: insert past them. */
function pastClosingLines(text: string, template: ChunkTemplate, at: number, indent: number): number {
  let position = at;
  for (;;) {
    if (text[position] !== '\n') return position;
    const next = lineEnd(text, position + 1);
    const line = text.slice(position + 1, next);
    const action = template.actions.find((a) => a.start >= position + 1 && a.start < next);
    if (
      !action ||
      action.kind !== 'control' ||
      line.trim() !== '' ||
      !/^\{\{-?\s*end\b/.test(template.source.slice(action.start, action.end))
    )
      return position;
    const opener = openerOf(template, action.start);
    const openerColumn = opener === undefined ? 0 : opener - (template.source.lastIndexOf('\n', opener - 1) + 1);
    if (openerColumn <= indent) return position;
    position = next;
  }
}

/** Where the block that the `end` at `endStart` closes was opened. */
function openerOf(template: ChunkTemplate, endStart: number): number | undefined {
  const stack: number[] = [];
  for (const action of template.actions) {
    if (action.start >= endStart) break;
    const body = template.source.slice(action.start, action.end).replace(/^\{\{-?\s*/, '');
    if (/^(?:if|with|range|define|block)\b/.test(body)) stack.push(action.start);
    else if (/^end\b/.test(body)) stack.pop();
  }
  return stack[stack.length - 1];
}

/** A fix whose edits write the template's own text, or undefined when it cannot. */
function templateFix(text: string, template: ChunkTemplate, fix: Fix): Fix | undefined {
  const moved: { masked: string; source: string }[] = [];
  for (const edit of fix.edits) {
    if (edit.newText !== '' || edit.start === edit.end) continue;
    const masked = text.slice(edit.start, edit.end).split('\n');
    const source = template.source.slice(edit.start, edit.end).split('\n');
    masked.forEach((line, i) => {
      const written = source[i] ?? line;
      if (line.trim() !== '' && line !== written) moved.push({ masked: line.trim(), source: written.trim() });
    });
  }
  const edits: Edit[] = [];
  for (const edit of fix.edits) {
    // Moving a block with `if`/`range` lines or insertions in it would lose them.
    if (template.actions.some((a) => a.kind !== 'value' && a.start >= edit.start && a.end <= edit.end)) return undefined;
    let newText = edit.newText;
    for (const line of moved) newText = newText.split(line.masked).join(line.source);
    const masks = template.actions.filter((a) => a.kind === 'value').map((a) => text.slice(a.start, a.end));
    if (masks.some((mask) => newText.includes(mask))) return undefined;
    let start = edit.start;
    if (edit.start === edit.end && newText.startsWith('\n')) {
      const indent = /^\n( *)/.exec(newText)?.[1]?.length ?? 0;
      start = pastClosingLines(text, template, edit.start, indent);
    }
    edits.push({ start, end: start === edit.start ? edit.end : start, newText });
  }
  return { ...fix, edits };
}

export function templateFixes(text: string, template: ChunkTemplate, fixes: readonly Fix[]): Fix[] {
  return fixes.map((fix) => templateFix(text, template, fix)).filter((fix): fix is Fix => fix !== undefined);
}
