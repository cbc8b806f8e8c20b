// What the explorer keeps per kubeconfig context: one API (opened when the context is first
// expanded), the watched namespaces, and a pod store per expanded namespace. Collapsing a
// namespace or context stops its watches.
import type { ClusterApi } from '../../cluster/index';
import type { StoreChange, StoreOptions, WatchApi } from './objectStore';
import { NamespaceStore, PodStore } from './podStore';

export class ContextScope {
  private opened: Promise<ClusterApi> | undefined;
  private namespaceStore: NamespaceStore | undefined;
  private readonly podStores = new Map<string, PodStore>();
  /** Stores watch through this, so nothing is opened before a store starts. */
  private readonly lazyApi: WatchApi = {
    watch: (apiVersion, kind, handler, options) => this.api().then((api) => api.watch(apiVersion, kind, handler, options)),
  };

  constructor(
    readonly name: string,
    private readonly openApi: () => Promise<ClusterApi>,
    private readonly options: StoreOptions = {},
  ) {}

  api(): Promise<ClusterApi> {
    if (!this.opened) {
      const opening = this.openApi();
      this.opened = opening;
      // A failed open (credentials, config) is tried again on the next attempt.
      opening.catch(() => {
        if (this.opened === opening) this.opened = undefined;
      });
    }
    return this.opened;
  }

  /** The namespace store, created and started on first use. */
  namespaces(onChange: (change: StoreChange) => void): NamespaceStore {
    if (!this.namespaceStore) {
      this.namespaceStore = new NamespaceStore(this.lazyApi, this.options);
      this.namespaceStore.onChange(onChange);
      this.namespaceStore.start();
    }
    return this.namespaceStore;
  }

  /** The pod store of a namespace, created and started on first use. */
  pods(namespace: string, onChange: (change: StoreChange) => void): PodStore {
    let store = this.podStores.get(namespace);
    if (!store) {
      store = new PodStore(this.lazyApi, namespace, this.options);
      store.onChange(onChange);
      this.podStores.set(namespace, store);
      store.start();
    }
    return store;
  }

  /** The pod store of a namespace if it is being watched. */
  existingPods(namespace: string): PodStore | undefined {
    return this.podStores.get(namespace);
  }

  get namespaceWatch(): NamespaceStore | undefined {
    return this.namespaceStore;
  }

  get podWatches(): ReadonlyMap<string, PodStore> {
    return this.podStores;
  }

  stopNamespace(namespace: string): void {
    this.podStores.get(namespace)?.dispose();
    this.podStores.delete(namespace);
  }

  /** Refreshes every watch of this context now (the user's refresh). */
  refresh(): void {
    this.namespaceStore?.refresh();
    for (const store of this.podStores.values()) store.refresh();
  }

  dispose(): void {
    this.namespaceStore?.dispose();
    this.namespaceStore = undefined;
    for (const store of this.podStores.values()) store.dispose();
    this.podStores.clear();
  }
}
