// API versions Kubernetes stopped serving (from the Kubernetes deprecated API migration guide), for
// the kinds we model and for PodSecurityPolicy, the one kind that left the API with no successor. Manifests copied from old tutorials still use them; the server answers
// "no matches for kind", which does not tell a learner what to write instead.

export interface RemovedApi {
  readonly apiVersion: string;
  readonly kind: string;
  /** The Kubernetes minor version that no longer serves it. */
  readonly removedIn: string;
  /** The apiVersion that serves the kind now; undefined when the kind itself is gone (PodSecurityPolicy). */
  readonly replacement?: string;
  /** What took over a kind that left the API, worded by the messages. */
  readonly successor?: 'podSecurityAdmission';
}

const removedIn116 = (apiVersion: string, kinds: readonly string[]): RemovedApi[] =>
  kinds.map((kind) => ({ apiVersion, kind, removedIn: '1.16', replacement: 'apps/v1' }));

const movedIn = (removedIn: string, apiVersion: string, replacement: string, kinds: readonly string[]): RemovedApi[] =>
  kinds.map((kind) => ({ apiVersion, kind, removedIn, replacement }));

export const REMOVED_APIS: readonly RemovedApi[] = [
  ...removedIn116('extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet']),
  ...removedIn116('apps/v1beta1', ['Deployment', 'StatefulSet', 'ReplicaSet']),
  ...removedIn116('apps/v1beta2', ['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet']),
  { apiVersion: 'batch/v1beta1', kind: 'CronJob', removedIn: '1.25', replacement: 'batch/v1' },
  { apiVersion: 'extensions/v1beta1', kind: 'NetworkPolicy', removedIn: '1.16', replacement: 'networking.k8s.io/v1' },
  // 1.22 retired the beta versions of Ingress, RBAC, admission webhooks, CRDs and storage.
  ...movedIn('1.22', 'extensions/v1beta1', 'networking.k8s.io/v1', ['Ingress']),
  ...movedIn('1.22', 'networking.k8s.io/v1beta1', 'networking.k8s.io/v1', ['Ingress', 'IngressClass']),
  ...movedIn('1.22', 'rbac.authorization.k8s.io/v1beta1', 'rbac.authorization.k8s.io/v1', [
    'Role',
    'ClusterRole',
    'RoleBinding',
    'ClusterRoleBinding',
  ]),
  ...movedIn('1.22', 'admissionregistration.k8s.io/v1beta1', 'admissionregistration.k8s.io/v1', [
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
  ]),
  ...movedIn('1.22', 'apiextensions.k8s.io/v1beta1', 'apiextensions.k8s.io/v1', ['CustomResourceDefinition']),
  ...movedIn('1.22', 'apiregistration.k8s.io/v1beta1', 'apiregistration.k8s.io/v1', ['APIService']),
  ...movedIn('1.22', 'certificates.k8s.io/v1beta1', 'certificates.k8s.io/v1', ['CertificateSigningRequest']),
  ...movedIn('1.22', 'coordination.k8s.io/v1beta1', 'coordination.k8s.io/v1', ['Lease']),
  ...movedIn('1.22', 'scheduling.k8s.io/v1beta1', 'scheduling.k8s.io/v1', ['PriorityClass']),
  ...movedIn('1.22', 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment']),
  // 1.25 retired the betas of PodDisruptionBudget, autoscaling v2, EndpointSlice, Event and RuntimeClass.
  ...movedIn('1.25', 'policy/v1beta1', 'policy/v1', ['PodDisruptionBudget']),
  ...movedIn('1.25', 'autoscaling/v2beta1', 'autoscaling/v2', ['HorizontalPodAutoscaler']),
  ...movedIn('1.25', 'discovery.k8s.io/v1beta1', 'discovery.k8s.io/v1', ['EndpointSlice']),
  ...movedIn('1.25', 'events.k8s.io/v1beta1', 'events.k8s.io/v1', ['Event']),
  ...movedIn('1.25', 'node.k8s.io/v1beta1', 'node.k8s.io/v1', ['RuntimeClass']),
  // PodSecurityPolicy left the API altogether: Pod Security Admission (namespace labels) took over its job.
  { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', removedIn: '1.25', successor: 'podSecurityAdmission' },
  { apiVersion: 'extensions/v1beta1', kind: 'PodSecurityPolicy', removedIn: '1.16', successor: 'podSecurityAdmission' },
  ...movedIn('1.26', 'autoscaling/v2beta2', 'autoscaling/v2', ['HorizontalPodAutoscaler']),
  ...movedIn('1.27', 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', ['CSIStorageCapacity']),
];

export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return REMOVED_APIS.find((r) => r.apiVersion === apiVersion && r.kind === kind);
}
