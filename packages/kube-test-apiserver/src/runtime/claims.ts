// PersistentVolumeClaims as the scheduler and the volume controller see them. This cluster has no
// StorageClass and no provisioner, so every claim binds in Immediate mode and stays Pending until
// a test binds it (what the PV controller does once a volume exists). The scheduler's volume
// plugins check a pod's claims before any node is looked at.
import type { ApiCore } from '../core/core';
import { asArray, asString, isObj, meta, type Obj } from '../objects';
import { resourceByName } from '../resources';

const CLAIMS = resourceByName('persistentvolumeclaims');

function claimNames(pod: Obj): string[] {
  const spec = isObj(pod.spec) ? pod.spec : {};
  return asArray(spec.volumes)
    .filter(isObj)
    .map((v) => (isObj(v.persistentVolumeClaim) ? asString(v.persistentVolumeClaim.claimName) : undefined))
    .filter((name): name is string => name !== undefined && name !== '');
}

/** Why the pod's claims keep it off every node, worded as kube-scheduler's PreFilter; undefined when they do not. */
export function claimProblem(core: ApiCore, pod: Obj): string | undefined {
  const namespace = meta(pod).namespace ?? 'default';
  const names = claimNames(pod);
  const claims = names.map((name) => ({ name, claim: core.store.get('persistentvolumeclaims', namespace, name) }));
  // VolumeRestrictions looks every claim up first, then VolumeBinding looks at their state.
  const missing = claims.find((c) => c.claim === undefined);
  if (missing) return `persistentvolumeclaim "${missing.name}" not found`;
  for (const { name, claim } of claims) {
    if (!claim) continue;
    const spec = isObj(claim.spec) ? claim.spec : {};
    const phase = isObj(claim.status) ? claim.status.phase : undefined;
    if (phase === 'Lost')
      return `persistentvolumeclaim "${name}" bound to non-existent persistentvolume "${asString(spec.volumeName) ?? ''}"`;
    if (meta(claim).deletionTimestamp !== undefined) return `persistentvolumeclaim "${name}" is being deleted`;
  }
  const unbound = claims.some(({ claim }) => !isObj(claim?.status) || claim.status.phase !== 'Bound');
  return unbound ? 'pod has unbound immediate PersistentVolumeClaims' : undefined;
}

/** Binds the claim to a volume named after it, in the two writes the PV controller makes (spec, then status). */
export function bindClaim(core: ApiCore, namespace: string, name: string): void {
  const claim = core.store.get('persistentvolumeclaims', namespace, name);
  if (!claim) throw new Error(`no PersistentVolumeClaim ${namespace}/${name}`);
  const m = meta(claim);
  const spec = isObj(claim.spec) ? claim.spec : {};
  spec.volumeName = asString(spec.volumeName) ?? `pvc-${m.uid ?? name}`;
  claim.spec = spec;
  m.annotations = { ...(m.annotations ?? {}), 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' };
  const stored = core.systemUpdate(CLAIMS, claim, 'kube-controller-manager');
  if (!stored) return;
  const resources = isObj(spec.resources) ? spec.resources : {};
  const requests = isObj(resources.requests) ? resources.requests : {};
  stored.status = {
    ...(isObj(stored.status) ? stored.status : {}),
    phase: 'Bound',
    accessModes: asArray(spec.accessModes),
    ...(requests.storage !== undefined ? { capacity: { storage: requests.storage } } : {}),
  };
  core.systemUpdate(CLAIMS, stored, 'kube-controller-manager', 'status');
}
