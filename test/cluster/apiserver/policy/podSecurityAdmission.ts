// Pod Security admission from the Namespace's `pod-security.kubernetes.io/*` labels, judged by the
// language server's own checks (server/src/service/validation/podSecurity), so the verdict the
// editor predicts and the one this server gives come from one table. A pod the enforce level
// refuses gets admission's 403 (`pods "x" is forbidden: violates PodSecurity "restricted:latest":
// …`, no causes, as the real plugin answers); the warn level, and both levels on a workload's pod
// template, become `would violate PodSecurity …` warnings.
import { evaluatePod } from '../../../../server/src/service/validation/podSecurity/evaluate';
import { policiesOfLabels, policyName, type LevelVersion } from '../../../../server/src/service/validation/podSecurity/policy';
import type { Violation } from '../../../../server/src/service/validation/podSecurity/checks/check';
import { deepEqual, isObj, meta, type Obj } from '../objects';
import { ApiError, status } from '../status';

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

/** The pod template of a workload kind, as admission finds it. */
function templateOf(kind: string, obj: Obj): Obj | undefined {
  const spec = isObj(obj.spec) ? obj.spec : undefined;
  if (!spec) return undefined;
  if (kind === 'CronJob') {
    const job = isObj(spec.jobTemplate) && isObj(spec.jobTemplate.spec) ? spec.jobTemplate.spec : undefined;
    return job && isObj(job.template) ? job.template : undefined;
  }
  if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController'].includes(kind)) {
    return isObj(spec.template) ? spec.template : undefined;
  }
  return undefined;
}

function judge(pod: Obj, policy: LevelVersion | undefined): string | undefined {
  if (!policy) return undefined;
  const violations = evaluatePod({ metadata: pod.metadata, spec: pod.spec }, policy);
  return violations.length > 0 ? `PodSecurity "${policyName(policy)}": ${verdictText(violations)}` : undefined;
}

/**
 * Warnings for the object; throws admission's 403 when the enforce level refuses a pod.
 * `namespaceLabels` are the labels of the object's namespace; `live` is the stored object (updates).
 */
export function admitPodSecurity(kind: string, obj: Obj, live: Obj | undefined, namespaceLabels: Readonly<Record<string, string>>): string[] {
  const policies = policiesOfLabels(namespaceLabels);
  if (kind === 'Pod') {
    // Updates that leave the pod spec alone (labels, annotations) are not judged again.
    if (live && deepEqual(live.spec, obj.spec)) return [];
    const enforced = judge(obj, policies.enforce);
    if (enforced) {
      throw new ApiError(status(403, 'Forbidden', `pods "${meta(obj).name ?? ''}" is forbidden: violates ${enforced}`, { name: meta(obj).name ?? '', kind: 'pods' }));
    }
    const warned = judge(obj, policies.warn);
    return warned ? [`would violate ${warned}`] : [];
  }
  const template = templateOf(kind, obj);
  if (!template) return [];
  const liveTemplate = live ? templateOf(kind, live) : undefined;
  if (liveTemplate && deepEqual(liveTemplate, template)) return [];
  const warnings = new Set<string>();
  for (const policy of [policies.enforce, policies.warn]) {
    const verdict = judge(template, policy);
    if (verdict) warnings.add(`would violate ${verdict}`);
  }
  return [...warnings];
}
