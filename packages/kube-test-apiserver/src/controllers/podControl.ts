// What the workload controllers share: owner references as controllers set them, which pods count
// as active, ready and available, and creating/deleting pods through the API (admission,
// defaulting, validation, managedFields) with the events a controller records for each.
import type { ApiCore } from '../core/core';
import type { EventRecorder, EventSource } from '../core/events';
import { asArray, asString, clone, isObj, meta, type Obj } from '../objects';
import { resourceByName } from '../resources';
import { ApiError } from '../status';

/** Kube-controller-manager writes under one field manager, whichever controller it is. */
export const MANAGER = 'kube-controller-manager';

export interface ControllerContext {
  readonly core: ApiCore;
  readonly events: EventRecorder;
}

export function controllerRef(obj: Obj): Obj | undefined {
  return (meta(obj).ownerReferences ?? []).find((r) => isObj(r) && r.controller === true);
}

/** The reference a controller puts on what it creates or adopts. */
export function ownerReference(owner: Obj): Obj {
  const m = meta(owner);
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: m.name, uid: m.uid, controller: true, blockOwnerDeletion: true };
}

export function isControlledBy(obj: Obj, owner: Obj): boolean {
  const ref = controllerRef(obj);
  return ref !== undefined && ref.uid === meta(owner).uid;
}

function phase(pod: Obj): string | undefined {
  return isObj(pod.status) ? asString(pod.status.phase) : undefined;
}

export function isFinished(pod: Obj): boolean {
  const p = phase(pod);
  return p === 'Succeeded' || p === 'Failed';
}

/** Counts toward a controller's replicas: neither finished nor being deleted. */
export function isActive(pod: Obj): boolean {
  return !isFinished(pod) && meta(pod).deletionTimestamp === undefined;
}

function readyCondition(pod: Obj): Obj | undefined {
  const conditions = isObj(pod.status) ? asArray(pod.status.conditions) : [];
  return conditions.filter(isObj).find((c) => c.type === 'Ready');
}

export function isReady(pod: Obj): boolean {
  return readyCondition(pod)?.status === 'True';
}

/** Since when the pod has been ready (ms), or undefined when it is not ready. */
export function readySince(pod: Obj): number | undefined {
  const condition = readyCondition(pod);
  if (condition?.status !== 'True') return undefined;
  const at = Date.parse(asString(condition.lastTransitionTime) ?? '');
  return Number.isNaN(at) ? 0 : at;
}

/** Ready for at least minReadySeconds; otherwise how long until it will be (ms), if ready at all. */
export function availability(pod: Obj, minReadySeconds: number, now = Date.now()): { available: boolean; inMs?: number } {
  const since = readySince(pod);
  if (since === undefined) return { available: false };
  const at = since + minReadySeconds * 1000;
  // Condition times have whole seconds; a pod ready "this second" with minReadySeconds 0 is available.
  return minReadySeconds <= 0 || at <= now ? { available: true } : { available: false, inMs: at - now };
}

export function podsOf(core: ApiCore, namespace: string, owner: Obj): Obj[] {
  return core.store.list('pods', namespace).filter((p) => isControlledBy(p, owner));
}

function namespaceTerminating(error: unknown): boolean {
  return error instanceof ApiError && (error.status.details?.causes ?? []).some((c) => c.reason === 'NamespaceTerminating');
}

/** A pod for `owner` from its template, named `<prefix><5 random>` by the API server. */
export function podFromTemplate(template: unknown, owner: Obj, prefix: string, extraLabels: Readonly<Record<string, string>> = {}): Obj {
  const t = isObj(template) ? clone(template) : {};
  const tm = isObj(t.metadata) ? t.metadata : {};
  const metadata: Obj = {
    generateName: prefix,
    namespace: meta(owner).namespace,
    labels: { ...(isObj(tm.labels) ? tm.labels : {}), ...extraLabels },
    ownerReferences: [ownerReference(owner)],
  };
  if (isObj(tm.annotations)) metadata.annotations = tm.annotations;
  if (Array.isArray(tm.finalizers)) metadata.finalizers = tm.finalizers;
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: isObj(t.spec) ? t.spec : {} };
}

/** Creates a pod as a controller does; records SuccessfulCreate, or FailedCreate with the API's answer. */
export function createPod(ctx: ControllerContext, source: EventSource, owner: Obj, pod: Obj): { pod?: Obj; error?: string } {
  try {
    const created = ctx.core.create(resourceByName('pods'), meta(owner).namespace ?? '', pod, {
      dryRun: false,
      fieldManager: MANAGER,
      fieldValidation: 'Ignore',
    });
    ctx.events.record(owner, source, 'Normal', 'SuccessfulCreate', `Created pod: ${meta(created.object).name ?? ''}`);
    return { pod: created.object };
  } catch (error) {
    // A terminating namespace refuses new pods; controllers say nothing about it.
    if (namespaceTerminating(error)) return {};
    const message = `Error creating: ${error instanceof Error ? error.message : String(error)}`;
    ctx.events.record(owner, source, 'Warning', 'FailedCreate', message);
    return { error: message };
  }
}

export function deletePod(ctx: ControllerContext, source: EventSource, owner: Obj, pod: Obj): void {
  const name = meta(pod).name ?? '';
  try {
    ctx.core.delete(resourceByName('pods'), meta(pod).namespace ?? '', name, { dryRun: false });
    ctx.events.record(owner, source, 'Normal', 'SuccessfulDelete', `Deleted pod: ${name}`);
  } catch (error) {
    ctx.events.record(
      owner,
      source,
      'Warning',
      'FailedDelete',
      `Error deleting: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
