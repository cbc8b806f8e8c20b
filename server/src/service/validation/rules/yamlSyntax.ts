// yaml-syntax, tab-indent and duplicate-key: problems in the YAML itself, reported on any document.
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Node, type Scalar } from 'yaml';
import { yamlSyntaxMessages, type YamlSyntaxMessages } from '../messages/yamlSyntax';
import type { Finding, Fix, Rule, RuleContext } from '../rule';
import { errorStart, keyText, lineEndOf, lineStartOf } from '../yamlText';

/** `image:nginx` — a colon with no space after it reads as one plain string, not a key and value. */
const NO_SPACE_AFTER_COLON = /^(\s*(?:- )?)([A-Za-z][\w.-]*):(?=[^\s/])/;

function tabRun(text: string, offset: number): [number, number] {
  const lineStart = lineStartOf(text, offset);
  let end = lineStart;
  while (text[end] === ' ' || text[end] === '\t') end++;
  const firstTab = text.indexOf('\t', lineStart);
  return [firstTab >= lineStart && firstTab < end ? firstTab : lineStart, end];
}

function untab(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\t/g, '  ');
}

function checkSyntax(context: RuleContext): void {
  const { yaml, text } = context.document.chunk;
  const say = yamlSyntaxMessages[context.settings.language];
  const tabLines = new Set<number>();
  const tabRanges: [number, number][] = [];
  for (const error of yaml.errors) {
    if (error.code !== 'TAB_AS_INDENT') continue;
    const range = tabRun(text, error.pos[0]);
    const lineStart = lineStartOf(text, range[0]);
    if (tabLines.has(lineStart)) continue;
    tabLines.add(lineStart);
    tabRanges.push(range);
  }
  // One fix for the whole document: pasted YAML usually has tabs on every line.
  const fixAll: Fix | undefined =
    tabRanges.length > 1
      ? { title: say.replaceTabsEverywhere, edits: tabRanges.map(([s, e]) => ({ start: s, end: e, newText: untab(text, s, e) })) }
      : undefined;
  for (const [start, end] of tabRanges) {
    const fixes: Fix[] = [{ title: say.replaceTabs, edits: [{ start, end, newText: untab(text, start, end) }], preferred: true }];
    if (fixAll) fixes.push(fixAll);
    context.report({
      code: 'tab-indent',
      severity: 'error',
      start,
      end,
      message: say.tabIndent,
      fixes,
    });
  }
  const explained = new Set<number>(tabLines);
  for (const error of yaml.errors) {
    if (error.code === 'TAB_AS_INDENT') continue;
    const start = errorStart(text, error.pos[0]);
    const lineStart = lineStartOf(text, start);
    // One finding per line: the parser often reports one slip several times.
    if (explained.has(lineStart)) continue;
    explained.add(lineStart);
    const special = slashComment(say, text, start) ?? gluedColon(say, text, start) ?? overIndented(say, text, start, explained);
    if (special) {
      context.report(special);
      continue;
    }
    const [from, to] = errorRange(text, start, error.pos[1]);
    context.report({
      code: 'yaml-syntax',
      severity: 'error',
      start: from,
      end: to,
      message: say.parserError(error.message.split('\n')[0] ?? error.message, error.code),
    });
  }
}

/**
 * The parser's range, kept to one line; when it covers only indentation (a misaligned line), the
 * line's first token instead, so the squiggle sits on something the learner can see.
 */
function errorRange(text: string, start: number, rawEnd: number): [number, number] {
  const lineEnd = lineEndOf(text, start);
  const end = Math.min(Math.max(rawEnd, start + 1), Math.max(lineEnd, start + 1), text.length);
  if (text.slice(start, end).trim() !== '') return [start, end];
  const line = text.slice(start, lineEnd);
  const first = start + line.length - line.trimStart().length;
  const token = /^(?:- +)?[^\s:]+/.exec(text.slice(first, lineEnd))?.[0] ?? '';
  return token === '' ? [start, end] : [first, first + token.length];
}

/** `// ...` copied from code or notes: YAML comments start with `#`. */
function slashComment(say: YamlSyntaxMessages, text: string, start: number): Finding | undefined {
  const lineStart = lineStartOf(text, start);
  const line = text.slice(lineStart, lineEndOf(text, start));
  const at = lineStart + line.length - line.trimStart().length;
  if (!line.trimStart().startsWith('//')) return undefined;
  return {
    code: 'yaml-syntax',
    severity: 'error',
    start: at,
    end: lineStart + line.trimEnd().length,
    message: say.slashComment,
    fixes: [{ title: say.makeHashComment, edits: [{ start: at, end: at + 2, newText: '#' }], preferred: true }],
  };
}

/** `image:nginx`: the missing space after the colon. */
function gluedColon(say: YamlSyntaxMessages, text: string, start: number): Finding | undefined {
  const lineStart = lineStartOf(text, start);
  const match = NO_SPACE_AFTER_COLON.exec(text.slice(lineStart, lineEndOf(text, start)));
  if (!match) return undefined;
  const keyStart = lineStart + (match[1]?.length ?? 0);
  const at = lineStart + match[0].length;
  return {
    code: 'yaml-syntax',
    severity: 'error',
    start: keyStart,
    end: lineEndOf(text, start),
    message: say.gluedColon(match[2] ?? ''),
    fixes: [{ title: say.addSpaceAfterColon, edits: [{ start: at, end: at, newText: ' ' }], preferred: true }],
  };
}

const KEY_LINE = /^( *)((?:- +)?)([^\s:#'"-][^:#]*?):(?:\s|$)/;
/** A key with its value on the same line — a plain or quoted scalar, not a block or flow opener. */
const KEY_WITH_VALUE = /^( *)((?:- +)?)([^\s:#'"-][^:#]*?): +[^\s#|>{[&*!]/;

/**
 * `- name: web` followed by `    image: nginx` indented deeper than `name:`: YAML cannot tell where
 * the value of `name` ends. The learner's fix is to align the following keys with `name:`.
 */
function overIndented(say: YamlSyntaxMessages, text: string, start: number, explained: Set<number>): Finding | undefined {
  const lineStart = lineStartOf(text, start);
  const key = KEY_WITH_VALUE.exec(text.slice(lineStart, lineEndOf(text, start)));
  const nextStart = text.indexOf('\n', start) + 1;
  if (!key || nextStart <= 0) return undefined;
  const next = KEY_LINE.exec(text.slice(nextStart, lineEndOf(text, nextStart)));
  const keyColumn = (key[1]?.length ?? 0) + (key[2]?.length ?? 0);
  const nextColumn = next?.[1]?.length ?? 0;
  if (!next || next[2] !== '' || nextColumn <= keyColumn) return undefined;
  const delta = nextColumn - keyColumn;
  const edits: { start: number; end: number; newText: string }[] = [];
  for (let at = nextStart; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1) {
    const line = text.slice(at, lineEndOf(text, at));
    if (line.trim() === '') continue;
    if (line.length - line.trimStart().length < nextColumn) break;
    edits.push({ start: at, end: at + delta, newText: '' });
    explained.add(at);
  }
  const name = key[3] ?? '';
  const nextName = next[3] ?? '';
  const nameStart = nextStart + nextColumn;
  return {
    code: 'yaml-syntax',
    severity: 'error',
    start: nameStart,
    end: nameStart + nextName.length,
    message: say.overIndented(nextName, name, delta),
    fixes: [{ title: say.alignWith(name), edits, preferred: true }],
  };
}

const MAX_DEPTH = 200;

/** `*name` with no `&name` before it: the parser keeps going, kubectl stops ("unknown anchor"). */
function checkAlias(context: RuleContext, alias: Alias): void {
  if (alias.resolve(context.document.chunk.yaml) !== undefined) return;
  const [start, end] = context.rangeOf(alias);
  context.report({
    code: 'yaml-syntax',
    severity: 'error',
    start,
    end,
    message: yamlSyntaxMessages[context.settings.language].undefinedAlias(alias.source),
  });
}

/**
 * The parser runs with uniqueKeys off (a duplicate must not hide the rest of the document), so
 * duplicates are found here. kubectl rejects them ("mapping key already defined"), and an editor
 * that silently kept the last one would hide the earlier value from the learner.
 */
function checkDuplicates(context: RuleContext, root: unknown): void {
  const say = yamlSyntaxMessages[context.settings.language];
  const found: Finding[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: null, depth: 0 };
    if (depth > MAX_DEPTH) continue;
    if (isAlias(node)) {
      checkAlias(context, node);
      continue;
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if (isMap(node)) {
      const seen = new Map<string, Scalar>();
      for (const item of node.items) {
        if (!isPair(item)) continue;
        stack.push({ node: item.value, depth: depth + 1 });
        if (!isScalar(item.key) || item.key.value === null || item.key.value === undefined) continue;
        const name = keyText(item.key.value);
        if (name === '<<') continue; // merge keys may repeat
        const earlier = seen.get(name);
        if (!earlier) {
          seen.set(name, item.key);
          continue;
        }
        const [start, end] = context.rangeOf(item.key as Node);
        const [firstStart, firstEnd] = context.rangeOf(earlier);
        found.push({
          code: 'duplicate-key',
          severity: 'error',
          start,
          end,
          message: say.duplicateKey(name),
          related: [{ start: firstStart, end: firstEnd, message: say.firstDefinition(name) }],
        });
      }
    }
  }
  for (const finding of found.sort((a, b) => a.start - b.start)) context.report(finding);
}

export const yamlSyntaxRule: Rule = {
  codes: ['yaml-syntax', 'duplicate-key', 'tab-indent'],
  anyDocument: true,
  wholeText: true,
  check(context) {
    checkSyntax(context);
    checkDuplicates(context, context.document.chunk.yaml.contents);
  },
};
