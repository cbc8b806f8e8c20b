// type-mismatch: a value of the wrong shape — text where a number is needed, a number where text is
// needed (env values, label values), an object where a list is needed, a key left without its value.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { shortTypeName, type FieldType, type ResolvedField, type TypeModel } from '../../schema/model';
import type { PathSegment } from '../../schema/resolvePath';
import { isRequiredField } from '../requirements';
import type { Fix, Rule, RuleContext } from '../rule';
import { walkTyped, type TypedNode } from '../typedWalk';
import { mapToListItem } from '../yamlEdits';
import { headRange, isEmptyValue, structuralContext } from '../yamlText';

/** Words YAML 1.1 reads as booleans. kubectl parses YAML 1.1, so `value: yes` arrives as `true`. */
const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const INTEGER_TEXT = /^[-+]?\d+$/;

function expectation(type: FieldType): string {
  switch (type.kind) {
    case 'object':
      return `an object (${shortTypeName(type.typeId)} fields indented under it)`;
    case 'array':
      return type.items.kind === 'object' ? `a list of ${shortTypeName(type.items.typeId)} entries (each starting with \`- \`)` : 'a list (each entry starting with `- `)';
    case 'map':
      return 'a map of `key: value` entries';
    case 'scalar':
      switch (type.name) {
        case 'integer':
          return 'a whole number';
        case 'number':
          return 'a number';
        case 'boolean':
          return '`true` or `false`';
        case 'int-or-string':
          return 'a whole number or a string';
        case 'quantity':
          return 'a quantity such as `500m` or `128Mi`';
        default:
          return 'a string';
      }
  }
}

function found(node: Node): string {
  if (isMap(node)) return 'an object';
  if (isSeq(node)) return 'a list';
  if (!isScalar(node)) return 'something else';
  const value = node.value;
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `the boolean ${String(value)}`;
  return 'a value of another type';
}

function subject(visit: TypedNode): string {
  const last = visit.path[visit.path.length - 1];
  if (typeof last === 'number') return `\`${visit.field ? visit.field.name : 'entry'}[${last}]\``;
  return `\`${last ?? 'value'}\``;
}

interface Problem {
  readonly detail?: string;
  readonly fixes?: Fix[];
}

function quoteFix(text: string, start: number, end: number): Fix {
  const quoted = JSON.stringify(text.slice(start, end));
  return { title: `Quote the value: ${quoted}`, edits: [{ start, end, newText: quoted }], preferred: true };
}

function scalarProblem(name: string, node: Scalar, text: string, start: number, end: number): Problem | undefined {
  const value = node.value;
  const plain = node.type === 'PLAIN';
  switch (name) {
    case 'string':
    case 'bytes':
    case 'time':
      if (typeof value === 'number' || typeof value === 'boolean') {
        return { detail: 'Kubernetes rejects it; put it in quotes.', fixes: [quoteFix(text, start, end)] };
      }
      if (typeof value === 'string' && plain && YAML11_BOOLEAN.test(value)) {
        return { detail: `kubectl reads an unquoted \`${value}\` as a boolean; put it in quotes.`, fixes: [quoteFix(text, start, end)] };
      }
      return undefined;
    case 'integer':
    case 'number':
    case 'int-or-string': {
      if (typeof value === 'number') {
        return name !== 'number' && !Number.isInteger(value) ? { detail: 'Use a whole number.' } : undefined;
      }
      if (typeof value === 'string' && name === 'int-or-string') return undefined;
      if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) {
        const unquoted = String(Number(value.trim()));
        return { detail: 'Numbers in quotes are text; remove the quotes.', fixes: [{ title: `Remove the quotes: ${unquoted}`, edits: [{ start, end, newText: unquoted }], preferred: true }] };
      }
      return {};
    }
    case 'boolean':
      if (typeof value === 'boolean') return undefined;
      if (typeof value === 'string' && plain && YAML11_BOOLEAN.test(value)) return undefined; // kubectl accepts these
      if (typeof value === 'string' && /^(?:true|false)$/i.test(value.trim())) {
        const unquoted = value.trim().toLowerCase();
        return { detail: 'A boolean in quotes is text; remove the quotes.', fixes: [{ title: `Remove the quotes: ${unquoted}`, edits: [{ start, end, newText: unquoted }], preferred: true }] };
      }
      return {};
    case 'quantity':
      return typeof value === 'boolean' ? {} : undefined;
    default:
      return undefined;
  }
}

/** `command: sleep 3600` → `["sleep", "3600"]`, when the words split plainly. */
function listFromScalar(text: string, node: Scalar, start: number, end: number): Fix[] {
  const source = text.slice(start, end);
  if (node.type !== 'PLAIN' || /["'\\\n#]/.test(source) || source.trim() === '') return [];
  const items = source.trim().split(/\s+/).map((word) => JSON.stringify(word));
  const list = `[${items.join(', ')}]`;
  return [{ title: `Write it as a list: ${list}`, edits: [{ start, end, newText: list }], preferred: true }];
}

function check(context: RuleContext, visit: TypedNode): void {
  const node = visit.node;
  if (!node || isAlias(node) || isEmptyValue(node)) return;
  const text = context.document.chunk.text;
  const expected = visit.expected;
  let problem: Problem | undefined;
  if (expected.kind === 'scalar') {
    if (isScalar(node)) {
      const [start, end] = context.rangeOf(node);
      problem = scalarProblem(expected.name, node, text, start, end);
    } else if (expected.name !== 'any') {
      problem = {};
    }
  } else if (expected.kind === 'object' || expected.kind === 'map') {
    if (isSeq(node)) problem = { detail: 'Remove the `- ` in front of its fields.' };
    else if (!isMap(node)) problem = {};
  } else if (isMap(node)) {
    const edits = mapToListItem(text, node);
    problem = { detail: 'Start each entry with `- `.', fixes: edits ? [{ title: 'Make it a list entry (add `- `)', edits, preferred: true }] : [] };
  } else if (isScalar(node)) {
    const [start, end] = context.rangeOf(node);
    const stringList = expected.items.kind === 'scalar' && expected.items.name === 'string';
    problem = { detail: stringList ? 'Write `["word", "word"]` or one `- word` per line.' : '', fixes: stringList ? listFromScalar(text, node, start, end) : [] };
  }
  if (!problem) return;
  const [start, end] = isScalar(node) ? context.rangeOf(node) : headRange(text, node);
  context.report({
    code: 'type-mismatch',
    severity: 'error',
    start,
    end,
    message: `${subject(visit)} must be ${expectation(expected)}, but it is ${found(node)}. ${problem.detail ?? ''}`.trim(),
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
    if (!field || field.type.kind === 'scalar') continue;
    if (isRequiredField(model, typeId, path, field.name) || explainedBySibling(model, map, typeId, field)) continue;
    const [start, end] = context.rangeOf(item.key);
    context.report({
      code: 'type-mismatch',
      severity: 'warning',
      start,
      end,
      message: `\`${field.name}\` has no value, so Kubernetes ignores it; it should be ${expectation(field.type)}. Indent its content under it, or remove the key.`,
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
