// A LabelSelector object (matchLabels and matchExpressions) as controllers apply it to pods and
// ReplicaSets. An empty selector selects everything; a missing one selects nothing.
import { asArray, asString, isObj } from '../objects';

export type Labels = Readonly<Record<string, string>>;

function expressionMatches(expression: unknown, labels: Labels): boolean {
  if (!isObj(expression)) return false;
  const key = asString(expression.key) ?? '';
  const values = asArray(expression.values).filter((v): v is string => typeof v === 'string');
  const value = Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : undefined;
  switch (expression.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    default:
      return false;
  }
}

export function selectorMatches(selector: unknown, labels: Labels | undefined): boolean {
  if (!isObj(selector)) return false;
  const have = labels ?? {};
  const wanted = isObj(selector.matchLabels) ? selector.matchLabels : {};
  if (!Object.entries(wanted).every(([k, v]) => have[k] === v)) return false;
  return asArray(selector.matchExpressions).every((e) => expressionMatches(e, have));
}
