// invalid-quantity and limit-below-request: resource amounts (requests, limits, overhead, emptyDir
// sizeLimit, downward API divisors) that Kubernetes cannot read, or limits below their requests.
import { isMap, isScalar, type Node, type Scalar } from 'yaml';
import { formatBytes, formatCpu, parseQuantity, resourceUnit, suggestQuantity } from '../../util/quantity';
import { replaceScalar } from '../../util/textEdits';
import { keyedPairs, mapAt } from '../../util/yamlAccess';
import type { Fix, Rule, RuleContext } from '../rule';
import { walkTyped } from '../typedWalk';
import { span } from './podContext';

const REQUIREMENT_TYPES = new Set(['io.k8s.api.core.v1.ResourceRequirements', 'io.k8s.api.core.v1.VolumeResourceRequirements']);
const STATUS_SEGMENT = 'status';

/** The amount of a scalar quantity in base units, or undefined when it is not a quantity. */
function amountOf(node: Scalar): number | undefined {
  if (typeof node.value === 'number') return node.value;
  return typeof node.value === 'string' ? parseQuantity(node.value)?.value : undefined;
}

function describe(resource: string, amount: number): string {
  const unit = resourceUnit(resource);
  return unit === 'bytes' ? formatBytes(amount) : unit === 'cpu' ? formatCpu(amount) : String(amount);
}

function report(context: RuleContext, node: Scalar, message: string, suggestion: string | undefined, severity: 'error' | 'warning' = 'error'): void {
  const fixes: Fix[] = [];
  const edit = suggestion !== undefined ? replaceScalar(context.document.chunk.text, node, suggestion) : undefined;
  if (suggestion !== undefined && edit) fixes.push({ title: `Change to \`${suggestion}\``, edits: [edit], preferred: true });
  context.report({ code: 'invalid-quantity', severity, ...span(context, node), message, ...(fixes.length > 0 ? { fixes } : {}) });
}

function checkQuantity(context: RuleContext, node: Scalar, resource: string, inResources: boolean): void {
  const value = node.value;
  const label = `\`${String(value)}\``;
  if (typeof value === 'number') {
    if (inResources && value < 0) report(context, node, `${label} is negative; resource amounts must be zero or more.`, undefined);
    return;
  }
  if (typeof value !== 'string') return;
  const parsed = parseQuantity(value);
  const suggestion = suggestQuantity(value, resource);
  if (!parsed) {
    const hint = suggestion !== undefined ? ` Did you mean \`${suggestion}\`?` : '';
    const units =
      resourceUnit(resource) === 'cpu'
        ? 'CPU is counted in cores: `1`, `0.5` or `500m` (millicores).'
        : resourceUnit(resource) === 'bytes'
          ? 'Sizes use binary suffixes such as `128Mi` or `1Gi` (or decimal ones: `128M`, `1G`); `mb` and `gb` are not units Kubernetes knows.'
          : 'Write a number, optionally with a suffix such as `k` or `Ki`.';
    report(context, node, `${label} is not a valid quantity for \`${resource}\`.${hint} ${units}`, suggestion);
    return;
  }
  if (inResources && parsed.value < 0) {
    report(context, node, `${label} is negative; resource amounts must be zero or more.`, undefined);
    return;
  }
  if (resourceUnit(resource) === 'bytes' && parsed.suffix === 'm') {
    // Valid syntax, but `m` is milli: 128m of memory is 0.128 bytes, surely meant as mebibytes.
    report(
      context,
      node,
      `${label} means ${describe(resource, parsed.value)}: the suffix \`m\` is milli (one thousandth), not mega.${suggestion !== undefined ? ` Did you mean \`${suggestion}\` (mebibytes)?` : ''}`,
      suggestion,
      'warning',
    );
    return;
  }
  if (inResources && resource.includes('/') && !Number.isInteger(parsed.value)) {
    report(context, node, `${label} is fractional, but extended resources such as \`${resource}\` are counted in whole units.`, undefined);
  }
}

function checkLimits(context: RuleContext, requirements: Node): void {
  const requests = new Map<string, { node: Scalar; amount: number }>();
  for (const { key, pair } of keyedPairs(mapAt(requirements, 'requests'))) {
    const amount = isScalar(pair.value) ? amountOf(pair.value) : undefined;
    if (isScalar(pair.value) && amount !== undefined) requests.set(key, { node: pair.value, amount });
  }
  for (const { key, pair } of keyedPairs(mapAt(requirements, 'limits'))) {
    const request = requests.get(key);
    if (!request || !isScalar(pair.value)) continue;
    const limit = amountOf(pair.value);
    if (limit === undefined || limit >= request.amount) continue;
    const limitText = String(pair.value.value);
    const requestText = String(request.node.value);
    const suffix = (t: string): string => t.replace(/^[+-]?[\d.]+/, '');
    const sameUnit = suffix(limitText) === suffix(requestText);
    const edit = replaceScalar(context.document.chunk.text, pair.value, requestText);
    context.report({
      code: 'limit-below-request',
      severity: 'error',
      ...span(context, pair.value),
      message:
        `The \`${key}\` limit \`${limitText}\` is lower than its request \`${requestText}\`${sameUnit ? '' : `; that is ${describe(key, limit)} against ${describe(key, request.amount)}`}. ` +
        'Kubernetes rejects this: a limit must be at least the request. Raise the limit or lower the request.',
      related: [{ ...span(context, request.node), message: `the \`${key}\` request` }],
      ...(edit ? { fixes: [{ title: `Set the limit to the request (${requestText})`, edits: [edit] }] } : {}),
    });
  }
}

export const quantitiesRule: Rule = {
  codes: ['invalid-quantity', 'limit-below-request'],
  check(context) {
    const kind = context.kind;
    const root = context.document.chunk.yaml.contents;
    if (!kind || !isMap(root)) return;
    walkTyped(context.model, kind.def.type, root, {
      node({ node, expected, path, field }) {
        if (!node || path[0] === STATUS_SEGMENT) return;
        if (expected.kind === 'object' && REQUIREMENT_TYPES.has(expected.typeId)) {
          checkLimits(context, node);
          return;
        }
        if (expected.kind !== 'scalar' || expected.name !== 'quantity' || !isScalar(node)) return;
        const last = path[path.length - 1];
        // Map values (requests.memory) are named by their key; plain fields (sizeLimit) by the field.
        const resource = field && field.name !== last ? String(last) : String(field?.name ?? last ?? '');
        const inResources = field !== undefined && (field.name === 'requests' || field.name === 'limits' || field.name === 'overhead');
        checkQuantity(context, node, resource, inResources);
      },
    });
  },
};
