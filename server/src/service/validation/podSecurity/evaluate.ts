// Evaluates a pod against one Pod Security level and version, as the admission controller does:
// for each check the newest revision at or below the version, restricted adding its checks and
// dropping the baseline checks its revisions replace.
import { BASELINE_CHECKS } from './checks/baseline';
import type { Check, CheckRevision, Violation } from './checks/check';
import { RESTRICTED_CHECKS } from './checks/restricted';
import type { LevelVersion } from './policy';
import { podParts, type PodInput } from './podView';

export const ALL_CHECKS: readonly Check[] = [...BASELINE_CHECKS, ...RESTRICTED_CHECKS];

function revisionAt(check: Check, minor: number): CheckRevision | undefined {
  let found: CheckRevision | undefined;
  for (const revision of check.revisions) if (revision.since <= minor) found = revision;
  return found;
}

/** The revisions in force for a policy; empty for privileged. */
export function revisionsFor(policy: LevelVersion): { check: Check; revision: CheckRevision }[] {
  if (policy.level === 'privileged') return [];
  const checks = policy.level === 'restricted' ? ALL_CHECKS : BASELINE_CHECKS;
  const active = checks.flatMap((check) => {
    const revision = revisionAt(check, policy.version.minor);
    return revision ? [{ check, revision }] : [];
  });
  const overridden = new Set(active.flatMap(({ revision }) => revision.overrides ?? []));
  return active.filter(({ check }) => !overridden.has(check.id));
}

/** Every place that makes the policy refuse the pod; empty when admission allows it. */
export function evaluatePod(pod: PodInput, policy: LevelVersion): Violation[] {
  const parts = podParts(pod);
  return revisionsFor(policy).flatMap(({ revision }) => revision.run(parts));
}
