// The live pods of one namespace: an ObjectStore of Pods, the model behind a namespace row of the
// pod explorer.
import { asKind } from '../../core/kube/kinds';
import type { KubeObject } from '../../core/kube/kubeObject';
import type { Namespace, Pod } from '../../core/kube/kubeTypes';
import { ObjectStore, type StoreOptions, type WatchApi } from './objectStore';

export type { ConnectionState, StoreChange } from './objectStore';

export class PodStore extends ObjectStore<Pod> {
  constructor(
    api: WatchApi,
    readonly namespace: string,
    options: StoreOptions = {},
  ) {
    super(api, { apiVersion: 'v1', kind: 'Pod', namespace }, options);
  }

  protected read(object: KubeObject): Pod {
    return asKind('Pod', object);
  }

  get pods(): ReadonlyMap<string, Pod> {
    return this.objects;
  }
}

/** A namespace as the explorer reads it. */
export type NamespaceObject = Namespace;

/** The namespaces of a context, watched (cluster-scoped, so no namespace). */
export class NamespaceStore extends ObjectStore<NamespaceObject> {
  constructor(api: WatchApi, options: StoreOptions = {}) {
    super(api, { apiVersion: 'v1', kind: 'Namespace' }, options);
  }

  protected read(object: KubeObject): Namespace {
    return asKind('Namespace', object);
  }
}
