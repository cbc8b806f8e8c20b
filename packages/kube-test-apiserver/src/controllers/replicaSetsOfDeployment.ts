// A Deployment's ReplicaSets: the ones it controls (adopting orphans its selector matches,
// releasing the ones it no longer matches), which one is "new" (its template is the Deployment's
// apart from the hash label) and which are old, revisions, and creating the new ReplicaSet
// `<deployment>-<pod-template-hash>` with the Deployment's template, selector and annotations.
import { clone, isObj, meta, type Obj } from '../objects';
import { resourceByName } from '../resources';
import { ApiError } from '../status';
import { MANAGER, controllerRef, ownerReference, type ControllerContext } from './podControl';
import { selectorMatches } from './labelSelector';
import { HASH_LABEL, podTemplateHash, sameTemplate } from './podTemplateHash';
import { byCreation, desiredReplicas, maxReplicas, newReplicaSetReplicas, num } from './rollout';

export const REVISION = 'deployment.kubernetes.io/revision';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
/** Deployment annotations that are not copied to its ReplicaSets. */
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  'deployment.kubernetes.io/revision-history',
  DESIRED_REPLICAS,
  MAX_REPLICAS,
]);

const rsType = resourceByName('replicasets');

export function spec(obj: Obj): Obj {
  return isObj(obj.spec) ? obj.spec : {};
}

export function revision(obj: Obj): number {
  const value = Number(meta(obj).annotations?.[REVISION] ?? '0');
  return Number.isFinite(value) ? value : 0;
}

/** The ReplicaSets the Deployment controls, after adoption and release, oldest first. */
export function claimReplicaSets(ctx: ControllerContext, d: Obj): Obj[] {
  const m = meta(d);
  const out: Obj[] = [];
  const deleting = m.deletionTimestamp !== undefined;
  for (const rs of ctx.core.store.list('replicasets', m.namespace ?? '')) {
    const ref = controllerRef(rs);
    const matches = selectorMatches(spec(d).selector, meta(rs).labels);
    if (ref) {
      if (ref.uid !== m.uid) continue;
      if (matches || deleting) out.push(rs);
      else {
        meta(rs).ownerReferences = (meta(rs).ownerReferences ?? []).filter((r) => r.uid !== m.uid);
        ctx.core.systemUpdate(rsType, rs, MANAGER);
      }
    } else if (matches && !deleting && meta(rs).deletionTimestamp === undefined) {
      meta(rs).ownerReferences = [...(meta(rs).ownerReferences ?? []), ownerReference(d)];
      const adopted = ctx.core.systemUpdate(rsType, rs, MANAGER);
      if (adopted) out.push(adopted);
    }
  }
  return out.sort(byCreation);
}

export interface ReplicaSetSplit {
  readonly newRS: Obj | undefined;
  readonly old: Obj[];
  /** The revision the new ReplicaSet has (or gets). */
  readonly revision: number;
}

export function splitReplicaSets(d: Obj, rss: readonly Obj[]): ReplicaSetSplit {
  let newRS: Obj | undefined;
  const old: Obj[] = [];
  for (const rs of rss) {
    if (!newRS && sameTemplate(spec(rs).template, spec(d).template)) newRS = rs;
    else old.push(rs);
  }
  const maxOld = Math.max(0, ...old.map(revision));
  return { newRS, old, revision: maxOld + 1 };
}

function copiedAnnotations(d: Obj): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta(d).annotations ?? {})) if (!NOT_COPIED.has(k)) out[k] = v;
  return out;
}

/** Brings an existing new ReplicaSet's revision, copied annotations and minReadySeconds up to date. */
export function syncNewReplicaSet(ctx: ControllerContext, d: Obj, rs: Obj, newRevision: number): Obj {
  const next = clone(rs);
  const m = meta(next);
  m.annotations = { ...(m.annotations ?? {}), ...copiedAnnotations(d) };
  if (revision(next) < newRevision) m.annotations[REVISION] = String(newRevision);
  const minReady = num(spec(d).minReadySeconds);
  if (num(spec(next).minReadySeconds) !== minReady) {
    if (minReady > 0) spec(next).minReadySeconds = minReady;
    else delete spec(next).minReadySeconds;
  }
  return ctx.core.systemUpdate(rsType, next, MANAGER) ?? rs;
}

export type CreateOutcome = { readonly created: Obj } | { readonly collision: true } | { readonly error: string; readonly name: string };

/** Creates the new ReplicaSet with as many replicas as the strategy allows now. */
export function createNewReplicaSet(ctx: ControllerContext, d: Obj, old: readonly Obj[], newRevision: number): CreateOutcome {
  const m = meta(d);
  const collisionCount = isObj(d.status) && typeof d.status.collisionCount === 'number' ? d.status.collisionCount : undefined;
  const hash = podTemplateHash(spec(d).template, collisionCount);
  const template: Obj = isObj(spec(d).template) ? clone(spec(d).template as Obj) : {};
  const templateMeta: Obj = isObj(template.metadata) ? template.metadata : {};
  template.metadata = templateMeta;
  const labels = { ...(isObj(templateMeta.labels) ? templateMeta.labels : {}), [HASH_LABEL]: hash };
  templateMeta.labels = labels;
  const selector: Obj = isObj(spec(d).selector) ? clone(spec(d).selector as Obj) : {};
  selector.matchLabels = { ...(isObj(selector.matchLabels) ? selector.matchLabels : {}), [HASH_LABEL]: hash };
  const name = `${m.name ?? ''}-${hash}`;
  const rsSpec: Obj = { replicas: newReplicaSetReplicas(d, old, undefined), selector, template };
  const minReady = num(spec(d).minReadySeconds);
  if (minReady > 0) rsSpec.minReadySeconds = minReady;
  const body: Obj = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: m.namespace,
      labels,
      annotations: {
        ...copiedAnnotations(d),
        [DESIRED_REPLICAS]: String(desiredReplicas(d)),
        [MAX_REPLICAS]: String(maxReplicas(d)),
        [REVISION]: String(newRevision),
      },
      ownerReferences: [ownerReference(d)],
    },
    spec: rsSpec,
  };
  try {
    return {
      created: ctx.core.create(rsType, m.namespace ?? '', body, { dryRun: false, fieldManager: MANAGER, fieldValidation: 'Ignore' }).object,
    };
  } catch (error) {
    if (error instanceof ApiError && error.status.reason === 'AlreadyExists') {
      const existing = ctx.core.store.get('replicasets', m.namespace ?? '', name);
      // Ours with this template already (a sync raced with itself): use it. Otherwise a hash collision.
      if (existing && controllerRef(existing)?.uid === m.uid && sameTemplate(spec(existing).template, spec(d).template))
        return { created: existing };
      return { collision: true };
    }
    return { error: error instanceof Error ? error.message : String(error), name };
  }
}
