// Each Pod Security control on its own, at the policy versions where it changes: the admission test
// pods are examples, these pin the standard's edges (what a revision added, what it exempts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluatePod } from '../../../server/src/service/validation/podSecurity/evaluate';
import { parsePolicyVersion, policiesOfLabels, type PodSecurityLevel } from '../../../server/src/service/validation/podSecurity/policy';
import type { Violation } from '../../../server/src/service/validation/podSecurity/checks/check';

type Spec = Record<string, unknown>;

/** A container that meets restricted; `extra` is merged into its securityContext. */
function good(name = 'app', securityContext: Spec = {}, rest: Spec = {}): Spec {
  return {
    name,
    image: 'nginx:1.27',
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, ...securityContext },
    ...rest,
  };
}

/** A pod that meets restricted at every version, changed by `spec`. */
function pod(spec: Spec = {}, annotations?: Record<string, string>): { metadata: Spec; spec: Spec } {
  return {
    metadata: { name: 'p', ...(annotations ? { annotations } : {}) },
    spec: { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }, containers: [good()], ...spec },
  };
}

function check(level: PodSecurityLevel, version: string, input: ReturnType<typeof pod>): Violation[] {
  const parsed = parsePolicyVersion(version);
  assert.ok(parsed, version);
  return evaluatePod(input, { level, version: parsed });
}

function codes(level: PodSecurityLevel, version: string, input: ReturnType<typeof pod>): string[] {
  return [...new Set(check(level, version, input).map((v) => v.code))].sort();
}

describe('Pod Security controls', () => {
  it('the base pod meets restricted at every version, and privileged checks nothing', () => {
    for (let minor = 0; minor <= 40; minor++) assert.deepEqual(codes('restricted', `v1.${minor}`, pod()), [], `v1.${minor}`);
    assert.deepEqual(codes('privileged', 'latest', pod({ hostNetwork: true, containers: [good('a', { privileged: true })] })), []);
  });

  it('host namespaces: hostNetwork, hostPID and hostIPC must not be true', () => {
    for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
      const [found] = check('baseline', 'latest', pod({ [field]: true }));
      assert.equal(found?.code, 'pod-security-host-namespaces');
      assert.deepEqual(found?.at, ['spec', field]);
      assert.equal(found?.detail, `${field}=true`);
      assert.deepEqual(codes('baseline', 'latest', pod({ [field]: false })), []);
    }
  });

  it('privileged: in every kind of container, ephemeral ones too', () => {
    const found = check(
      'baseline',
      'v1.0',
      pod({ ephemeralContainers: [{ name: 'debug', image: 'busybox', securityContext: { privileged: true } }] }),
    );
    assert.deepEqual(
      found.map((v) => [v.code, v.at.join('.')]),
      [['pod-security-privileged', 'spec.ephemeralContainers.0.securityContext.privileged']],
    );
    assert.equal(found[0]?.reason, 'privileged');
  });

  it('baseline capabilities: only the runtime default set, spelled exactly', () => {
    assert.deepEqual(
      codes('baseline', 'latest', pod({ containers: [good('a', { capabilities: { add: ['CHOWN', 'NET_BIND_SERVICE'] } })] })),
      [],
    );
    for (const cap of ['NET_RAW', 'CAP_CHOWN', 'chown', 'SYS_ADMIN']) {
      const found = check('baseline', 'latest', pod({ containers: [good('a', { capabilities: { add: [cap] } })] }));
      assert.equal(found[0]?.detail, `container "a" must not include "${cap}" in securityContext.capabilities.add`);
    }
  });

  it('restricted capabilities: drop ALL and add at most NET_BIND_SERVICE from v1.22, not for Windows pods from v1.25', () => {
    const noDrop = pod({ containers: [{ name: 'a', image: 'x', securityContext: { allowPrivilegeEscalation: false } }] });
    assert.deepEqual(codes('restricted', 'v1.21', noDrop), []);
    assert.deepEqual(codes('restricted', 'v1.22', noDrop), ['pod-security-capabilities']);
    const chown = pod({ containers: [good('a', { capabilities: { drop: ['ALL'], add: ['CHOWN'] } })] });
    assert.deepEqual(codes('restricted', 'v1.21', chown), [], 'baseline allows CHOWN before v1.22');
    assert.equal(check('restricted', 'v1.22', chown)[0]?.reason, 'unrestricted capabilities');
    assert.deepEqual(
      codes('restricted', 'latest', pod({ containers: [good('a', { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } })] })),
      [],
    );
    const windows = { ...noDrop, spec: { ...noDrop.spec, os: { name: 'windows' } } };
    assert.deepEqual(codes('restricted', 'v1.24', windows), ['pod-security-capabilities']);
    assert.deepEqual(codes('restricted', 'v1.25', windows), []);
  });

  it('hostPath: a baseline control; restricted reports it as a restricted volume type instead', () => {
    const input = pod({ volumes: [{ name: 'host', hostPath: { path: '/var/run' } }] });
    assert.deepEqual(codes('baseline', 'latest', input), ['pod-security-host-path']);
    assert.deepEqual(codes('restricted', 'latest', input), ['pod-security-volume-types']);
    assert.equal(check('restricted', 'latest', input)[0]?.detail, 'volume "host" uses restricted volume type "hostPath"');
  });

  it('host ports: unset or 0 only', () => {
    assert.deepEqual(
      codes('baseline', 'latest', pod({ containers: [good('a', {}, { ports: [{ containerPort: 80, hostPort: 0 }] })] })),
      [],
    );
    const found = check(
      'baseline',
      'latest',
      pod({ initContainers: [good('init', {}, { ports: [{ containerPort: 80, hostPort: 8080 }] })] }),
    );
    assert.deepEqual(
      found.map((v) => v.detail),
      ['container "init" uses hostPort 8080'],
    );
  });

  it('AppArmor: annotations and fields, at every version', () => {
    const key = 'container.apparmor.security.beta.kubernetes.io/app';
    for (const ok of ['runtime/default', 'localhost/my-profile', ''])
      assert.deepEqual(codes('baseline', 'v1.0', pod({}, { [key]: ok })), [], ok);
    assert.deepEqual(codes('baseline', 'v1.0', pod({}, { [key]: 'unconfined' })), ['pod-security-apparmor']);
    const field = pod({ containers: [good('a', { appArmorProfile: { type: 'Unconfined' } })] });
    assert.deepEqual(codes('baseline', 'v1.0', field), ['pod-security-apparmor']);
    assert.deepEqual(
      codes('baseline', 'latest', pod({ containers: [good('a', { appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } })] })),
      [],
    );
  });

  it('SELinux: container_engine_t from v1.31; user and role never; level always', () => {
    const engine = pod({ containers: [good('a', { seLinuxOptions: { type: 'container_engine_t' } })] });
    assert.deepEqual(codes('baseline', 'v1.30', engine), ['pod-security-selinux']);
    assert.deepEqual(codes('baseline', 'v1.31', engine), []);
    assert.deepEqual(
      codes('baseline', 'latest', pod({ containers: [good('a', { seLinuxOptions: { level: 's0:c1,c2', type: 'container_t' } })] })),
      [],
    );
    const user = check('baseline', 'latest', pod({ securityContext: { seLinuxOptions: { user: 'system_u', role: 'sysadm_r' } } }));
    assert.deepEqual(
      user.map((v) => v.at.join('.')),
      ['spec.securityContext.seLinuxOptions.user', 'spec.securityContext.seLinuxOptions.role'],
    );
  });

  it('/proc mount: Unmasked allowed by baseline for a pod in its own user namespace from v1.35, never by restricted', () => {
    const unmasked = (hostUsers?: boolean) =>
      pod({ ...(hostUsers === undefined ? {} : { hostUsers }), containers: [good('a', { procMount: 'Unmasked' })] });
    assert.deepEqual(codes('baseline', 'v1.34', unmasked(false)), ['pod-security-proc-mount']);
    assert.deepEqual(codes('baseline', 'v1.35', unmasked(false)), []);
    assert.deepEqual(codes('baseline', 'v1.35', unmasked()), ['pod-security-proc-mount'], 'hostUsers defaults to true');
    assert.deepEqual(codes('restricted', 'v1.35', unmasked(false)), ['pod-security-proc-mount']);
    assert.deepEqual(codes('baseline', 'latest', pod({ containers: [good('a', { procMount: 'Default' })] })), []);
  });

  it('seccomp: annotations before v1.19, fields from v1.19; restricted requires a profile from v1.19', () => {
    const annotated = pod({ securityContext: { runAsNonRoot: true } }, { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' });
    assert.deepEqual(codes('baseline', 'v1.18', annotated), ['pod-security-seccomp']);
    assert.deepEqual(codes('baseline', 'v1.19', annotated), []);
    assert.deepEqual(codes('baseline', 'v1.18', pod({}, { 'container.seccomp.security.alpha.kubernetes.io/app': 'docker/default' })), []);
    const unconfined = pod({ securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Unconfined' } } });
    assert.deepEqual(codes('baseline', 'v1.18', unconfined), []);
    assert.deepEqual(codes('baseline', 'v1.19', unconfined), ['pod-security-seccomp']);
    const none = pod({ securityContext: { runAsNonRoot: true } });
    assert.deepEqual(codes('restricted', 'v1.18', none), []);
    assert.deepEqual(codes('restricted', 'v1.19', none), ['pod-security-seccomp']);
    const containerUnconfined = pod({ containers: [good('a', { seccompProfile: { type: 'Unconfined' } })] });
    assert.deepEqual(
      codes('restricted', 'latest', containerUnconfined),
      ['pod-security-seccomp'],
      'a container cannot opt out of the pod profile',
    );
    const windows = pod({ os: { name: 'windows' }, securityContext: { runAsNonRoot: true } });
    assert.deepEqual(codes('restricted', 'v1.24', windows), ['pod-security-seccomp']);
    assert.deepEqual(codes('restricted', 'v1.25', windows), []);
  });

  it('sysctls: the safe set grows at v1.27, v1.29, v1.32 and v1.37', () => {
    const withSysctl = (name: string) =>
      pod({ securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' }, sysctls: [{ name, value: '1' }] } });
    const since: [string, number][] = [
      ['kernel.shm_rmid_forced', 0],
      ['net.ipv4.ip_local_reserved_ports', 27],
      ['net.ipv4.tcp_keepalive_time', 29],
      ['net.ipv4.tcp_rmem', 32],
      ['net.ipv4.tcp_notsent_lowat', 37],
    ];
    for (const [name, minor] of since) {
      if (minor > 0)
        assert.deepEqual(codes('baseline', `v1.${minor - 1}`, withSysctl(name)), ['pod-security-sysctls'], `${name} before v1.${minor}`);
      assert.deepEqual(codes('baseline', `v1.${minor}`, withSysctl(name)), [], `${name} at v1.${minor}`);
      assert.deepEqual(codes('baseline', 'latest', withSysctl(name)), []);
    }
    assert.deepEqual(
      check('baseline', 'latest', withSysctl('kernel.msgmax')).map((v) => v.detail),
      ['kernel.msgmax'],
    );
  });

  it('Windows HostProcess containers are never allowed', () => {
    assert.deepEqual(codes('baseline', 'v1.0', pod({ securityContext: { windowsOptions: { hostProcess: true } } })), [
      'pod-security-host-process',
    ]);
  });

  it('probe and lifecycle hosts from v1.34', () => {
    const probe = pod({ containers: [good('a', {}, { livenessProbe: { httpGet: { host: '10.0.0.1', port: 80 } } })] });
    assert.deepEqual(codes('baseline', 'v1.33', probe), []);
    assert.deepEqual(codes('baseline', 'v1.34', probe), ['pod-security-probe-host']);
    const hook = pod({ containers: [good('a', {}, { lifecycle: { preStop: { tcpSocket: { host: 'db', port: 5432 } } } })] });
    assert.deepEqual(
      check('baseline', 'latest', hook).map((v) => v.at.join('.')),
      ['spec.containers.0.lifecycle.preStop.tcpSocket.host'],
    );
  });

  it('restricted volume types: image and sourceless volumes allowed at every version', () => {
    const volumes = [
      { name: 'a', image: { reference: 'x' } },
      { name: 'b' },
      { name: 'c', csi: { driver: 'd' } },
      { name: 'd', ephemeral: { volumeClaimTemplate: {} } },
    ];
    assert.deepEqual(codes('restricted', 'v1.0', pod({ volumes })), []);
    assert.deepEqual(codes('restricted', 'v1.0', pod({ volumes: [{ name: 'n', nfs: { server: 's', path: '/' } }] })), [
      'pod-security-volume-types',
    ]);
  });

  it('allowPrivilegeEscalation: required false from v1.8; Windows pods exempt from v1.25', () => {
    const missing = pod({ containers: [{ name: 'a', image: 'x', securityContext: { capabilities: { drop: ['ALL'] } } }] });
    assert.deepEqual(codes('restricted', 'v1.7', missing), []);
    const [found] = check('restricted', 'v1.8', missing);
    assert.equal(found?.reason, 'allowPrivilegeEscalation != false');
    assert.equal(found?.missing, true);
    const windows = { ...missing, spec: { ...missing.spec, os: { name: 'windows' } } };
    assert.deepEqual(codes('restricted', 'v1.24', windows), ['pod-security-privilege-escalation']);
    assert.deepEqual(codes('restricted', 'v1.25', windows), []);
  });

  it('runAsNonRoot: pod or every container true, none false; pods in their own user namespace exempt from v1.35', () => {
    assert.deepEqual(codes('restricted', 'latest', pod({ containers: [good('a', { runAsNonRoot: false })] })), [
      'pod-security-run-as-non-root',
    ]);
    const perContainer = pod({
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      containers: [good('a', { runAsNonRoot: true }), good('b')],
    });
    assert.deepEqual(
      check('restricted', 'latest', perContainer).map((v) => v.detail),
      ['pod or container "b" must set securityContext.runAsNonRoot=true'],
    );
    const userNs = pod({ hostUsers: false, securityContext: { seccompProfile: { type: 'RuntimeDefault' } } });
    assert.deepEqual(codes('restricted', 'v1.34', userNs), ['pod-security-run-as-non-root']);
    assert.deepEqual(codes('restricted', 'v1.35', userNs), []);
  });

  it('runAsUser 0 refused from v1.23; pods in their own user namespace exempt from v1.35', () => {
    const root = pod({ containers: [good('a', { runAsUser: 0 })] });
    assert.deepEqual(codes('restricted', 'v1.22', root), []);
    assert.deepEqual(codes('restricted', 'v1.23', root), ['pod-security-run-as-user']);
    const userNs = { ...root, spec: { ...root.spec, hostUsers: false } };
    assert.deepEqual(codes('restricted', 'v1.34', userNs), ['pod-security-run-as-user']);
    assert.deepEqual(codes('restricted', 'v1.35', userNs), []);
    assert.deepEqual(codes('restricted', 'latest', pod({ containers: [good('a', { runAsUser: 1000 })] })), []);
  });

  it('values of the wrong type count as unset, as the API server would refuse them first', () => {
    assert.deepEqual(codes('baseline', 'latest', pod({ hostNetwork: 'true', containers: [good('a', { privileged: 'yes' })] })), []);
  });
});

describe('Pod Security policy labels and versions', () => {
  it('reads versions as admission does, newer ones as the newest revision', () => {
    assert.deepEqual(parsePolicyVersion('latest'), { minor: 37, latest: true });
    assert.deepEqual(parsePolicyVersion('v1.25'), { minor: 25, latest: false });
    assert.deepEqual(parsePolicyVersion('v1.99'), { minor: 37, latest: false });
    for (const bad of ['1.25', 'v1.025', 'v2.0', 'v1.x', '']) assert.equal(parsePolicyVersion(bad), undefined, bad);
  });

  it('resolves the labels of a namespace, failing closed for enforce and open for warn and audit', () => {
    const p = 'pod-security.kubernetes.io/';
    const policies = policiesOfLabels({ [`${p}enforce`]: 'baseline', [`${p}enforce-version`]: 'v1.24', [`${p}warn`]: 'restricted' });
    assert.deepEqual(policies.enforce, { level: 'baseline', version: { minor: 24, latest: false } });
    assert.deepEqual(policies.warn, { level: 'restricted', version: { minor: 37, latest: true } });
    assert.equal(policies.audit, undefined);
    const invalid = policiesOfLabels({ [`${p}enforce`]: 'strict', [`${p}warn`]: 'strict', [`${p}audit-version`]: 'v1.25' });
    assert.equal(invalid.enforce?.level, 'restricted');
    assert.equal(invalid.warn?.level, 'privileged');
    assert.equal(invalid.audit, undefined);
    assert.equal(policiesOfLabels({ [`${p}enforce`]: 'restricted', [`${p}enforce-version`]: 'next' }).enforce?.version.latest, true);
  });
});
