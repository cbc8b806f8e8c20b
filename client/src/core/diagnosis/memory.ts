// OOMKilled: the container went over its memory limit (or the node ran out), and the kernel
// killed it. Points at `resources.limits.memory` and proposes a higher limit.

import type { ContainerStateTerminated } from '../kube/kubeTypes';
import { containerTarget, evidenceOf, finding, messagesOf, type ContainerRef, type DiagnosisContext, type Finding } from './context';
import type { Severity } from './types';

/** Twice a memory quantity in the same unit, tidied to Gi when whole: `128Mi` → `256Mi`, `512Mi` → `1Gi`. */
export function doubledMemory(limit: string): string | undefined {
  const match = /^(\d+(?:\.\d+)?)([KMGTPE]i?|k)?$/.exec(limit.trim());
  if (!match) return undefined;
  const amount = Number(match[1]) * 2;
  const unit = match[2] ?? '';
  if (unit === 'Mi' && amount >= 1024 && amount % 1024 === 0) return `${amount / 1024}Gi`;
  if (unit === '' && amount >= 2 ** 20 && amount % 2 ** 20 === 0) return `${amount / 2 ** 20}Mi`;
  return `${Number(amount.toFixed(3))}${unit}`;
}

export function oomFinding(ctx: DiagnosisContext, ref: ContainerRef, t: ContainerStateTerminated, severity: Severity): Finding {
  const name = ref.container.name;
  const limitValue = ref.container.resources?.limits?.memory;
  const limit = limitValue === undefined ? undefined : String(limitValue);
  const suggested = limit === undefined ? undefined : doubledMemory(limit);
  const usage = ctx.input.memoryUsage?.[name];
  const params = {
    container: name,
    init: ref.init,
    ...(limit !== undefined ? { limit } : {}),
    ...(suggested !== undefined ? { suggested } : {}),
    ...(usage !== undefined ? { usage } : {}),
  };
  const target = containerTarget(ref, 'resources', 'limits', 'memory');
  if (limit === undefined) target.missing = true;
  const result = finding('oom-killed', params, {
    severity,
    container: name,
    init: ref.init,
    evidence: evidenceOf(
      `Terminated: Reason: OOMKilled, Exit Code: ${t.exitCode}`,
      t.message,
      ctx.previousLogTail(name, 5),
      messagesOf(ctx.eventsFor(name, 'BackOff'), 1),
    ),
    target,
  });
  if (limit !== undefined && suggested !== undefined) {
    result.quickFix = { kind: 'raise-memory-limit', container: name, target, current: limit, value: suggested };
  }
  return result;
}
