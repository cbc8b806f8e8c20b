// selector-mismatch and job-restart-policy: rules that tie a workload to the pods it creates.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { podSpecsOf, type PodSpecLocation } from '../../schema/podSpecs';
import { insertAfterPair, insertFirstEntry, replaceScalar, type TextEdit } from '../../util/textEdits';
import { keyedPairs, mapAt, pairOf, scalarText, stringAt, valueOf, type KeyedPair } from '../../util/yamlAccess';
import { workloadsMessages, type SelectorProblem } from '../messages/workloads';
import type { Fix, Rule, RuleContext } from '../rule';
import { documentRoot, span } from './podContext';

const LABEL_SELECTOR_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

interface TemplateLabels {
  readonly pod: PodSpecLocation;
  readonly labels: YAMLMap | undefined;
  readonly values: Map<string, { text: string; pair: KeyedPair }>;
}

function templateLabels(pod: PodSpecLocation): TemplateLabels | undefined {
  const labelsValue = valueOf(pod.templateMetadata, 'labels');
  if (labelsValue !== undefined && labelsValue !== null && !isMap(labelsValue)) return undefined; // alias or typo: cannot tell
  const labels = isMap(labelsValue) ? labelsValue : undefined;
  const values = new Map<string, { text: string; pair: KeyedPair }>();
  for (const { key, pair } of keyedPairs(labels)) {
    const text = scalarText(pair.value);
    if (text === undefined) return undefined;
    values.set(key, { text, pair });
  }
  return { pod, labels, values };
}

function related(context: RuleContext, template: TemplateLabels): { start: number; end: number; message: string }[] {
  const anchor = pairOf(template.pod.templateMetadata, 'labels')?.key ?? pairOf(template.pod.templateMetadata, 'name')?.key;
  return anchor ? [{ ...span(context, anchor), message: workloadsMessages[context.settings.language].templateLabels }] : [];
}

/** A fix that adds `key: value` to the template's labels (creating `labels:` when missing). */
function addLabelFix(context: RuleContext, template: TemplateLabels, key: string, value: string): Fix[] {
  const text = context.document.chunk.text;
  const entry = `${key}: ${value}`;
  const last = template.labels?.items[template.labels.items.length - 1];
  let edit: TextEdit | undefined;
  if (template.labels && last) edit = insertAfterPair(text, template.labels, last, entry);
  else if (!template.labels) edit = insertFirstEntry(text, template.pod.templateMetadata, `labels:\n  ${entry}`, `labels: {${entry}}`);
  return edit ? [{ title: workloadsMessages[context.settings.language].addLabel(entry), edits: [edit], preferred: true }] : [];
}

function mismatch(context: RuleContext, kind: string, node: Node, problem: SelectorProblem, template: TemplateLabels, fixes: Fix[]): void {
  context.report({
    code: 'selector-mismatch',
    severity: 'error',
    ...span(context, node),
    message: workloadsMessages[context.settings.language].selectorMismatch(kind, problem),
    related: related(context, template),
    ...(fixes.length > 0 ? { fixes } : {}),
  });
}

function checkMatchLabels(context: RuleContext, kind: string, matchLabels: unknown, template: TemplateLabels): void {
  const text = context.document.chunk.text;
  const say = workloadsMessages[context.settings.language];
  for (const { key, pair } of keyedPairs(matchLabels)) {
    const wanted = scalarText(pair.value);
    if (wanted === undefined) continue;
    const actual = template.values.get(key);
    if (!actual) {
      mismatch(context, kind, pair.key, { kind: 'missingLabel', key, wanted }, template, addLabelFix(context, template, key, wanted));
      continue;
    }
    if (actual.text === wanted || !isScalar(pair.value)) continue;
    const fixes: Fix[] = [];
    const toTemplate = isScalar(actual.pair.value) ? replaceScalar(text, actual.pair.value, wanted) : undefined;
    if (toTemplate) fixes.push({ title: say.changeTemplateLabel(`${key}: ${wanted}`), edits: [toTemplate] });
    const toSelector = replaceScalar(text, pair.value, actual.text);
    if (toSelector) fixes.push({ title: say.changeSelector(`${key}: ${actual.text}`), edits: [toSelector] });
    mismatch(context, kind, pair.value, { kind: 'differentValue', key, wanted, actual: actual.text }, template, fixes);
  }
}

function checkExpressions(context: RuleContext, kind: string, expressions: unknown, template: TemplateLabels): void {
  if (!isSeq(expressions)) return;
  for (const item of expressions.items) {
    const key = stringAt(item, 'key');
    const operator = stringAt(item, 'operator')?.value;
    if (!key || operator === undefined) continue;
    const valuesNode = valueOf(item, 'values');
    const values = isSeq(valuesNode) ? valuesNode.items.map(scalarText).filter((v): v is string => v !== undefined) : [];
    const actual = template.values.get(key.value)?.text;
    const violated =
      (operator === 'In' && (actual === undefined || !values.includes(actual))) ||
      (operator === 'NotIn' && actual !== undefined && values.includes(actual)) ||
      (operator === 'Exists' && actual === undefined) ||
      (operator === 'DoesNotExist' && actual !== undefined);
    if (violated) mismatch(context, kind, key, { kind: 'expression', operator, key: key.value, values, actual }, template, []);
  }
}

function checkSelector(context: RuleContext, kind: string, spec: YAMLMap, pod: PodSpecLocation): void {
  const selectorPair = pairOf(spec, 'selector');
  const selector = selectorPair?.value;
  const template = templateLabels(pod);
  if (!selectorPair || !template || !isMap(selector)) return;
  if (kind === 'ReplicationController') {
    checkMatchLabels(context, kind, selector, template);
    return;
  }
  const matchLabels = valueOf(selector, 'matchLabels');
  const expressions = valueOf(selector, 'matchExpressions');
  const labelsReadable = matchLabels === undefined || matchLabels === null || isMap(matchLabels);
  const expressionsReadable = expressions === undefined || expressions === null || isSeq(expressions);
  if (!labelsReadable || !expressionsReadable) return;
  if (keyedPairs(matchLabels).length === 0 && !(isSeq(expressions) && expressions.items.length > 0)) {
    mismatch(context, kind, selectorPair.key, { kind: 'empty' }, template, []);
    return;
  }
  checkMatchLabels(context, kind, matchLabels, template);
  checkExpressions(context, kind, expressions, template);
}

function checkRestartPolicy(context: RuleContext, kind: string, pod: PodSpecLocation): void {
  const text = context.document.chunk.text;
  const say = workloadsMessages[context.settings.language];
  const policy = valueOf(pod.spec, 'restartPolicy');
  const choices = (node: Node): Fix[] =>
    ['Never', 'OnFailure']
      .map((value, i) => ({ value, edit: replaceScalar(text, node, value), preferred: i === 0 }))
      .filter((c): c is { value: string; edit: TextEdit; preferred: boolean } => c.edit !== undefined)
      .map((c) => ({ title: say.useRestartPolicy(c.value), edits: [c.edit], ...(c.preferred ? { preferred: true } : {}) }));
  if (isScalar(policy) && policy.value === 'Always') {
    context.report({
      code: 'job-restart-policy',
      severity: 'error',
      ...span(context, policy),
      message: say.restartAlways(kind),
      fixes: choices(policy),
    });
    return;
  }
  if (policy !== undefined || !pod.specKey) return;
  const insert = insertFirstEntry(text, pod.spec, 'restartPolicy: Never');
  context.report({
    code: 'job-restart-policy',
    severity: 'error',
    ...span(context, pod.specKey),
    message: say.restartMissing(kind),
    ...(insert ? { fixes: [{ title: say.addRestartPolicyNever, edits: [insert], preferred: true }] } : {}),
  });
}

export const workloadsRule: Rule = {
  codes: ['selector-mismatch', 'job-restart-policy'],
  check(context) {
    const doc = documentRoot(context);
    if (!doc || doc.custom) return;
    const spec = mapAt(doc.root, 'spec');
    for (const pod of podSpecsOf(doc.kind, doc.root)) {
      if (!spec) break;
      const manual = valueOf(spec, 'manualSelector');
      const selects =
        LABEL_SELECTOR_KINDS.has(doc.kind) ||
        doc.kind === 'ReplicationController' ||
        (doc.kind === 'Job' && isScalar(manual) && manual.value === true);
      if (selects) checkSelector(context, doc.kind, spec, pod);
      if (doc.kind === 'Job' || doc.kind === 'CronJob') checkRestartPolicy(context, doc.kind, pod);
    }
  },
};
