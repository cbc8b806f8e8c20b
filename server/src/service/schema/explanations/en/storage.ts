// Plain-language explanations (English) for persistent storage claims. PersistentVolumeClaimSpec is
// also the spec of StatefulSet volumeClaimTemplates and ephemeral volumes, so the text says "claim".
export const storageEn: Readonly<Record<string, string>> = {
  'PersistentVolumeClaimSpec.accessModes':
    'How the volume may be mounted; required. `ReadWriteOnce` (RWO) is read-write for Pods on one node at a time, `ReadOnlyMany` (ROX) read-only from many nodes, `ReadWriteMany` (RWX) read-write from many nodes, and `ReadWriteOncePod` (RWOP) read-write for a single Pod. The claim only binds to storage that offers the mode: most cloud disks and local provisioners offer only `ReadWriteOnce`, and `ReadWriteMany` needs shared storage such as NFS or CephFS. RWO limits nodes, not Pods, so two Pods on the same node can both mount it.',
  'PersistentVolumeClaimSpec.resources':
    'How much storage the claim asks for, under `requests.storage`, such as `storage: 10Gi`; required. The volume you get can be larger than asked, when an existing volume is matched by size, but never smaller. You can raise the request later only if the StorageClass allows expansion (`allowVolumeExpansion: true`), and a volume never shrinks.',
  'PersistentVolumeClaimSpec.storageClassName':
    'The StorageClass that creates the volume, such as `standard` or `gp3` (`kubectl get storageclass` lists them). Left out, the cluster\'s default class is used; `""` (an empty string) means no class, so the claim only binds to a pre-made PersistentVolume that has none. With a class whose binding mode is `WaitForFirstConsumer`, such as kind\'s default, the claim stays `Pending` until a Pod uses it, and that is normal.',
  'PersistentVolumeClaimSpec.volumeMode':
    '`Filesystem` (the default) gives the Pod a formatted directory to mount with `volumeMounts`. `Block` hands over the raw device, for the few programs that manage disks themselves; the container then uses `volumeDevices` instead of `volumeMounts`.',
  'PersistentVolumeClaimSpec.volumeName':
    'Binds the claim to one particular PersistentVolume by name, skipping dynamic provisioning. That volume must exist, be unbound and fit the claim (size, access modes, class), or the claim stays `Pending`. Leave it out to let the StorageClass create a volume.',
  'PersistentVolumeClaimSpec.selector':
    'Restricts binding to existing PersistentVolumes whose labels match, for storage an administrator created by hand. A claim with a selector never gets a dynamically provisioned volume, so it stays `Pending` unless a matching volume exists.',

  'VolumeResourceRequirements.requests':
    'The storage to ask for, as `storage: 10Gi`. Use binary suffixes such as `Mi` and `Gi`: `10G` is a little less than `10Gi`, and `10g` or `10gb` are not valid quantities. The provisioner may round the size up to its own unit, such as whole GiB.',
};
