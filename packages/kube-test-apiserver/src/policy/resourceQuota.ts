// ResourceQuota admission for pods: a new pod whose count, cpu or memory (requests and limits)
// would take its namespace past a quota's `spec.hard` is refused with the quota plugin's 403
// (`exceeded quota: NAME, requested: …, used: …, limited: …`). Usage is counted from the stored
// pods that have not finished, as the quota controller counts them.
import { asArray, isObj, meta, type Obj } from '../objects';
import { ApiError, status } from '../status';
import type { Store } from '../store';
import { parseQuantity } from '../validation/quantity';

/** What a pod counts against each quota resource name. */
function podUsage(pod: Obj): Map<string, number> {
  const spec = isObj(pod.spec) ? pod.spec : {};
  const usage = new Map<string, number>([
    ['pods', 1],
    ['count/pods', 1],
  ]);
  const sum = (kind: 'requests' | 'limits', resource: string): number =>
    asArray(spec.containers)
      .filter(isObj)
      .reduce((total, c) => {
        const resources = isObj(c.resources) ? c.resources : {};
        const values = isObj(resources[kind]) ? resources[kind] : {};
        // An unset request defaults to the limit, as the API server defaults it.
        const fallback = kind === 'requests' && isObj(resources.limits) ? resources.limits[resource] : undefined;
        return total + (parseQuantity(values[resource] ?? fallback) ?? 0);
      }, 0);
  for (const resource of ['cpu', 'memory']) {
    usage.set(`requests.${resource}`, sum('requests', resource));
    usage.set(resource, sum('requests', resource));
    usage.set(`limits.${resource}`, sum('limits', resource));
  }
  return usage;
}

/** Quantities as the quota plugin prints them: cpu in millicores when fractional, bytes as `Mi`/`Gi` when whole. */
function formatQuantity(resource: string, value: number): string {
  if (resource === 'pods' || resource === 'count/pods') return String(value);
  if (resource.endsWith('cpu')) return Number.isInteger(value) ? String(value) : `${Math.round(value * 1000)}m`;
  for (const [suffix, size] of [
    ['Gi', 2 ** 30],
    ['Mi', 2 ** 20],
    ['Ki', 2 ** 10],
  ] as const) {
    if (value >= size && value % size === 0) return `${value / size}${suffix}`;
  }
  return String(value);
}

function finished(pod: Obj): boolean {
  const phase = isObj(pod.status) ? pod.status.phase : undefined;
  return phase === 'Succeeded' || phase === 'Failed';
}

/** Throws the quota plugin's 403 when creating `pod` in `namespace` exceeds a quota there. */
export function admitQuota(store: Store, namespace: string, pod: Obj): void {
  const quotas = store.list('resourcequotas', namespace);
  if (quotas.length === 0) return;
  const requested = podUsage(pod);
  const used = new Map<string, number>();
  for (const other of store.list('pods', namespace)) {
    if (finished(other) || meta(other).deletionTimestamp) continue;
    for (const [resource, amount] of podUsage(other)) used.set(resource, (used.get(resource) ?? 0) + amount);
  }
  for (const quota of quotas) {
    const hard = isObj(quota.spec) && isObj(quota.spec.hard) ? quota.spec.hard : {};
    const exceeded = Object.keys(hard)
      .sort()
      .filter((resource) => {
        const limit = parseQuantity(hard[resource]);
        const want = requested.get(resource) ?? 0;
        return limit !== undefined && want > 0 && (used.get(resource) ?? 0) + want > limit;
      });
    if (exceeded.length === 0) continue;
    const list = (values: (resource: string) => string): string => exceeded.map((r) => `${r}=${values(r)}`).join(',');
    const message =
      `pods "${meta(pod).name ?? ''}" is forbidden: exceeded quota: ${meta(quota).name ?? ''}, ` +
      `requested: ${list((r) => formatQuantity(r, requested.get(r) ?? 0))}, ` +
      `used: ${list((r) => formatQuantity(r, used.get(r) ?? 0))}, ` +
      `limited: ${list((r) => String(hard[r]))}`;
    throw new ApiError(status(403, 'Forbidden', message, { name: meta(pod).name ?? '', kind: 'pods' }));
  }
}
