// invalid-quantity and limit-below-request: resource amounts (requests, limits, overhead, emptyDir
// sizeLimit, downward API divisors) that Kubernetes cannot read, or limits below their requests.
import { isMap, isScalar, type Node, type Scalar } from 'yaml';
import { parseQuantity, resourceUnit, suggestQuantity } from '../../util/quantity';
import { replaceScalar } from '../../util/textEdits';
import { keyedPairs, mapAt } from '../../util/yamlAccess';
import { quantitiesMessages } from '../messages/quantities';
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

function report(
  context: RuleContext,
  node: Scalar,
  message: string,
  suggestion: string | undefined,
  severity: 'error' | 'warning' = 'error',
): void {
  const fixes: Fix[] = [];
  const edit = suggestion !== undefined ? replaceScalar(context.document.chunk.text, node, suggestion) : undefined;
  if (suggestion !== undefined && edit)
    fixes.push({ title: quantitiesMessages[context.settings.language].change(suggestion), edits: [edit], preferred: true });
  context.report({ code: 'invalid-quantity', severity, ...span(context, node), message, ...(fixes.length > 0 ? { fixes } : {}) });
}

function checkQuantity(context: RuleContext, node: Scalar, resource: string, inResources: boolean): void {
  const say = quantitiesMessages[context.settings.language];
  const value = node.value;
  if (typeof value === 'number') {
    if (inResources && value < 0) report(context, node, say.negative(String(value)), undefined);
    return;
  }
  if (typeof value !== 'string') return;
  const parsed = parseQuantity(value);
  const suggestion = suggestQuantity(value, resource);
  if (!parsed) {
    report(context, node, say.invalid(value, resource, suggestion), suggestion);
    return;
  }
  if (inResources && parsed.value < 0) {
    report(context, node, say.negative(value), undefined);
    return;
  }
  if (resourceUnit(resource) === 'bytes' && parsed.suffix === 'm') {
    // Valid syntax, but `m` is milli: 128m of memory is 0.128 bytes, surely meant as mebibytes.
    report(context, node, say.milliBytes(value, resource, parsed.value, suggestion), suggestion, 'warning');
    return;
  }
  if (inResources && resource.includes('/') && !Number.isInteger(parsed.value)) {
    report(context, node, say.fractional(value, resource), undefined);
  }
}

function checkLimits(context: RuleContext, requirements: Node): void {
  const say = quantitiesMessages[context.settings.language];
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
      message: say.limitBelowRequest(key, limitText, requestText, limit, request.amount, sameUnit),
      related: [{ ...span(context, request.node), message: say.theRequest(key) }],
      ...(edit ? { fixes: [{ title: say.setLimitToRequest(requestText), edits: [edit] }] } : {}),
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
