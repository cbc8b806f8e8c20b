// Which objects belong to a workload for its events view: the workload itself and everything whose
// owner chain reaches it (Deployment → ReplicaSets → Pods, CronJob → Jobs → Pods). Owners are kept
// after an object is deleted, so the events of a pod a rollout replaced stay in the view.
import type { KubeObject } from '../../core/kube/kubeObject';

/** The kinds whose objects may stand between a workload and its pods, per workload kind. */
export const MEMBER_KINDS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  Pod: [],
  Deployment: [
    ['apps/v1', 'ReplicaSet'],
    ['v1', 'Pod'],
  ],
  ReplicaSet: [['v1', 'Pod']],
  StatefulSet: [['v1', 'Pod']],
  DaemonSet: [['v1', 'Pod']],
  Job: [['v1', 'Pod']],
  CronJob: [
    ['batch/v1', 'Job'],
    ['v1', 'Pod'],
  ],
};

export class RelatedObjects {
  /** uid → the uids of its owners. */
  private readonly owners = new Map<string, readonly string[]>();

  constructor(readonly rootUid: string) {}

  /** Records (or updates) an object's owners. */
  add(object: KubeObject): void {
    const uid = object.metadata?.uid;
    if (!uid) return;
    this.owners.set(
      uid,
      (object.metadata?.ownerReferences ?? []).map((r) => r.uid).filter((u): u is string => typeof u === 'string' && u !== ''),
    );
  }

  /** Whether the object with this uid is the root or owned by it, however deep. */
  includes(uid: string | undefined): boolean {
    if (!uid) return false;
    const seen = new Set<string>();
    const queue = [uid];
    while (queue.length > 0) {
      const next = queue.pop() as string;
      if (next === this.rootUid) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.owners.get(next) ?? []));
    }
    return false;
  }
}
