// The live object without server bookkeeping (managedFields, resourceVersion, uid, status, ...),
// and the part of it a field manager owns, so diffs show what matters.
import type { KubeObject } from './kubeObject';

const SERVER_METADATA = ['managedFields', 'resourceVersion', 'uid', 'generation', 'creationTimestamp', 'selfLink'];
const NOISY_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision'];

export function cleanLiveObject(obj: KubeObject, options: { keepStatus?: boolean } = {}): KubeObject {
  const copy = structuredClone(obj);
  if (!options.keepStatus) delete copy.status;
  const metadata = copy.metadata;
  if (metadata) {
    for (const key of SERVER_METADATA) delete metadata[key];
    if (metadata.annotations) {
      for (const key of NOISY_ANNOTATIONS) delete metadata.annotations[key];
      if (Object.keys(metadata.annotations).length === 0) delete metadata.annotations;
    }
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matchesKey(item: unknown, key: Record<string, unknown>): boolean {
  return isRecord(item) && Object.entries(key).every(([k, v]) => (item[k] ?? (k === 'protocol' ? 'TCP' : undefined)) === v);
}

/** Copies from `value` only what a FieldsV1 set names. */
function project(value: unknown, fields: Record<string, unknown>): unknown {
  if (Object.keys(fields).length === 0 || (Object.keys(fields).length === 1 && '.' in fields)) return structuredClone(value);
  if (Array.isArray(value)) {
    const items = value as unknown[];
    const out: unknown[] = [];
    for (const [element, child] of Object.entries(fields)) {
      if (!isRecord(child)) continue;
      if (element.startsWith('k:')) {
        const key = JSON.parse(element.slice(2)) as Record<string, unknown>;
        const item = items.find((x) => matchesKey(x, key));
        if (item !== undefined) out.push(project(item, child));
      } else if (element.startsWith('v:')) {
        out.push(JSON.parse(element.slice(2)) as unknown);
      } else if (element.startsWith('i:')) {
        const item = items[Number(element.slice(2))];
        if (item !== undefined) out.push(project(item, child));
      }
    }
    return out;
  }
  if (!isRecord(value)) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const [element, child] of Object.entries(fields)) {
    if (!element.startsWith('f:') || !isRecord(child)) continue;
    const name = element.slice(2);
    if (name in value) out[name] = project(value[name], child);
  }
  return out;
}

/**
 * `obj` narrowed to the fields `manager` applied according to `owner`'s managedFields, plus
 * identity; undefined when `owner` has no Apply entry of that manager. With `owner` the dry-run
 * result, this gives both sides of an apply diff limited to the fields the apply will own.
 */
export function narrowToManaged(obj: KubeObject, owner: KubeObject, manager: string): KubeObject | undefined {
  const entry = owner.metadata?.managedFields?.find((e) => e.manager === manager && e.operation === 'Apply' && !e.subresource);
  if (!entry?.fieldsV1) return undefined;
  const owned = project(obj, entry.fieldsV1) as KubeObject;
  const metadata = {
    name: obj.metadata?.name,
    ...(obj.metadata?.namespace ? { namespace: obj.metadata.namespace } : {}),
    ...(owned.metadata ?? {}),
  };
  return { apiVersion: obj.apiVersion, kind: obj.kind, ...owned, metadata };
}

/** The fields of `obj` that `manager` applied (its Apply entry), plus identity. */
export function ownedBy(obj: KubeObject, manager: string): KubeObject {
  return (
    narrowToManaged(obj, obj, manager) ?? {
      apiVersion: obj.apiVersion,
      kind: obj.kind,
      metadata: { name: obj.metadata?.name, ...(obj.metadata?.namespace ? { namespace: obj.metadata.namespace } : {}) },
    }
  );
}
