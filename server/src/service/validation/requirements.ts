// Which fields an object must have. The API's own `required` lists miss what its validation demands
// of objects people create by hand: a name, a spec, a container image. Those are added here.
import type { PathSegment } from '../schema/resolvePath';
import { decodeType, type FieldType, type TypeModel } from '../schema/model';

const CONTAINER = 'io.k8s.api.core.v1.Container';
const EPHEMERAL_CONTAINER = 'io.k8s.api.core.v1.EphemeralContainer';
const POD_TEMPLATE_SPEC = 'io.k8s.api.core.v1.PodTemplateSpec';
const JOB_TEMPLATE_SPEC = 'io.k8s.api.batch.v1.JobTemplateSpec';
const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/**
 * Kinds the API server rejects without a `spec`: the pod-bearing ones, and those whose spec holds
 * fields their validation demands. Many kinds are fine without one (a Namespace, a
 * PodDisruptionBudget), so `spec` is not required everywhere.
 */
const SPEC_REQUIRED = new Set([
  'io.k8s.api.core.v1.Pod',
  'io.k8s.api.core.v1.PodTemplate',
  'io.k8s.api.core.v1.ReplicationController',
  'io.k8s.api.apps.v1.Deployment',
  'io.k8s.api.apps.v1.ReplicaSet',
  'io.k8s.api.apps.v1.StatefulSet',
  'io.k8s.api.apps.v1.DaemonSet',
  'io.k8s.api.batch.v1.Job',
  'io.k8s.api.batch.v1.CronJob',
  'io.k8s.api.core.v1.PersistentVolumeClaim',
  'io.k8s.api.core.v1.PersistentVolume',
  'io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler',
  'io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler',
  'io.k8s.api.networking.v1.Ingress',
]);

/** Whether objects of this root type are pod-bearing, so that "it says what to run" fits their `spec`. */
export function runsPods(typeId: string): boolean {
  return (
    SPEC_REQUIRED.has(typeId) &&
    /\.(core|apps|batch)\.v1\.(Pod|PodTemplate|ReplicationController|Deployment|ReplicaSet|StatefulSet|DaemonSet|Job|CronJob)$/.test(typeId)
  );
}

export interface Requirement {
  readonly name: string;
  /** The requirement is lifted when this sibling is present (`generateName` stands in for `name`). */
  readonly unlessPresent?: string;
  /** An empty string counts as missing (Kubernetes answers "Required value" for `name: ""`). */
  readonly nonEmpty?: boolean;
}

const cache = new WeakMap<TypeModel, { generation: number; byType: Map<string, readonly Requirement[]> }>();

/** The fields an object of `typeId` at `path` must have. Cached: every object of a document asks. */
export function requirementsOf(model: TypeModel, typeId: string, path: readonly PathSegment[]): readonly Requirement[] {
  // Only the document root and its `metadata` have requirements that depend on the place.
  const place = path.length === 0 ? 'root' : path.length === 1 && path[0] === 'metadata' ? 'metadata' : '';
  let cached = cache.get(model);
  // Custom schemas changed: their types' requirements may have too.
  if (cached?.generation !== model.generation) {
    cached = { generation: model.generation, byType: new Map<string, readonly Requirement[]>() };
    cache.set(model, cached);
  }
  const byType = cached.byType;
  const key = `${place}|${typeId}`;
  let found = byType.get(key);
  if (!found) byType.set(key, (found = computeRequirements(model, typeId, place)));
  return found;
}

function computeRequirements(model: TypeModel, typeId: string, place: string): Requirement[] {
  const out: Requirement[] = [];
  for (const field of model.fields(typeId))
    if (field.def.r) out.push({ name: field.name, ...(field.name === 'name' ? { nonEmpty: true } : {}) });
  const has = (name: string): boolean => out.some((r) => r.name === name);
  const add = (requirement: Requirement): void => {
    if (!has(requirement.name) && model.field(typeId, requirement.name)) out.push(requirement);
  };
  if (place === 'root') {
    add({ name: 'metadata' });
    if (SPEC_REQUIRED.has(typeId)) add({ name: 'spec' });
  }
  if (typeId === OBJECT_META && place === 'metadata') add({ name: 'name', unlessPresent: 'generateName', nonEmpty: true });
  if (typeId === CONTAINER || typeId === EPHEMERAL_CONTAINER) add({ name: 'image', nonEmpty: true });
  if (typeId === POD_TEMPLATE_SPEC || typeId === JOB_TEMPLATE_SPEC) add({ name: 'spec' });
  return out;
}

/** Whether the field `name` of an object of `typeId` at `path` is required. */
export function isRequiredField(model: TypeModel, typeId: string, path: readonly PathSegment[], name: string): boolean {
  return requirementsOf(model, typeId, path).some((r) => r.name === name && r.unlessPresent === undefined);
}

/** A placeholder value as YAML lines (the first line continues `name:`), built from the requirements. */
export type Skeleton = { readonly scalar: string } | { readonly fields: readonly [string, Skeleton][] } | { readonly item: Skeleton };

const MAX_SKELETON_DEPTH = 5;

function placeholder(type: FieldType): string {
  if (type.kind === 'scalar') {
    if (type.name === 'integer' || type.name === 'number' || type.name === 'int-or-string') return '0';
    if (type.name === 'boolean') return 'false';
    return '""';
  }
  return type.kind === 'array' ? '[]' : '{}';
}

/** Values to fill in where the API has one usual choice, by field name (an Ingress path's `pathType`). */
const USUAL_VALUES: Readonly<Record<string, string>> = { pathType: 'Prefix' };

export function skeletonOf(model: TypeModel, type: FieldType, path: readonly PathSegment[], depth = 0): Skeleton {
  const name = path[path.length - 1];
  if (type.kind === 'scalar' && typeof name === 'string' && Object.hasOwn(USUAL_VALUES, name))
    return { scalar: USUAL_VALUES[name] ?? '""' };
  if (depth >= MAX_SKELETON_DEPTH) return { scalar: placeholder(type) };
  if (type.kind === 'object') {
    // `name` (rather than its alternative `generateName`) is what a placeholder should show.
    const fields = requirementsOf(model, type.typeId, path).map((r): [string, Skeleton] => {
      const field = model.field(type.typeId, r.name);
      return [r.name, skeletonOf(model, field ? field.type : decodeType('string'), [...path, r.name], depth + 1)];
    });
    return fields.length > 0 ? { fields } : { scalar: '{}' };
  }
  if (type.kind === 'array' && type.items.kind === 'object') {
    const item = skeletonOf(model, type.items, [...path, 0], depth + 1);
    return 'fields' in item ? { item } : { scalar: '[]' };
  }
  return { scalar: placeholder(type) };
}

/** `name: value` as block YAML lines, unindented; nested levels use two spaces. */
export function renderField(name: string, skeleton: Skeleton): string[] {
  if ('scalar' in skeleton) return [`${name}: ${skeleton.scalar}`];
  if ('fields' in skeleton) return [`${name}:`, ...skeleton.fields.flatMap(([k, v]) => renderField(k, v).map((l) => `  ${l}`))];
  return [`${name}:`, ...renderItem(skeleton.item).map((l) => `  ${l}`)];
}

function renderItem(item: Skeleton): string[] {
  if (!('fields' in item)) return ['- {}'];
  const lines = item.fields.flatMap(([k, v]) => renderField(k, v));
  return lines.map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`));
}

/** The value part only, for a key that is already written (`spec:` with nothing under it). */
export function renderValue(skeleton: Skeleton): string[] {
  if ('scalar' in skeleton) return [skeleton.scalar];
  if ('fields' in skeleton) return skeleton.fields.flatMap(([k, v]) => renderField(k, v));
  return renderItem(skeleton.item);
}
