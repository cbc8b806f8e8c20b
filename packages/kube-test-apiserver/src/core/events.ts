// Records core/v1 Events the way the kubelet and scheduler do: one object per distinct
// (object, reason, message), with `count` and `lastTimestamp` bumped when it repeats.
import { meta, timestamp, type Obj } from '../objects';
import { resourceByName } from '../resources';
import type { ApiCore } from './core';

export type EventType = 'Normal' | 'Warning';

export interface EventSource {
  readonly component: string;
  readonly host?: string;
}

let sequence = 0n;

/** Event names end in the hex of a nanosecond clock, so name order is time order. */
function eventSuffix(): string {
  sequence = (sequence + 1n) % 1000000n;
  return (BigInt(Date.now()) * 1000000n + sequence).toString(16);
}

export class EventRecorder {
  private readonly seen = new Map<string, string>();

  constructor(private readonly core: ApiCore) {}

  record(involved: Obj, source: EventSource, type: EventType, reason: string, message: string, fieldPath?: string): void {
    const m = meta(involved);
    const namespace = m.namespace ?? 'default';
    if (!this.core.store.get('namespaces', '', namespace)) return;
    const eventsType = resourceByName('events');
    const key = JSON.stringify([m.uid, fieldPath ?? '', reason, message, source.component]);
    const now = timestamp();
    const existingName = this.seen.get(key);
    const existing = existingName ? this.core.store.get('events', namespace, existingName) : undefined;
    if (existing) {
      existing.count = (typeof existing.count === 'number' ? existing.count : 1) + 1;
      existing.lastTimestamp = now;
      this.core.systemUpdate(eventsType, existing, source.component);
      return;
    }
    const name = `${m.name ?? 'object'}.${eventSuffix()}`;
    const involvedObject: Obj = {
      kind: involved.kind,
      namespace,
      name: m.name,
      uid: m.uid,
      apiVersion: involved.apiVersion,
      resourceVersion: m.resourceVersion,
    };
    if (fieldPath) involvedObject.fieldPath = fieldPath;
    const source_: Obj = { component: source.component };
    if (source.host) source_.host = source.host;
    this.core.systemCreate(eventsType, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace },
      involvedObject,
      reason,
      message,
      type,
      source: source_,
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    });
    this.seen.set(key, name);
  }
}
