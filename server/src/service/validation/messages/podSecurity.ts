// Messages of the pod-security-* codes (podSecurity/podSecurityFindings.ts): what admission will answer,
// quoted in its own (English) words, who asks for it, and why the control exists.
import type { Localized } from './localized';

/** Who asks for the level: a mode of a Namespace's labels, or the user's setting. */
export type PolicySource =
  { readonly kind: 'namespace'; readonly mode: 'enforce' | 'warn' | 'audit'; readonly namespace: string } | { readonly kind: 'setting' };

export interface PodSecurityFindingWords {
  readonly source: PolicySource;
  /** `restricted:latest` */
  readonly policy: string;
  /** `Pod`, `Deployment`, … */
  readonly objectKind: string;
  /** The check id, for the reason the control exists. */
  readonly check: string;
  readonly reason: string;
  readonly detail: string;
}

export interface PodSecurityMessages {
  finding(words: PodSecurityFindingWords): string;
  setField(field: string, value: string): string;
  meetRestricted(container: string): string;
}

const WHY_EN: Readonly<Record<string, string>> = {
  hostNamespaces:
    "Sharing the node's network, process or IPC namespace lets the pod see and reach what runs on the node: other pods' traffic, processes and shared memory.",
  privileged:
    'A privileged container holds nearly every power of root on the node: it can read every device, load kernel modules and leave the container.',
  capabilities_baseline:
    "Capabilities beyond the runtime's default set (such as `NET_RAW` or `SYS_ADMIN`) are pieces of root's power that let a compromised container attack the node or its neighbours.",
  capabilities_restricted:
    'The restricted level drops every Linux capability (`drop: ["ALL"]`) and allows adding back only `NET_BIND_SERVICE`, so even a process running as root holds none of root\'s special powers.',
  hostPathVolumes:
    "A hostPath volume mounts the node's own files into the pod; through them a container can read secrets of the node or take it over.",
  hostPorts: 'A hostPort opens a port on the node itself, around Services and network policies, and only one pod per node can have it.',
  appArmorProfile: 'AppArmor limits the files and operations a process may touch; an `Unconfined` profile switches that protection off.',
  seLinuxOptions: 'SELinux labels keep containers apart; a custom user, role or an unusual type can lift that separation.',
  procMount:
    'An unmasked `/proc` shows the container kernel settings and information that the default mask hides; only a pod in its own user namespace (`hostUsers: false`) may unmask it at the baseline level.',
  procMount_restricted: 'At the restricted level `/proc` stays masked even in a pod with its own user namespace.',
  seccompProfile_baseline: 'Seccomp filters the system calls a container may make; `Unconfined` turns the filter off.',
  seccompProfile_restricted:
    'The restricted level requires a seccomp profile (`RuntimeDefault` or `Localhost`), so the kernel filters the system calls every container makes.',
  sysctls: 'Only sysctls that are namespaced and isolated from other pods are safe; any other one changes the kernel of the whole node.',
  windowsHostProcess: 'A Windows HostProcess container runs directly on the node with full access to it.',
  hostProbesAndHostLifecycle:
    "A probe or lifecycle hook with a `host` makes the kubelet connect to any address from the node, reaching services that only the node should reach; leave `host` out and the pod's own IP is used.",
  restrictedVolumes:
    'The restricted level allows only volumes that do not reach into the node or outside storage by themselves: configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret.',
  allowPrivilegeEscalation:
    'Unless `allowPrivilegeEscalation` is `false`, a process can gain more privileges than its parent, for example through setuid programs such as `sudo`.',
  runAsNonRoot:
    'With `runAsNonRoot: true` the kubelet refuses to start a container that would run as root, which makes any escape from the container far less dangerous.',
  runAsUser: '`runAsUser: 0` runs the process as root.',
};

const WHY_KO: Readonly<Record<string, string>> = {
  hostNamespaces:
    '노드의 네트워크, 프로세스, IPC 네임스페이스를 공유하면 파드가 노드에서 돌아가는 것들, 곧 다른 파드의 트래픽과 프로세스, 공유 메모리를 보고 건드릴 수 있습니다.',
  privileged:
    '특권 컨테이너는 노드에서 root가 가진 거의 모든 권한을 가집니다. 모든 장치를 읽고 커널 모듈을 올리며 컨테이너 밖으로 나갈 수 있습니다.',
  capabilities_baseline:
    '런타임의 기본 집합을 넘는 capability(`NET_RAW`, `SYS_ADMIN` 등)는 root 권한의 일부라서, 탈취된 컨테이너가 노드나 이웃 파드를 공격하는 데 쓰일 수 있습니다.',
  capabilities_restricted:
    'restricted 수준은 모든 Linux capability를 버리고(`drop: ["ALL"]`) `NET_BIND_SERVICE`만 다시 더할 수 있게 합니다. 그러면 root로 도는 프로세스라도 root의 특별한 권한을 하나도 갖지 못합니다.',
  hostPathVolumes:
    'hostPath 볼륨은 노드 자체의 파일을 파드에 마운트합니다. 이를 통해 컨테이너가 노드의 비밀을 읽거나 노드를 장악할 수 있습니다.',
  hostPorts: 'hostPort는 Service와 네트워크 정책을 거치지 않고 노드 자체의 포트를 열며, 노드마다 한 파드만 그 포트를 쓸 수 있습니다.',
  appArmorProfile: 'AppArmor는 프로세스가 건드릴 수 있는 파일과 동작을 제한합니다. `Unconfined` 프로필은 그 보호를 끕니다.',
  seLinuxOptions: 'SELinux 레이블은 컨테이너끼리 떨어뜨려 놓습니다. 임의의 user, role이나 흔치 않은 type은 그 분리를 풀 수 있습니다.',
  procMount:
    'masking하지 않은 `/proc`는 기본 마스크가 컨테이너에게 숨기는 커널 설정과 정보를 보여 줍니다. baseline 수준에서는 자기 사용자 네임스페이스를 가진 파드(`hostUsers: false`)만 이를 풀 수 있습니다.',
  procMount_restricted: 'restricted 수준에서는 자기 사용자 네임스페이스를 가진 파드에서도 `/proc`가 가려진 채로 있어야 합니다.',
  seccompProfile_baseline: 'Seccomp는 컨테이너가 할 수 있는 시스템 호출을 걸러 냅니다. `Unconfined`는 그 필터를 끕니다.',
  seccompProfile_restricted:
    'restricted 수준은 seccomp 프로필(`RuntimeDefault` 또는 `Localhost`)을 요구합니다. 그래야 커널이 모든 컨테이너의 시스템 호출을 걸러 냅니다.',
  sysctls: '네임스페이스로 나뉘고 다른 파드와 격리된 sysctl만 안전합니다. 그 밖의 sysctl은 노드 전체의 커널을 바꿉니다.',
  windowsHostProcess: 'Windows HostProcess 컨테이너는 노드에서 직접, 노드에 대한 모든 권한을 가지고 돕니다.',
  hostProbesAndHostLifecycle:
    '`host`를 쓴 프로브나 라이프사이클 훅은 kubelet이 노드에서 아무 주소로나 접속하게 만들어, 노드만 닿아야 할 서비스에 닿게 합니다. `host`를 빼면 파드 자신의 IP가 쓰입니다.',
  restrictedVolumes:
    'restricted 수준은 스스로 노드나 외부 저장소에 닿지 않는 볼륨만 허용합니다: configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected, secret.',
  allowPrivilegeEscalation:
    '`allowPrivilegeEscalation`이 `false`가 아니면 프로세스가 부모보다 많은 권한을 얻을 수 있습니다. 예를 들어 `sudo` 같은 setuid 프로그램을 통해서입니다.',
  runAsNonRoot:
    '`runAsNonRoot: true`이면 kubelet은 root로 돌 컨테이너를 시작하지 않습니다. 그러면 컨테이너를 벗어나는 일이 생겨도 훨씬 덜 위험합니다.',
  runAsUser: '`runAsUser: 0`은 프로세스를 root로 실행합니다.',
};

const answer = (w: PodSecurityFindingWords): string => `${w.reason} (${w.detail})`;

function findingEn(w: PodSecurityFindingWords): string {
  const why = WHY_EN[w.check] ?? '';
  const pod = w.objectKind === 'Pod';
  if (w.source.kind === 'setting') {
    return `Pod Security "${w.policy}", the level you asked Podwright to check (\`podwright.podSecurity.level\` or \`--pod-security-level\`), refuses ${pod ? 'this pod' : `the pods of this ${w.objectKind}`}: ${answer(w)}. ${why}`;
  }
  const ns = `Namespace "${w.source.namespace}"`;
  switch (w.source.mode) {
    case 'enforce':
      return pod
        ? `${ns} enforces Pod Security "${w.policy}", so the API server rejects this pod: violates PodSecurity "${w.policy}": ${answer(w)}. ${why}`
        : `${ns} enforces Pod Security "${w.policy}": this ${w.objectKind} is accepted with a warning, but every pod it creates is rejected: ${answer(w)}. ${why}`;
    case 'warn':
      return `${ns} warns at Pod Security "${w.policy}": applying this prints \`Warning: would violate PodSecurity "${w.policy}": ${answer(w)}\`. ${why}`;
    case 'audit':
      return `${ns} audits at Pod Security "${w.policy}": the API server notes in its audit log that this ${pod ? 'pod' : w.objectKind} violates it: ${answer(w)}. ${why}`;
  }
}

function findingKo(w: PodSecurityFindingWords): string {
  const why = WHY_KO[w.check] ?? '';
  const pod = w.objectKind === 'Pod';
  if (w.source.kind === 'setting') {
    return `검사하도록 지정한 파드 보안 수준 "${w.policy}"(\`podwright.podSecurity.level\` 또는 \`--pod-security-level\`)은 ${pod ? '이 파드' : `이 ${w.objectKind}의 파드`}를 거부합니다: ${answer(w)}. ${why}`;
  }
  const ns = `네임스페이스 "${w.source.namespace}"`;
  switch (w.source.mode) {
    case 'enforce':
      return pod
        ? `${ns}은(는) 파드 보안 "${w.policy}"을(를) 강제(enforce)하므로 API 서버가 이 파드를 거부합니다: violates PodSecurity "${w.policy}": ${answer(w)}. ${why}`
        : `${ns}은(는) 파드 보안 "${w.policy}"을(를) 강제(enforce)합니다. 이 ${w.objectKind}은(는) 경고와 함께 받아들여지지만, 만드는 파드는 모두 거부됩니다: ${answer(w)}. ${why}`;
    case 'warn':
      return `${ns}은(는) 파드 보안 "${w.policy}" 기준으로 경고(warn)합니다. 적용하면 \`Warning: would violate PodSecurity "${w.policy}": ${answer(w)}\`가 출력됩니다. ${why}`;
    case 'audit':
      return `${ns}은(는) 파드 보안 "${w.policy}" 기준으로 감사(audit)합니다. API 서버는 이 ${pod ? '파드' : w.objectKind}가 위반한다고 감사 로그에 남깁니다: ${answer(w)}. ${why}`;
  }
}

export const podSecurityMessages: Localized<PodSecurityMessages> = {
  en: {
    finding: findingEn,
    setField: (field, value) => `Set \`${field}: ${value}\``,
    meetRestricted: (container) => `Make container "${container}" meet the restricted level`,
  },
  ko: {
    finding: findingKo,
    setField: (field, value) => `\`${field}: ${value}\` 설정하기`,
    meetRestricted: (container) => `컨테이너 "${container}"이(가) restricted 수준을 만족하게 하기`,
  },
};
