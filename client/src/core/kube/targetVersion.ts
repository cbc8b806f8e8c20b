// The Kubernetes version to check manifests against when `podwright.kubernetesVersion` is
// `cluster`: the API server's `/version` (major/minor; `28+` as some providers write minors, or
// the gitVersion) mapped onto the versions Podwright models, clamped to the nearest one.

export interface ServerVersionFacts {
  readonly major?: string;
  readonly minor?: string;
  readonly gitVersion?: string;
}

export interface TargetVersion {
  /** What the cluster runs, as it says (`v1.31.4`), or `1.31` when it gave no gitVersion. */
  readonly cluster: string;
  /** `1.31`: the cluster's major.minor. */
  readonly clusterMinor: string;
  /** The modelled version used for checks: the cluster's, or the nearest one Podwright models. */
  readonly version: string;
  /** The cluster's version is outside what Podwright models, so `version` is the nearest. */
  readonly clamped: boolean;
}

function minorOf(facts: ServerVersionFacts): [number, number] | undefined {
  const major = Number.parseInt(facts.major ?? '', 10);
  const minor = Number.parseInt(facts.minor ?? '', 10);
  if (Number.isInteger(major) && Number.isInteger(minor)) return [major, minor];
  const git = /^v?(\d+)\.(\d+)/.exec(facts.gitVersion ?? '');
  return git ? [Number(git[1]), Number(git[2])] : undefined;
}

/** The target version for a cluster; undefined when its answer names no version. */
export function targetVersionOf(facts: ServerVersionFacts, supported: readonly string[]): TargetVersion | undefined {
  const parsed = minorOf(facts);
  if (!parsed || supported.length === 0) return undefined;
  const [major, minor] = parsed;
  const clusterMinor = `${major}.${minor}`;
  const cluster = facts.gitVersion && /^v?\d+\.\d+/.test(facts.gitVersion) ? facts.gitVersion : clusterMinor;
  if (supported.includes(clusterMinor)) return { cluster, clusterMinor, version: clusterMinor, clamped: false };
  const ordered = supported
    .map((v) => ({ v, n: v.split('.').map(Number) as [number, number] }))
    .sort((a, b) => a.n[0] - b.n[0] || a.n[1] - b.n[1]);
  const oldest = ordered[0];
  const newest = ordered[ordered.length - 1];
  if (!oldest || !newest) return undefined;
  const older = major < oldest.n[0] || (major === oldest.n[0] && minor < oldest.n[1]);
  return { cluster, clusterMinor, version: older ? oldest.v : newest.v, clamped: true };
}
