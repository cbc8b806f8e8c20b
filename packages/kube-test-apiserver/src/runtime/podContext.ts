// What a container worker needs from its pod: settings, the node's image store, the pod's
// address and directory, status publishing and event recording.
import type { Obj } from '../objects';
import type { Store } from '../store';
import type { ImageStore } from './imageStore';
import type { RuntimeOptions } from './options';
import type { RunningProcess } from './processes';

export interface PodContext {
  readonly options: RuntimeOptions;
  readonly store: Store;
  readonly images: ImageStore;
  readonly podIp: string;
  readonly podDir: string;
  /** `name_namespace(uid)`, as kubelet messages name a pod. */
  readonly podLabel: string;
  /** The node's live processes. */
  readonly processes: Set<RunningProcess>;
  /** The pod as currently stored (undefined once deleted). */
  currentPod(): Obj | undefined;
  publish(): void;
  event(type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void;
  isStopping(): boolean;
  /** The kubelet evicts the pod: its containers stop and it ends Failed with reason Evicted. */
  evict(message: string): void;
}

/** Resolves after `ms`, or early when the signal aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
