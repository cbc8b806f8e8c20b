// One summary per container of a pod (init, sidecar, app and ephemeral containers), for the
// explorer's container rows and the pod tooltip: role, state, and how the last run ended.

import type { Container, ContainerState, ContainerStatus, Pod } from '../kube/kubeTypes';

export type ContainerRole = 'init' | 'sidecar' | 'container' | 'ephemeral';

export interface StateSummary {
  state: 'Running' | 'Waiting' | 'Terminated';
  reason?: string;
  exitCode?: number;
  signal?: number;
  message?: string;
  /** `Running`, `Waiting: CrashLoopBackOff`, `Terminated: Error (exit code 1)`. */
  text: string;
}

export interface ContainerSummary {
  name: string;
  role: ContainerRole;
  image: string;
  /** The index in its list (`initContainers`, `containers` or `ephemeralContainers`). */
  index: number;
  ready: boolean;
  restartCount: number;
  /** Undefined while the kubelet has not reported the container yet. */
  current?: StateSummary;
  last?: StateSummary;
}

/** Summarises a container state; undefined when the state is empty. */
export function summarizeState(state: ContainerState | undefined): StateSummary | undefined {
  if (state?.running !== undefined) return { state: 'Running', text: 'Running' };
  const waiting = state?.waiting;
  if (waiting !== undefined) {
    const summary: StateSummary = { state: 'Waiting', text: waiting.reason ? `Waiting: ${waiting.reason}` : 'Waiting' };
    if (waiting.reason) summary.reason = waiting.reason;
    if (waiting.message) summary.message = waiting.message;
    return summary;
  }
  const terminated = state?.terminated;
  if (terminated === undefined) return undefined;
  const how = terminated.signal ? `signal ${terminated.signal}` : `exit code ${terminated.exitCode}`;
  const summary: StateSummary = {
    state: 'Terminated',
    exitCode: terminated.exitCode,
    text: `Terminated: ${terminated.reason ?? 'Unknown'} (${how})`,
  };
  if (terminated.reason) summary.reason = terminated.reason;
  if (terminated.signal) summary.signal = terminated.signal;
  if (terminated.message) summary.message = terminated.message;
  return summary;
}

function summarize(container: Container, role: ContainerRole, index: number, status: ContainerStatus | undefined): ContainerSummary {
  const summary: ContainerSummary = {
    name: container.name,
    role,
    image: container.image ?? '',
    index,
    ready: status?.ready ?? false,
    restartCount: status?.restartCount ?? 0,
  };
  const current = summarizeState(status?.state);
  if (current !== undefined) summary.current = current;
  const last = summarizeState(status?.lastState);
  if (last !== undefined) summary.last = last;
  return summary;
}

/** Every container of the pod in spec order: init containers (and sidecars), app containers, ephemeral ones. */
export function podContainers(pod: Pod): ContainerSummary[] {
  const status = pod.status ?? {};
  const find = (list: ContainerStatus[] | undefined, name: string): ContainerStatus | undefined => list?.find((s) => s.name === name);
  const result: ContainerSummary[] = [];
  (pod.spec?.initContainers ?? []).forEach((c, i) => {
    result.push(summarize(c, c.restartPolicy === 'Always' ? 'sidecar' : 'init', i, find(status.initContainerStatuses, c.name)));
  });
  (pod.spec?.containers ?? []).forEach((c, i) => result.push(summarize(c, 'container', i, find(status.containerStatuses, c.name))));
  (pod.spec?.ephemeralContainers ?? []).forEach((c, i) =>
    result.push(summarize(c, 'ephemeral', i, find(status.ephemeralContainerStatuses, c.name))),
  );
  return result;
}
