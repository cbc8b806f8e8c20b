// The baseline controls of the Pod Security Standards, with their revisions by policy version.
// Details are worded as admission words them, one place at a time.
import { asList, asObject, isSet, stringOf, type ContainerAt, type Path, type PodParts } from '../podView';
import type { Check, Violation } from './check';

const v = (check: string, code: Violation['code'], reason: string, rest: Omit<Violation, 'check' | 'code' | 'reason'>): Violation => ({
  check,
  code,
  reason,
  ...rest,
});

function hostNamespaces(pod: PodParts): Violation[] {
  return (['hostNetwork', 'hostPID', 'hostIPC'] as const).flatMap((field) =>
    pod.spec?.[field] === true
      ? [
          v('hostNamespaces', 'pod-security-host-namespaces', 'host namespaces', {
            detail: `${field}=true`,
            at: ['spec', field],
            fix: [{ path: ['spec', field], value: false }],
          }),
        ]
      : [],
  );
}

function privileged(pod: PodParts): Violation[] {
  return pod.containers.flatMap((c) =>
    c.securityContext?.privileged === true
      ? [
          v('privileged', 'pod-security-privileged', 'privileged', {
            detail: `container "${c.name}" must not set securityContext.privileged=true`,
            at: [...c.path, 'securityContext', 'privileged'],
            fix: [{ path: [...c.path, 'securityContext', 'privileged'], value: false }],
            container: c.path,
          }),
        ]
      : [],
  );
}

/** The capabilities a container runtime grants by default; baseline allows adding only these. */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** Each entry of `capabilities.add` that `allowed` does not hold. */
export function addedCapabilities(c: ContainerAt, allowed: (name: string) => boolean): { name: string; at: Path }[] {
  const add = asList(asObject(c.securityContext?.capabilities)?.add);
  return add.flatMap((entry, index) => {
    const name = stringOf(entry);
    return name !== undefined && !allowed(name) ? [{ name, at: [...c.path, 'securityContext', 'capabilities', 'add', index] }] : [];
  });
}

function capabilitiesBaseline(pod: PodParts): Violation[] {
  return pod.containers.flatMap((c) =>
    addedCapabilities(c, (name) => BASELINE_CAPABILITIES.has(name)).map(({ name, at }) =>
      v('capabilities_baseline', 'pod-security-capabilities', 'non-default capabilities', {
        detail: `container "${c.name}" must not include "${name}" in securityContext.capabilities.add`,
        at,
        container: c.path,
      }),
    ),
  );
}

function hostPathVolumes(pod: PodParts): Violation[] {
  return asList(pod.spec?.volumes).flatMap((item, index) => {
    const volume = asObject(item);
    if (!volume || !isSet(volume.hostPath)) return [];
    return [
      v('hostPathVolumes', 'pod-security-host-path', 'hostPath volumes', {
        detail: `volume "${stringOf(volume.name) ?? ''}"`,
        at: ['spec', 'volumes', index, 'hostPath'],
      }),
    ];
  });
}

function hostPorts(pod: PodParts): Violation[] {
  return pod.containers.flatMap((c) =>
    asList(c.container.ports).flatMap((item, index) => {
      const port = asObject(item)?.hostPort;
      if (typeof port !== 'number' || port === 0) return [];
      return [
        v('hostPorts', 'pod-security-host-ports', 'hostPort', {
          detail: `container "${c.name}" uses hostPort ${port}`,
          at: [...c.path, 'ports', index, 'hostPort'],
          container: c.path,
        }),
      ];
    }),
  );
}

const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

function appArmor(pod: PodParts): Violation[] {
  const out: Violation[] = [];
  const reason = 'forbidden AppArmor profile';
  const field = (owner: Record<string, unknown> | undefined, path: Path, who: string, container?: Path): void => {
    const profile = asObject(owner?.appArmorProfile);
    if (!profile) return;
    const type = stringOf(profile.type) ?? '';
    if (type === 'RuntimeDefault' || type === 'Localhost') return;
    const at = [...path, 'securityContext', 'appArmorProfile', ...(isSet(profile.type) ? ['type'] : [])];
    out.push(
      v('appArmorProfile', 'pod-security-apparmor', reason, {
        detail: `${who} must not set securityContext.appArmorProfile.type to "${type}"`,
        at,
        fix: [{ path: [...path, 'securityContext', 'appArmorProfile', 'type'], value: 'RuntimeDefault' }],
        ...(container ? { container } : {}),
      }),
    );
  };
  field(pod.podSecurityContext, ['spec'], 'pod');
  for (const c of pod.containers) field(c.securityContext, c.path, `container "${c.name}"`, c.path);
  for (const [key, value] of Object.entries(pod.annotations)) {
    if (!key.startsWith(APPARMOR_ANNOTATION) || typeof value !== 'string') continue;
    if (value === '' || value === 'runtime/default' || value.startsWith('localhost/')) continue;
    out.push(
      v('appArmorProfile', 'pod-security-apparmor', reason, {
        detail: `${key}=${JSON.stringify(value)}`,
        at: ['metadata', 'annotations', key],
        fix: [{ path: ['metadata', 'annotations', key], value: 'runtime/default' }],
      }),
    );
  }
  return out;
}

const SELINUX_TYPES_1_0 = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
const SELINUX_TYPES_1_31 = new Set([...SELINUX_TYPES_1_0, 'container_engine_t']);

function seLinux(types: ReadonlySet<string>) {
  return (pod: PodParts): Violation[] => {
    const out: Violation[] = [];
    const check = (owner: Record<string, unknown> | undefined, path: Path, who: string, container?: Path): void => {
      const options = asObject(owner?.seLinuxOptions);
      if (!options) return;
      const base = [...path, 'securityContext', 'seLinuxOptions'];
      const type = stringOf(options.type);
      const bad: { field: string; value: string }[] = [];
      if (type !== undefined && !types.has(type)) bad.push({ field: 'type', value: type });
      for (const field of ['user', 'role']) {
        const value = stringOf(options[field]);
        if (value !== undefined && value !== '') bad.push({ field, value });
      }
      for (const { field, value } of bad) {
        out.push(
          v('seLinuxOptions', 'pod-security-selinux', 'seLinuxOptions', {
            detail: `${who} set forbidden securityContext.seLinuxOptions: ${field} "${value}"`,
            at: [...base, field],
            ...(container ? { container } : {}),
          }),
        );
      }
    };
    check(pod.podSecurityContext, ['spec'], 'pod');
    for (const c of pod.containers) check(c.securityContext, c.path, `container "${c.name}"`, c.path);
    return out;
  };
}

/** procMount must be unset or `Default` (v1.0). */
export function procMountDefault(pod: PodParts): Violation[] {
  return pod.containers.flatMap((c) => {
    const value = stringOf(c.securityContext?.procMount);
    if (value === undefined || value === 'Default') return [];
    const at = [...c.path, 'securityContext', 'procMount'];
    return [
      v('procMount', 'pod-security-proc-mount', 'procMount', {
        detail: `container "${c.name}" must not set securityContext.procMount to "${value}"`,
        at,
        fix: [{ path: at, value: 'Default' }],
        container: c.path,
      }),
    ];
  });
}

const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER_ANNOTATION = 'container.seccomp.security.alpha.kubernetes.io/';

// Before policy v1.19 seccomp was set by annotations.
function seccompAnnotations(pod: PodParts): Violation[] {
  const valid = (value: string): boolean => value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/');
  const keys = [SECCOMP_POD_ANNOTATION, ...pod.containers.map((c) => `${SECCOMP_CONTAINER_ANNOTATION}${c.name}`)];
  return [...new Set(keys)].flatMap((key) => {
    const value = pod.annotations[key];
    if (typeof value !== 'string' || valid(value)) return [];
    return [
      v('seccompProfile_baseline', 'pod-security-seccomp', 'seccompProfile', {
        detail: `forbidden annotation ${key}=${JSON.stringify(value)}`,
        at: ['metadata', 'annotations', key],
        fix: [{ path: ['metadata', 'annotations', key], value: 'runtime/default' }],
      }),
    ];
  });
}

export function validSeccompType(type: unknown): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

/** A seccompProfile that is set to something other than RuntimeDefault or Localhost (v1.19 fields). */
export function explicitSeccomp(
  owner: Record<string, unknown> | undefined,
  path: Path,
  who: string,
  check: string,
  container?: Path,
): Violation | undefined {
  const profile = asObject(owner?.seccompProfile);
  if (!profile || validSeccompType(profile.type)) return undefined;
  const type = stringOf(profile.type) ?? '';
  const base = [...path, 'securityContext', 'seccompProfile'];
  return v(check, 'pod-security-seccomp', 'seccompProfile', {
    detail: `${who} must not set securityContext.seccompProfile.type to "${type}"`,
    at: isSet(profile.type) ? [...base, 'type'] : base,
    fix: [{ path: [...base, 'type'], value: 'RuntimeDefault' }],
    ...(container ? { container } : {}),
  });
}

function seccompFields(pod: PodParts): Violation[] {
  const found = [explicitSeccomp(pod.podSecurityContext, ['spec'], 'pod', 'seccompProfile_baseline')];
  for (const c of pod.containers)
    found.push(explicitSeccomp(c.securityContext, c.path, `container "${c.name}"`, 'seccompProfile_baseline', c.path));
  return found.filter((x): x is Violation => x !== undefined);
}

const SYSCTLS_1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const SYSCTLS_1_27 = [...SYSCTLS_1_0, 'net.ipv4.ip_local_reserved_ports'];
const SYSCTLS_1_29 = [
  ...SYSCTLS_1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
const SYSCTLS_1_32 = [...SYSCTLS_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const SYSCTLS_1_37 = [...SYSCTLS_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];

function sysctls(allowed: readonly string[]) {
  const safe = new Set(allowed);
  return (pod: PodParts): Violation[] =>
    asList(pod.podSecurityContext?.sysctls).flatMap((item, index) => {
      const name = stringOf(asObject(item)?.name);
      if (name === undefined || safe.has(name)) return [];
      return [
        v('sysctls', 'pod-security-sysctls', 'forbidden sysctls', {
          detail: name,
          at: ['spec', 'securityContext', 'sysctls', index, 'name'],
        }),
      ];
    });
}

function hostProcess(pod: PodParts): Violation[] {
  const out: Violation[] = [];
  const check = (owner: Record<string, unknown> | undefined, path: Path, who: string, container?: Path): void => {
    if (asObject(owner?.windowsOptions)?.hostProcess !== true) return;
    const at = [...path, 'securityContext', 'windowsOptions', 'hostProcess'];
    out.push(
      v('windowsHostProcess', 'pod-security-host-process', 'hostProcess', {
        detail: `${who} must not set securityContext.windowsOptions.hostProcess=true`,
        at,
        fix: [{ path: at, value: false }],
        ...(container ? { container } : {}),
      }),
    );
  };
  check(pod.podSecurityContext, ['spec'], 'pod');
  for (const c of pod.containers) check(c.securityContext, c.path, `container "${c.name}"`, c.path);
  return out;
}

function probeHosts(pod: PodParts): Violation[] {
  const out: Violation[] = [];
  for (const c of pod.containers) {
    const handlers: { value: unknown; path: Path }[] = ['livenessProbe', 'readinessProbe', 'startupProbe'].map((p) => ({
      value: c.container[p],
      path: [...c.path, p],
    }));
    const lifecycle = asObject(c.container.lifecycle);
    for (const hook of ['postStart', 'preStop']) handlers.push({ value: lifecycle?.[hook], path: [...c.path, 'lifecycle', hook] });
    for (const handler of handlers) {
      for (const action of ['httpGet', 'tcpSocket']) {
        const host = stringOf(asObject(asObject(handler.value)?.[action])?.host);
        if (host === undefined || host === '') continue;
        out.push(
          v('hostProbesAndHostLifecycle', 'pod-security-probe-host', 'probe or lifecycle host', {
            detail: `container "${c.name}" uses probe or lifecycle host "${host}"`,
            at: [...handler.path, action, 'host'],
            container: c.path,
          }),
        );
      }
    }
  }
  return out;
}

export const BASELINE_CHECKS: readonly Check[] = [
  { id: 'hostNamespaces', level: 'baseline', code: 'pod-security-host-namespaces', revisions: [{ since: 0, run: hostNamespaces }] },
  { id: 'privileged', level: 'baseline', code: 'pod-security-privileged', revisions: [{ since: 0, run: privileged }] },
  {
    id: 'capabilities_baseline',
    level: 'baseline',
    code: 'pod-security-capabilities',
    revisions: [{ since: 0, run: capabilitiesBaseline }],
  },
  { id: 'hostPathVolumes', level: 'baseline', code: 'pod-security-host-path', revisions: [{ since: 0, run: hostPathVolumes }] },
  { id: 'hostPorts', level: 'baseline', code: 'pod-security-host-ports', revisions: [{ since: 0, run: hostPorts }] },
  // The appArmorProfile fields were added to the v1.0 revision itself (Kubernetes 1.30): every version checks them.
  { id: 'appArmorProfile', level: 'baseline', code: 'pod-security-apparmor', revisions: [{ since: 0, run: appArmor }] },
  {
    id: 'seLinuxOptions',
    level: 'baseline',
    code: 'pod-security-selinux',
    revisions: [
      { since: 0, run: seLinux(SELINUX_TYPES_1_0) },
      { since: 31, run: seLinux(SELINUX_TYPES_1_31) },
    ],
  },
  {
    id: 'procMount',
    level: 'baseline',
    code: 'pod-security-proc-mount',
    // From v1.35 a pod in its own user namespace may unmask /proc: it is the namespace's, not the node's.
    revisions: [
      { since: 0, run: procMountDefault },
      { since: 35, run: (pod) => (pod.ownUserNamespace ? [] : procMountDefault(pod)) },
    ],
  },
  {
    id: 'seccompProfile_baseline',
    level: 'baseline',
    code: 'pod-security-seccomp',
    revisions: [
      { since: 0, run: seccompAnnotations },
      { since: 19, run: seccompFields },
    ],
  },
  {
    id: 'sysctls',
    level: 'baseline',
    code: 'pod-security-sysctls',
    revisions: [
      { since: 0, run: sysctls(SYSCTLS_1_0) },
      { since: 27, run: sysctls(SYSCTLS_1_27) },
      { since: 29, run: sysctls(SYSCTLS_1_29) },
      { since: 32, run: sysctls(SYSCTLS_1_32) },
      { since: 37, run: sysctls(SYSCTLS_1_37) },
    ],
  },
  { id: 'windowsHostProcess', level: 'baseline', code: 'pod-security-host-process', revisions: [{ since: 0, run: hostProcess }] },
  { id: 'hostProbesAndHostLifecycle', level: 'baseline', code: 'pod-security-probe-host', revisions: [{ since: 34, run: probeHosts }] },
];
