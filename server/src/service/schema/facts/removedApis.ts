// API versions Kubernetes stopped serving for the kinds we model (from the Kubernetes deprecated API
// migration guide). Manifests copied from old tutorials still use them; the server answers
// "no matches for kind", which does not tell a learner what to write instead.

export interface RemovedApi {
  readonly apiVersion: string;
  readonly kind: string;
  /** The Kubernetes minor version that no longer serves it. */
  readonly removedIn: string;
  readonly replacement: string;
}

const removedIn116 = (apiVersion: string, kinds: readonly string[]): RemovedApi[] =>
  kinds.map((kind) => ({ apiVersion, kind, removedIn: '1.16', replacement: 'apps/v1' }));

export const REMOVED_APIS: readonly RemovedApi[] = [
  ...removedIn116('extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet']),
  ...removedIn116('apps/v1beta1', ['Deployment', 'StatefulSet', 'ReplicaSet']),
  ...removedIn116('apps/v1beta2', ['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet']),
  { apiVersion: 'batch/v1beta1', kind: 'CronJob', removedIn: '1.25', replacement: 'batch/v1' },
];

export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return REMOVED_APIS.find((r) => r.apiVersion === apiVersion && r.kind === kind);
}
