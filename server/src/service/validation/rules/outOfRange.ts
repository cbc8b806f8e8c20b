// out-of-range: numbers Kubernetes validation refuses — ports outside 1–65535, negative counts and
// durations, probe thresholds below 1, file modes above 0777, scheduling weights outside 1–100.
import { isScalar } from 'yaml';
import type { Rule } from '../rule';
import { walkTyped } from '../typedWalk';
import { structuralContext } from '../yamlText';

interface Bounds {
  readonly min: number;
  readonly max?: number;
  /** Why, in a learner's words. */
  readonly note?: string;
}

const PORT: Bounds = { min: 1, max: 65535, note: 'a port number is between 1 and 65535' };
const COUNT: Bounds = { min: 0, note: 'it cannot be negative' };
const AT_LEAST_ONE: Bounds = { min: 1, note: 'it must be at least 1' };

/** Bounds by field name; the API reuses these names with the same meaning wherever they appear. */
const BOUNDS: Readonly<Record<string, Bounds>> = {
  containerPort: PORT,
  // 0 means "no host port" and is accepted.
  hostPort: { min: 0, max: 65535, note: 'a port number is between 1 and 65535' },
  port: PORT,
  targetPort: PORT,
  replicas: COUNT,
  completions: COUNT,
  parallelism: COUNT,
  backoffLimit: COUNT,
  backoffLimitPerIndex: COUNT,
  maxFailedIndexes: COUNT,
  revisionHistoryLimit: COUNT,
  successfulJobsHistoryLimit: COUNT,
  failedJobsHistoryLimit: COUNT,
  partition: COUNT,
  maxSurge: COUNT,
  maxUnavailable: COUNT,
  runAsUser: COUNT,
  runAsGroup: COUNT,
  fsGroup: COUNT,
  activeDeadlineSeconds: { min: 1, note: 'it must be a positive number of seconds' },
  periodSeconds: AT_LEAST_ONE,
  timeoutSeconds: AT_LEAST_ONE,
  successThreshold: AT_LEAST_ONE,
  failureThreshold: AT_LEAST_ONE,
  maxSkew: AT_LEAST_ONE,
  minDomains: AT_LEAST_ONE,
  weight: { min: 1, max: 100, note: 'a weight is between 1 and 100' },
  defaultMode: { min: 0, max: 0o777, note: 'a file mode is between 0 and 0777 (511 in decimal)' },
  mode: { min: 0, max: 0o777, note: 'a file mode is between 0 and 0777 (511 in decimal)' },
  expirationSeconds: { min: 600, max: 2 ** 32, note: 'a service account token must last at least 10 minutes' },
  // Zero and negative tolerations mean "evict at once" and are accepted.
  tolerationSeconds: { min: Number.NEGATIVE_INFINITY },
};

/** Any other duration in seconds cannot be negative. */
function boundsFor(name: string): Bounds | undefined {
  return BOUNDS[name] ?? (name.endsWith('Seconds') ? COUNT : undefined);
}

export const outOfRangeRule: Rule = {
  codes: ['out-of-range'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const { kind, model, document } = context;
    walkTyped(model, kind.def.type, document.chunk.yaml.contents, {
      node(visit) {
        const field = visit.field;
        const node = visit.node;
        const last = visit.path[visit.path.length - 1];
        // Only a field's own number: list items and map values of the field are other things.
        if (!field || last !== field.name || visit.expected.kind !== 'scalar' || !isScalar(node) || typeof node.value !== 'number') return;
        const scalar = visit.expected.name;
        if (scalar !== 'integer' && scalar !== 'int-or-string' && scalar !== 'number') return;
        const bounds = boundsFor(field.name);
        const value = node.value;
        if (!bounds || (value >= bounds.min && (bounds.max === undefined || value <= bounds.max))) return;
        const [start, end] = context.rangeOf(node);
        const range = bounds.max === undefined ? `at least ${bounds.min}` : `between ${bounds.min} and ${bounds.max}`;
        context.report({
          code: 'out-of-range',
          severity: 'error',
          start,
          end,
          message: `\`${field.name}: ${String(value)}\` is out of range: ${bounds.note ?? `it must be ${range}`} (allowed: ${range}).`,
        });
      },
    });
  },
};
