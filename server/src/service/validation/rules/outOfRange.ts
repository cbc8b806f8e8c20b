// out-of-range: numbers Kubernetes validation refuses — ports outside 1–65535, negative counts and
// durations, probe thresholds below 1, file modes above 0777, scheduling weights outside 1–100.
// Fields of custom resources are left to their schema's limits (schema-range).
import { isScalar } from 'yaml';
import { isCustomTypeId } from '../../schema/model';
import { outOfRangeMessages, type RangeNote } from '../messages/outOfRange';
import type { Rule } from '../rule';
import { walkTyped } from '../typedWalk';
import { structuralContext } from '../yamlText';

interface Bounds {
  readonly min: number;
  readonly max?: number;
  /** Why, in a learner's words (worded in messages/outOfRange.ts). */
  readonly note?: RangeNote;
}

const PORT: Bounds = { min: 1, max: 65535, note: 'port' };
const COUNT: Bounds = { min: 0, note: 'notNegative' };
const AT_LEAST_ONE: Bounds = { min: 1, note: 'atLeastOne' };

/** Bounds by field name; the API reuses these names with the same meaning wherever they appear. */
const BOUNDS: Readonly<Record<string, Bounds>> = {
  containerPort: PORT,
  // 0 means "no host port" and is accepted.
  hostPort: { min: 0, max: 65535, note: 'port' },
  port: PORT,
  // 0 (like leaving it out) means "the same as `port`": the API server fills it in.
  targetPort: { min: 0, max: 65535, note: 'port' },
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
  activeDeadlineSeconds: { min: 1, note: 'positiveSeconds' },
  periodSeconds: AT_LEAST_ONE,
  timeoutSeconds: AT_LEAST_ONE,
  successThreshold: AT_LEAST_ONE,
  failureThreshold: AT_LEAST_ONE,
  maxSkew: AT_LEAST_ONE,
  minDomains: AT_LEAST_ONE,
  weight: { min: 1, max: 100, note: 'weight' },
  defaultMode: { min: 0, max: 0o777, note: 'fileMode' },
  mode: { min: 0, max: 0o777, note: 'fileMode' },
  expirationSeconds: { min: 600, max: 2 ** 32, note: 'tokenLifetime' },
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
        // The names mean what they mean in Kubernetes' own API; a custom schema says its own limits (schema-range).
        if (isCustomTypeId(field.ownerTypeId)) return;
        const scalar = visit.expected.name;
        if (scalar !== 'integer' && scalar !== 'int-or-string' && scalar !== 'number') return;
        const bounds = boundsFor(field.name);
        const value = node.value;
        if (!bounds || (value >= bounds.min && (bounds.max === undefined || value <= bounds.max))) return;
        const [start, end] = context.rangeOf(node);
        context.report({
          code: 'out-of-range',
          severity: 'error',
          start,
          end,
          message: outOfRangeMessages[context.settings.language].outOfRange(field.name, String(value), bounds.min, bounds.max, bounds.note),
        });
      },
    });
  },
};
