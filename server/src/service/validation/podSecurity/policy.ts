// Pod Security levels and policy versions as the admission controller reads them from a Namespace's
// `pod-security.kubernetes.io/*` labels (facts from the pod-security-admission `api` package).

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';
export type PodSecurityMode = 'enforce' | 'warn' | 'audit';

/**
 * The newest policy version any check has a revision for. Admission clamps `latest` and every newer
 * `v1.X` to it (v1.37 added the last safe sysctls).
 */
export const NEWEST_POLICY_MINOR = 37;

/** A policy version: a minor of Kubernetes 1.x; `latest` keeps its name for messages. */
export interface PolicyVersion {
  readonly minor: number;
  readonly latest: boolean;
}

export const LATEST: PolicyVersion = { minor: NEWEST_POLICY_MINOR, latest: true };

export interface LevelVersion {
  readonly level: PodSecurityLevel;
  readonly version: PolicyVersion;
}

/** `restricted:latest`, `baseline:v1.25`: how admission names a policy in its answers. */
export function policyName(policy: LevelVersion): string {
  return `${policy.level}:${policy.version.latest ? 'latest' : `v1.${policy.version.minor}`}`;
}

export function isLevel(value: string): value is PodSecurityLevel {
  return value === 'privileged' || value === 'baseline' || value === 'restricted';
}

/** `latest` or `v1.X` (admission's own pattern); undefined for anything else. */
export function parsePolicyVersion(text: string): PolicyVersion | undefined {
  if (text === 'latest') return LATEST;
  const match = /^v1\.(0|[1-9][0-9]*)$/.exec(text);
  if (!match) return undefined;
  const minor = Number(match[1]);
  // A version newer than every check revision is evaluated as the newest one.
  return { minor: Math.min(minor, NEWEST_POLICY_MINOR), latest: false };
}

export const MODES: readonly PodSecurityMode[] = ['enforce', 'warn', 'audit'];

const PREFIX = 'pod-security.kubernetes.io/';

export function isPodSecurityLabel(key: string): boolean {
  return key.startsWith(PREFIX);
}

/**
 * The policy each mode of a namespace applies, as admission resolves the labels: a mode without a
 * level label is not in force (the cluster's default is unknown here, and usually privileged); an
 * invalid enforce level means restricted, an invalid warn or audit level means privileged (admission
 * fails closed for enforce and open for the others); an invalid version means latest.
 */
export function policiesOfLabels(labels: Readonly<Record<string, string>>): Partial<Record<PodSecurityMode, LevelVersion>> {
  const out: Partial<Record<PodSecurityMode, LevelVersion>> = {};
  for (const mode of MODES) {
    const levelText = labels[`${PREFIX}${mode}`];
    if (levelText === undefined) continue;
    const level: PodSecurityLevel = isLevel(levelText) ? levelText : mode === 'enforce' ? 'restricted' : 'privileged';
    const versionText = labels[`${PREFIX}${mode}-version`];
    const version = versionText === undefined ? LATEST : (parsePolicyVersion(versionText) ?? LATEST);
    out[mode] = { level, version };
  }
  return out;
}
