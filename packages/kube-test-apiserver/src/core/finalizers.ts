// Finalizers as the API server honours them: deleting an object that has finalizers only marks it
// (deletionTimestamp); it goes once its grace period is over (deletionGracePeriodSeconds 0) and
// the last finalizer has been removed by whoever owns it.
import { meta, timestamp, type Obj } from '../objects';
import type { Store } from '../store';

export function hasFinalizers(obj: Obj): boolean {
  return (meta(obj).finalizers ?? []).length > 0;
}

/** Marked for deletion, grace over, no finalizer left: the object is removed now. */
export function readyToRemove(obj: Obj): boolean {
  const m = meta(obj);
  return m.deletionTimestamp !== undefined && m.deletionGracePeriodSeconds === 0 && !hasFinalizers(obj);
}

/** Marks an object with finalizers as deleted (grace 0) instead of removing it. */
export function markDeleted(store: Store, resource: string, obj: Obj): Obj {
  const m = meta(obj);
  if (m.deletionTimestamp !== undefined && m.deletionGracePeriodSeconds === 0) return obj;
  m.deletionTimestamp ??= timestamp();
  m.deletionGracePeriodSeconds = 0;
  return store.update(resource, obj);
}

/** The end of a graceful deletion: removes the object, or leaves it marked while finalizers remain. */
export function finishDeletion(store: Store, resource: string, namespace: string, name: string): void {
  const live = store.get(resource, namespace, name);
  if (!live) return;
  if (hasFinalizers(live)) markDeleted(store, resource, live);
  else store.remove(resource, namespace, name);
}
