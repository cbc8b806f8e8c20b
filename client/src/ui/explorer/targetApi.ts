// The cluster API for a pod the explorer shows: the explorer browses every context of the
// kubeconfig, so a pod command acts in the pod's own context and namespace, not only Podwright's.
import type { ClusterApi } from '../../cluster/index';
import type { ClusterAccess } from '../cluster/clusterAccess';
import type { PodTarget } from '../../core/kube/podTarget';

export async function apiForTarget(cluster: ClusterAccess, target: PodTarget): Promise<ClusterApi> {
  return (await cluster.session()).apiForContext(target.context, target.namespace);
}
