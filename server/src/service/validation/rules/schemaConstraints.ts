// schema-range, schema-pattern, schema-length, schema-size, schema-format: the value limits a
// custom resource's schema sets (`minimum`/`maximum`, `pattern`, `minLength`/`maxLength`,
// `minItems`/`maxItems`, `minProperties`/`maxProperties`, `format`), checked as the API server's
// schema validation checks them. Built-in fields carry no such limits in the model; their ranges
// are out-of-range's.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Constraints, FieldType, ResolvedField } from '../../schema/model';
import { schemaConstraintMessages, type FormatName, type RangeBreak } from '../messages/schemaConstraints';
import type { Rule, RuleContext } from '../rule';
import { walkTyped, type TypedNode } from '../typedWalk';
import { headRange, structuralContext } from '../yamlText';

/** The constraints that apply at `expected`: the field's own, or its entries' for a list or map. */
function constraintsAt(field: ResolvedField, expected: FieldType): Constraints | undefined {
  let type = field.type;
  let constraints = field.def.c;
  // The walk hands down the very type objects of the field's type, so identity finds the depth.
  while (constraints && type !== expected) {
    if (type.kind === 'array') type = type.items;
    else if (type.kind === 'map') type = type.values;
    else return undefined;
    constraints = constraints.items;
  }
  return type === expected ? constraints : undefined;
}

function subject(visit: TypedNode, field: ResolvedField): string {
  const last = visit.path[visit.path.length - 1];
  if (typeof last === 'number') return `${field.name}[${last}]`;
  return last ?? field.name;
}

// Go's RE2 syntax in a JavaScript RegExp: inline flags and named groups are spelt differently.
const patterns = new Map<string, RegExp | null>();
/** Nested quantifiers (`(a+)+`) backtrack without end in JavaScript; RE2 does not: such patterns are not checked. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;
const MAX_CHECKED_LENGTH = 10_000;

function compile(pattern: string): RegExp | null {
  const cached = patterns.get(pattern);
  if (cached !== undefined) return cached;
  let source = pattern;
  let flags = '';
  const inline = /^\(\?([ims]+)\)/.exec(source);
  if (inline?.[1]) {
    flags = [...new Set(inline[1])].join('');
    source = source.slice(inline[0].length);
  }
  source = source
    .replace(/\(\?P</g, '(?<')
    .replace(/\\z$/, '$')
    .replace(/\\A/g, '^');
  let compiled: RegExp | null = null;
  if (!NESTED_QUANTIFIER.test(source)) {
    for (const extra of ['u', '']) {
      try {
        compiled = new RegExp(source, flags + extra);
        break;
      } catch {
        // Not JavaScript syntax: try without the unicode flag, then give up on this pattern.
      }
    }
  }
  if (patterns.size > 500) patterns.clear();
  patterns.set(pattern, compiled);
  return compiled;
}

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv6(value: string): boolean {
  if (!value.includes(':') || !/^[0-9A-Fa-f:.]+$/.test(value)) return false;
  try {
    return new URL(`http://[${value}]/`).hostname !== '';
  } catch {
    return false;
  }
}

const FORMATS: Readonly<Record<FormatName, (value: string) => boolean>> = {
  'date-time': (v) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?$/.test(v),
  date: (v) => /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(v),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  ipv4: (v) => IPV4.test(v),
  ipv6: isIpv6,
  cidr: (v) => {
    const [ip, bits, extra] = v.split('/');
    if (ip === undefined || bits === undefined || extra !== undefined || !/^\d{1,3}$/.test(bits)) return false;
    if (IPV4.test(ip)) return Number(bits) <= 32;
    return isIpv6(ip) && Number(bits) <= 128;
  },
  mac: (v) =>
    /^(?:[0-9A-Fa-f]{2}[:-]){5}(?:[0-9A-Fa-f]{2})$|^(?:[0-9A-Fa-f]{2}[:-]){7}[0-9A-Fa-f]{2}$|^(?:[0-9A-Fa-f]{4}\.){2}[0-9A-Fa-f]{4}$/.test(
      v,
    ),
  byte: (v) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(v.replace(/\s+/g, '')),
};

function formatName(format: string | undefined): FormatName | undefined {
  if (format === undefined) return undefined;
  const name = format === 'datetime' ? 'date-time' : /^uuid[345]?$/.test(format) ? 'uuid' : format;
  return Object.hasOwn(FORMATS, name) ? (name as FormatName) : undefined;
}

function rangeBreak(value: number, c: Constraints): RangeBreak | undefined {
  if (c.minimum !== undefined && (c.exclusiveMinimum ? value <= c.minimum : value < c.minimum)) {
    return { kind: 'min', bound: c.minimum, exclusive: c.exclusiveMinimum === true };
  }
  if (c.maximum !== undefined && (c.exclusiveMaximum ? value >= c.maximum : value > c.maximum)) {
    return { kind: 'max', bound: c.maximum, exclusive: c.exclusiveMaximum === true };
  }
  if (c.multipleOf !== undefined) {
    const ratio = value / c.multipleOf;
    if (Math.abs(ratio - Math.round(ratio)) > 1e-9) return { kind: 'multipleOf', bound: c.multipleOf };
  }
  return undefined;
}

function checkScalar(context: RuleContext, node: Node, visit: TypedNode, field: ResolvedField, c: Constraints): void {
  if (!isScalar(node) || visit.expected.kind !== 'scalar') return;
  const say = schemaConstraintMessages[context.settings.language];
  const name = visit.expected.name;
  const value = node.value;
  const [start, end] = context.rangeOf(node);
  const report = (code: string, message: string): void => context.report({ code, severity: 'error', start, end, message });
  if (typeof value === 'number' && (name === 'integer' || name === 'number' || name === 'int-or-string')) {
    const broken = rangeBreak(value, c);
    if (broken) report('schema-range', say.range(subject(visit, field), String(value), broken));
    return;
  }
  if (typeof value !== 'string' || (name !== 'string' && name !== 'time' && name !== 'bytes' && name !== 'int-or-string')) return;
  const length = [...value].length;
  if (c.minLength !== undefined && length < c.minLength)
    report('schema-length', say.length(subject(visit, field), length, c.minLength, false));
  else if (c.maxLength !== undefined && length > c.maxLength)
    report('schema-length', say.length(subject(visit, field), length, c.maxLength, true));
  if (c.pattern !== undefined && value.length <= MAX_CHECKED_LENGTH) {
    const regex = compile(c.pattern);
    if (regex && !regex.test(value)) report('schema-pattern', say.pattern(subject(visit, field), value, c.pattern));
  }
  const format = formatName(c.format);
  if (format !== undefined && value.length <= MAX_CHECKED_LENGTH && !FORMATS[format](value))
    report('schema-format', say.format(subject(visit, field), value, format));
}

function checkCollection(context: RuleContext, node: Node, visit: TypedNode, field: ResolvedField, c: Constraints): void {
  let count: number;
  let min: number | undefined;
  let max: number | undefined;
  const entries = isSeq(node);
  if (entries && visit.expected.kind === 'array') {
    count = node.items.length;
    min = c.minItems;
    max = c.maxItems;
  } else if (isMap(node) && (visit.expected.kind === 'object' || visit.expected.kind === 'map')) {
    count = node.items.length;
    min = c.minProperties;
    max = c.maxProperties;
  } else {
    return;
  }
  const below = min !== undefined && count < min;
  const above = max !== undefined && count > max;
  if (!below && !above) return;
  const text = context.document.chunk.text;
  const [start, end] = visit.keyNode ? context.rangeOf(visit.keyNode) : headRange(text, node);
  const say = schemaConstraintMessages[context.settings.language];
  context.report({
    code: 'schema-size',
    severity: 'error',
    start,
    end,
    message: say.size(subject(visit, field), count, below ? (min ?? 0) : (max ?? 0), !below, entries),
  });
}

export const schemaConstraintsRule: Rule = {
  codes: ['schema-range', 'schema-pattern', 'schema-length', 'schema-size', 'schema-format'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const { kind, model, document } = context;
    walkTyped(model, kind.def.type, document.chunk.yaml.contents, {
      node(visit) {
        const field = visit.field;
        const node = visit.node;
        if (!field?.def.c || !node) return;
        const constraints = constraintsAt(field, visit.expected);
        if (!constraints) return;
        if (isScalar(node)) checkScalar(context, node, visit, field, constraints);
        else checkCollection(context, node, visit, field, constraints);
      },
    });
  },
};
