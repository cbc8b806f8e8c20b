// hpa-spec: a HorizontalPodAutoscaler (autoscaling/v2 and v1) as the API server and the autoscaler
// see it: replica bounds, metrics whose type and target fields agree, and a scale target the
// autoscaler can find. The API server does not check the target's kind or apiVersion, so those are
// warnings; targets in custom groups (a resource with a scale subresource) are never judged.
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { isCustomGroupVersion } from '../../schema/kinds';
import { parseQuantity } from '../../util/quantity';
import { rankSuggestions } from '../../util/suggest';
import { insertFirstEntry, replaceScalar } from '../../util/textEdits';
import { isStringScalar, mapAt, mapItems, pairOf, type KeyedPair } from '../../util/yamlAccess';
import { autoscalingMessages, type HpaProblem, type TargetField } from '../messages/autoscaling';
import type { Fix, Rule } from '../rule';
import { integerOf, isSet, kindDocument, reportAt, sourceOf, type KindDocument } from './kindKit';

/** The kinds that have a scale subresource, with the apiVersion that serves them. */
const SCALABLE: Readonly<Record<string, string>> = {
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  ReplicationController: 'v1',
};
const METRIC_SOURCES: Readonly<Record<string, string>> = {
  Resource: 'resource',
  ContainerResource: 'containerResource',
  Pods: 'pods',
  Object: 'object',
  External: 'external',
};
const TARGET_TYPES: Readonly<Record<string, TargetField>> = {
  Utilization: 'averageUtilization',
  AverageValue: 'averageValue',
  Value: 'value',
};
const TYPE_OF_FIELD: Readonly<Record<TargetField, string>> = {
  averageUtilization: 'Utilization',
  averageValue: 'AverageValue',
  value: 'Value',
};
/** The target fields each source accepts. */
const SOURCE_FIELDS: Readonly<Record<string, readonly TargetField[]>> = {
  resource: ['averageUtilization', 'averageValue'],
  containerResource: ['averageUtilization', 'averageValue'],
  pods: ['averageValue'],
  object: ['value', 'averageValue'],
  external: ['value', 'averageValue'],
};

function problem(
  doc: KindDocument,
  node: Node,
  p: HpaProblem,
  severity: 'error' | 'warning',
  fixes: Fix[] = [],
  related?: { node: Node; message: string },
): void {
  const say = autoscalingMessages[doc.context.settings.language];
  const relatedRange = related?.node.range;
  reportAt(doc.context, node, {
    code: 'hpa-spec',
    severity,
    message: say.problem(p),
    fixes,
    ...(related && relatedRange ? { related: [{ start: relatedRange[0], end: relatedRange[1], message: related.message }] } : {}),
  });
}

function changeFix(doc: KindDocument, node: Node, value: string): Fix[] {
  const edit = replaceScalar(doc.text, node, value);
  return edit ? [{ title: autoscalingMessages[doc.context.settings.language].change(value), edits: [edit], preferred: true }] : [];
}

function checkReplicas(doc: KindDocument, spec: YAMLMap): void {
  const minPair = pairOf(spec, 'minReplicas');
  const maxPair = pairOf(spec, 'maxReplicas');
  const min = integerOf(minPair?.value);
  const max = integerOf(maxPair?.value);
  if (minPair && min !== undefined) {
    if (min === 0) problem(doc, minPair.value as Node, { kind: 'minZero' }, 'warning', changeFix(doc, minPair.value as Node, '1'));
    else if (min < 0)
      problem(doc, minPair.value as Node, { kind: 'minNegative', value: min }, 'error', changeFix(doc, minPair.value as Node, '1'));
  }
  if (!maxPair || max === undefined) return;
  if (max < 1) {
    problem(doc, maxPair.value as Node, { kind: 'maxBelowOne', value: max }, 'error');
    return;
  }
  if (minPair && min !== undefined && min >= 1 && max < min) {
    const say = autoscalingMessages[doc.context.settings.language];
    const minNode = minPair.value as Node;
    const maxNode = maxPair.value as Node;
    const toMin = replaceScalar(doc.text, minNode, sourceOf(doc.text, maxNode));
    const toMax = replaceScalar(doc.text, maxNode, sourceOf(doc.text, minNode));
    const fixes: Fix[] = toMin && toMax ? [{ title: say.swapReplicas, edits: [toMin, toMax], preferred: true }] : [];
    problem(doc, maxNode, { kind: 'maxBelowMin', max, min }, 'error', fixes, { node: minNode, message: say.theMinReplicas });
  }
}

function checkScaleTarget(doc: KindDocument, refPair: KeyedPair): void {
  const ref = refPair.value;
  if (!isMap(ref)) return;
  const kindNode = pairOf(ref, 'kind')?.value;
  const apiPair = pairOf(ref, 'apiVersion');
  const api = apiPair?.value;
  if (!isStringScalar(kindNode) || kindNode.value === '') return;
  if (isSet(api) && !isStringScalar(api)) return;
  const apiVersion = isStringScalar(api) ? api.value : undefined;
  const model = doc.context.model;
  // A custom group may well scale (Argo Rollouts, KEDA targets): nothing to say.
  if (apiVersion !== undefined && apiVersion !== '' && (isCustomGroupVersion(model, apiVersion) || !model.kindsServedBy(apiVersion)))
    return;
  const kind = kindNode.value;
  const say = autoscalingMessages[doc.context.settings.language];
  const expected = Object.hasOwn(SCALABLE, kind) ? SCALABLE[kind] : undefined;
  if (expected !== undefined) {
    if (apiVersion === undefined || apiVersion === '') {
      if (expected === 'v1') return; // the core group is what an absent apiVersion means
      const insert = insertFirstEntry(doc.text, ref, `apiVersion: ${expected}`);
      problem(
        doc,
        kindNode,
        { kind: 'targetNoApiVersion', targetKind: kind, expected },
        'warning',
        insert ? [{ title: say.addApiVersion(expected), edits: [insert], preferred: true }] : [],
      );
    } else if (apiVersion !== expected && isStringScalar(api)) {
      problem(
        doc,
        api,
        { kind: 'targetApiVersion', targetKind: kind, written: apiVersion, expected },
        'warning',
        changeFix(doc, api, expected),
      );
    }
    return;
  }
  const caseMatch = Object.keys(SCALABLE).find((k) => k.toLowerCase() === kind.toLowerCase());
  if (caseMatch !== undefined) {
    problem(
      doc,
      kindNode,
      { kind: 'targetKindCase', targetKind: kind, suggestion: caseMatch },
      'warning',
      changeFix(doc, kindNode, caseMatch),
    );
    return;
  }
  if (model.kindsNamed(kind).length > 0) problem(doc, kindNode, { kind: 'notScalable', targetKind: kind }, 'warning');
}

function amountOf(node: unknown): number | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'number') return node.value;
  return typeof node.value === 'string' ? parseQuantity(node.value)?.value : undefined;
}

function checkTarget(doc: KindDocument, source: string, targetPair: KeyedPair): void {
  const target = targetPair.value;
  if (!isMap(target)) return;
  const typeNode = pairOf(target, 'type')?.value;
  const set = (['averageUtilization', 'averageValue', 'value'] as const).filter((f) => isSet(pairOf(target, f)?.value));
  const allowed = SOURCE_FIELDS[source] ?? [];
  const usable = set.filter((f) => allowed.includes(f));
  // Non-positive targets.
  for (const field of set) {
    const node = pairOf(target, field)?.value as Node;
    const amount = field === 'averageUtilization' ? integerOf(node) : amountOf(node);
    if (amount !== undefined && amount <= 0) problem(doc, node, { kind: 'notPositive', field, value: sourceOf(doc.text, node) }, 'error');
  }
  if (usable.length === 0) {
    if (
      target.items.every(
        (item) => isScalar(item.key) && ['type', 'averageUtilization', 'averageValue', 'value'].includes(String(item.key.value)),
      )
    ) {
      const kind = source === 'pods' ? 'pods' : source === 'resource' || source === 'containerResource' ? 'resource' : 'object';
      problem(doc, targetPair.key, { kind: 'noTargetValue', source: kind, hasValue: set.includes('value') }, 'error');
    }
    return;
  }
  if ((source === 'resource' || source === 'containerResource') && usable.length === 2) {
    problem(doc, pairOf(target, 'averageValue')?.key as Node, { kind: 'bothTargetValues' }, 'error');
    return;
  }
  if (!isStringScalar(typeNode)) return;
  const type = typeNode.value;
  const expectedField = Object.hasOwn(TARGET_TYPES, type) ? TARGET_TYPES[type] : undefined;
  if (expectedField === undefined) {
    const suggestion = rankSuggestions(type, Object.keys(TARGET_TYPES), 1)[0];
    problem(
      doc,
      typeNode,
      { kind: 'targetType', written: type, suggestion },
      'error',
      suggestion !== undefined ? changeFix(doc, typeNode, suggestion) : [],
    );
    return;
  }
  const given = usable[0];
  if (usable.length === 1 && given !== undefined && !usable.includes(expectedField)) {
    const suggestion = TYPE_OF_FIELD[given];
    problem(
      doc,
      typeNode,
      { kind: 'targetTypeMismatch', targetType: type, given, suggestion },
      'warning',
      changeFix(doc, typeNode, suggestion),
    );
  }
}

function checkMetric(doc: KindDocument, metric: YAMLMap): void {
  const typeNode = pairOf(metric, 'type')?.value;
  if (!isStringScalar(typeNode)) return;
  const type = typeNode.value;
  const source = Object.hasOwn(METRIC_SOURCES, type) ? METRIC_SOURCES[type] : undefined;
  if (source === undefined) {
    const suggestion = rankSuggestions(type, Object.keys(METRIC_SOURCES), 1)[0];
    problem(
      doc,
      typeNode,
      { kind: 'metricType', written: type, suggestion },
      'error',
      suggestion !== undefined ? changeFix(doc, typeNode, suggestion) : [],
    );
    return;
  }
  const sources = Object.values(METRIC_SOURCES);
  for (const item of metric.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (sources.includes(key) && key !== source && isSet(item.value))
      problem(doc, item.key as Node, { kind: 'sourceExtra', metricType: type, source, extra: key }, 'error');
  }
  const sourcePair = pairOf(metric, source);
  if (!sourcePair || !isSet(sourcePair.value)) {
    const onlyKnown = metric.items.every(
      (item) => isScalar(item.key) && (item.key.value === 'type' || sources.includes(String(item.key.value))),
    );
    if (onlyKnown) problem(doc, typeNode, { kind: 'sourceMissing', metricType: type, source }, 'error');
    return;
  }
  const targetPair = pairOf(sourcePair.value, 'target');
  if (targetPair) checkTarget(doc, source, targetPair);
}

export const autoscalingRule: Rule = {
  codes: ['hpa-spec'],
  check(raw) {
    const doc = kindDocument(raw, ['HorizontalPodAutoscaler']);
    const spec = doc ? mapAt(doc.root, 'spec') : undefined;
    if (!doc || !spec) return;
    checkReplicas(doc, spec);
    const refPair = pairOf(spec, 'scaleTargetRef');
    if (refPair) checkScaleTarget(doc, refPair);
    if (doc.apiVersion === 'autoscaling/v1') {
      const cpu = pairOf(spec, 'targetCPUUtilizationPercentage')?.value;
      const percent = integerOf(cpu);
      if (percent !== undefined && percent < 1) problem(doc, cpu as Node, { kind: 'cpuPercent', value: percent }, 'error');
      return;
    }
    for (const { map } of mapItems(pairOf(spec, 'metrics')?.value)) checkMetric(doc, map);
  },
};
