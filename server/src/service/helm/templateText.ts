// What a finding in a template may say about the text as written: whether a place is guarded by a
// condition (what an `if` or `with` block holds may never be rendered, so its literal text proves
// only "if this renders"), and a message with the actions written back where masks stand.
import type { ChunkTemplate } from '../document/manifest';

export function underCondition(template: ChunkTemplate, offset: number): boolean {
  const stack: boolean[] = [];
  for (const action of template.actions) {
    if (action.start >= offset) break;
    if (action.kind !== 'control') continue;
    const body = template.source.slice(action.start, action.end).replace(/^\{\{-?\s*/, '');
    if (/^(?:if|with)\b/.test(body)) stack.push(true);
    else if (/^(?:range|define|block)\b/.test(body)) stack.push(false);
    else if (/^end\b/.test(body)) stack.pop();
  }
  return stack.includes(true);
}

/**
 * `message` with each value action's mask (the `x`s a name such as `{{ .Chart.Name }}` became)
 * replaced by the action as written, longest first so a short mask never splits a longer one.
 */
export function unmaskMessage(text: string, template: ChunkTemplate, message: string): string {
  const values = template.actions.filter((a) => a.kind === 'value').sort((a, b) => b.end - b.start - (a.end - a.start));
  let out = message;
  for (const action of values) {
    const mask = text.slice(action.start, action.end);
    if (mask.trim() === '' || !out.includes(mask)) continue;
    out = out.split(mask).join(template.source.slice(action.start, action.end));
  }
  return out;
}
