// Plain-language explanations (English) of the fields the Pod Security Standards restrict, saying
// which level refuses what, so a hover tells a learner why a namespace may reject the pod.
export const podSecurityEn: Readonly<Record<string, string>> = {
  'SecurityContext.seccompProfile':
    "The seccomp profile filters the system calls this container may make. `type: RuntimeDefault` uses the container runtime's tested filter and is what the *restricted* Pod Security level asks for (here or in the Pod `securityContext`); `Unconfined` switches filtering off, which even *baseline* refuses.",
  'PodSecurityContext.seccompProfile':
    'The seccomp profile of every container of the Pod, unless a container sets its own. `type: RuntimeDefault` here is the simplest way to meet the *restricted* Pod Security level; `Unconfined` is refused even by *baseline*.',
  'SecurityContext.procMount':
    'How much of `/proc` the container sees. `Default` masks kernel files that containers should not read; `Unmasked` shows them and is refused by the *baseline* Pod Security level, unless the Pod has its own user namespace (`hostUsers: false`, policy v1.35 and later, baseline only).',
  'PodSecurityContext.sysctls':
    'Kernel parameters set for the Pod. Only a short list of namespaced, isolated sysctls is safe (such as `net.ipv4.ip_local_port_range`); the *baseline* Pod Security level refuses any other, because it would change the whole node.',
  'SecurityContext.seLinuxOptions':
    'SELinux labels for the container. Pod Security *baseline* allows only the `type`s `container_t`, `container_init_t`, `container_kvm_t` and (from policy v1.31) `container_engine_t`, and no `user` or `role`; `level` is free.',
  'SecurityContext.appArmorProfile':
    'The AppArmor profile confining this container. `RuntimeDefault` and `Localhost` are accepted by every Pod Security level; `Unconfined` turns the confinement off and is refused by *baseline*.',
  'PodSpec.hostPID':
    "With `true` the Pod shares the node's process list: it can see, and with enough rights signal, every process on the node. The *baseline* Pod Security level refuses it; ordinary apps never need it.",
  'PodSpec.hostIPC':
    "With `true` the Pod shares the node's inter-process communication (shared memory, semaphores) with everything on the node. The *baseline* Pod Security level refuses it.",
  'PodSpec.hostUsers':
    'With `false` the Pod runs in its own user namespace: root inside the containers is an unprivileged user on the node. From Pod Security policy v1.35, such a Pod is exempt from the *restricted* `runAsNonRoot` and `runAsUser` rules.',
  'WindowsSecurityContextOptions.hostProcess':
    'With `true` a Windows container runs as a process directly on the node, with full access to it. Every Pod Security level except *privileged* refuses it.',
};
