// Plain-language explanations (English) for a container: image, ports, command, environment, resources.
export const containersEn: Readonly<Record<string, string>> = {
  'Container.name':
    'A name for this container, unique within the Pod: lowercase letters, digits and `-`, at most 63 characters. It is not the image, so it takes no `:tag` (`chat-container`, not `chat-container:latest`). You use it with `kubectl logs POD -c NAME` or `kubectl exec -c NAME` when a Pod has more than one container.',
  'Container.image':
    "The image to run, written `[registry/]repository[:tag][@digest]`, for example `nginx:1.27` or `docker.io/you/app:0.1.2`. Without a tag Kubernetes assumes `:latest` and pulls it from a registry on every start, so an image you only built locally fails with `ErrImagePull` / `ImagePullBackOff`. Give local images a real tag (with `imagePullPolicy: IfNotPresent`), or push them to a registry the cluster can reach: a remote cluster never sees images on your laptop. Build for the nodes' CPU too (`docker buildx build --platform linux/amd64`) when your machine is ARM and the cluster is not.",
  'Container.imagePullPolicy':
    'When the kubelet pulls the image: `Always` asks the registry on every container start, `IfNotPresent` pulls only when the node does not have the image yet, `Never` only uses an image already on the node. Left out, it becomes `Always` for an untagged or `:latest` image and `IfNotPresent` otherwise. For an image you built yourself on a local cluster, use a version tag and `IfNotPresent` (kind and minikube also need the image loaded into the node first, with `kind load docker-image` or `minikube image load`).',
  'Container.ports':
    'A list of the ports the program inside listens on, for people and tools to read. Listing a port does not open, publish or forward it, and leaving it out does not block any traffic. From your machine use `kubectl port-forward`; from other Pods, use a Service.',
  'Container.command':
    'Replaces the image\'s `ENTRYPOINT`, the program started in the container. Leave it out to keep the image\'s own start command; once you set it, the image\'s `CMD` is dropped as well unless you also give `args`. Each word is its own list item, and no shell is involved unless you start one: `["sh", "-c", "echo hi && sleep 3600"]`.',
  'Container.args':
    'Replaces the image\'s `CMD`, the arguments handed to the entrypoint. With only `args` set, the image\'s `ENTRYPOINT` still runs and receives them, which suits options like `["--server.port=8080"]`. `$(VAR)` is replaced with a variable from `env`, but shell syntax such as `$VAR`, pipes or `&&` only works when the command is a shell.',
  'Container.env':
    'Environment variables for this container, as a list of `name` / `value` entries. Values are strings, so quote numbers and booleans (`value: "8080"`). They override variables of the same name baked into the image; to load all keys of a ConfigMap or Secret at once, use `envFrom`.',
  'Container.envFrom':
    'Turns every key of a ConfigMap (`configMapRef`) or Secret (`secretRef`) into an environment variable at once. When a name appears in both, the entry under `env` wins. The values are read when the container starts, so restart the Pod after you change the ConfigMap.',
  'Container.resources':
    'How much CPU and memory the container asks for (`requests`) and may use at most (`limits`). The scheduler places the Pod only on a node with room for the requests. CPU is counted in cores or millicores (`500m` is half a core), memory in bytes with a suffix: `128Mi`, `1Gi`.',
  'Container.workingDir':
    "The directory the container's command starts in, like `WORKDIR` in a Dockerfile. Left out, the image's own `WORKDIR` is used. Relative file paths your program opens are resolved from here.",
  'Container.stdin':
    'Keeps standard input open for the container, like `docker run -i`; only interactive programs you attach to with `kubectl attach -it` need it. A shell image such as `busybox` or `ubuntu` with no `command` exits at once without it, and the Pod ends up in `CrashLoopBackOff`: give it a long-running command instead, such as `["sleep", "infinity"]`.',
  'Container.tty':
    'Gives the container a terminal, like `docker run -t`, and is normally paired with `stdin: true`. You do not need it to get a shell: `kubectl exec -it POD -- sh` opens its own terminal. Use `sh` rather than `bash` when the image is small, since many images ship without bash.',
  'Container.lifecycle':
    'Hooks that run right after the container starts (`postStart`) and just before it is stopped (`preStop`). `preStop` is the usual place for a short sleep or a graceful-shutdown command, so requests in flight can finish. The hook counts against `terminationGracePeriodSeconds`.',
  'Container.restartPolicy':
    "Only meaningful on entries of `initContainers`, where the value `Always` turns that init container into a *sidecar*: it starts before the app containers and keeps running beside them (log shippers, proxies). Sidecars work out of the box from Kubernetes 1.29. In ordinary `containers` the Pod's `spec.restartPolicy` decides instead.",

  'ContainerPort.containerPort':
    'The port your program listens on inside the container. It only documents that port: writing `8080` does not make nginx listen on 8080, it keeps listening on 80 until its own configuration changes. To reach it from your machine run `kubectl port-forward pod/NAME 8080:80` (local port first) or create a Service; a local port below 1024, like `80:80`, is often refused without admin rights.',
  'ContainerPort.protocol':
    '`TCP` (the default), `UDP` or `SCTP`. Change it only for UDP servers such as DNS; like the rest of `ports`, it describes the port and does not open it.',
  'ContainerPort.hostPort':
    "Also opens this port on the node's own IP address, a bit like `docker run -p`. Only one Pod per node can hold a given `hostPort`, so a second replica stays `Pending`, and many clusters forbid it. For local access use `kubectl port-forward`; for real traffic, a Service.",
  'ContainerPort.name':
    'An optional name for the port: at most 15 lowercase letters, digits and `-`, for example `http`. A Service `targetPort` or a probe `port` can then say `http` instead of a number, so the number lives in one place. Names must be unique within the Pod.',

  'EnvVar.name':
    'The variable name the program sees, for example `SPRING_PROFILES_ACTIVE`; it is case-sensitive. Entries further down can use it as `$(NAME)`. When the same name appears twice, the last entry wins.',
  'EnvVar.value':
    'The literal value of the variable. It must be a string: unquoted `8080` or `true` is rejected, write `"8080"` and `"true"`. `$(OTHER)` is replaced with a variable defined earlier in the list; to read the value from a Secret, a ConfigMap or the Pod itself, use `valueFrom` instead.',
  'EnvVar.valueFrom':
    "Takes the value from elsewhere instead of writing it here: `secretKeyRef` or `configMapKeyRef` for one key of a Secret or ConfigMap, `fieldRef` for Pod facts such as `metadata.name` or `status.podIP`, `resourceFieldRef` for the container's own limits. Use it for passwords, so they stay out of the manifest. If the referenced object or key is missing, the container does not start (`CreateContainerConfigError`) unless the reference is `optional: true`.",

  'EnvFromSource.configMapRef':
    "Imports every key of the named ConfigMap as an environment variable. The ConfigMap must be in the Pod's namespace; if it is missing, the container does not start unless you add `optional: true`.",
  'EnvFromSource.secretRef':
    "Imports every key of the named Secret as an environment variable, already decoded from base64. The Secret must be in the Pod's namespace; if it is missing, the container does not start unless you add `optional: true`.",
  'EnvFromSource.prefix':
    'Text put in front of every imported variable name: with `prefix: DB_`, key `HOST` becomes `DB_HOST`. Useful when two sources have keys with the same name.',

  'ResourceRequirements.requests':
    'The CPU and memory reserved for the container; the scheduler only picks a node that still has this much unreserved. Ask for too much and the Pod stays `Pending` with *Insufficient cpu* or *Insufficient memory*; ask for nothing and the Pod is among the first evicted when the node runs short. If you set only `limits`, the requests default to the same values.',
  'ResourceRequirements.limits':
    'The most the container may use. Going over the memory limit kills the container (`OOMKilled`) and it restarts; going over the CPU limit only slows it down. Write memory as `128Mi` or `1Gi`: `128mb` is not a valid quantity, and `128m` means 0.128 bytes, not megabytes.',
};
