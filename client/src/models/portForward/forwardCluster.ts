// What a port-forward needs from the cluster, as a small interface the tests can fake: the pod,
// its owners, a watch on the pods it follows, and one tunnel per local connection.
import type { Duplex } from 'node:stream';
import type { ClusterApi, ClusterError, KubeObject, WatchHandle, WatchHandler } from '../../cluster/index';
import type { Pod } from '../../core/kube/kubeTypes';
import type { OwnerRef } from './successor';

export interface ForwardCluster {
  readonly context: string;
  getPod(namespace: string, name: string): Promise<Pod>;
  getOwner(namespace: string, ref: OwnerRef): Promise<KubeObject>;
  watchPods(namespace: string, selectors: { labelSelector?: string; fieldSelector?: string }, handler: WatchHandler): Promise<WatchHandle>;
  tunnel(namespace: string, pod: string, remotePort: number, socket: Duplex, onProblem: (error: ClusterError) => void): Promise<void>;
}

export function forwardClusterOf(api: ClusterApi): ForwardCluster {
  return {
    context: api.context,
    getPod: async (namespace, name) => await api.get({ apiVersion: 'v1', kind: 'Pod', name, namespace }),
    getOwner: (namespace, ref) => api.get({ apiVersion: ref.apiVersion, kind: ref.kind, name: ref.name, namespace }),
    watchPods: (namespace, selectors, handler) => api.watch('v1', 'Pod', handler, { namespace, ...selectors }),
    tunnel: (namespace, pod, remotePort, socket, onProblem) => api.tunnel(pod, remotePort, socket, { namespace, onProblem }),
  };
}
