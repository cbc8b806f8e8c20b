// Label selectors, in both forms: as kubectl's `-l` reads them (`app=web`, `tier!=db`,
// `env in (dev,qa)`, `release notin (old)`, `gpu`, `!canary`, joined by commas; the explorer's pod
// filter) and as controllers write them (matchLabels, matchExpressions; the pods a port-forward
// follows). Both become the same requirements, matched locally against pods already held, and a
// structured selector is written in the text form for list and watch requests.
import type { LabelSelector } from './kubeTypes';

export type { LabelSelector };

export type Requirement =
  | { readonly op: 'exists' | 'notExists'; readonly key: string }
  | { readonly op: 'in' | 'notIn'; readonly key: string; readonly values: readonly string[] };

export type SelectorParse =
  { readonly ok: true; readonly requirements: readonly Requirement[] } | { readonly ok: false; readonly error: string };

// A qualified label key (optional DNS prefix and a name) and a label value (may be empty).
const KEY = /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^(?:[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/** Splits at commas that are not inside parentheses. */
function splitTerms(text: string): string[] | undefined {
  const terms: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return undefined;
    else if (c === ',' && depth === 0) {
      terms.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  terms.push(text.slice(start));
  return terms.map((t) => t.trim());
}

function parseTerm(term: string): Requirement | string {
  const set = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(term);
  if (set) {
    const [, key = '', op, list = ''] = set;
    const values = list.split(',').map((v) => v.trim());
    if (!KEY.test(key)) return `"${key}" is not a valid label key`;
    const bad = values.find((v) => !VALUE.test(v));
    if (bad !== undefined) return `"${bad}" is not a valid label value`;
    return { op: op === 'in' ? 'in' : 'notIn', key, values };
  }
  const equality = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
  if (equality) {
    const [, key = '', op, value = ''] = equality;
    if (!KEY.test(key)) return `"${key}" is not a valid label key`;
    if (!VALUE.test(value)) return `"${value}" is not a valid label value`;
    return { op: op === '!=' ? 'notIn' : 'in', key, values: [value] };
  }
  const negated = term.startsWith('!');
  const key = negated ? term.slice(1).trim() : term;
  if (!KEY.test(key)) return `"${term}" is not a label requirement (try key=value, key!=value, key in (a,b), key or !key)`;
  return { op: negated ? 'notExists' : 'exists', key };
}

export function parseLabelSelector(text: string): SelectorParse {
  const terms = splitTerms(text.trim());
  if (terms === undefined) return { ok: false, error: 'unbalanced parentheses' };
  const requirements: Requirement[] = [];
  for (const term of terms) {
    if (term === '') return { ok: false, error: 'an empty requirement (two commas, or a comma at the end)' };
    const parsed = parseTerm(term);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    requirements.push(parsed);
  }
  return { ok: true, requirements };
}

export function matchesRequirements(requirements: readonly Requirement[], labels: Readonly<Record<string, string>> | undefined): boolean {
  return requirements.every((r) => {
    // Own keys only: `toString` is a valid label key that no pod has unless it says so.
    const value = labels !== undefined && Object.hasOwn(labels, r.key) ? labels[r.key] : undefined;
    switch (r.op) {
      case 'exists':
        return value !== undefined;
      case 'notExists':
        return value === undefined;
      case 'in':
        return value !== undefined && r.values.includes(value);
      case 'notIn':
        return value === undefined || !r.values.includes(value);
    }
  });
}

const OPERATORS: Readonly<Record<string, Requirement['op']>> = { In: 'in', NotIn: 'notIn', Exists: 'exists', DoesNotExist: 'notExists' };

/** The requirements of a structured selector; undefined when an operator is not one Kubernetes defines (such a selector matches nothing). */
export function requirementsOf(selector: LabelSelector): Requirement[] | undefined {
  const requirements: Requirement[] = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => ({
    op: 'in',
    key,
    values: [value],
  }));
  for (const e of selector.matchExpressions ?? []) {
    const op = Object.hasOwn(OPERATORS, e.operator) ? OPERATORS[e.operator] : undefined;
    if (op === undefined) return undefined;
    requirements.push(op === 'in' || op === 'notIn' ? { op, key: e.key, values: e.values ?? [] } : { op, key: e.key });
  }
  return requirements;
}

/** The `labelSelector` query of list and watch requests for a structured selector. */
export function selectorText(selector: LabelSelector): string {
  const terms = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`);
  for (const e of selector.matchExpressions ?? []) {
    const values = (e.values ?? []).join(',');
    if (e.operator === 'In') terms.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') terms.push(`${e.key} notin (${values})`);
    else if (e.operator === 'Exists') terms.push(e.key);
    else if (e.operator === 'DoesNotExist') terms.push(`!${e.key}`);
  }
  return terms.join(',');
}

/** `app=web,tier in (back,front)` like kubectl describe prints a selector; `<none>` when empty. */
export function describedSelectorText(selector: LabelSelector | undefined): string {
  const parts: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) parts.push({ key, text: `${key}=${value}` });
  for (const e of selector?.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    const text =
      e.operator === 'In'
        ? `${e.key} in (${values})`
        : e.operator === 'NotIn'
          ? `${e.key} notin (${values})`
          : e.operator === 'DoesNotExist'
            ? `!${e.key}`
            : e.key;
    parts.push({ key: e.key, text });
  }
  if (parts.length === 0) return '<none>';
  return parts
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((p) => p.text)
    .join(',');
}

/** Whether the selector selects anything narrower than "everything". */
export function isEmptySelector(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}

export function selectorMatches(selector: LabelSelector, labels: Readonly<Record<string, string>> = {}): boolean {
  const requirements = requirementsOf(selector);
  return requirements !== undefined && matchesRequirements(requirements, labels);
}
