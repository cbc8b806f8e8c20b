// The ReplicaSet controller: keeps spec.replicas active pods made from the template (named
// `<replicaset>-<5 random>`, controlled by the ReplicaSet), adopts orphan pods its selector
// matches and releases owned pods it no longer matches, replaces pods that finish or are deleted,
// deletes the least useful pods first when there are too many, and reports replicas,
// fullyLabeledReplicas, readyReplicas, availableReplicas and observedGeneration.
import type { EventSource } from '../core/events';
import { asArray, asString, clone, isObj, meta, timestamp, type Obj } from '../objects';
import { resourceByName } from '../resources';
import type { StoreEvent } from '../store';
import { selectorMatches } from './labelSelector';
import {
  availability,
  controllerRef,
  createPod,
  deletePod,
  isActive,
  isReady,
  MANAGER,
  ownerReference,
  podFromTemplate,
  readySince,
  type ControllerContext,
} from './podControl';
import { objectKey, splitKey, WorkQueue } from './workQueue';

const SOURCE: EventSource = { component: 'replicaset-controller' };
/** As many pods as the real controller creates or deletes in one sync. */
const BURST = 500;

function spec(rs: Obj): Obj {
  return isObj(rs.spec) ? rs.spec : {};
}

function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' ? value : fallback;
}

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** Sorts pods so the ones to delete first come first: unscheduled, pending, not ready, newest. */
function deletionOrder(a: Obj, b: Obj): number {
  const scheduled = (p: Obj): number => (isObj(p.spec) && typeof p.spec.nodeName === 'string' ? 1 : 0);
  const phaseRank = (p: Obj): number => PHASE_RANK[isObj(p.status) ? (asString(p.status.phase) ?? 'Pending') : 'Pending'] ?? 0;
  const ready = (p: Obj): number => (isReady(p) ? 1 : 0);
  const restarts = (p: Obj): number =>
    asArray(isObj(p.status) ? p.status.containerStatuses : [])
      .filter(isObj)
      .reduce((n, c) => n + num(c.restartCount), 0);
  const created = (p: Obj): number => Date.parse(meta(p).creationTimestamp ?? '') || 0;
  return (
    scheduled(a) - scheduled(b) ||
    phaseRank(a) - phaseRank(b) ||
    ready(a) - ready(b) ||
    (readySince(b) ?? 0) - (readySince(a) ?? 0) ||
    restarts(b) - restarts(a) ||
    created(b) - created(a)
  );
}

export class ReplicaSetController {
  private readonly queue = new WorkQueue('replicaset controller', (key) => this.sync(key));
  private readonly unsubscribe: () => void;
  /** The last pod creation error per ReplicaSet uid, shown as the ReplicaFailure condition. */
  private readonly failures = new Map<string, string>();

  constructor(private readonly ctx: ControllerContext) {
    this.unsubscribe = ctx.core.store.subscribe((event) => this.onEvent(event));
    for (const rs of ctx.core.store.list('replicasets')) this.queue.add(objectKey(meta(rs).namespace ?? '', meta(rs).name ?? ''));
  }

  stop(): void {
    this.unsubscribe();
    this.queue.stop();
  }

  private onEvent(event: StoreEvent): void {
    if (event.resource === 'replicasets') {
      this.queue.add(objectKey(event.namespace, meta(event.object).name ?? ''));
      return;
    }
    if (event.resource !== 'pods') return;
    for (const pod of [event.object, event.previous]) {
      if (!pod) continue;
      const ref = controllerRef(pod);
      if (ref?.kind === 'ReplicaSet') this.queue.add(objectKey(event.namespace, asString(ref.name) ?? ''));
    }
    // An orphan may be adopted by any ReplicaSet whose selector matches it.
    if (event.type !== 'DELETED' && !controllerRef(event.object) && isActive(event.object)) {
      for (const rs of this.ctx.core.store.list('replicasets', event.namespace)) {
        if (selectorMatches(spec(rs).selector, meta(event.object).labels)) this.queue.add(objectKey(event.namespace, meta(rs).name ?? ''));
      }
    }
  }

  private sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const rs = this.ctx.core.store.get('replicasets', namespace, name);
    if (!rs) return;
    const deleting = meta(rs).deletionTimestamp !== undefined;
    let pods = this.claimPods(rs, deleting);
    if (!deleting && this.manageReplicas(rs, pods.filter(isActive))) pods = this.claimPods(rs, true);
    this.writeStatus(rs, pods);
  }

  /** The pods this ReplicaSet controls, after adopting matching orphans and releasing the rest. */
  private claimPods(rs: Obj, readOnly: boolean): Obj[] {
    const m = meta(rs);
    const pods = this.ctx.core.store.list('pods', m.namespace ?? '');
    const out: Obj[] = [];
    const podsType = resourceByName('pods');
    for (const pod of pods) {
      const ref = controllerRef(pod);
      const matches = selectorMatches(spec(rs).selector, meta(pod).labels);
      if (ref) {
        if (ref.uid !== m.uid) continue;
        if (matches) out.push(pod);
        else if (!readOnly) {
          meta(pod).ownerReferences = (meta(pod).ownerReferences ?? []).filter((r) => r.uid !== m.uid);
          this.ctx.core.systemUpdate(podsType, pod, MANAGER);
        }
      } else if (matches && !readOnly && isActive(pod)) {
        meta(pod).ownerReferences = [
          ...(meta(pod).ownerReferences ?? []),
          ownerReference({ ...rs, apiVersion: 'apps/v1', kind: 'ReplicaSet' }),
        ];
        const adopted = this.ctx.core.systemUpdate(podsType, pod, MANAGER);
        if (adopted) out.push(adopted);
      }
    }
    return out;
  }

  /** Creates or deletes pods toward spec.replicas; true when it changed anything. */
  private manageReplicas(rs: Obj, active: Obj[]): boolean {
    const m = meta(rs);
    const owner = { ...rs, apiVersion: 'apps/v1', kind: 'ReplicaSet' };
    const diff = active.length - num(spec(rs).replicas, 1);
    if (diff < 0) {
      let error: string | undefined;
      for (let i = 0; i < Math.min(-diff, BURST); i++) {
        const result = createPod(this.ctx, SOURCE, owner, podFromTemplate(spec(rs).template, owner, `${m.name ?? ''}-`));
        if (result.error !== undefined) {
          error = result.error;
          break;
        }
      }
      if (error !== undefined) this.failures.set(m.uid ?? '', error);
      else this.failures.delete(m.uid ?? '');
      return true;
    }
    this.failures.delete(m.uid ?? '');
    if (diff === 0) return false;
    for (const pod of [...active].sort(deletionOrder).slice(0, Math.min(diff, BURST))) deletePod(this.ctx, SOURCE, owner, pod);
    return true;
  }

  private writeStatus(rs: Obj, pods: Obj[]): void {
    const s = spec(rs);
    const minReady = num(s.minReadySeconds);
    const active = pods.filter(isActive);
    const templateLabels =
      isObj(s.template) && isObj(s.template.metadata) && isObj(s.template.metadata.labels) ? s.template.metadata.labels : {};
    let available = 0;
    let nextCheck: number | undefined;
    for (const pod of active) {
      const a = availability(pod, minReady);
      if (a.available) available++;
      else if (a.inMs !== undefined) nextCheck = Math.min(nextCheck ?? a.inMs, a.inMs);
    }
    const previous = isObj(rs.status) ? rs.status : {};
    const status: Obj = { replicas: active.length };
    const fullyLabeled = active.filter((p) => Object.entries(templateLabels).every(([k, v]) => meta(p).labels?.[k] === v)).length;
    if (fullyLabeled > 0) status.fullyLabeledReplicas = fullyLabeled;
    const ready = active.filter(isReady).length;
    if (ready > 0) status.readyReplicas = ready;
    if (available > 0) status.availableReplicas = available;
    status.observedGeneration = meta(rs).generation;
    const failure = this.failures.get(meta(rs).uid ?? '');
    if (failure !== undefined) {
      const old = asArray(previous.conditions)
        .filter(isObj)
        .find((c) => c.type === 'ReplicaFailure');
      status.conditions = [
        {
          type: 'ReplicaFailure',
          status: 'True',
          lastTransitionTime: old?.lastTransitionTime ?? timestamp(),
          reason: 'FailedCreate',
          message: failure,
        },
      ];
    }
    const next = clone(rs);
    next.status = status;
    this.ctx.core.systemUpdate(resourceByName('replicasets'), next, MANAGER, 'status');
    if (nextCheck !== undefined) this.queue.addAfter(objectKey(meta(rs).namespace ?? '', meta(rs).name ?? ''), nextCheck + 10);
  }
}
