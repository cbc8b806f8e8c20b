// Links into the Kubernetes API reference: the page of the kind, anchored at the type when the
// type is documented on that page.
import { shortTypeName } from '../schema/model';

const BASE = 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources';

const PAGE_OF_KIND: Readonly<Record<string, string>> = {
  Pod: 'pod-v1',
  PodTemplate: 'pod-template-v1',
  ReplicationController: 'replication-controller-v1',
  Deployment: 'deployment-v1',
  ReplicaSet: 'replica-set-v1',
  StatefulSet: 'stateful-set-v1',
  DaemonSet: 'daemon-set-v1',
  Job: 'job-v1',
  CronJob: 'cron-job-v1',
};

/** Types documented on the Pod page rather than their kind's page. */
const POD_PAGE_TYPES = new Set(['PodSpec', 'Container', 'EphemeralContainer', 'PodStatus']);

export function referenceLink(kind: string, ownerTypeId: string): string {
  const owner = shortTypeName(ownerTypeId);
  if (POD_PAGE_TYPES.has(owner)) return `${BASE}/pod-v1/#${owner}`;
  const page = PAGE_OF_KIND[kind] ?? 'pod-v1';
  return owner === kind ? `${BASE}/${page}/` : `${BASE}/${page}/#${owner}`;
}
