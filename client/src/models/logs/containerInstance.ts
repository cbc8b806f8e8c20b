// Which run of a container the kubelet reports: its restart count identifies the instance, and
// whether it has run at all decides if there is a log to attach to yet (a container still
// waiting for its image has none; one in CrashLoopBackOff still has its last run's log).
import type { ContainerStatus, Pod } from '../../core/kube/kubeTypes';

export interface ContainerInstance {
  /** Running now, or finished, or has an earlier run: some log exists. */
  readonly hasRun: boolean;
  readonly running: boolean;
  readonly restartCount: number;
  /** The runtime's id of the current run, once it has started (changes with every run). */
  readonly containerID: string | undefined;
  /** How the previous run ended, once there was one. */
  readonly lastExitCode: number | undefined;
}

function statusOf(pod: Pod, container: string): ContainerStatus | undefined {
  const status = pod.status;
  const lists = [status?.containerStatuses, status?.initContainerStatuses, status?.ephemeralContainerStatuses];
  for (const list of lists) {
    const found = list?.find((s) => s.name === container);
    if (found) return found;
  }
  return undefined;
}

export function containerInstance(pod: Pod, container: string): ContainerInstance | undefined {
  const status = statusOf(pod, container);
  if (status === undefined) return undefined;
  const running = status.state?.running !== undefined;
  const hasRun = running || status.state?.terminated !== undefined || status.lastState?.terminated !== undefined;
  return {
    hasRun,
    running,
    restartCount: status.restartCount,
    containerID: status.containerID,
    lastExitCode: status.lastState?.terminated?.exitCode,
  };
}

/** Every container of the pod that can have a log: init (and sidecar), app and ephemeral, in spec order. */
export function containerNames(pod: Pod): string[] {
  const spec = pod.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? []), ...(spec?.ephemeralContainers ?? [])].map((c) => c.name);
}

/** The pod's default container: kubectl's annotation if it names one, else the first app container. */
export function defaultContainer(pod: Pod): string | undefined {
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  const names = (pod.spec?.containers ?? []).map((c) => c.name);
  if (annotated !== undefined && containerNames(pod).includes(annotated)) return annotated;
  return names[0];
}
