// The READY, STATUS, RESTARTS and AGE columns of `kubectl get pods`, computed the way kubectl's
// printer does, so a pod row in Podwright reads exactly like the terminal a learner compares with.

import { ageSince, humanDuration } from './duration';
import { timeMillis, type Container, type ContainerStatus, type Pod } from '../kube/kubeTypes';
import { classifyPodHealth, type PodHealth } from './podHealth';

export interface PodRow {
  name: string;
  namespace: string;
  /** `ready/total`, counting native sidecars (init containers with `restartPolicy: Always`). */
  ready: string;
  readyCount: number;
  totalCount: number;
  /** The STATUS column: `Running`, `CrashLoopBackOff`, `Init:0/2`, `Terminating`, ... */
  status: string;
  /** The RESTARTS column: `0`, or `4 (37s ago)` once a container has restarted. */
  restarts: string;
  restartCount: number;
  /** Epoch milliseconds of the most recent restart (the last termination that was followed by a restart). */
  lastRestart?: number;
  /** The AGE column. */
  age: string;
  health: PodHealth;
}

const NODE_LOST = 'NodeLost';
const SCHEDULING_GATED = 'SchedulingGated';

function isSidecar(container: Container | undefined): boolean {
  return container?.restartPolicy === 'Always';
}

function conditionTrue(pod: Pod, type: string): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');
}

function lastTermination(status: ContainerStatus): number | undefined {
  return timeMillis(status.lastState?.terminated?.finishedAt);
}

function later(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

interface InitScan {
  /** The STATUS text of the first unfinished init container, when initialisation is not done. */
  reason?: string;
  ready: number;
  restarts: number;
  lastRestart?: number;
  sidecarRestarts: number;
  lastSidecarRestart?: number;
}

/** Walks init containers in order up to the first unfinished one, as kubectl does. */
function scanInitContainers(pod: Pod, sidecars: Map<string, boolean>): InitScan {
  const scan: InitScan = { ready: 0, restarts: 0, sidecarRestarts: 0 };
  const statuses = pod.status?.initContainerStatuses ?? [];
  const total = pod.spec?.initContainers?.length ?? 0;
  for (let i = 0; i < statuses.length; i++) {
    const status = statuses[i];
    if (status === undefined) continue;
    const sidecar = sidecars.get(status.name) === true;
    scan.restarts += status.restartCount;
    scan.lastRestart = later(scan.lastRestart, lastTermination(status));
    if (sidecar) {
      scan.sidecarRestarts += status.restartCount;
      scan.lastSidecarRestart = later(scan.lastSidecarRestart, lastTermination(status));
    }
    const terminated = status.state?.terminated;
    const waiting = status.state?.waiting;
    if (terminated !== undefined && terminated.exitCode === 0) continue;
    if (sidecar && status.started === true) {
      // A started sidecar counts towards READY and lets the next init container run.
      if (status.ready) scan.ready++;
      continue;
    }
    if (terminated !== undefined) {
      if (terminated.reason) scan.reason = `Init:${terminated.reason}`;
      else scan.reason = terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode}`;
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      scan.reason = `Init:${waiting.reason}`;
    } else {
      scan.reason = `Init:${i}/${total}`;
    }
    break;
  }
  return scan;
}

/** The `kubectl get pods` row for a pod, at time `now` (epoch milliseconds). */
export function podRow(pod: Pod, now: number): PodRow {
  const spec = pod.spec;
  const status = pod.status ?? {};
  const sidecars = new Map<string, boolean>((spec?.initContainers ?? []).map((c) => [c.name, isSidecar(c)]));
  let total = spec?.containers.length ?? 0;
  for (const sidecar of sidecars.values()) if (sidecar) total++;

  let reason = status.reason || status.phase || 'Unknown';
  if ((status.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.reason === SCHEDULING_GATED)) reason = SCHEDULING_GATED;

  const init = scanInitContainers(pod, sidecars);
  let ready = init.ready;
  let restarts = init.restarts;
  let lastRestart = init.lastRestart;
  if (init.reason !== undefined) reason = init.reason;
  if (init.reason === undefined || conditionTrue(pod, 'Initialized')) {
    // Main containers decide; only sidecar restarts carry over from the init phase.
    restarts = init.sidecarRestarts;
    lastRestart = init.lastSidecarRestart;
    let hasRunning = false;
    const containers = status.containerStatuses ?? [];
    // kubectl walks backwards so the first container's state wins the STATUS column.
    for (let i = containers.length - 1; i >= 0; i--) {
      const container = containers[i];
      if (container === undefined) continue;
      restarts += container.restartCount;
      lastRestart = later(lastRestart, lastTermination(container));
      const { waiting, terminated, running } = container.state ?? {};
      if (waiting?.reason) {
        reason = waiting.reason;
      } else if (terminated?.reason) {
        reason = terminated.reason;
      } else if (terminated !== undefined) {
        reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
      } else if (container.ready && running !== undefined) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) reason = conditionTrue(pod, 'Ready') ? 'Running' : 'NotReady';
  }

  const deleting = pod.metadata.deletionTimestamp !== undefined;
  const terminal = status.phase === 'Succeeded' || status.phase === 'Failed';
  if (deleting && status.reason === NODE_LOST) reason = 'Unknown';
  else if (deleting && !terminal) reason = 'Terminating';

  const restartText =
    restarts !== 0 && lastRestart !== undefined ? `${restarts} (${humanDuration(now - lastRestart)} ago)` : String(restarts);
  const row: PodRow = {
    name: pod.metadata.name ?? '',
    namespace: pod.metadata.namespace ?? '',
    ready: `${ready}/${total}`,
    readyCount: ready,
    totalCount: total,
    status: reason,
    restarts: restartText,
    restartCount: restarts,
    age: ageSince(pod.metadata.creationTimestamp, now),
    health: 'progressing',
  };
  if (lastRestart !== undefined) row.lastRestart = lastRestart;
  row.health = classifyPodHealth(pod, row);
  return row;
}
