// Label selectors (equality and set based) and field selectors, as list and watch accept them.
import { badRequest } from './status';
import { getPath, meta, text, type Obj } from './objects';

type Requirement =
  | { op: 'eq' | 'neq'; key: string; values: string[] }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'exists' | 'notexists'; key: string; values: string[] };

export type Matcher = (obj: Obj) => boolean;

/** Splits at commas that are not inside parentheses. */
function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '') terms.push(current.trim());
  return terms;
}

function parseRequirement(term: string): Requirement {
  const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term);
  if (set) {
    const values = (set[3] ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    return { op: set[2] === 'in' ? 'in' : 'notin', key: set[1] ?? '', values };
  }
  const neq = /^([^!=\s]+)\s*!=\s*(\S*)$/.exec(term);
  if (neq) return { op: 'neq', key: neq[1] ?? '', values: [neq[2] ?? ''] };
  const eq = /^([^!=\s]+)\s*==?\s*(\S*)$/.exec(term);
  if (eq) return { op: 'eq', key: eq[1] ?? '', values: [eq[2] ?? ''] };
  const notExists = /^!\s*(\S+)$/.exec(term);
  if (notExists) return { op: 'notexists', key: notExists[1] ?? '', values: [] };
  if (/^[A-Za-z0-9][-A-Za-z0-9_./]*$/.test(term)) return { op: 'exists', key: term, values: [] };
  throw badRequest(`unable to parse requirement: found '${term}', expected: identifier`);
}

function matches(req: Requirement, value: string | undefined): boolean {
  switch (req.op) {
    case 'eq':
      return value === req.values[0];
    case 'neq':
      return value !== req.values[0];
    case 'in':
      return value !== undefined && req.values.includes(value);
    case 'notin':
      return value === undefined || !req.values.includes(value);
    case 'exists':
      return value !== undefined;
    case 'notexists':
      return value === undefined;
  }
}

export function labelSelector(text: string | null): Matcher {
  if (!text) return () => true;
  const requirements = splitTerms(text).map(parseRequirement);
  return (obj) => {
    const labels = meta(obj).labels ?? {};
    return requirements.every((r) => matches(r, labels[r.key]));
  };
}

/** Field selector keys each resource supports (beyond metadata.name and metadata.namespace). */
const FIELD_KEYS: Record<string, string[]> = {
  pods: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName',
  ],
  events: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  secrets: ['type'],
  namespaces: ['status.phase'],
  replicasets: ['status.replicas'],
  jobs: ['status.successful'],
};

function fieldValue(obj: Obj, field: string): string | undefined {
  const value = field === 'source' ? getPath(obj, ['source', 'component']) : getPath(obj, field.split('.'));
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? undefined : text(value);
}

export function fieldSelector(resource: string, text: string | null): Matcher {
  if (!text) return () => true;
  const requirements = splitTerms(text).map((term) => {
    const req = parseRequirement(term);
    if (req.op !== 'eq' && req.op !== 'neq') throw badRequest(`invalid field selector: '${term}'`);
    const allowed = ['metadata.name', 'metadata.namespace', ...(FIELD_KEYS[resource] ?? [])];
    if (!allowed.includes(req.key)) {
      throw badRequest(`field label not supported: ${req.key}`);
    }
    return req;
  });
  return (obj) => requirements.every((r) => matches(r, fieldValue(obj, r.key)));
}
