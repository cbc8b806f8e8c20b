// type-mismatch: a value of the wrong shape — text where a number is needed, a number where text is
// needed (env values, label values), an object where a list is needed, a key left without its value.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { shortTypeName, type FieldType, type ResolvedField, type TypeModel } from '../../schema/model';
import type { PathSegment } from '../../schema/resolvePath';
import { typeMismatchMessages, type Advice, type Expectation, type Found, type TypeMismatchMessages } from '../messages/typeMismatch';
import { isRequiredField } from '../requirements';
import type { Fix, Rule, RuleContext } from '../rule';
import { walkTyped, type TypedNode } from '../typedWalk';
import { mapToListItem } from '../yamlEdits';
import { headRange, isEmptyValue, structuralContext } from '../yamlText';

/** Words YAML 1.1 reads as booleans. kubectl parses YAML 1.1, so `value: yes` arrives as `true`. */
export const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const INTEGER_TEXT = /^[-+]?\d+$/;

function expectation(type: FieldType): Expectation {
  switch (type.kind) {
    case 'object':
      return { kind: 'object', typeName: shortTypeName(type.typeId) };
    case 'array':
      return type.items.kind === 'object' ? { kind: 'objectList', typeName: shortTypeName(type.items.typeId) } : { kind: 'list' };
    case 'map':
      return { kind: 'map' };
    case 'scalar':
      switch (type.name) {
        case 'integer':
        case 'number':
        case 'boolean':
        case 'quantity':
          return { kind: type.name };
        case 'int-or-string':
          return { kind: 'intOrString' };
        default:
          return { kind: 'string' };
      }
  }
}

function found(node: Node): Found {
  if (isMap(node)) return { kind: 'object' };
  if (isSeq(node)) return { kind: 'list' };
  if (!isScalar(node)) return { kind: 'other' };
  const value = node.value;
  if (typeof value === 'string') return { kind: 'text', text: value.length > 40 ? `${value.slice(0, 40)}…` : value };
  if (typeof value === 'number') return { kind: 'number', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', text: String(value) };
  return { kind: 'otherType' };
}

function subject(say: TypeMismatchMessages, visit: TypedNode): string {
  const last = visit.path[visit.path.length - 1];
  if (typeof last === 'number') return `\`${visit.field ? visit.field.name : say.entry}[${last}]\``;
  return `\`${last ?? say.value}\``;
}

interface Problem {
  readonly advice?: Advice;
  readonly fixes?: Fix[];
}

function quoteFix(say: TypeMismatchMessages, text: string, start: number, end: number): Fix {
  const quoted = JSON.stringify(text.slice(start, end));
  return { title: say.quote(quoted), edits: [{ start, end, newText: quoted }], preferred: true };
}

function scalarProblem(
  say: TypeMismatchMessages,
  name: string,
  node: Scalar,
  text: string,
  start: number,
  end: number,
): Problem | undefined {
  const value = node.value;
  const plain = node.type === 'PLAIN';
  switch (name) {
    case 'bytes':
      // Base64 text: not-base64 speaks for numbers, booleans and plain text there, with fixes that fit.
      return undefined;
    case 'string':
    case 'time':
      if (typeof value === 'number' || typeof value === 'boolean') {
        return { advice: 'quoteIt', fixes: [quoteFix(say, text, start, end)] };
      }
      if (typeof value === 'string' && plain && YAML11_BOOLEAN.test(value)) {
        return { advice: { yaml11Boolean: value }, fixes: [quoteFix(say, text, start, end)] };
      }
      return undefined;
    case 'integer':
    case 'number':
    case 'int-or-string': {
      if (typeof value === 'number') {
        return name !== 'number' && !Number.isInteger(value) ? { advice: 'wholeNumber' } : undefined;
      }
      if (typeof value === 'string' && name === 'int-or-string') return undefined;
      if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) {
        const unquoted = String(Number(value.trim()));
        return {
          advice: 'numberInQuotes',
          fixes: [{ title: say.unquote(unquoted), edits: [{ start, end, newText: unquoted }], preferred: true }],
        };
      }
      return {};
    }
    case 'boolean':
      if (typeof value === 'boolean') return undefined;
      if (typeof value === 'string' && plain && YAML11_BOOLEAN.test(value)) return undefined; // kubectl accepts these
      if (typeof value === 'string' && /^(?:true|false)$/i.test(value.trim())) {
        const unquoted = value.trim().toLowerCase();
        return {
          advice: 'booleanInQuotes',
          fixes: [{ title: say.unquote(unquoted), edits: [{ start, end, newText: unquoted }], preferred: true }],
        };
      }
      return {};
    case 'quantity':
      return typeof value === 'boolean' ? {} : undefined;
    default:
      return undefined;
  }
}

/** `command: sleep 3600` → `["sleep", "3600"]`, when the words split plainly. */
function listFromScalar(say: TypeMismatchMessages, text: string, node: Scalar, start: number, end: number): Fix[] {
  const source = text.slice(start, end);
  if (node.type !== 'PLAIN' || /["'\\\n#]/.test(source) || source.trim() === '') return [];
  const items = source
    .trim()
    .split(/\s+/)
    .map((word) => JSON.stringify(word));
  const list = `[${items.join(', ')}]`;
  return [{ title: say.asList(list), edits: [{ start, end, newText: list }], preferred: true }];
}

function check(context: RuleContext, visit: TypedNode): void {
  const node = visit.node;
  if (!node || isAlias(node) || isEmptyValue(node)) return;
  const text = context.document.chunk.text;
  const say = typeMismatchMessages[context.settings.language];
  const expected = visit.expected;
  let problem: Problem | undefined;
  if (expected.kind === 'scalar') {
    if (isScalar(node)) {
      const [start, end] = context.rangeOf(node);
      problem = scalarProblem(say, expected.name, node, text, start, end);
    } else if (expected.name !== 'any') {
      problem = {};
    }
  } else if (expected.kind === 'object' || expected.kind === 'map') {
    if (isSeq(node)) problem = { advice: 'removeDash' };
    else if (!isMap(node)) problem = {};
  } else if (isMap(node)) {
    const edits = mapToListItem(text, node);
    problem = { advice: 'startWithDash', fixes: edits ? [{ title: say.asListEntry, edits, preferred: true }] : [] };
  } else if (isScalar(node)) {
    const [start, end] = context.rangeOf(node);
    const stringList = expected.items.kind === 'scalar' && expected.items.name === 'string';
    problem = stringList ? { advice: 'writeList', fixes: listFromScalar(say, text, node, start, end) } : {};
  }
  if (!problem) return;
  const [start, end] = isScalar(node) ? context.rangeOf(node) : headRange(text, node);
  context.report({
    code: 'type-mismatch',
    severity: 'error',
    start,
    end,
    message: say.mismatch(subject(say, visit), expectation(expected), found(node), problem.advice),
    ...(problem.fixes && problem.fixes.length > 0 ? { fixes: problem.fixes } : {}),
  });
}

/** Whether a key of `map` unknown to its type would fit inside `field` — then misplaced-field explains the empty key. */
function explainedBySibling(model: TypeModel, map: YAMLMap, ownerTypeId: string, field: ResolvedField): boolean {
  const inner = field.type.kind === 'array' ? field.type.items : field.type;
  if (inner.kind !== 'object') return false;
  return map.items.some((item) => {
    if (!isPair(item) || !isScalar(item.key)) return false;
    const key = String(item.key.value);
    return !model.field(ownerTypeId, key) && model.field(inner.typeId, key) !== undefined;
  });
}

/** Keys left without a value where an object or list belongs (`resources:` with nothing under it). */
function checkEmptyKeys(context: RuleContext, map: YAMLMap, typeId: string, path: readonly PathSegment[]): void {
  const { model } = context;
  for (const item of map.items) {
    if (!isPair(item) || !isScalar(item.key) || !isEmptyValue(item.value)) continue;
    const field = model.field(typeId, String(item.key.value));
    if (!field || field.type.kind === 'scalar' || field.def.c?.nullable) continue;
    if (isRequiredField(model, typeId, path, field.name) || explainedBySibling(model, map, typeId, field)) continue;
    const [start, end] = context.rangeOf(item.key);
    const say = typeMismatchMessages[context.settings.language];
    context.report({
      code: 'type-mismatch',
      severity: 'warning',
      start,
      end,
      message: say.emptyKey(field.name, expectation(field.type)),
    });
  }
}

export const typeMismatchRule: Rule = {
  codes: ['type-mismatch'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const { kind, model, document } = context;
    walkTyped(model, kind.def.type, document.chunk.yaml.contents, {
      node(visit) {
        check(context, visit);
        if (visit.expected.kind === 'object' && isMap(visit.node)) checkEmptyKeys(context, visit.node, visit.expected.typeId, visit.path);
      },
    });
  },
};
