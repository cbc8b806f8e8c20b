// What the Pod Security admission plugin answers for a pod under a Namespace's
// `pod-security.kubernetes.io/*` labels, in its own words: `PodSecurity "restricted:latest": reason
// (detail), …`. The test API server is given this function, so the verdict the editor predicts and
// the one that server gives come from one table.
import { evaluatePod } from './evaluate';
import { policiesOfLabels, policyName } from './policy';
import type { Violation } from './checks/check';

/** Admission prints one `reason (detail)` per check; places of the same check share it. */
function verdictText(violations: readonly Violation[]): string {
  const byCheck = new Map<string, { reason: string; details: string[] }>();
  for (const v of violations) {
    const entry = byCheck.get(v.check) ?? { reason: v.reason, details: [] };
    if (!entry.details.includes(v.detail)) entry.details.push(v.detail);
    byCheck.set(v.check, entry);
  }
  return [...byCheck.values()].map((e) => `${e.reason} (${e.details.join(', ')})`).join(', ');
}

/** The verdict for `mode`'s level of the labels, or undefined when there is none or the pod meets it. */
export function admissionVerdict(
  pod: { readonly metadata?: unknown; readonly spec?: unknown },
  namespaceLabels: Readonly<Record<string, string>>,
  mode: 'enforce' | 'warn',
): string | undefined {
  const policy = policiesOfLabels(namespaceLabels)[mode];
  if (!policy) return undefined;
  const violations = evaluatePod({ metadata: pod.metadata, spec: pod.spec }, policy);
  return violations.length > 0 ? `PodSecurity "${policyName(policy)}": ${verdictText(violations)}` : undefined;
}
