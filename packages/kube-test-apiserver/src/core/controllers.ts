// The small controllers a cluster needs for the resources we serve: each namespace gets a
// `default` service account and the root CA config map; a deleted namespace empties, then goes.
import { meta, type Obj } from '../objects';
import { resourceByName, RESOURCE_TYPES } from '../resources';
import type { StoreEvent } from '../store';
import type { ApiCore } from './core';

export const DEFAULT_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

export class NamespaceControllers {
  private readonly unsubscribe: () => void;
  private readonly pending = new Set<string>();

  constructor(
    private readonly core: ApiCore,
    private readonly caPem: string,
  ) {
    this.unsubscribe = core.store.subscribe((event) => this.onEvent(event));
  }

  stop(): void {
    this.unsubscribe();
  }

  bootstrap(): void {
    const type = resourceByName('namespaces');
    for (const name of DEFAULT_NAMESPACES) {
      if (!this.core.store.get('namespaces', '', name)) {
        this.core.systemCreate(type, { apiVersion: 'v1', kind: 'Namespace', metadata: { name }, status: { phase: 'Active' } });
      }
    }
  }

  private onEvent(event: StoreEvent): void {
    if (event.resource === 'namespaces') {
      const name = meta(event.object).name ?? '';
      if (event.type === 'ADDED') this.populate(name);
      if (event.type === 'MODIFIED' && meta(event.object).deletionTimestamp) this.scheduleDrain(name);
    } else if (event.type === 'DELETED' && event.namespace !== '') {
      const ns = this.core.store.get('namespaces', '', event.namespace);
      if (ns && meta(ns).deletionTimestamp) this.scheduleDrain(event.namespace);
    }
  }

  /** Runs outside the store's event dispatch, once per burst of events. */
  private scheduleDrain(namespace: string): void {
    if (this.pending.has(namespace)) return;
    this.pending.add(namespace);
    setImmediate(() => {
      this.pending.delete(namespace);
      const ns = this.core.store.get('namespaces', '', namespace);
      if (ns && meta(ns).deletionTimestamp) this.drain(namespace);
    });
  }

  private populate(namespace: string): void {
    const sa = resourceByName('serviceaccounts');
    if (!this.core.store.get('serviceaccounts', namespace, 'default')) {
      this.core.systemCreate(sa, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace } });
    }
    const cm = resourceByName('configmaps');
    if (!this.core.store.get('configmaps', namespace, 'kube-root-ca.crt')) {
      this.core.systemCreate(cm, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'kube-root-ca.crt',
          namespace,
          annotations: {
            'kubernetes.io/description':
              'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.',
          },
        },
        data: { 'ca.crt': this.caPem },
      });
    }
  }

  /** Deletes everything in a terminating namespace; removes the namespace once nothing is left. */
  private drain(namespace: string): void {
    let remaining = 0;
    for (const type of RESOURCE_TYPES) {
      if (!type.namespaced) continue;
      for (const obj of this.core.store.list(type.resource, namespace)) {
        remaining++;
        if (meta(obj).deletionTimestamp) continue;
        try {
          this.core.delete(type, namespace, meta(obj).name ?? '', { dryRun: false });
        } catch {
          // already gone
        }
      }
    }
    if (remaining === 0) this.core.store.remove('namespaces', '', namespace);
  }
}

export function isTerminating(obj: Obj): boolean {
  return meta(obj).deletionTimestamp !== undefined;
}
