// One word per pod for icons and colours: is it fine, getting there, broken, done or going away?
// Derived from the kubectl STATUS text plus the pod's conditions, so the icon never contradicts
// the text next to it.

import type { Pod } from '../kube/kubeTypes';

export type PodHealth = 'healthy' | 'progressing' | 'failing' | 'completed' | 'terminating';

/** STATUS values that mean the pod will not get better by waiting. */
const FAILING = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'ErrImageNeverPull',
  'InvalidImageName',
  'RegistryUnavailable',
  'CrashLoopBackOff',
  'RunContainerError',
  'CreateContainerConfigError',
  'CreateContainerError',
  'PreCreateHookError',
  'PostStartHookError',
  'StartError',
  'ContainerCannotRun',
  'OOMKilled',
  'Error',
  'Evicted',
  'Failed',
  'ContainerStatusUnknown',
  'DeadlineExceeded',
  'UnexpectedAdmissionError',
  'OutOfcpu',
  'OutOfmemory',
  'NodeAffinity',
]);

/** STATUS values of a pod on its way to running. */
const PROGRESSING = new Set(['Pending', 'ContainerCreating', 'PodInitializing', 'NotReady', 'SchedulingGated']);

function unschedulable(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable');
}

/** Health for a pod whose kubectl STATUS and READY counts are already known. */
export function classifyPodHealth(pod: Pod, row: { status: string; readyCount: number; totalCount: number }): PodHealth {
  const status = row.status;
  if (status === 'Terminating' || status === 'Unknown') return 'terminating';
  if (status === 'Completed' || pod.status?.phase === 'Succeeded') return 'completed';
  if (FAILING.has(status) || pod.status?.phase === 'Failed') return 'failing';
  if (/^(?:Signal|ExitCode):/.test(status)) return 'failing';
  if (status.startsWith('Init:')) return /^Init:\d+\/\d+$/.test(status) ? 'progressing' : 'failing';
  if (status === 'Pending' && unschedulable(pod)) return 'failing';
  if (PROGRESSING.has(status)) return 'progressing';
  if (status === 'Running') return row.readyCount < row.totalCount ? 'progressing' : 'healthy';
  // Reasons we do not know yet (a new kubelet reason) are shown as not-yet-fine rather than fine.
  return 'progressing';
}
