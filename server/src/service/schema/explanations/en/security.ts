// Plain-language explanations (English) for security contexts, at container and Pod level.
export const securityEn: Readonly<Record<string, string>> = {
  'Container.securityContext':
    'Security settings for this container; they override the same fields of the Pod `securityContext`. A solid baseline is `runAsNonRoot: true`, `allowPrivilegeEscalation: false`, `readOnlyRootFilesystem: true` and `capabilities: {drop: ["ALL"]}`. Expect to adapt the app: it may need a non-root image, or an `emptyDir` for files it writes.',
  'SecurityContext.runAsNonRoot':
    'With `true`, the kubelet refuses to start the container if it would run as user 0 (root). It does not switch the user for you: an image that runs as root, like the official `nginx`, then fails with *container has runAsNonRoot and image will run as root*. Set `runAsUser` to a non-zero ID, or use an image built to run as a normal user.',
  'SecurityContext.runAsUser':
    "The numeric user ID the container process runs as, overriding the image's `USER`. Give a number such as `1000`, not a user name. The process then needs permission on the files it reads and writes, which in many images belong to root.",
  'SecurityContext.readOnlyRootFilesystem':
    "Makes the container's own filesystem read-only, so neither an attacker nor a bug can change the installed files. Apps that write temporary or cache files then fail with *Read-only file system*; mount an `emptyDir` at those paths, such as `/tmp`.",
  'SecurityContext.allowPrivilegeEscalation':
    'With `false`, a process cannot gain more privileges than its parent, for example through setuid programs like `sudo`. Ordinary apps never need that, so `false` is a safe choice, and the *restricted* Pod Security level requires it.',
  'SecurityContext.capabilities':
    'Adds or drops Linux capabilities, the separate pieces of root\'s power such as `NET_BIND_SERVICE` (listening on ports below 1024). A safe pattern is `drop: ["ALL"]` and adding back only what the app needs. Write the names without the `CAP_` prefix.',
  'SecurityContext.privileged':
    "Gives the container nearly full access to the node, as if it were root on the host. Ordinary apps never need it and most clusters' security policies reject it; add specific `capabilities` instead.",

  'PodSecurityContext.runAsNonRoot':
    'With `true`, no container of this Pod may start as user 0 (root). It only checks, it does not change the user: set `runAsUser` too, or use images that run as a normal user. A container can override it in its own `securityContext`.',
  'PodSecurityContext.runAsUser':
    "The numeric user ID every container of the Pod runs as, unless a container sets its own. It overrides the images' `USER`, so make sure that user can read and write the files the app needs.",
  'PodSecurityContext.fsGroup':
    "A group ID that owns the Pod's mounted volumes and is added to every container's processes, so a non-root app can write to them. Changing the ownership of a large volume can make the Pod slow to start.",
};
