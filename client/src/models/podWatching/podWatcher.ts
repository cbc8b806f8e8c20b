// Watches the pods a manifest defines and explains each one whenever it or an event about it
// changes: one pod watch and one event watch per namespace, narrowed by name or template labels
// when one workload is there. Each change re-gathers the pod (coalesced: at most one gather per
// pod at a time, and one more if something changed meanwhile). No VS Code here, so the cluster
// tests drive it directly.

import type { ClusterApi, ClusterError, KubeObject, WatchHandle } from '../../cluster/index';
import { gatherPod } from '../diagnosis/gather';
import type { Language } from '../../core/diagnosis/types';
import type { Pod } from '../../core/kube/kubeTypes';
import { controllerOf } from '../../core/kube/owners';
import { podBelongsTo, podSelector, type ManifestWorkload } from '../../core/manifest/manifestWorkloads';
import type { WatchedPod } from '../../core/manifest/place';
import { asKind } from '../../core/kube/kinds';

export type { WatchedPod };

export interface PodWatchListener {
  /** The pod's latest explanation; undefined when it is gone or turned out not to be the manifest's. */
  onPod(key: string, state: WatchedPod | undefined): void;
  /** A watch stopped for good (forbidden, namespace gone) or a gather failed. */
  onError(error: unknown, willRetry: boolean): void;
}

export interface PodWatchOptions {
  readonly language: () => Language;
  /** Quiet time after a change before gathering, so a burst of updates costs one gather. */
  readonly settleMs?: number;
}

interface PodSlot {
  running: boolean;
  again: boolean;
  timer?: NodeJS.Timeout;
  /** The latest pod object from the watch. */
  object?: KubeObject;
}

function podKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

export class ManifestPodWatcher {
  private readonly handles: WatchHandle[] = [];
  private readonly slots = new Map<string, PodSlot>();
  private readonly known = new Set<string>();
  private stopped = false;

  constructor(
    private readonly api: ClusterApi,
    private readonly workloads: readonly ManifestWorkload[],
    private readonly listener: PodWatchListener,
    private readonly options: PodWatchOptions,
  ) {}

  /** Starts the watches; resolves once each has been opened. */
  async start(): Promise<void> {
    const namespaces = [...new Set(this.workloads.map((w) => w.namespace))];
    await Promise.all(namespaces.map((namespace) => this.watchNamespace(namespace)));
  }

  stop(): void {
    this.stopped = true;
    for (const handle of this.handles.splice(0)) handle.stop();
    for (const slot of this.slots.values()) clearTimeout(slot.timer);
    this.slots.clear();
  }

  /** Gathers every pod seen so far again (the explanation language changed). */
  refresh(): void {
    for (const key of this.known) this.schedule(key);
  }

  private async watchNamespace(namespace: string): Promise<void> {
    const here = this.workloads.filter((w) => w.namespace === namespace);
    const only = here.length === 1 ? here[0] : undefined;
    // One workload: let the server narrow the pods; several: watch the namespace and filter here.
    const podFilter =
      only?.kind === 'Pod'
        ? { fieldSelector: `metadata.name=${only.name}` }
        : only !== undefined && podSelector(only) !== undefined
          ? { labelSelector: podSelector(only) ?? '' }
          : {};
    const eventFilter = only?.kind === 'Pod' ? `involvedObject.kind=Pod,involvedObject.name=${only.name}` : 'involvedObject.kind=Pod';
    const onError = (error: ClusterError, willRetry: boolean): void => this.listener.onError(error, willRetry);
    const pods = await this.api.watch(
      'v1',
      'Pod',
      {
        onList: (items) => this.onPodList(namespace, items),
        onEvent: (type, object) => this.onPodEvent(namespace, type, object),
        onError,
      },
      { namespace, ...podFilter },
    );
    const events = await this.api.watch(
      'v1',
      'Event',
      {
        onList: (items) => items.forEach((e) => this.onEvent(namespace, e)),
        onEvent: (_type, e) => this.onEvent(namespace, e),
        onError,
      },
      { namespace, fieldSelector: eventFilter },
    );
    if (this.stopped) {
      pods.stop();
      events.stop();
      return;
    }
    this.handles.push(pods, events);
  }

  /** Workloads of this namespace that could own the pod; the owner chain read by the gather confirms it. */
  private candidates(namespace: string, pod: Pod): ManifestWorkload[] {
    // Before the chain is read, the direct controller stands in for it (podBelongsTo accepts that).
    const direct = controllerOf(pod.metadata);
    const owners = direct === undefined ? [] : [direct];
    return this.workloads.filter((w) => w.namespace === namespace && podBelongsTo(w, pod, owners));
  }

  private onPodList(namespace: string, items: readonly KubeObject[]): void {
    const present = new Set<string>();
    for (const object of items) {
      const name = object.metadata?.name ?? '';
      present.add(podKey(namespace, name));
      this.onPodEvent(namespace, 'MODIFIED', object);
    }
    // After a relist, pods that vanished while the watch was down are gone.
    for (const key of [...this.known]) {
      if (key.startsWith(`${namespace}/`) && !present.has(key)) this.forget(key);
    }
  }

  private onPodEvent(namespace: string, type: 'ADDED' | 'MODIFIED' | 'DELETED', object: KubeObject): void {
    const key = podKey(namespace, object.metadata?.name ?? '');
    if (type === 'DELETED') {
      this.forget(key);
      return;
    }
    if (this.candidates(namespace, asKind('Pod', object)).length === 0) return;
    this.slot(key).object = object;
    this.known.add(key);
    this.schedule(key);
  }

  private onEvent(namespace: string, event: KubeObject): void {
    const involved = event.involvedObject as { name?: string } | undefined;
    const key = podKey(namespace, involved?.name ?? '');
    if (this.known.has(key)) this.schedule(key);
  }

  private forget(key: string): void {
    const slot = this.slots.get(key);
    if (slot) clearTimeout(slot.timer);
    this.slots.delete(key);
    if (this.known.delete(key)) this.listener.onPod(key, undefined);
  }

  private slot(key: string): PodSlot {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { running: false, again: false };
      this.slots.set(key, slot);
    }
    return slot;
  }

  private schedule(key: string): void {
    if (this.stopped) return;
    const slot = this.slot(key);
    if (slot.running) {
      slot.again = true;
      return;
    }
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => void this.gather(key, slot), this.options.settleMs ?? 250);
  }

  private async gather(key: string, slot: PodSlot): Promise<void> {
    const [namespace = '', name = ''] = key.split('/');
    slot.running = true;
    slot.again = false;
    try {
      // The watch's copy may be a moment old; gathering reads the pod again with everything else.
      const gathered = await gatherPod(this.api, { namespace, name }, { language: this.options.language() });
      if (this.stopped || this.slots.get(key) !== slot) return;
      const workload = this.workloads.find((w) => w.namespace === namespace && podBelongsTo(w, gathered.pod, gathered.owners));
      this.listener.onPod(key, workload === undefined ? undefined : { workload, gathered });
    } catch (error) {
      if (this.stopped || this.slots.get(key) !== slot) return;
      // A pod deleted between the event and the gather: the DELETED event says the rest.
      const notFound = typeof error === 'object' && error !== null && (error as { kind?: string }).kind === 'not-found';
      if (!notFound) this.listener.onError(error, true);
    } finally {
      slot.running = false;
      if (slot.again && !this.stopped && this.slots.get(key) === slot) this.schedule(key);
    }
  }
}
