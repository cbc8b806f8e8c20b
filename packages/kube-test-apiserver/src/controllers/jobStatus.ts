// What the Job controller decides from a Job and its pods: how many pods should run, whether the
// Job has failed (backoffLimit, activeDeadlineSeconds) or succeeded (completions), and the
// conditions with the reasons and messages the real controller writes.
import { asArray, isObj, timestamp, type Obj } from '../objects';
import { isActive } from './podControl';

export interface Finish {
  readonly success: boolean;
  readonly reason: string;
  readonly message: string;
}

export const BACKOFF_LIMIT_EXCEEDED: Finish = {
  success: false,
  reason: 'BackoffLimitExceeded',
  message: 'Job has reached the specified backoff limit',
};
export const DEADLINE_EXCEEDED: Finish = {
  success: false,
  reason: 'DeadlineExceeded',
  message: 'Job was active longer than specified deadline',
};
export const COMPLETIONS_REACHED: Finish = {
  success: true,
  reason: 'CompletionsReached',
  message: 'Reached expected number of succeeded pods',
};

export function jobSpec(job: Obj): Obj {
  return isObj(job.spec) ? job.spec : {};
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

export function jobConditions(status: Obj): Obj[] {
  return asArray(status.conditions).filter(isObj);
}

export function hasCondition(status: Obj, type: string): Obj | undefined {
  return jobConditions(status).find((c) => c.type === type && c.status === 'True');
}

export function isJobFinished(status: Obj): boolean {
  return hasCondition(status, 'Complete') !== undefined || hasCondition(status, 'Failed') !== undefined;
}

/** Adds or replaces a condition; an unchanged status keeps its times. */
export function putCondition(status: Obj, type: string, value: string, reason: string, message: string): void {
  const old = jobConditions(status).find((c) => c.type === type);
  if (old && old.status === value && old.reason === reason && old.message === message) return;
  const now = timestamp();
  const condition = {
    type,
    status: value,
    lastProbeTime: now,
    lastTransitionTime: old && old.status === value ? old.lastTransitionTime : now,
    reason,
    message,
  };
  status.conditions = old ? jobConditions(status).map((c) => (c === old ? condition : c)) : [...jobConditions(status), condition];
}

/** Container restarts of running pods, which count against backoffLimit with restartPolicy OnFailure. */
function pastBackoffLimitOnFailure(job: Obj, pods: readonly Obj[], backoffLimit: number): boolean {
  const template = isObj(jobSpec(job).template) ? (jobSpec(job).template as Obj) : {};
  if (!isObj(template.spec) || template.spec.restartPolicy !== 'OnFailure') return false;
  let restarts = 0;
  for (const pod of pods.filter(isActive)) {
    const status = isObj(pod.status) ? pod.status : {};
    for (const c of [...asArray(status.initContainerStatuses), ...asArray(status.containerStatuses)].filter(isObj)) {
      restarts += typeof c.restartCount === 'number' ? c.restartCount : 0;
    }
  }
  return backoffLimit === 0 ? restarts > 0 : restarts >= backoffLimit;
}

/** Why the Job is done now, if it is. */
export function finishReason(
  job: Obj,
  pods: readonly Obj[],
  counts: { succeeded: number; failed: number; active: number },
  now = Date.now(),
): Finish | undefined {
  const spec = jobSpec(job);
  const backoffLimit = optionalNumber(spec.backoffLimit) ?? 6;
  if (counts.failed > backoffLimit || pastBackoffLimitOnFailure(job, pods, backoffLimit)) return BACKOFF_LIMIT_EXCEEDED;
  const deadlineMs = activeDeadlineInMs(job, now);
  if (deadlineMs !== undefined && deadlineMs <= 0) return DEADLINE_EXCEEDED;
  const completions = optionalNumber(spec.completions);
  if (completions !== undefined ? counts.succeeded >= completions : counts.succeeded > 0 && counts.active === 0) return COMPLETIONS_REACHED;
  return undefined;
}

/** Time left before activeDeadlineSeconds (ms), if the Job has a deadline and has started. */
export function activeDeadlineInMs(job: Obj, now = Date.now()): number | undefined {
  const seconds = optionalNumber(jobSpec(job).activeDeadlineSeconds);
  const status = isObj(job.status) ? job.status : {};
  const start = typeof status.startTime === 'string' ? Date.parse(status.startTime) : NaN;
  if (seconds === undefined || Number.isNaN(start)) return undefined;
  return start + seconds * 1000 - now;
}

/** How many pods should be running: parallelism, but no more than the completions still missing. */
export function wantActive(job: Obj, succeeded: number, active: number): number {
  const spec = jobSpec(job);
  const parallelism = optionalNumber(spec.parallelism) ?? 1;
  const completions = optionalNumber(spec.completions);
  // Without completions (a work queue), the first success means no new pods.
  if (completions === undefined) return succeeded > 0 ? Math.min(active, parallelism) : parallelism;
  return Math.max(0, Math.min(parallelism, completions - succeeded));
}
