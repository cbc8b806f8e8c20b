// The restricted controls of the Pod Security Standards. Restricted is baseline plus these, less
// the baseline checks a restricted revision replaces while it is in force.
import { asList, asObject, isSet, stringOf, type ContainerAt, type Path, type PodParts } from '../podView';
import { addedCapabilities, explicitSeccomp, procMountDefault, validSeccompType } from './baseline';
import type { Check, Violation } from './check';

const ALLOWED_VOLUMES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
];
const OTHER_VOLUMES = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'portworxVolume',
  'photonPersistentDisk',
  'scaleIO',
  'storageos',
];

// `image` was added to the v1.0 revision itself (Kubernetes 1.33), so every version allows it.
// A volume with no source at all is defaulted to emptyDir by the API server before admission sees it.
function restrictedVolumes(pod: PodParts): Violation[] {
  return asList(pod.spec?.volumes).flatMap((item, index) => {
    const volume = asObject(item);
    if (!volume || ALLOWED_VOLUMES.some((k) => isSet(volume[k]))) return [];
    const type = OTHER_VOLUMES.find((k) => isSet(volume[k]));
    if (type === undefined) return [];
    return [
      {
        check: 'restrictedVolumes',
        code: 'pod-security-volume-types',
        reason: 'restricted volume types',
        detail: `volume "${stringOf(volume.name) ?? ''}" uses restricted volume type "${type}"`,
        at: ['spec', 'volumes', index, type],
      },
    ];
  });
}

const scPath = (c: ContainerAt, field: string): Path => [...c.path, 'securityContext', field];

function allowPrivilegeEscalation(pod: PodParts): Violation[] {
  return pod.containers.flatMap((c) => {
    const value = c.securityContext?.allowPrivilegeEscalation;
    if (value === false) return [];
    const at = scPath(c, 'allowPrivilegeEscalation');
    return [
      {
        check: 'allowPrivilegeEscalation',
        code: 'pod-security-privilege-escalation',
        reason: 'allowPrivilegeEscalation != false',
        detail: `container "${c.name}" must set securityContext.allowPrivilegeEscalation=false`,
        at,
        ...(typeof value === 'boolean' ? {} : { missing: true }),
        fix: [{ path: at, value: false }],
        container: c.path,
      },
    ];
  });
}

function runAsNonRoot(pod: PodParts): Violation[] {
  const out: Violation[] = [];
  const base = { check: 'runAsNonRoot', code: 'pod-security-run-as-non-root', reason: 'runAsNonRoot != true' } as const;
  const podValue = pod.podSecurityContext?.runAsNonRoot;
  if (podValue === false) {
    const at: Path = ['spec', 'securityContext', 'runAsNonRoot'];
    out.push({ ...base, detail: 'pod must not set securityContext.runAsNonRoot=false', at, fix: [{ path: at, value: true }] });
  }
  for (const c of pod.containers) {
    const value = c.securityContext?.runAsNonRoot;
    const at = scPath(c, 'runAsNonRoot');
    if (value === false)
      out.push({
        ...base,
        detail: `container "${c.name}" must not set securityContext.runAsNonRoot=false`,
        at,
        fix: [{ path: at, value: true }],
        container: c.path,
      });
    else if (typeof value !== 'boolean' && podValue !== true) {
      out.push({
        ...base,
        detail: `pod or container "${c.name}" must set securityContext.runAsNonRoot=true`,
        at,
        missing: true,
        fix: [{ path: at, value: true }],
        container: c.path,
      });
    }
  }
  return out;
}

function runAsUser(pod: PodParts): Violation[] {
  const out: Violation[] = [];
  const base = { check: 'runAsUser', code: 'pod-security-run-as-user', reason: 'runAsUser=0' } as const;
  if (pod.podSecurityContext?.runAsUser === 0)
    out.push({ ...base, detail: 'pod must not set runAsUser=0', at: ['spec', 'securityContext', 'runAsUser'] });
  for (const c of pod.containers) {
    if (c.securityContext?.runAsUser === 0)
      out.push({ ...base, detail: `container "${c.name}" must not set runAsUser=0`, at: scPath(c, 'runAsUser'), container: c.path });
  }
  return out;
}

function seccompRestricted(pod: PodParts): Violation[] {
  const out: Violation[] = [];
  const podProfile = explicitSeccomp(pod.podSecurityContext, ['spec'], 'pod', 'seccompProfile_restricted');
  if (podProfile) out.push(podProfile);
  const podValid = validSeccompType(asObject(pod.podSecurityContext?.seccompProfile)?.type);
  for (const c of pod.containers) {
    if (isSet(c.securityContext?.seccompProfile)) {
      const bad = explicitSeccomp(c.securityContext, c.path, `container "${c.name}"`, 'seccompProfile_restricted', c.path);
      if (bad) out.push(bad);
      continue;
    }
    if (podValid) continue;
    const profile = scPath(c, 'seccompProfile');
    out.push({
      check: 'seccompProfile_restricted',
      code: 'pod-security-seccomp',
      reason: 'seccompProfile',
      detail: `pod or container "${c.name}" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
      at: profile,
      missing: true,
      fix: [{ path: [...profile, 'type'], value: 'RuntimeDefault' }],
      container: c.path,
    });
  }
  return out;
}

function capabilitiesRestricted(pod: PodParts): Violation[] {
  const out: Violation[] = [];
  const base = { check: 'capabilities_restricted', code: 'pod-security-capabilities', reason: 'unrestricted capabilities' } as const;
  for (const c of pod.containers) {
    const capabilities = asObject(c.securityContext?.capabilities);
    const drop = capabilities?.drop;
    const dropPath = scPath(c, 'capabilities').concat('drop');
    if (!asList(drop).includes('ALL')) {
      out.push({
        ...base,
        detail: `container "${c.name}" must set securityContext.capabilities.drop=["ALL"]`,
        at: dropPath,
        ...(isSet(drop) ? {} : { missing: true }),
        fix: [{ path: dropPath, value: ['ALL'] }],
        container: c.path,
      });
    }
    for (const { name, at } of addedCapabilities(c, (n) => n === 'NET_BIND_SERVICE')) {
      out.push({
        ...base,
        detail: `container "${c.name}" must not include "${name}" in securityContext.capabilities.add`,
        at,
        container: c.path,
      });
    }
  }
  return out;
}

/** From v1.25 a Windows pod (`spec.os.name: windows`) is exempt: these settings do not exist there. */
const unlessWindows =
  (run: (pod: PodParts) => Violation[]) =>
  (pod: PodParts): Violation[] =>
    pod.windows ? [] : run(pod);
/** From v1.35 a pod in its own user namespace is exempt: its root is not the node's root. */
const unlessOwnUsers =
  (run: (pod: PodParts) => Violation[]) =>
  (pod: PodParts): Violation[] =>
    pod.ownUserNamespace ? [] : run(pod);

export const RESTRICTED_CHECKS: readonly Check[] = [
  {
    id: 'restrictedVolumes',
    level: 'restricted',
    code: 'pod-security-volume-types',
    revisions: [{ since: 0, run: restrictedVolumes, overrides: ['hostPathVolumes'] }],
  },
  {
    id: 'allowPrivilegeEscalation',
    level: 'restricted',
    code: 'pod-security-privilege-escalation',
    revisions: [
      { since: 8, run: allowPrivilegeEscalation },
      { since: 25, run: unlessWindows(allowPrivilegeEscalation) },
    ],
  },
  {
    id: 'runAsNonRoot',
    level: 'restricted',
    code: 'pod-security-run-as-non-root',
    revisions: [
      { since: 0, run: runAsNonRoot },
      { since: 35, run: unlessOwnUsers(runAsNonRoot) },
    ],
  },
  {
    id: 'runAsUser',
    level: 'restricted',
    code: 'pod-security-run-as-user',
    revisions: [
      { since: 23, run: runAsUser },
      { since: 35, run: unlessOwnUsers(runAsUser) },
    ],
  },
  {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    code: 'pod-security-seccomp',
    revisions: [
      { since: 19, run: seccompRestricted, overrides: ['seccompProfile_baseline'] },
      { since: 25, run: unlessWindows(seccompRestricted), overrides: ['seccompProfile_baseline'] },
    ],
  },
  {
    id: 'capabilities_restricted',
    level: 'restricted',
    code: 'pod-security-capabilities',
    revisions: [
      { since: 22, run: capabilitiesRestricted, overrides: ['capabilities_baseline'] },
      { since: 25, run: unlessWindows(capabilitiesRestricted), overrides: ['capabilities_baseline'] },
    ],
  },
  {
    id: 'procMount_restricted',
    level: 'restricted',
    code: 'pod-security-proc-mount',
    revisions: [{ since: 35, run: procMountDefault, overrides: ['procMount'] }],
  },
];
