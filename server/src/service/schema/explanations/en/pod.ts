// Plain-language explanations (English) for the Pod spec: containers, scheduling, networking, identity.
export const podEn: Readonly<Record<string, string>> = {
  'PodSpec.containers':
    'The containers that run together in this Pod, usually just one. Containers of one Pod share a network: they reach each other on `localhost`, and two of them cannot listen on the same port (the second fails with *address already in use*). Put unrelated programs in separate Pods, so each can restart and scale on its own.',
  'PodSpec.initContainers':
    'Containers that run one after another, each until it exits successfully, before the main `containers` start: waiting for a database, or preparing files in a shared volume. If one keeps failing, the Pod shows `Init:Error` or `Init:CrashLoopBackOff` and the app never starts. An init container with `restartPolicy: Always` is a sidecar instead: it starts first and keeps running beside the app.',
  'PodSpec.restartPolicy':
    'What the kubelet does when a container exits: `Always` (the default) restarts it, `OnFailure` restarts it only after a non-zero exit code, `Never` leaves it stopped. Deployments, ReplicaSets, StatefulSets and DaemonSets accept only `Always`; Jobs and CronJobs need `OnFailure` or `Never`. Repeated restarts wait longer and longer in between, which shows as `CrashLoopBackOff`.',
  'PodSpec.nodeSelector':
    'Runs the Pod only on nodes that carry all of these labels, such as `kubernetes.io/arch: amd64` or `disktype: ssd`. If no node matches, the Pod stays `Pending` and its events say that no node matched the selector. `kubectl get nodes --show-labels` lists the labels you can use.',
  'PodSpec.tolerations':
    'Lets the Pod run on nodes with a matching *taint*, a mark that keeps ordinary Pods away (the control-plane nodes have one, for example). A toleration only allows; it does not send the Pod there, so pair it with `nodeSelector` or `affinity` when that is the goal. `key`, `operator`, `value` and `effect` must match the taint.',
  'PodSpec.affinity':
    'Placement rules finer than `nodeSelector`: `nodeAffinity` for node labels, `podAffinity` to run near certain Pods, `podAntiAffinity` to keep replicas apart. `required…` rules must hold or the Pod stays `Pending`; `preferred…` rules are only weights. Start with `nodeSelector` and reach for affinity when you need `In` / `NotIn` lists or soft preferences.',
  'PodSpec.nodeName':
    'Puts the Pod straight onto the named node, skipping the scheduler and its resource checks. A misspelled or full node is not worked around: the Pod cannot run and no other node is tried. Prefer `nodeSelector` or `affinity`.',
  'PodSpec.serviceAccountName':
    "The identity the Pod's processes use when they talk to the Kubernetes API. Left out, it is the namespace's `default` service account. The ServiceAccount must exist before the Pod is created, and the RBAC roles bound to it decide what the Pod may do.",
  'PodSpec.imagePullSecrets':
    "Secrets of type `kubernetes.io/dockerconfigjson` with registry credentials, needed to pull private images. Create one with `kubectl create secret docker-registry` in the Pod's namespace. Without it, a private image fails with `ErrImagePull` and an *unauthorized* or *pull access denied* message.",
  'PodSpec.terminationGracePeriodSeconds':
    'How many seconds the containers get to shut down after `SIGTERM` before they are killed (default 30). A program that ignores `SIGTERM`, often a shell script running as PID 1, makes every delete wait the full period. The time also covers any `preStop` hook.',
  'PodSpec.hostNetwork':
    "Runs the Pod in the node's own network: its ports open on the node's IP, and it sees the node's interfaces. Two such Pods on one node cannot use the same port, and isolation is weaker, so keep it for node agents. Set `dnsPolicy: ClusterFirstWithHostNet` with it so Service names still resolve.",
  'PodSpec.dnsPolicy':
    "How the Pod resolves names. `ClusterFirst` (the default) uses cluster DNS, so Service names like `db` or `db.other-namespace` work; `Default`, despite its name, uses the node's resolver; `None` takes everything from `dnsConfig`. With `hostNetwork: true`, use `ClusterFirstWithHostNet`.",
  'PodSpec.enableServiceLinks':
    'Injects variables such as `MY_SERVICE_SERVICE_HOST` and `MY_SERVICE_PORT` for every Service in the namespace (default `true`). In a busy namespace they clutter the environment and can clash with variables your app reads; set `false` and use Service DNS names instead.',
  'PodSpec.securityContext':
    "Security settings for every container of the Pod, such as `runAsUser`, `runAsNonRoot` and `fsGroup`. A container's own `securityContext` overrides the same field set here. `readOnlyRootFilesystem`, `allowPrivilegeEscalation` and `capabilities` exist only on the container.",
  'PodSpec.volumes':
    'Storage the containers of this Pod can mount: scratch space (`emptyDir`), files from a ConfigMap or Secret, a PersistentVolumeClaim, and more. A volume listed here does nothing by itself; each container that needs it lists it under `volumeMounts` with the same `name`.',

  'Volume.name':
    'The name that `volumeMounts[].name` uses to refer to this volume. Use lowercase letters, digits and `-`, and keep it unique within the Pod.',
  'Volume.emptyDir':
    'An empty directory created when the Pod starts on a node and deleted when the Pod leaves it. All containers of the Pod can share it, which suits caches and files handed from one container to another. It survives container restarts but not the Pod, so do not keep data there that must last.',
  'Volume.configMap':
    'Shows each key of a ConfigMap as a file under the mount path: key `app.properties` becomes `/config/app.properties`. The files are refreshed a while after the ConfigMap changes (not when mounted with `subPath`), but your app has to read them again. The ConfigMap must exist in the same namespace, or the Pod waits in `ContainerCreating`.',
  'Volume.secret':
    'Like `configMap`, but for a Secret: each key becomes a file, held in memory on the node. The field that names it is `secretName`, not `name`. A Secret is only base64-encoded, not encrypted, so control who may read it.',
  'Volume.persistentVolumeClaim':
    'Mounts the storage of a PersistentVolumeClaim (`claimName`), which outlives the Pod; databases keep their data here. The claim must exist in the same namespace, and the Pod stays `Pending` until it is bound. Many volumes are `ReadWriteOnce`: only Pods on one node can mount them at a time.',
  'Volume.hostPath':
    'Mounts a file or directory of the node itself. What the Pod sees depends on the node it lands on and is gone when it moves, and it can expose the node, so many clusters forbid it. Keep it for node agents and local experiments; use `emptyDir` or a PersistentVolumeClaim for app data.',

  'VolumeMount.name': "Must equal the `name` of an entry in the Pod's `volumes`. If it matches no volume, the Pod is rejected as invalid.",
  'VolumeMount.mountPath':
    'The absolute path inside the container where the volume appears, such as `/usr/share/nginx/html`. Whatever the image had at that path is hidden while the volume is mounted, so mounting a ConfigMap on `/etc/nginx` hides every other file there. Mount a single file with `subPath`, or use a dedicated directory.',
  'VolumeMount.readOnly':
    'Mounts the volume read-only for this container (default `false`). ConfigMap, Secret and projected volumes are always read-only, whatever this says. Set it where a container should only read shared data.',
  'VolumeMount.subPath':
    'Mounts one file or subdirectory of the volume instead of all of it: put a single `nginx.conf` from a ConfigMap into `/etc/nginx/` without hiding the other files there. The catch: files mounted with `subPath` do not follow later changes to the ConfigMap or Secret, so restart the Pod after editing.',

  'Container.volumeMounts':
    "Where volumes from the Pod's `volumes` list appear inside this container. Each entry's `name` must match a volume, and `mountPath` is the directory in the container. Mounting hides what the image had at that path, so pick an empty or dedicated directory, or use `subPath` for a single file.",
};
