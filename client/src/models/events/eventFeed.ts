// A live list of the events about one pod or workload: a watch on core/v1 events (by the pod's
// uid, or the whole namespace for a workload, kept to its related objects), plus watches on the
// kinds between the workload and its pods so pods that appear later (rollout, scale-up, a Job's
// next run) join. No VS Code: cluster tests drive it against the test API server.
import type { ClusterApi } from '../../cluster/index';
import type { ClusterError } from '../../cluster/errors';
import type { WatchHandle } from '../../cluster/watch';
import type { KubeObject, ObjectRef } from '../../core/kube/kubeObject';
import type { KubeEvent } from '../../core/kube/kubeTypes';
import { MEMBER_KINDS, RelatedObjects } from './relatedObjects';

export type EventFeedApi = Pick<ClusterApi, 'get' | 'watch' | 'namespace'>;

export interface EventFeedListener {
  /** The events changed (or the first list arrived). */
  onChange(): void;
  /** A watch failed; `willRetry` false means the view no longer updates. */
  onError?(error: ClusterError, willRetry: boolean): void;
}

/** Whether Podwright can show events for this kind. */
export function hasEventFeed(kind: string): boolean {
  return Object.hasOwn(MEMBER_KINDS, kind);
}

export class EventFeed {
  private readonly byUid = new Map<string, KubeEvent>();
  private readonly watches: WatchHandle[] = [];
  private related: RelatedObjects | undefined;
  private stopped = false;

  constructor(
    private readonly api: EventFeedApi,
    readonly target: ObjectRef,
    private readonly listener: EventFeedListener,
  ) {}

  get namespace(): string {
    return this.target.namespace ?? this.api.namespace;
  }

  /** Reads the target (its errors are thrown: not found, forbidden) and starts watching. */
  async start(): Promise<void> {
    const object = await this.api.get({ ...this.target, namespace: this.namespace });
    const uid = object.metadata?.uid ?? '';
    const related = new RelatedObjects(uid);
    this.related = related;
    if (this.stopped) return;
    for (const [apiVersion, kind] of MEMBER_KINDS[this.target.kind] ?? []) {
      this.watches.push(
        await this.api.watch(
          apiVersion,
          kind,
          {
            onList: (items) => {
              for (const item of items) related.add(item);
              this.listener.onChange();
            },
            onEvent: (_type, item) => {
              // Deleted objects keep their owners: their events still belong to the workload.
              related.add(item);
              this.listener.onChange();
            },
            onError: (error, willRetry) => this.listener.onError?.(error, willRetry),
          },
          { namespace: this.namespace },
        ),
      );
    }
    const fieldSelector = this.target.kind === 'Pod' && uid ? `involvedObject.uid=${uid}` : undefined;
    this.watches.push(
      await this.api.watch(
        'v1',
        'Event',
        {
          onList: (items) => {
            this.byUid.clear();
            for (const item of items) this.put(item);
            this.listener.onChange();
          },
          onEvent: (type, item) => {
            if (type === 'DELETED') this.byUid.delete(keyOf(item));
            else this.put(item);
            this.listener.onChange();
          },
          onError: (error, willRetry) => this.listener.onError?.(error, willRetry),
        },
        { namespace: this.namespace, ...(fieldSelector ? { fieldSelector } : {}) },
      ),
    );
    if (this.stopped) this.stop();
  }

  private put(item: KubeObject): void {
    this.byUid.set(keyOf(item), item);
  }

  /** The events about the target and the objects it owns (unsorted). */
  events(): KubeEvent[] {
    const related = this.related;
    if (!related) return [];
    return [...this.byUid.values()].filter((e) => related.includes(e.involvedObject?.uid));
  }

  stop(): void {
    this.stopped = true;
    for (const watch of this.watches.splice(0)) watch.stop();
  }
}

function keyOf(item: KubeObject): string {
  return item.metadata?.uid ?? `${item.metadata?.namespace ?? ''}/${item.metadata?.name ?? ''}`;
}
