// The API groups Kubernetes serves itself (kube-apiserver and its built-in extension and
// aggregation servers). Every other group in a cluster's OpenAPI v3 discovery comes from a
// CustomResourceDefinition or an aggregated API server, including groups under k8s.io that
// projects register as CRDs (gateway.networking.k8s.io, snapshot.storage.k8s.io). The language
// model knows the kinds of these groups from the Kubernetes releases it was built from; a unit test
// checks the list against it.

export const BUILT_IN_GROUPS: ReadonlySet<string> = new Set([
  '', // the core group: /api/v1
  'admission.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'apps',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'extensions',
  'flowcontrol.apiserver.k8s.io',
  'imagepolicy.k8s.io',
  'internal.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'resource.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
  'storagemigration.k8s.io',
]);

/** Whether Kubernetes itself serves this API group ('' is the core group). */
export function isBuiltInGroup(group: string): boolean {
  return BUILT_IN_GROUPS.has(group);
}
