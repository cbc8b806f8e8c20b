// The order to apply documents in so that what others depend on exists first: namespaces, then
// accounts, config and storage, then services and workloads. Documents of one rank keep their order.

const ORDER = [
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleBinding',
  'Role',
  'RoleBinding',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];

function rank(kind: string | undefined): number {
  const index = kind === undefined ? -1 : ORDER.indexOf(kind);
  return index < 0 ? ORDER.length : index;
}

/** A stable sort by kind rank. */
export function inApplyOrder<T extends { readonly object: { readonly kind?: string } }>(documents: readonly T[]): T[] {
  return documents
    .map((doc, position) => ({ doc, position, rank: rank(doc.object.kind) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map((entry) => entry.doc);
}
