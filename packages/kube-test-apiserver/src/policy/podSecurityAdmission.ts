// Pod Security admission from the Namespace's `pod-security.kubernetes.io/*` labels, judged by the
// function the server is given (the Podwright tests give it the language server's own checks, so the
// verdict the editor predicts and the one this server gives come from one table). A pod the enforce level
// refuses gets admission's 403 (`pods "x" is forbidden: violates PodSecurity "restricted:latest":
// …`, no causes, as the real plugin answers); the warn level, and both levels on a workload's pod
// template, become `would violate PodSecurity …` warnings.
import { deepEqual, isObj, meta, type Obj } from '../objects';
import { ApiError, status } from '../status';

/**
 * Judges a pod under a Namespace's Pod Security labels for one mode: the text after "violates "
 * (`PodSecurity "restricted:latest": reason (detail), …`), or undefined when allowed or unlabelled.
 * The server is given one (`TestCluster.judgePodSecurityWith`); without it, Pod Security is not enforced.
 */
export type PodSecurityJudge = (
  pod: { readonly metadata?: unknown; readonly spec?: unknown },
  namespaceLabels: Readonly<Record<string, string>>,
  mode: 'enforce' | 'warn',
) => string | undefined;

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

/**
 * Warnings for the object; throws admission's 403 when the enforce level refuses a pod.
 * `namespaceLabels` are the labels of the object's namespace; `live` is the stored object (updates).
 */
export function admitPodSecurity(
  judge: PodSecurityJudge,
  kind: string,
  obj: Obj,
  live: Obj | undefined,
  namespaceLabels: Readonly<Record<string, string>>,
): string[] {
  if (kind === 'Pod') {
    // Updates that leave the pod spec alone (labels, annotations) are not judged again.
    if (live && deepEqual(live.spec, obj.spec)) return [];
    const enforced = judge(obj, namespaceLabels, 'enforce');
    if (enforced) {
      throw new ApiError(
        status(403, 'Forbidden', `pods "${meta(obj).name ?? ''}" is forbidden: violates ${enforced}`, {
          name: meta(obj).name ?? '',
          kind: 'pods',
        }),
      );
    }
    const warned = judge(obj, namespaceLabels, 'warn');
    return warned ? [`would violate ${warned}`] : [];
  }
  const template = templateOf(kind, obj);
  if (!template) return [];
  const liveTemplate = live ? templateOf(kind, live) : undefined;
  if (liveTemplate && deepEqual(liveTemplate, template)) return [];
  const warnings = new Set<string>();
  for (const mode of ['enforce', 'warn'] as const) {
    const verdict = judge(template, namespaceLabels, mode);
    if (verdict) warnings.add(`would violate ${verdict}`);
  }
  return [...warnings];
}
