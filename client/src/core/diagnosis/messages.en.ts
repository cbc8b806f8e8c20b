// English texts of the failure explainer. Written for people new to Kubernetes: say what the
// cluster did in plain words, name the one field to change, and keep each part to a few sentences.

import type { Catalogue, Who } from './messages';

const who = (p: Who): string => `${p.init ? 'init container' : 'container'} \`${p.container}\``;
const Who = (p: Who): string => `${p.init ? 'Init container' : 'Container'} \`${p.container}\``;

const SIGNAL_MEANING: Record<number, string> = {
  9: 'it was killed with SIGKILL, which cannot be caught: usually the kernel ran out of memory for it, or the kubelet killed it after failed liveness checks',
  11: 'it crashed with a segmentation fault (SIGSEGV): the program read memory it should not, often a native library built for another system',
  15: 'it was asked to stop with SIGTERM and exited: something stopped it on purpose (a failed liveness probe, a rollout, or the program itself)',
  6: 'it aborted itself (SIGABRT), usually after an internal assertion or a fatal runtime error',
  2: 'it was interrupted with SIGINT',
};

function exitMeaning(code: number): string {
  if (code === 1) return 'exit code 1 is a general error: the program started and then failed, and its log usually says why';
  if (code === 2)
    return 'exit code 2 usually means the program or shell was called wrongly (a bad option or a syntax error in a shell script)';
  return `exit code ${code} is chosen by the program itself; its log or documentation says what it means`;
}

function probeCause(p: { problem: string; probePort?: string; containerPorts: string[]; path?: string; statusCode?: string }): string {
  const ports = p.containerPorts.length > 0 ? p.containerPorts.join(', ') : 'none';
  switch (p.problem) {
    case 'port':
      return `The probe checks port ${p.probePort ?? '?'}, but the container declares port(s) ${ports}. Nothing answers where the probe knocks.`;
    case 'path':
      return `The server answers, but not at \`${p.path ?? '/'}\` (HTTP ${p.statusCode ?? '404'}): the probe asks for a path the application does not serve.`;
    case 'refused':
      return `Nothing was listening on port ${p.probePort ?? '?'} when the probe connected: the application is still starting, crashed, or listens on another port or only on 127.0.0.1.`;
    case 'timeout':
      return 'The application did not answer within the probe timeout: it is busy or slow to start, or the timeout is too short.';
    case 'status':
      return `The application answered with HTTP ${p.statusCode ?? '?'}: it reports itself unhealthy (often a dependency such as a database is unreachable).`;
    default:
      return 'The probe command or request failed; the event message below says how.';
  }
}

function probeChange(p: { problem: string; probePort?: string; containerPorts: string[]; path?: string }): string {
  switch (p.problem) {
    case 'port':
      return `Make the probe use the port the application listens on${p.containerPorts[0] ? ` (${p.containerPorts[0]})` : ''}, or fix \`containerPort\` if that is what is wrong.`;
    case 'path':
      return 'Point the probe `path` at an endpoint the application serves (for example `/` or its health endpoint).';
    case 'refused':
      return 'Check the port the application really listens on (and that it binds 0.0.0.0). If it only starts slowly, add a `startupProbe` or raise `initialDelaySeconds`.';
    case 'timeout':
      return 'Raise `timeoutSeconds` (and `initialDelaySeconds` for slow starts), or make the health endpoint cheaper.';
    case 'status':
      return 'Look at the application log for why it reports unhealthy; change the probe only if it checks the wrong thing.';
    default:
      return 'Run the probe yourself in the container (Exec) to see what fails, then fix the probe or the application.';
  }
}

export const en: Catalogue = {
  ownerNote: (kind, name) => ` This pod is managed by ${kind} \`${name}\`: change the pod template there, and the pod will be replaced.`,
  headings: {
    whatHappened: 'What happened',
    likelyCause: 'Likely cause',
    evidence: 'Evidence',
    whatToChange: 'What to change',
    where: 'In the manifest',
  },
  messages: {
    'image-pull-local-image': (p) => ({
      title: `Image \`${p.image}\` is not in any registry the node can pull from`,
      whatHappened: `The node tried to download \`${p.image}\` for ${who(p)} and the registry said it does not exist (or refused it).`,
      likelyCause:
        p.policySet && p.policy !== 'Always'
          ? `This looks like an image built on your own machine. \`imagePullPolicy: ${p.policy}\` only helps when the image is already on the node, and it is not there.`
          : `This looks like an image built on your own machine. With ${p.policySet ? '`imagePullPolicy: Always`' : 'no tag (or `:latest`) and no `imagePullPolicy`, Kubernetes uses `Always`'}: it ignores local copies and always asks Docker Hub, where the image was never pushed.`,
      whatToChange:
        p.policySet && p.policy !== 'Always'
          ? "Load the image into the cluster's nodes (for example `kind load docker-image` or `minikube image load`), or push it to a registry the cluster can reach and use that full name."
          : 'Give the image a version tag and set `imagePullPolicy: IfNotPresent` (after loading the image into the cluster), or push it to a registry and use the full name.',
    }),
    'image-pull-not-found': (p) => ({
      title: `Image \`${p.image}\` was not found`,
      whatHappened: `The registry has no image called \`${p.image}\`, so ${who(p)} cannot start.`,
      likelyCause: 'The repository name or the tag is misspelled, or that tag was never pushed.',
      whatToChange: 'Correct the `image` name and tag (check the tags that exist in the registry).',
    }),
    'image-pull-unauthorized': (p) => ({
      title: `Access to image \`${p.image}\` was denied`,
      whatHappened: `The registry \`${p.registry}\` refused to give \`${p.image}\` to the node for ${who(p)}.`,
      likelyCause:
        (p.ambiguous ? 'The registry says this both when a repository does not exist and when it is private. ' : '') +
        (p.hasPullSecrets
          ? 'The pod has `imagePullSecrets`, but they do not grant access to this repository.'
          : 'The pod has no `imagePullSecrets`, so the node asks anonymously; private images need credentials.'),
      whatToChange: p.hasPullSecrets
        ? 'Check the name of the image, and that the pull secret holds valid credentials for this registry.'
        : 'Check the image name. If the image is private, create a docker-registry Secret and list it under `spec.imagePullSecrets`.',
    }),
    'image-pull-wrong-platform': (p) => ({
      title: `Image \`${p.image}\` has no build for this node's platform`,
      whatHappened: `The image exists, but not for ${p.platform ?? "the node's CPU architecture"}, so the node cannot run ${who(p)}.`,
      likelyCause:
        'The image was built on another kind of machine (for example an Apple Silicon Mac builds arm64 images, and most cloud nodes are amd64).',
      whatToChange: `Build and push the image for the node's platform (for example \`docker buildx build --platform ${p.platform ?? 'linux/amd64'}\`), or a multi-platform image, and use that tag.`,
    }),
    'image-pull-failed': (p) => ({
      title: `Could not pull image \`${p.image}\``,
      whatHappened: `The node failed to download \`${p.image}\` for ${who(p)} from \`${p.registry}\`.`,
      likelyCause:
        'The registry could not be reached or answered with an error (network, DNS, proxy, certificate or rate limit); the message below says which.',
      whatToChange: "Check the registry host in the image name; if it is correct, the node's network access to the registry needs fixing.",
    }),
    'image-invalid-name': (p) => ({
      title: `\`${p.image}\` is not a valid image name`,
      whatHappened: `The kubelet could not even read the image reference of ${who(p)}.`,
      likelyCause:
        'Image names must be lower case and look like `[registry/]repository[:tag]`; spaces, upper case letters or a stray `:` break them.',
      whatToChange: 'Rewrite `image` in that form, for example `nginx:1.27`.',
    }),
    'crash-command-not-found': (p) => ({
      title: `Command \`${p.command}\` not found in ${who(p)}`,
      whatHappened: `${Who(p)} could not start its program: \`${p.command}\` does not exist in the image (exit code 127 or a start error).`,
      likelyCause: p.fromManifest
        ? 'The `command` (or `args`) in the manifest names a program the image does not have, or it is misspelled. Minimal images often have `sh` but no `bash`.'
        : "The image's own entrypoint is missing: the image was built wrongly, or for a different base image.",
      whatToChange: p.fromManifest
        ? 'Fix `command`/`args` to a program that exists in the image (use its full path if it is not on `PATH`).'
        : 'Set `command` to the program that should run, or fix the image.',
    }),
    'crash-not-executable': (p) => ({
      title: `\`${p.command}\` cannot be executed in ${who(p)}`,
      whatHappened: `${Who(p)} found \`${p.command}\` but could not run it (exit code 126: permission denied or not a program).`,
      likelyCause:
        'The file is not marked executable, is a directory, or is a script whose first line names an interpreter that is missing.',
      whatToChange:
        'Run it through its interpreter (for example `command: ["sh", "script.sh"]`), or make it executable in the image (`chmod +x`).',
    }),
    'crash-wrong-platform': (p) => ({
      title: `Image \`${p.image}\` was built for another CPU architecture`,
      whatHappened: `${Who(p)} started, but the kernel refused to run its program: \`exec format error\`.`,
      likelyCause: `The image holds binaries for a different architecture than the node${p.nodeArch ? ` (${p.nodeArch})` : ''}, typically an arm64 image from an Apple Silicon Mac on an amd64 node.`,
      whatToChange: `Rebuild the image for the node (\`docker buildx build --platform linux/${p.nodeArch ?? 'amd64'}\`), push it under a new tag and use that tag.`,
    }),
    'crash-exited-zero': (p) => ({
      title: `${Who(p)} finishes right away and is restarted`,
      whatHappened: `${Who(p)} ran to completion with exit code 0, and because the pod restarts containers that stop, it was started again and again (CrashLoopBackOff).`,
      likelyCause: p.hasCommand
        ? 'The `command` runs a short task and returns. A container in a pod has to keep a process running in the foreground.'
        : `The image \`${p.image}\` has no long-running program by default (images such as busybox or ubuntu just run a shell and exit).`,
      whatToChange:
        'Run a long-lived process (a server, or for a test `command: ["sleep", "infinity"]`); for one-off tasks use a Job or `restartPolicy: OnFailure`.',
    }),
    'crash-signal': (p) => ({
      title: `${Who(p)} was killed by signal ${p.signalName} (exit code ${p.exitCode})`,
      whatHappened: `${Who(p)} ended with exit code ${p.exitCode} = 128 + ${p.signal}: ${SIGNAL_MEANING[p.signal] ?? `it was stopped by signal ${p.signal}`}. It has restarted ${p.restarts} time(s).`,
      likelyCause:
        p.signal === 9
          ? 'Memory pressure or a liveness probe that kills the container; look at the events below.'
          : p.signal === 11
            ? 'A crash inside the program or a native library.'
            : 'Something stops the program; check liveness probe events and the previous log.',
      whatToChange:
        p.signal === 9
          ? 'Check memory use against `resources.limits.memory`, and the liveness probe settings.'
          : 'Read the previous log (Logs (previous)) for the last lines before the signal, and fix what it shows.',
    }),
    'crash-exit-code': (p) => ({
      title: `${Who(p)} keeps failing with exit code ${p.exitCode}`,
      whatHappened: `${Who(p)} started and then exited with code ${p.exitCode}; Kubernetes restarted it ${p.restarts} time(s) and now waits longer between tries (CrashLoopBackOff).`,
      likelyCause: `${exitMeaning(p.exitCode)}.${p.hasLogs ? ' The last lines of its previous log are below.' : ''}`,
      whatToChange:
        'Fix what the log reports: often a missing setting or environment variable, a wrong `command`/`args`, or a service the program needs that is not reachable.',
    }),
    'oom-killed': (p) => ({
      title: `${Who(p)} ran out of memory (OOMKilled)`,
      whatHappened: `${Who(p)} used more memory than it may${p.limit ? ` (limit ${p.limit}${p.usage ? `, last seen using ${p.usage}` : ''})` : ''}, and the kernel killed it (exit code 137).`,
      likelyCause: p.limit
        ? 'The memory limit is lower than what the program needs at its peak (or the program leaks memory).'
        : 'There is no memory limit, so the node itself ran short of memory and the kernel picked this container.',
      whatToChange: p.limit
        ? `Raise \`resources.limits.memory\`${p.suggested ? ` (for example to ${p.suggested})` : ''}, or make the program use less memory (for Java, cap the heap below the limit).`
        : 'Set `resources.requests.memory` and `resources.limits.memory` to what the program needs, so it is placed on a node with room.',
    }),
    'config-missing-object': (p) => ({
      title: `${p.objectKind} \`${p.name}\` does not exist`,
      whatHappened: p.container
        ? `${Who({ container: p.container, init: p.init })} cannot be created because it reads ${p.objectKind} \`${p.name}\`, which is not in the namespace.`
        : `Volume \`${p.entry}\` cannot be mounted because ${p.objectKind} \`${p.name}\` is not in the namespace, so the pod stays in ContainerCreating.`,
      likelyCause: `The ${p.objectKind} was not created yet, has another name, or lives in a different namespace (a pod can only use ones in its own namespace).`,
      whatToChange: `Create ${p.objectKind} \`${p.name}\` in the pod's namespace (apply it before the pod), or correct the name in ${p.via === 'volume' ? `volume \`${p.entry}\`` : p.via === 'envFrom' ? '`envFrom`' : `env \`${p.entry}\``}. Mark it \`optional: true\` only if the app works without it.`,
    }),
    'config-missing-key': (p) => ({
      title: `Key \`${p.key}\` is missing from ${p.objectKind} \`${p.name}\``,
      whatHappened: `${Who(p)} cannot be created: it reads key \`${p.key}\` of ${p.objectKind} \`${p.name}\`, which exists but has no such key.`,
      likelyCause: 'The key is misspelled in the manifest or in the ' + p.objectKind + ' (keys are case-sensitive).',
      whatToChange: `Use a key that exists in ${p.objectKind} \`${p.name}\`, or add \`${p.key}\` to it.`,
    }),
    'config-run-as-root': (p) => ({
      title: `${Who(p)} would run as root, which the pod forbids`,
      whatHappened: `${Who(p)} was not created: \`runAsNonRoot: true\` is set, and the image runs as root (user 0).`,
      likelyCause: 'The image does not declare a non-root user.',
      whatToChange: 'Set `securityContext.runAsUser` to a non-zero user id, or use an image that runs as a non-root user.',
    }),
    'config-error': (p) => ({
      title: `${Who(p)} could not be configured`,
      whatHappened: `The kubelet could not prepare the configuration of ${who(p)}: ${p.message}`,
      likelyCause: 'Something the container refers to (a ConfigMap, Secret, key or setting) is missing or invalid.',
      whatToChange: 'Fix the reference named in the message.',
    }),
    'unschedulable-resources': (p) => ({
      title: `No node has enough ${p.resources.join(' and ')} for this pod`,
      whatHappened: `The scheduler found none of the ${p.nodeCount} node(s) with enough free ${p.resources.join(' and ')} for the pod's requests, so the pod stays Pending.`,
      likelyCause:
        p.request && p.container
          ? `Container \`${p.container}\` requests ${p.request}, more than any node has free.`
          : 'The requests add up to more than any node has free.',
      whatToChange:
        'Lower `resources.requests` to what the program really needs, free capacity by removing other pods, or add a larger node.',
    }),
    'unschedulable-node-selector': (p) => ({
      title: "No node matches the pod's node selector or affinity",
      whatHappened: `None of the ${p.nodeCount} node(s) carries the labels the pod asks for${p.selector ? ` (${p.selector})` : ''}, so it stays Pending.`,
      likelyCause: 'The label is misspelled, or no node has been labelled yet.',
      whatToChange: 'Fix `nodeSelector`/`affinity` to labels that nodes have (see the node labels), or label a node.',
    }),
    'unschedulable-taint': (p) => ({
      title: 'The nodes are tainted and the pod does not tolerate it',
      whatHappened: `The nodes carry taint(s) ${p.taints.map((t) => `\`${t}\``).join(', ')} that keep pods away unless they tolerate them.`,
      likelyCause: "The pod lacks a matching toleration; on small clusters this is often the control-plane node's taint.",
      whatToChange: 'Add a matching entry under `tolerations` if the pod really belongs on such a node, or run it on an untainted node.',
    }),
    'unschedulable-pvc': (p) => ({
      title: p.missing ? `PersistentVolumeClaim \`${p.claim ?? '?'}\` does not exist` : "The pod's PersistentVolumeClaim is not bound",
      whatHappened: p.missing
        ? `The pod mounts claim \`${p.claim ?? '?'}\`, which is not in the namespace.`
        : 'The pod waits for its PersistentVolumeClaim to be bound to a volume before it can be placed.',
      likelyCause: p.missing
        ? 'The claim has another name or was not created.'
        : 'No PersistentVolume matches the claim and no StorageClass provisions one (or the claim names a StorageClass that does not exist).',
      whatToChange: p.missing
        ? 'Create the PersistentVolumeClaim, or fix `claimName`.'
        : "Check the claim's events and StorageClass; create a matching PersistentVolume or use an existing StorageClass.",
    }),
    'unschedulable-host-port': (p) => ({
      title: p.port !== undefined ? `Host port ${p.port} is already taken on every node` : 'The host port is already taken on every node',
      whatHappened: 'Every node that could run the pod already has the requested host port in use.',
      likelyCause: "`hostPort` binds the node's own port, so only one pod per node can use it (another replica or pod holds it).",
      whatToChange: 'Remove `hostPort` (use a Service or port-forward to reach the pod), or pick a free port.',
    }),
    'unschedulable-other': (p) => ({
      title: 'The pod cannot be scheduled',
      whatHappened: `The scheduler cannot place the pod: ${p.message}`,
      likelyCause: 'A placement rule of the pod cannot be met by any node.',
      whatToChange: 'Relax the rule named in the message (nodeSelector, affinity, topology spread, volumes).',
    }),
    'readiness-probe-failing': (p) => ({
      title: `Readiness probe of ${who(p)} fails`,
      whatHappened: `${Who(p)} runs, but its readiness probe fails, so the pod is not Ready and Services send it no traffic.`,
      likelyCause: probeCause(p),
      whatToChange: probeChange(p),
    }),
    'liveness-probe-failing': (p) => ({
      title: `Liveness probe of ${who(p)} fails, so it is restarted`,
      whatHappened: `${Who(p)} fails its liveness probe, and the kubelet kills and restarts it each time.`,
      likelyCause: probeCause(p),
      whatToChange: probeChange(p),
    }),
    'run-container-error': (p) => ({
      title: `${Who(p)} could not be started`,
      whatHappened: `The container runtime failed to start ${who(p)}: ${p.message}`,
      likelyCause:
        'The runtime rejected the container: a wrong command, a mount that cannot be made, or a security setting the node refuses.',
      whatToChange: 'Fix the field named in the message (often `command`, `volumeMounts` or `securityContext`).',
    }),
    'terminating-finalizers': (p) => ({
      title: 'The pod is stuck in Terminating because of finalizers',
      whatHappened: `The pod was deleted ${p.overdue} ago but still exists: finalizer(s) ${p.finalizers.map((f) => `\`${f}\``).join(', ')} must be removed first.`,
      likelyCause: 'The controller that owns the finalizer is not running or cannot finish its clean-up.',
      whatToChange:
        'Fix or restart the controller that owns the finalizer. As a last resort remove `metadata.finalizers` from the live pod, knowing its clean-up will not run.',
    }),
    'terminating-stuck': (p) => ({
      title: 'The pod is stuck in Terminating',
      whatHappened: `The pod was deleted ${p.overdue} ago, past its grace period, and the kubelet has not confirmed it stopped.`,
      likelyCause:
        p.nodeReady === false
          ? `Node \`${p.node ?? '?'}\` is not Ready, so nobody can stop the containers.`
          : 'The kubelet on the node is not reporting back (node down or unreachable), or a container ignores its stop signal.',
      whatToChange: 'Bring the node back; if it is gone for good, delete the pod with `--grace-period=0 --force`.',
    }),
    evicted: (p) => ({
      title: `The pod was evicted${p.resource ? ` because the node ran low on ${p.resource}` : ''}`,
      whatHappened: `The kubelet removed the pod from its node to protect the node${p.resource ? `, which was short of ${p.resource}` : ''}.${p.container ? ` Container \`${p.container}\` used the most${p.usage ? ` (${p.usage})` : ''}.` : ''}`,
      likelyCause:
        'The pod used more than it requested while the node was under pressure; pods using the most above their requests go first.',
      whatToChange:
        p.resource === 'ephemeral-storage'
          ? "Write less to the container's disk (log to stdout, clean temporary files), and set `resources.requests`/`limits` for `ephemeral-storage`."
          : `Set \`resources.requests.${p.resource ?? 'memory'}\` close to real use (and a matching limit), so the pod gets room on the node.`,
    }),
  },
};
