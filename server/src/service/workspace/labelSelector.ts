// A full label selector (`matchLabels` and `matchExpressions`, as PodDisruptionBudgets, workloads and
// NetworkPolicies write it) read from the document, and whether a pod's labels satisfy it.
import { isMap, isScalar, isSeq } from 'yaml';
import { mapAt, mapItems, pairOf, seqAt, stringAt } from '../util/yamlAccess';
import { stringMap } from './labelMaps';

export interface SelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values: readonly string[];
}

export interface LabelSelector {
  readonly matchLabels: Readonly<Record<string, string>>;
  readonly matchExpressions: readonly SelectorRequirement[];
}

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/**
 * The selector under `node`, or undefined when any part of it is not plain text we can read (an
 * unknown operator, a value that is not a string): a check must not guess what it selects.
 */
export function readLabelSelector(node: unknown): LabelSelector | undefined {
  if (!isMap(node)) return undefined;
  const labelsNode = pairOf(node, 'matchLabels')?.value;
  if (labelsNode !== undefined && labelsNode !== null && !isMap(labelsNode)) return undefined;
  const matchLabels = stringMap(mapAt(node, 'matchLabels'));
  if (isMap(labelsNode) && Object.keys(matchLabels).length !== labelsNode.items.length) return undefined;
  const expressionsNode = pairOf(node, 'matchExpressions')?.value;
  if (expressionsNode !== undefined && expressionsNode !== null && !isSeq(expressionsNode)) return undefined;
  const matchExpressions: SelectorRequirement[] = [];
  const items = mapItems(seqAt(node, 'matchExpressions'));
  if (isSeq(expressionsNode) && items.length !== expressionsNode.items.length) return undefined;
  for (const { map } of items) {
    const key = stringAt(map, 'key')?.value;
    const operator = stringAt(map, 'operator')?.value;
    if (!key || !operator || !OPERATORS.has(operator)) return undefined;
    const valuesNode = pairOf(map, 'values')?.value;
    const values: string[] = [];
    if (isSeq(valuesNode)) {
      for (const item of valuesNode.items) {
        if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number' && typeof item.value !== 'boolean'))
          return undefined;
        values.push(String(item.value));
      }
    } else if (valuesNode !== undefined && valuesNode !== null) return undefined;
    matchExpressions.push({ key, operator: operator as SelectorRequirement['operator'], values });
  }
  return { matchLabels, matchExpressions };
}

/** Whether a selector has no requirement at all (which selects every pod of its namespace). */
export function isEmptySelector(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0;
}

/** Whether `labels` satisfy every requirement of the selector, as the API server's matcher decides. */
export function selectorMatches(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels)) if (labels[key] !== value) return false;
  return selector.matchExpressions.every(({ key, operator, values }) => {
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (operator) {
      case 'In':
        return has && values.includes(labels[key] ?? '');
      case 'NotIn':
        return !has || !values.includes(labels[key] ?? '');
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
    }
  });
}
