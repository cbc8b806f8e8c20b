// Background garbage collection through ownerReferences, as the garbage collector controller does
// it: when an owner goes, each dependent whose other owners are gone too is deleted (and its own
// dependents follow when it is gone); a dependent that still has a live owner only loses the
// reference to the missing one. A reference whose owner does not exist (or has another uid) counts
// as missing, also when it was already missing when the dependent was written. Owners of kinds
// this server does not serve are left alone, as the real collector cannot resolve them either.
import type { ApiCore } from '../core/core';
import { meta, type Obj } from '../objects';
import { findKind, resourceByName, RESOURCE_TYPES } from '../resources';
import type { StoreEvent } from '../store';
import { MANAGER } from './podControl';

interface Candidate {
  readonly resource: string;
  readonly namespace: string;
  readonly name: string;
}

export class GarbageCollector {
  private readonly unsubscribe: () => void;
  private readonly pending = new Map<string, Candidate>();
  private scheduled = false;
  private stopped = false;

  constructor(private readonly core: ApiCore) {
    this.unsubscribe = core.store.subscribe((event) => this.onEvent(event));
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    this.pending.clear();
  }

  private onEvent(event: StoreEvent): void {
    if (event.type === 'DELETED') {
      const uid = meta(event.object).uid;
      const ownerType = RESOURCE_TYPES.find((t) => t.resource === event.resource);
      if (!uid || !ownerType) return;
      // Namespaced owners own objects in their namespace; cluster-scoped ones anywhere.
      for (const type of RESOURCE_TYPES) {
        if (ownerType.namespaced && !type.namespaced) continue;
        for (const obj of this.core.store.list(type.resource, ownerType.namespaced ? event.namespace : undefined)) {
          if ((meta(obj).ownerReferences ?? []).some((r) => r.uid === uid)) this.enqueue(type.resource, obj);
        }
      }
    } else if ((meta(event.object).ownerReferences ?? []).length > 0) {
      this.enqueue(event.resource, event.object);
    }
  }

  private enqueue(resource: string, obj: Obj): void {
    if (this.stopped) return;
    const m = meta(obj);
    const candidate = { resource, namespace: m.namespace ?? '', name: m.name ?? '' };
    this.pending.set(`${resource}/${candidate.namespace}/${candidate.name}`, candidate);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batch = [...this.pending.values()];
      this.pending.clear();
      for (const c of batch) {
        try {
          this.collect(c);
        } catch (error) {
          console.error('podwright test apiserver: garbage collector failed:', error);
        }
      }
    });
  }

  /** Whether the owner a reference names exists with that uid; undefined when its kind is unknown here. */
  private ownerExists(ref: Obj, namespace: string): boolean | undefined {
    const type = findKind(String(ref.apiVersion), String(ref.kind));
    if (!type) return undefined;
    const owner = this.core.store.get(type.resource, type.namespaced ? namespace : '', String(ref.name));
    return owner !== undefined && meta(owner).uid === ref.uid;
  }

  private collect(c: Candidate): void {
    if (this.stopped) return;
    const live = this.core.store.get(c.resource, c.namespace, c.name);
    if (!live || meta(live).deletionTimestamp !== undefined) return;
    const refs = meta(live).ownerReferences ?? [];
    if (refs.length === 0) return;
    const missing = refs.filter((r) => this.ownerExists(r, c.namespace) === false);
    if (missing.length === 0) return;
    const type = resourceByName(c.resource);
    if (missing.length < refs.length) {
      meta(live).ownerReferences = refs.filter((r) => !missing.includes(r));
      this.core.systemUpdate(type, live, MANAGER);
      return;
    }
    try {
      this.core.delete(type, c.namespace, c.name, { dryRun: false });
    } catch {
      // gone meanwhile
    }
  }
}
