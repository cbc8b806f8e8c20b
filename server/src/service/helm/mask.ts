// Reads a Helm template as YAML: every Go template action `{{ … }}` is overwritten in place, so
// the masked text has the same length and line breaks as the template and every offset stays true.
//
// - A control action (`if`, `else`, `with`, `range`, `end`, `define`, a comment, `$x := …`) on a
//   line of its own becomes spaces: what it guards stays, as if every branch were taken.
// - An action that writes a block (`include`/`toYaml`/`tpl` piped to `nindent`/`indent`, or any
//   output action alone on its line) becomes a comment, and is recorded as an insertion: unknown
//   content (possibly keys) at the indentation it names.
// - Any other action writes a value of unknown content: it becomes `x`s, so the scalar around it
//   stays one scalar (quoted or not), and the span is recorded so no finding lands on it.

import type { MaskedTemplate, TemplateAction } from '../document/template';
export type { ActionKind, MaskedTemplate, TemplateAction } from '../document/template';

const CONTROL_WORDS = new Set(['if', 'else', 'end', 'with', 'range', 'define', 'block', 'break', 'continue']);
const ASSIGNMENT = /^\$[A-Za-z0-9_]*\s*:?=/;
const INDENT = /\b(n?indent)\s+(\d+)/g;
// Inline after `key:`, these write a block only when piped to indentation or YAML.
const BLOCK_FUNCTION = /\btoYaml\b/;

/** Where the action starting at `start` (at `{{`) ends: after its `}}`, skipping strings and comments. */
function actionEnd(text: string, start: number): number {
  let at = start + 2;
  if (text[at] === '-') at++;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  if (text.startsWith('/*', at)) {
    const close = text.indexOf('*/', at + 2);
    if (close < 0) return lineEndOf(text, start);
    const end = text.indexOf('}}', close + 2);
    return end < 0 ? lineEndOf(text, start) : end + 2;
  }
  while (at < text.length) {
    const c = text[at];
    if (c === '}' && text[at + 1] === '}') return at + 2;
    // Another action opens first: this one is still being typed; let it end with its line.
    if (c === '{' && text[at + 1] === '{') return lineEndOf(text, start);
    if (c === '"' || c === "'") {
      at++;
      while (at < text.length && text[at] !== c && text[at] !== '\n') at += text[at] === '\\' ? 2 : 1;
    } else if (c === '`') {
      const close = text.indexOf('`', at + 1);
      if (close < 0) return lineEndOf(text, start);
      at = close;
    }
    at++;
  }
  return lineEndOf(text, start);
}

/** The action's words without delimiters and trim markers. */
function bodyOf(source: string): string {
  let body = source.slice(2, source.length - 2);
  if (body.startsWith('-')) body = body.slice(1);
  if (body.endsWith('-')) body = body.slice(0, -1);
  return body.trim();
}

function isControl(body: string): boolean {
  if (body.startsWith('/*') || body === '') return true;
  if (ASSIGNMENT.test(body)) return true;
  const first = /^[A-Za-z]+/.exec(body)?.[0];
  return first !== undefined && CONTROL_WORDS.has(first);
}

/** The last `indent N` / `nindent N` of a pipeline, if any. */
function indentOf(body: string): { nindent: boolean; width: number } | undefined {
  let found: { nindent: boolean; width: number } | undefined;
  for (const match of body.matchAll(INDENT)) found = { nindent: match[1] === 'nindent', width: Number(match[2]) };
  return found;
}

const lineStartOf = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** Overwrites [start, end) with `fill`, keeping line breaks. */
function fillRange(chars: string[], start: number, end: number, fill: (at: number) => string): void {
  for (let at = start; at < end; at++) if (chars[at] !== '\n' && chars[at] !== '\r') chars[at] = fill(at);
}

// What a Go template action starts with: a trim marker, a comment, a field or variable, a
// parenthesis, a keyword or a function charts use. Grafana's `{{pod}}` legends and Mustache's
// `{{name}}` start with none of these, so a dashboard in a ConfigMap stays a manifest.
const GO_ACTION =
  /\{\{(?:-|\s*(?:\/\*|[.$(]|(?:if|else|end|with|range|define|block|template|include|tpl|toYaml|toJson|printf|print|required|default|quote|squote|lookup|fail|trim|trunc|lower|upper|b64enc|tuple|list|dict|not|and|or|eq|ne)\b))/;

/** True when a text holds a Go template action (as Helm writes them). */
export function hasTemplateActions(text: string): boolean {
  return GO_ACTION.test(text) && text.includes('}}');
}

export function maskTemplate(text: string): MaskedTemplate {
  const spans: { start: number; end: number; body: string }[] = [];
  for (let at = text.indexOf('{{'); at >= 0; at = text.indexOf('{{', at)) {
    const end = actionEnd(text, at);
    spans.push({ start: at, end, body: bodyOf(text.slice(at, end)) });
    at = end;
  }
  // A line is "alone" for an action when everything else on its lines is whitespace or other actions.
  const literalAround = (start: number, end: number): boolean => {
    const from = lineStartOf(text, start);
    const to = lineEndOf(text, end);
    let rest = '';
    let cursor = from;
    for (const span of spans) {
      if (span.end <= from || span.start >= to) continue;
      rest += text.slice(cursor, Math.max(cursor, span.start));
      cursor = Math.max(cursor, span.end);
    }
    rest += text.slice(cursor, to);
    return rest.trim() !== '';
  };
  // Code units, not code points: offsets are UTF-16 like the editor's.
  const chars = text.split('');
  const actions: TemplateAction[] = [];
  let branches = false;
  for (const span of spans) {
    if (/^else\b/.test(span.body)) branches = true;
    const alone = !literalAround(span.start, span.end);
    const control = isControl(span.body);
    if (control && alone) {
      fillRange(chars, span.start, span.end, () => ' ');
      actions.push({ start: span.start, end: span.end, kind: 'control' });
      continue;
    }
    const indent = control ? undefined : indentOf(span.body);
    const before = text.slice(lineStartOf(text, span.start), span.start);
    const afterKey = /:\s+$/.test(before) || /^\s*-\s+$/.test(before);
    const block = !control && (alone || (afterKey && (indent !== undefined || BLOCK_FUNCTION.test(span.body))));
    if (block) {
      const column = span.start - lineStartOf(text, span.start);
      const width = indent === undefined ? column : indent.nindent ? indent.width : indent.width + column;
      // A comment keeps the line free of content; `key: {{ … | nindent 4 }}` leaves `key:` empty.
      fillRange(chars, span.start, span.end, (at) => (at === span.start ? '#' : ' '));
      actions.push({ start: span.start, end: span.end, kind: 'insertion', indent: width });
      continue;
    }
    fillRange(chars, span.start, span.end, () => 'x');
    actions.push({ start: span.start, end: span.end, kind: 'value' });
  }
  return { text: chars.join(''), actions, branches };
}
