// The workload kinds, once: each with its usual apiVersion and where its pods come from. Describe,
// the manifest locations of a diagnosis, workload logs and object targets read these views of it.

export interface WorkloadKind {
  readonly kind: string;
  readonly apiVersion: string;
  /** `template`: spec.template with spec.selector choosing its pods; `jobTemplate`: CronJob's jobs make them. */
  readonly pods: 'template' | 'jobTemplate';
}

export const WORKLOAD_KINDS: readonly WorkloadKind[] = [
  { kind: 'Deployment', apiVersion: 'apps/v1', pods: 'template' },
  { kind: 'ReplicaSet', apiVersion: 'apps/v1', pods: 'template' },
  { kind: 'StatefulSet', apiVersion: 'apps/v1', pods: 'template' },
  { kind: 'DaemonSet', apiVersion: 'apps/v1', pods: 'template' },
  { kind: 'Job', apiVersion: 'batch/v1', pods: 'template' },
  { kind: 'CronJob', apiVersion: 'batch/v1', pods: 'jobTemplate' },
  { kind: 'ReplicationController', apiVersion: 'v1', pods: 'template' },
];

/** Kind → usual apiVersion of every workload kind. */
export const WORKLOAD_API_VERSIONS: ReadonlyMap<string, string> = new Map(WORKLOAD_KINDS.map((w) => [w.kind, w.apiVersion]));

/** Kinds with a pod template at spec.template whose pods spec.selector chooses. */
export const POD_TEMPLATE_KINDS: ReadonlySet<string> = new Set(WORKLOAD_KINDS.filter((w) => w.pods === 'template').map((w) => w.kind));
