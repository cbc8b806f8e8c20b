// The Job controller: runs pods `<job>-<5 random>` from the template (labelled job-name and
// controller-uid, in both the batch.kubernetes.io/ and the legacy form) up to parallelism until
// `completions` have succeeded; a pod that fails or is deleted before succeeding counts as failed
// and is replaced after a doubling back-off, until backoffLimit is passed (with restartPolicy
// OnFailure container restarts count too) or activeDeadlineSeconds runs out. From 1.31 the
// interim conditions SuccessCriteriaMet / FailureTarget come first and Complete / Failed follow
// once no pod is left terminating. suspend stops the pods; ttlSecondsAfterFinished deletes the Job.
import type { EventSource } from '../core/events';
import { clone, isObj, meta, timestamp, type Obj } from '../objects';
import { resourceByName } from '../resources';
import type { StoreEvent } from '../store';
import {
  activeDeadlineInMs,
  finishReason,
  hasCondition,
  isJobFinished,
  jobConditions,
  jobSpec,
  putCondition,
  wantActive,
  type Finish,
} from './jobStatus';
import {
  controllerRef,
  createPod,
  deletePod,
  isActive,
  isFinished,
  isReady,
  MANAGER,
  podFromTemplate,
  podsOf,
  type ControllerContext,
} from './podControl';
import { objectKey, splitKey, WorkQueue } from './workQueue';

const SOURCE: EventSource = { component: 'job-controller' };
const jobType = resourceByName('jobs');

export interface JobControllerOptions {
  /** First delay before replacing a failed pod; it doubles per failure up to the cap. */
  readonly backoffBaseMs: number;
  readonly backoffCapMs: number;
  /** Kubernetes 1.31+: SuccessCriteriaMet / FailureTarget before Complete / Failed. */
  readonly interimConditions: boolean;
}

/** The pods a Job has seen finish, by uid, so deleted pods stay counted. */
interface Tally {
  readonly succeeded: Set<string>;
  readonly failed: Set<string>;
  failuresSinceSuccess: number;
  lastFailureAt: number;
}

function phaseOf(pod: Obj): string | undefined {
  return isObj(pod.status) && typeof pod.status.phase === 'string' ? pod.status.phase : undefined;
}

export class JobController {
  private readonly queue = new WorkQueue('job controller', (key) => this.sync(key));
  private readonly unsubscribe: () => void;
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly ctx: ControllerContext,
    private readonly options: JobControllerOptions,
  ) {
    this.unsubscribe = ctx.core.store.subscribe((event) => this.onEvent(event));
    for (const job of ctx.core.store.list('jobs')) this.queue.add(objectKey(meta(job).namespace ?? '', meta(job).name ?? ''));
  }

  stop(): void {
    this.unsubscribe();
    this.queue.stop();
  }

  private tally(uid: string): Tally {
    let t = this.tallies.get(uid);
    if (!t) this.tallies.set(uid, (t = { succeeded: new Set(), failed: new Set(), failuresSinceSuccess: 0, lastFailureAt: 0 }));
    return t;
  }

  /** Counts a pod once, when it succeeds, fails, or goes away (or starts to) without succeeding. */
  private count(jobUid: string, pod: Obj, gone: boolean): void {
    const t = this.tally(jobUid);
    const uid = meta(pod).uid ?? '';
    if (t.succeeded.has(uid) || t.failed.has(uid)) return;
    const phase = phaseOf(pod);
    if (phase === 'Succeeded') {
      t.succeeded.add(uid);
      t.failuresSinceSuccess = 0;
    } else if (phase === 'Failed' || gone || meta(pod).deletionTimestamp !== undefined) {
      t.failed.add(uid);
      t.failuresSinceSuccess++;
      t.lastFailureAt = Date.now();
    }
  }

  private onEvent(event: StoreEvent): void {
    if (event.resource === 'jobs') {
      if (event.type === 'DELETED') this.tallies.delete(meta(event.object).uid ?? '');
      else this.queue.add(objectKey(event.namespace, meta(event.object).name ?? ''));
      return;
    }
    if (event.resource !== 'pods') return;
    const ref = controllerRef(event.object);
    if (ref?.kind !== 'Job') return;
    const job = this.ctx.core.store.get('jobs', event.namespace, String(ref.name));
    if (!job || meta(job).uid !== ref.uid) return;
    if (!isObj(job.status) || !isJobFinished(job.status)) this.count(String(ref.uid), event.object, event.type === 'DELETED');
    this.queue.add(objectKey(event.namespace, String(ref.name)));
  }

  private sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const job = this.ctx.core.store.get('jobs', namespace, name);
    if (!job || meta(job).deletionTimestamp !== undefined) return;
    const status = clone(isObj(job.status) ? job.status : {});
    if (isJobFinished(status)) {
      this.expireAfterTtl(key, job, status);
      return;
    }
    const uid = meta(job).uid ?? '';
    const t = this.tally(uid);
    let pods = podsOf(this.ctx.core, namespace, job);
    for (const pod of pods) this.count(uid, pod, false);
    const active = pods.filter(isActive);
    const suspended = jobSpec(job).suspend === true;
    if (suspended) {
      for (const pod of active) deletePod(this.ctx, SOURCE, job, pod);
      if (!hasCondition(status, 'Suspended')) this.ctx.events.record(job, SOURCE, 'Normal', 'Suspended', 'Job suspended');
      putCondition(status, 'Suspended', 'True', 'JobSuspended', 'Job suspended');
      delete status.startTime;
      this.write(job, status, podsOf(this.ctx.core, namespace, job), t);
      return;
    }
    if (hasCondition(status, 'Suspended')) {
      putCondition(status, 'Suspended', 'False', 'JobResumed', 'Job resumed');
      this.ctx.events.record(job, SOURCE, 'Normal', 'Resumed', 'Job resumed');
    }
    if (typeof status.startTime !== 'string') status.startTime = timestamp();
    const withStart = { ...job, status };
    const finish =
      this.interimFinish(status) ??
      finishReason(withStart, pods, { succeeded: t.succeeded.size, failed: t.failed.size, active: active.length });
    if (finish) {
      for (const pod of active) deletePod(this.ctx, SOURCE, job, pod);
      pods = podsOf(this.ctx.core, namespace, job);
      this.finish(job, status, finish, pods);
      this.write(job, status, pods, t);
      return;
    }
    const want = wantActive(job, t.succeeded.size, active.length);
    if (active.length > want) {
      for (const pod of active.slice(want)) deletePod(this.ctx, SOURCE, job, pod);
    } else if (active.length < want) {
      const waitMs =
        t.failuresSinceSuccess === 0
          ? 0
          : t.lastFailureAt +
            Math.min(this.options.backoffBaseMs * 2 ** (t.failuresSinceSuccess - 1), this.options.backoffCapMs) -
            Date.now();
      if (waitMs > 0) this.queue.addAfter(key, waitMs);
      else {
        for (let i = active.length; i < want; i++) {
          const labels = {
            'batch.kubernetes.io/controller-uid': uid,
            'batch.kubernetes.io/job-name': name,
            'controller-uid': uid,
            'job-name': name,
          };
          if (createPod(this.ctx, SOURCE, job, podFromTemplate(jobSpec(job).template, job, `${name}-`, labels)).error !== undefined) break;
        }
      }
    }
    this.write(job, status, podsOf(this.ctx.core, namespace, job), t);
    const deadline = activeDeadlineInMs(withStart);
    if (deadline !== undefined) this.queue.addAfter(key, deadline + 10);
  }

  /** A Job that met its success or failure criteria earlier keeps that outcome. */
  private interimFinish(status: Obj): Finish | undefined {
    for (const [type, success] of [
      ['SuccessCriteriaMet', true],
      ['FailureTarget', false],
    ] as const) {
      const c = hasCondition(status, type);
      if (c) return { success, reason: String(c.reason), message: String(c.message) };
    }
    return undefined;
  }

  private finish(job: Obj, status: Obj, finish: Finish, pods: readonly Obj[]): void {
    const interim = finish.success ? 'SuccessCriteriaMet' : 'FailureTarget';
    const terminal = finish.success ? 'Complete' : 'Failed';
    const first = !hasCondition(status, interim);
    if (first) {
      if (finish.success) this.ctx.events.record(job, SOURCE, 'Normal', 'Completed', 'Job completed');
      else this.ctx.events.record(job, SOURCE, 'Warning', finish.reason, finish.message);
    }
    const stillTerminating = pods.some((p) => !isFinished(p));
    if (this.options.interimConditions) {
      putCondition(status, interim, 'True', finish.reason, finish.message);
      if (stillTerminating) return;
    }
    putCondition(status, terminal, 'True', finish.reason, finish.message);
    if (finish.success) status.completionTime = timestamp();
  }

  private write(job: Obj, status: Obj, pods: readonly Obj[], t: Tally): void {
    const active = pods.filter(isActive);
    const next = clone(job);
    const out: Obj = {};
    if (jobConditions(status).length > 0) out.conditions = status.conditions;
    for (const field of ['startTime', 'completionTime'] as const) if (typeof status[field] === 'string') out[field] = status[field];
    if (active.length > 0) out.active = active.length;
    if (t.succeeded.size > 0) out.succeeded = t.succeeded.size;
    if (t.failed.size > 0) out.failed = t.failed.size;
    out.terminating = pods.filter((p) => meta(p).deletionTimestamp !== undefined && !isFinished(p)).length;
    out.uncountedTerminatedPods = {};
    out.ready = active.filter(isReady).length;
    next.status = out;
    this.ctx.core.systemUpdate(jobType, next, MANAGER, 'status');
  }

  /** ttlSecondsAfterFinished: the TTL-after-finished controller deletes the Job (its pods follow). */
  private expireAfterTtl(key: string, job: Obj, status: Obj): void {
    const ttl = jobSpec(job).ttlSecondsAfterFinished;
    if (typeof ttl !== 'number') return;
    const done = hasCondition(status, 'Complete') ?? hasCondition(status, 'Failed');
    const at = Date.parse(typeof done?.lastTransitionTime === 'string' ? done.lastTransitionTime : '') + ttl * 1000;
    const left = at - Date.now();
    if (Number.isNaN(left)) return;
    if (left > 0) {
      this.queue.addAfter(key, left + 10);
      return;
    }
    try {
      this.ctx.core.delete(jobType, meta(job).namespace ?? '', meta(job).name ?? '', { dryRun: false });
    } catch {
      // already gone
    }
  }
}
