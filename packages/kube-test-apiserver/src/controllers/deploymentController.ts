// The Deployment controller: one ReplicaSet per pod template (`<deployment>-<pod-template-hash>`),
// rolled out by the strategy — RollingUpdate grows the new ReplicaSet within maxSurge and shrinks
// old ones while at least replicas - maxUnavailable pods stay available; Recreate scales old ones
// to 0, waits for their pods to go, then scales the new one up — with ScalingReplicaSet events,
// revision annotations, old ReplicaSets pruned beyond revisionHistoryLimit, and the status and
// conditions `kubectl rollout status` reads. A paused Deployment only scales and reports.
import type { EventSource } from '../core/events';
import { clone, isObj, meta, type Obj } from '../objects';
import { resourceByName } from '../resources';
import type { StoreEvent } from '../store';
import { findCondition, rolloutStatus, calculateStatus, setCondition, deadlineInMs } from './deploymentStatus';
import { selectorMatches } from './labelSelector';
import { controllerRef, isFinished, isControlledBy, MANAGER, type ControllerContext } from './podControl';
import {
  claimReplicaSets,
  createNewReplicaSet,
  DESIRED_REPLICAS,
  MAX_REPLICAS,
  REVISION,
  revision,
  spec,
  splitReplicaSets,
  syncNewReplicaSet,
} from './replicaSetsOfDeployment';
import { desiredReplicas, maxReplicas, newReplicaSetReplicas, num, oldReplicaSetScaleDown, specReplicas, strategyType } from './rollout';
import { objectKey, splitKey, WorkQueue } from './workQueue';

const SOURCE: EventSource = { component: 'deployment-controller' };
const deploymentType = resourceByName('deployments');
const rsType = resourceByName('replicasets');

interface Rollout {
  d: Obj;
  newRS: Obj | undefined;
  old: Obj[];
}

export class DeploymentController {
  private readonly queue = new WorkQueue('deployment controller', (key) => this.sync(key));
  private readonly unsubscribe: () => void;

  constructor(private readonly ctx: ControllerContext) {
    this.unsubscribe = ctx.core.store.subscribe((event) => this.onEvent(event));
    for (const d of ctx.core.store.list('deployments')) this.queue.add(objectKey(meta(d).namespace ?? '', meta(d).name ?? ''));
  }

  stop(): void {
    this.unsubscribe();
    this.queue.stop();
  }

  private onEvent(event: StoreEvent): void {
    const ns = event.namespace;
    if (event.resource === 'deployments') {
      this.queue.add(objectKey(ns, meta(event.object).name ?? ''));
    } else if (event.resource === 'replicasets') {
      for (const rs of [event.object, event.previous]) {
        const ref = rs ? controllerRef(rs) : undefined;
        if (ref?.kind === 'Deployment') this.queue.add(objectKey(ns, String(ref.name)));
      }
      if (event.type !== 'DELETED' && !controllerRef(event.object)) {
        for (const d of this.ctx.core.store.list('deployments', ns)) {
          if (selectorMatches(spec(d).selector, meta(event.object).labels)) this.queue.add(objectKey(ns, meta(d).name ?? ''));
        }
      }
    } else if (event.resource === 'pods' && (event.type === 'DELETED' || isFinished(event.object))) {
      // Recreate waits for the old pods to be gone.
      const ref = controllerRef(event.object);
      const rs = ref?.kind === 'ReplicaSet' ? this.ctx.core.store.get('replicasets', ns, String(ref.name)) : undefined;
      const owner = rs ? controllerRef(rs) : undefined;
      if (owner?.kind === 'Deployment') this.queue.add(objectKey(ns, String(owner.name)));
    }
  }

  private sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const d = this.ctx.core.store.get('deployments', namespace, name);
    if (!d) return;
    const rss = claimReplicaSets(this.ctx, d);
    if (meta(d).deletionTimestamp !== undefined) {
      const { newRS } = splitReplicaSets(d, rss);
      this.writeStatus(d, calculateStatus(d, rss, newRS));
      return;
    }
    const current = this.pausedConditions(d);
    if (!current) return;
    if (spec(current).paused === true) this.paused(current, rss);
    else if (strategyType(current) === 'Recreate') this.recreate(current, rss);
    else this.rolling(current, rss);
  }

  /** DeploymentPaused / DeploymentResumed on the Progressing condition; returns the Deployment as stored. */
  private pausedConditions(d: Obj): Obj | undefined {
    const status = clone(isObj(d.status) ? d.status : {});
    const reason = findCondition(status, 'Progressing')?.reason;
    const paused = spec(d).paused === true;
    if (paused && reason !== 'DeploymentPaused')
      setCondition(status, { type: 'Progressing', status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' });
    else if (!paused && reason === 'DeploymentPaused')
      setCondition(status, { type: 'Progressing', status: 'Unknown', reason: 'DeploymentResumed', message: 'Deployment is resumed' });
    else return d;
    return this.writeStatus(d, status);
  }

  private writeStatus(d: Obj, status: Obj, annotations?: Record<string, string>): Obj | undefined {
    const next = clone(d);
    next.status = status;
    if (annotations) meta(next).annotations = { ...(meta(next).annotations ?? {}), ...annotations };
    return this.ctx.core.systemUpdate(deploymentType, next, MANAGER, 'status');
  }

  /** The new and old ReplicaSets; the new one is created when `create` and none exists yet. */
  private replicaSets(d: Obj, rss: readonly Obj[], create: boolean): Rollout | undefined {
    const split = splitReplicaSets(d, rss);
    const status = clone(isObj(d.status) ? d.status : {});
    if (split.newRS) {
      const newRS = syncNewReplicaSet(this.ctx, d, split.newRS, split.revision);
      if (!findCondition(status, 'Progressing')) {
        setCondition(status, {
          type: 'Progressing',
          status: 'True',
          reason: 'FoundNewReplicaSet',
          message: `Found new replica set "${meta(newRS).name ?? ''}"`,
        });
      }
      const stored = this.writeStatus(d, status, { [REVISION]: String(revision(newRS)) });
      return stored ? { d: stored, newRS, old: split.old } : undefined;
    }
    if (!create) return { d, newRS: undefined, old: split.old };
    const outcome = createNewReplicaSet(this.ctx, d, split.old, split.revision);
    if ('collision' in outcome) {
      // The next sync (after this status write) tries the next hash.
      this.writeStatus(d, { ...status, collisionCount: num(status.collisionCount) + 1 });
      return undefined;
    }
    if ('error' in outcome) {
      this.ctx.events.record(d, SOURCE, 'Warning', 'FailedCreate', `Failed to create new replica set "${outcome.name}": ${outcome.error}`);
      setCondition(status, {
        type: 'Progressing',
        status: 'False',
        reason: 'ReplicaSetCreateError',
        message: `Failed to create new replica set "${outcome.name}": ${outcome.error}`,
      });
      this.writeStatus(d, status);
      return undefined;
    }
    const newRS = outcome.created;
    const replicas = specReplicas(newRS);
    if (replicas > 0)
      this.ctx.events.record(
        d,
        SOURCE,
        'Normal',
        'ScalingReplicaSet',
        `Scaled up replica set ${meta(newRS).name ?? ''} from 0 to ${replicas}`,
      );
    setCondition(status, {
      type: 'Progressing',
      status: 'True',
      reason: 'NewReplicaSetCreated',
      message: `Created new replica set "${meta(newRS).name ?? ''}"`,
    });
    const stored = this.writeStatus(d, status, { [REVISION]: String(split.revision) });
    return stored ? { d: stored, newRS, old: split.old } : undefined;
  }

  private scale(d: Obj, rs: Obj, replicas: number): Obj {
    const before = specReplicas(rs);
    const next = clone(rs);
    spec(next).replicas = replicas;
    meta(next).annotations = {
      ...(meta(next).annotations ?? {}),
      [DESIRED_REPLICAS]: String(desiredReplicas(d)),
      [MAX_REPLICAS]: String(maxReplicas(d)),
    };
    const stored = this.ctx.core.systemUpdate(rsType, next, MANAGER);
    if (stored && before !== replicas) {
      this.ctx.events.record(
        d,
        SOURCE,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${replicas > before ? 'up' : 'down'} replica set ${meta(rs).name ?? ''} from ${before} to ${replicas}`,
      );
    }
    return stored ?? rs;
  }

  private rolling(d: Obj, rss: readonly Obj[]): void {
    const r = this.replicaSets(d, rss, true);
    if (!r) return;
    const all = (): Obj[] => (r.newRS ? [...r.old, r.newRS] : r.old);
    if (r.newRS) {
      const desired = desiredReplicas(r.d);
      const now = specReplicas(r.newRS);
      const target = now > desired ? desired : newReplicaSetReplicas(r.d, all(), r.newRS);
      if (target !== now) {
        r.newRS = this.scale(r.d, r.newRS, target);
        this.rolloutStatus(r, all());
        return;
      }
    }
    const downs = oldReplicaSetScaleDown(r.d, r.newRS, r.old);
    if (downs.size > 0) {
      r.old = r.old.map((rs) => {
        const target = downs.get(rs);
        return target === undefined ? rs : this.scale(r.d, rs, target);
      });
      this.rolloutStatus(r, all());
      return;
    }
    this.finish(r, all());
  }

  private recreate(d: Obj, rss: readonly Obj[]): void {
    let r = this.replicaSets(d, rss, false);
    if (!r) return;
    const active = r.old.filter((rs) => specReplicas(rs) > 0);
    if (active.length > 0) {
      r.old = r.old.map((rs) => (specReplicas(rs) > 0 ? this.scale(d, rs, 0) : rs));
      this.rolloutStatus(r, r.old);
      return;
    }
    const ns = meta(d).namespace ?? '';
    const oldPodsRunning = this.ctx.core.store.list('pods', ns).some((p) => !isFinished(p) && r?.old.some((rs) => isControlledBy(p, rs)));
    if (oldPodsRunning) {
      this.rolloutStatus(r, r.old);
      return;
    }
    if (!r.newRS) r = this.replicaSets(r.d, rss, true);
    if (!r?.newRS) return;
    const all = [...r.old, r.newRS];
    if (specReplicas(r.newRS) !== desiredReplicas(r.d)) {
      r.newRS = this.scale(r.d, r.newRS, desiredReplicas(r.d));
      this.rolloutStatus(r, [...r.old, r.newRS]);
      return;
    }
    this.finish(r, all);
  }

  private paused(d: Obj, rss: readonly Obj[]): void {
    const r = this.replicaSets(d, rss, false);
    if (!r) return;
    // Scaling while paused: the real controller spreads it over active ReplicaSets in proportion;
    // here only a single active (or the new) ReplicaSet is scaled.
    const active = [...r.old, ...(r.newRS ? [r.newRS] : [])].filter((rs) => specReplicas(rs) > 0);
    const target = active.length === 1 ? active[0] : active.length === 0 ? r.newRS : undefined;
    if (target && specReplicas(target) !== desiredReplicas(r.d)) {
      const scaled = this.scale(r.d, target, desiredReplicas(r.d));
      if (target === r.newRS) r.newRS = scaled;
      else r.old = r.old.map((rs) => (rs === target ? scaled : rs));
    }
    this.writeStatus(r.d, calculateStatus(r.d, r.newRS ? [...r.old, r.newRS] : r.old, r.newRS));
  }

  /** A finished rollout prunes old ReplicaSets beyond revisionHistoryLimit; then the status. */
  private finish(r: Rollout, all: Obj[]): void {
    const s = isObj(r.d.status) ? r.d.status : {};
    const desired = desiredReplicas(r.d);
    const complete =
      num(s.updatedReplicas) === desired &&
      num(s.replicas) === desired &&
      num(s.availableReplicas) === desired &&
      num(s.observedGeneration) >= (meta(r.d).generation ?? 0);
    if (complete) {
      const limit = typeof spec(r.d).revisionHistoryLimit === 'number' ? num(spec(r.d).revisionHistoryLimit) : Infinity;
      const generationSeen = (rs: Obj): boolean =>
        num(isObj(rs.status) ? rs.status.observedGeneration : undefined) >= (meta(rs).generation ?? 0);
      const cleanable = r.old.filter(
        (rs) =>
          specReplicas(rs) === 0 &&
          num(isObj(rs.status) ? rs.status.replicas : undefined) === 0 &&
          generationSeen(rs) &&
          meta(rs).deletionTimestamp === undefined,
      );
      const excess = cleanable.sort((a, b) => revision(a) - revision(b)).slice(0, Math.max(0, cleanable.length - limit));
      for (const rs of excess) {
        try {
          this.ctx.core.delete(rsType, meta(rs).namespace ?? '', meta(rs).name ?? '', { dryRun: false });
        } catch {
          // already gone
        }
      }
      const gone = new Set(excess);
      r.old = r.old.filter((rs) => !gone.has(rs));
      all = all.filter((rs) => !gone.has(rs));
    }
    this.rolloutStatus(r, all);
  }

  private rolloutStatus(r: Rollout, all: readonly Obj[]): void {
    const status = rolloutStatus(r.d, all, r.newRS);
    const stored = this.writeStatus(r.d, status);
    const left = stored && isObj(stored.status) ? deadlineInMs(stored, stored.status) : undefined;
    if (left !== undefined) this.queue.addAfter(objectKey(meta(r.d).namespace ?? '', meta(r.d).name ?? ''), Math.max(0, left) + 50);
  }
}
