// A pod's status from its containers' states, by the kubelet's rules: phase, conditions (with
// transition times kept across updates), addresses and container statuses.
import { asArray, isObj, timestamp, type Obj } from '../objects';
import type { ContainerWorker } from './containerWorker';

export interface PodStatusInput {
  readonly restartPolicy: string;
  readonly init: readonly ContainerWorker[];
  readonly containers: readonly ContainerWorker[];
  readonly ephemeral: readonly ContainerWorker[];
  readonly initDone: boolean;
  readonly sandboxReady: boolean;
  readonly hostIp: string;
  readonly podIp: string;
  readonly startTime: string;
  readonly previous: Obj;
}

function isTerminated(w: ContainerWorker): boolean {
  return isObj(w.state.terminated);
}

function exitCode(w: ContainerWorker): number {
  const t = w.state.terminated;
  return isObj(t) && typeof t.exitCode === 'number' ? t.exitCode : 0;
}

export function podPhase(input: PodStatusInput): string {
  const { containers, restartPolicy } = input;
  if (!input.initDone) {
    const failedInit = input.init.some((w) => isTerminated(w) && exitCode(w) !== 0);
    return failedInit && restartPolicy === 'Never' ? 'Failed' : 'Pending';
  }
  let waiting = 0;
  let running = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const w of containers) {
    if (isObj(w.state.running)) running++;
    else if (isTerminated(w)) {
      stopped++;
      if (exitCode(w) === 0) succeeded++;
    } else if (Object.keys(w.lastState).length > 0) stopped++;
    else waiting++;
  }
  if (waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped === containers.length) {
    if (restartPolicy === 'Always') return 'Running';
    if (succeeded === containers.length) return 'Succeeded';
    if (restartPolicy === 'OnFailure') {
      const allFinal = containers.every((w) => isTerminated(w) && exitCode(w) === 0);
      return allFinal ? 'Succeeded' : 'Running';
    }
    return 'Failed';
  }
  return 'Pending';
}

function condition(previous: Obj, type: string, ok: boolean, reason?: string, message?: string): Obj {
  const old = asArray(previous.conditions)
    .filter(isObj)
    .find((c) => c.type === type);
  const statusText = ok ? 'True' : 'False';
  const lastTransitionTime = old && old.status === statusText ? old.lastTransitionTime : timestamp();
  const out: Obj = { type, status: statusText, lastProbeTime: null, lastTransitionTime };
  if (!ok && reason) out.reason = reason;
  if (!ok && message) out.message = message;
  return out;
}

export function podStatus(input: PodStatusInput): Obj {
  const phase = podPhase(input);
  const notReady = input.containers.filter((w) => !w.ready).map((w) => w.name);
  const pendingInit = input.init.filter((w) => !(isTerminated(w) && exitCode(w) === 0)).map((w) => w.name);
  const done = phase === 'Succeeded' || phase === 'Failed';
  const readyReason = done ? 'PodCompleted' : 'ContainersNotReady';
  const readyMessage = done ? undefined : `containers with unready status: [${notReady.join(' ')}]`;
  const conditions = [
    condition(input.previous, 'PodReadyToStartContainers', input.sandboxReady),
    condition(
      input.previous,
      'Initialized',
      input.initDone,
      'ContainersNotInitialized',
      `containers with incomplete status: [${pendingInit.join(' ')}]`,
    ),
    condition(input.previous, 'Ready', notReady.length === 0 && !done, readyReason, readyMessage),
    condition(input.previous, 'ContainersReady', notReady.length === 0 && !done, readyReason, readyMessage),
    condition(input.previous, 'PodScheduled', true),
  ];
  const status: Obj = {
    phase,
    conditions,
    hostIP: input.hostIp,
    hostIPs: [{ ip: input.hostIp }],
    startTime: input.startTime,
  };
  if (input.sandboxReady) {
    status.podIP = input.podIp;
    status.podIPs = [{ ip: input.podIp }];
  }
  if (input.init.length > 0) status.initContainerStatuses = input.init.map((w) => w.status());
  status.containerStatuses = input.containers.map((w) => w.status());
  if (input.ephemeral.length > 0) status.ephemeralContainerStatuses = input.ephemeral.map((w) => w.status());
  if (input.previous.qosClass !== undefined) status.qosClass = input.previous.qosClass;
  return status;
}
