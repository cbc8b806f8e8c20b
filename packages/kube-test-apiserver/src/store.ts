// Object storage with one cluster-wide resourceVersion counter and an event history for watches,
// like etcd behind the API server: every write gets the next revision; old history is compacted.
import { randomUUID } from 'node:crypto';
import { clone, deepEqual, meta, omit, timestamp, type Obj } from './objects';

export type StoreEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  readonly type: StoreEventType;
  readonly rv: number;
  readonly resource: string;
  readonly namespace: string;
  readonly object: Obj;
  /** The object before this change (MODIFIED and DELETED). */
  readonly previous?: Obj;
}

const HISTORY_LIMIT = 5000;

function key(resource: string, namespace: string, name: string): string {
  return `${resource}/${namespace}/${name}`;
}

/** Everything outside metadata and status counts as spec for `metadata.generation`. */
function specChanged(before: Obj, after: Obj): boolean {
  return !deepEqual(omit(before, ['metadata', 'status']), omit(after, ['metadata', 'status']));
}

export class Store {
  private revision = 1;
  private readonly objects = new Map<string, Obj>();
  private history: StoreEvent[] = [];
  private compactedThrough = 0;
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private readonly pending: StoreEvent[] = [];
  private dispatching = false;

  get resourceVersion(): number {
    return this.revision;
  }

  /** Revisions at or below this are gone from history: watches from them get 410 Gone. */
  get compactedRevision(): number {
    return this.compactedThrough;
  }

  get(resource: string, namespace: string, name: string): Obj | undefined {
    const found = this.objects.get(key(resource, namespace, name));
    return found ? clone(found) : undefined;
  }

  list(resource: string, namespace?: string): Obj[] {
    const prefix = namespace === undefined ? `${resource}/` : `${resource}/${namespace}/`;
    const out: Obj[] = [];
    for (const [k, obj] of this.objects) if (k.startsWith(prefix)) out.push(clone(obj));
    return out.sort((a, b) => {
      const ma = meta(a);
      const mb = meta(b);
      return `${ma.namespace ?? ''}/${ma.name ?? ''}`.localeCompare(`${mb.namespace ?? ''}/${mb.name ?? ''}`);
    });
  }

  /** Stores a new object, filling the fields the server owns. Returns the stored copy. */
  create(resource: string, obj: Obj): Obj {
    const m = meta(obj);
    const namespace = m.namespace ?? '';
    const k = key(resource, namespace, m.name ?? '');
    if (this.objects.has(k)) throw new Error(`${k} exists`);
    m.uid = randomUUID();
    m.creationTimestamp ??= timestamp();
    m.generation = 1;
    m.resourceVersion = String(++this.revision);
    const stored = clone(obj);
    this.objects.set(k, stored);
    this.record({ type: 'ADDED', rv: this.revision, resource, namespace, object: clone(stored) });
    return clone(stored);
  }

  /** Replaces an existing object; a no-op write keeps the old resourceVersion, as the API server does. */
  update(resource: string, obj: Obj): Obj {
    const m = meta(obj);
    const namespace = m.namespace ?? '';
    const k = key(resource, namespace, m.name ?? '');
    const previous = this.objects.get(k);
    if (!previous) throw new Error(`${k} missing`);
    const pm = meta(previous);
    m.uid = pm.uid;
    m.creationTimestamp = pm.creationTimestamp;
    m.generation = (pm.generation ?? 1) + (specChanged(previous, obj) ? 1 : 0);
    m.resourceVersion = pm.resourceVersion;
    if (deepEqual(previous, obj)) return clone(previous);
    m.resourceVersion = String(++this.revision);
    const stored = clone(obj);
    this.objects.set(k, stored);
    this.record({ type: 'MODIFIED', rv: this.revision, resource, namespace, object: clone(stored), previous: clone(previous) });
    return clone(stored);
  }

  remove(resource: string, namespace: string, name: string): Obj | undefined {
    const k = key(resource, namespace, name);
    const previous = this.objects.get(k);
    if (!previous) return undefined;
    this.objects.delete(k);
    const final = clone(previous);
    meta(final).resourceVersion = String(++this.revision);
    this.record({ type: 'DELETED', rv: this.revision, resource, namespace, object: clone(final), previous: clone(previous) });
    return final;
  }

  /** History after a revision, or 'expired' when it has been compacted away. */
  eventsSince(rv: number): StoreEvent[] | 'expired' {
    if (rv < this.compactedThrough) return 'expired';
    return this.history.filter((e) => e.rv > rv);
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets all history so far, as etcd compaction does. */
  compact(): void {
    this.compactedThrough = this.revision;
    this.history = [];
  }

  private record(event: StoreEvent): void {
    this.history.push(event);
    if (this.history.length > HISTORY_LIMIT) {
      const dropped = this.history.splice(0, this.history.length - HISTORY_LIMIT);
      this.compactedThrough = dropped[dropped.length - 1]?.rv ?? this.compactedThrough;
    }
    // Writes made by listeners are delivered after the current event, so everyone sees one order.
    this.pending.push(event);
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      for (let next = this.pending.shift(); next; next = this.pending.shift()) {
        for (const listener of [...this.listeners]) {
          try {
            listener(next);
          } catch (error) {
            console.error('podwright test apiserver: store listener failed:', error);
          }
        }
      }
    } finally {
      this.dispatching = false;
    }
  }
}
