// Owner references: which object controls another (Pod → ReplicaSet → Deployment, Job → CronJob).
// The one reading of `metadata.ownerReferences` for describe, diagnosis, the pod watcher, the
// manifest's pods and the pods a port-forward follows.

/** An owner as an owner reference names it. */
export interface OwnerLink {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
}

/** The part of an object's metadata that names its owners. */
export interface OwnedMeta {
  readonly ownerReferences?: readonly {
    readonly apiVersion?: string;
    readonly kind: string;
    readonly name: string;
    readonly controller?: boolean;
  }[];
}

/** The controlling owner reference (`controller: true`), if any; an apiVersion left out reads as ''. */
export function controllerOf(meta: OwnedMeta | undefined): OwnerLink | undefined {
  const ref = meta?.ownerReferences?.find((r) => r.controller === true);
  return ref === undefined ? undefined : { apiVersion: ref.apiVersion ?? '', kind: ref.kind, name: ref.name };
}
