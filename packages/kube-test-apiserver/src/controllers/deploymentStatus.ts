// A Deployment's status from its ReplicaSets, with the conditions kubectl and `rollout status`
// read: Available (MinimumReplicasAvailable / MinimumReplicasUnavailable) and Progressing
// (NewReplicaSetCreated, ReplicaSetUpdated, NewReplicaSetAvailable, ProgressDeadlineExceeded,
// DeploymentPaused, DeploymentResumed), with lastUpdateTime/lastTransitionTime as the real
// controller keeps them.
import { asArray, asString, isObj, meta, timestamp, type Obj } from '../objects';
import { desiredReplicas, maxUnavailable, num } from './rollout';

export interface DeploymentCondition {
  readonly type: string;
  readonly status: string;
  readonly reason: string;
  readonly message: string;
}

export function conditions(status: Obj): Obj[] {
  return asArray(status.conditions).filter(isObj);
}

export function findCondition(status: Obj, type: string): Obj | undefined {
  return conditions(status).find((c) => c.type === type);
}

/**
 * Sets a condition unless one of that type has the same status and reason already; the
 * transition time stays when only the reason changes.
 */
export function setCondition(status: Obj, condition: DeploymentCondition): void {
  const current = findCondition(status, condition.type);
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  const now = timestamp();
  const transition = current && current.status === condition.status ? current.lastTransitionTime : now;
  status.conditions = [
    ...conditions(status).filter((c) => c.type !== condition.type),
    {
      type: condition.type,
      status: condition.status,
      lastUpdateTime: now,
      lastTransitionTime: transition,
      reason: condition.reason,
      message: condition.message,
    },
  ];
}

export function removeCondition(status: Obj, type: string): void {
  status.conditions = conditions(status).filter((c) => c.type !== type);
}

function sum(rss: readonly Obj[], field: string): number {
  return rss.reduce((n, rs) => n + num(isObj(rs.status) ? rs.status[field] : undefined), 0);
}

/** The counts and the Available condition (counts of 0 are left out, as the API omits them). */
export function calculateStatus(d: Obj, all: readonly Obj[], newRS: Obj | undefined): Obj {
  const previous = isObj(d.status) ? d.status : {};
  const available = sum(all, 'availableReplicas');
  const total = all.reduce((n, rs) => n + num(isObj(rs.spec) ? rs.spec.replicas : undefined, 1), 0);
  const status: Obj = { observedGeneration: meta(d).generation };
  const counts: [string, number][] = [
    ['replicas', sum(all, 'replicas')],
    ['updatedReplicas', newRS ? sum([newRS], 'replicas') : 0],
    ['readyReplicas', sum(all, 'readyReplicas')],
    ['availableReplicas', available],
    ['unavailableReplicas', Math.max(0, total - available)],
  ];
  for (const [field, value] of counts) if (value > 0) status[field] = value;
  if (typeof previous.collisionCount === 'number') status.collisionCount = previous.collisionCount;
  status.conditions = conditions(previous);
  if (available >= desiredReplicas(d) - maxUnavailable(d)) {
    setCondition(status, {
      type: 'Available',
      status: 'True',
      reason: 'MinimumReplicasAvailable',
      message: 'Deployment has minimum availability.',
    });
  } else {
    setCondition(status, {
      type: 'Available',
      status: 'False',
      reason: 'MinimumReplicasUnavailable',
      message: 'Deployment does not have minimum availability.',
    });
  }
  return status;
}

function progressDeadlineMs(d: Obj): number | undefined {
  const seconds = isObj(d.spec) ? d.spec.progressDeadlineSeconds : undefined;
  // 2147483647 (MaxInt32) means "no deadline".
  return typeof seconds === 'number' && seconds < 2147483647 ? seconds * 1000 : undefined;
}

function complete(d: Obj, s: Obj): boolean {
  const desired = desiredReplicas(d);
  return (
    num(s.updatedReplicas) === desired &&
    num(s.replicas) === desired &&
    num(s.availableReplicas) === desired &&
    num(s.observedGeneration) >= (meta(d).generation ?? 0)
  );
}

function progressing(old: Obj, s: Obj): boolean {
  const oldOld = num(old.replicas) - num(old.updatedReplicas);
  const newOld = num(s.replicas) - num(s.updatedReplicas);
  return (
    num(s.updatedReplicas) > num(old.updatedReplicas) ||
    newOld < oldOld ||
    num(s.readyReplicas) > num(old.readyReplicas) ||
    num(s.availableReplicas) > num(old.availableReplicas)
  );
}

/** When the Progressing condition runs out of time (ms from now), if it can. */
export function deadlineInMs(d: Obj, s: Obj, now = Date.now()): number | undefined {
  const deadline = progressDeadlineMs(d);
  const current = findCondition(s, 'Progressing');
  if (deadline === undefined || !current || current.reason === 'NewReplicaSetAvailable' || current.reason === 'ProgressDeadlineExceeded')
    return undefined;
  const since = Date.parse(asString(current.lastUpdateTime) ?? '');
  return Number.isNaN(since) ? undefined : since + deadline - now;
}

/** The status after a rollout step: counts, Available, and Progressing as it moved. */
export function rolloutStatus(d: Obj, all: readonly Obj[], newRS: Obj | undefined): Obj {
  const old = isObj(d.status) ? d.status : {};
  const s = calculateStatus(d, all, newRS);
  if (progressDeadlineMs(d) === undefined) {
    removeCondition(s, 'Progressing');
  } else {
    const current = findCondition(s, 'Progressing');
    const done = num(s.replicas) === num(s.updatedReplicas) && current?.reason === 'NewReplicaSetAvailable';
    const rsName = newRS ? (meta(newRS).name ?? '') : '';
    if (!done) {
      const timeLeft = deadlineInMs(d, s);
      if (complete(d, s)) {
        setCondition(s, {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: newRS
            ? `ReplicaSet "${rsName}" has successfully progressed.`
            : `Deployment "${meta(d).name ?? ''}" has successfully progressed.`,
        });
      } else if (progressing(old, s)) {
        // Progress refreshes lastUpdateTime (the deadline restarts) but keeps the transition time.
        const transition = current?.status === 'True' ? current.lastTransitionTime : undefined;
        removeCondition(s, 'Progressing');
        setCondition(s, {
          type: 'Progressing',
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: `ReplicaSet "${rsName}" is progressing.`,
        });
        const added = findCondition(s, 'Progressing');
        if (added && transition !== undefined) added.lastTransitionTime = transition;
      } else if (timeLeft !== undefined && timeLeft <= 0) {
        setCondition(s, {
          type: 'Progressing',
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${rsName}" has timed out progressing.`,
        });
      }
    }
  }
  const failure = newRS && isObj(newRS.status) ? findCondition(newRS.status, 'ReplicaFailure') : undefined;
  if (failure?.status === 'True') {
    setCondition(s, {
      type: 'ReplicaFailure',
      status: 'True',
      reason: asString(failure.reason) ?? 'FailedCreate',
      message: asString(failure.message) ?? '',
    });
  } else {
    removeCondition(s, 'ReplicaFailure');
  }
  return s;
}
