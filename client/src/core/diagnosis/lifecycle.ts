// Pod-level endings: an eviction by the kubelet (the node ran short of memory or disk), and a
// deletion that does not finish (finalizers, or a node that no longer answers).

import { humanDuration } from '../present/duration';
import { timeMillis } from '../kube/kubeTypes';
import { evidenceOf, finding, specTarget, type DiagnosisContext, type Finding } from './context';
import type { ManifestTarget } from './types';

const LOW_ON = /low on resource: ([\w-]+(?:\.[\w-]+)*)/;
const CONTAINER_USAGE = /Container (\S+) was using (\S+?),? request is (\S+?),/;
const POD_STORAGE_LIMIT = /Pod ephemeral local storage usage exceeds the total limit of containers/;
const EMPTY_DIR = /Usage of EmptyDir volume "([^"]+)" exceeds the limit/;
const CONTAINER_STORAGE = /Container (\S+) exceeded its local ephemeral storage limit/;

export function diagnoseEviction(ctx: DiagnosisContext): Finding[] {
  const status = ctx.pod.status;
  if (status?.reason !== 'Evicted') return [];
  const message = status.message ?? '';
  let resource = LOW_ON.exec(message)?.[1];
  const usage = CONTAINER_USAGE.exec(message);
  let containerName = usage?.[1] ?? CONTAINER_STORAGE.exec(message)?.[1];
  let target: ManifestTarget | undefined;
  const emptyDir = EMPTY_DIR.exec(message)?.[1];
  if (emptyDir !== undefined) {
    resource = 'ephemeral-storage';
    const index = (ctx.spec.volumes ?? []).findIndex((v) => v.name === emptyDir);
    if (index >= 0) target = specTarget(['volumes', index, 'emptyDir', 'sizeLimit']);
  } else if (POD_STORAGE_LIMIT.test(message) || CONTAINER_STORAGE.test(message)) {
    resource = 'ephemeral-storage';
  }
  const ref = ctx.containerNamed(containerName) ?? (ctx.containers.length === 1 ? ctx.containers[0] : undefined);
  containerName = ref?.container.name ?? containerName;
  if (target === undefined && ref !== undefined && resource !== undefined) {
    const requests = ref.container.resources?.requests;
    target = specTarget(
      [ref.init ? 'initContainers' : 'containers', ref.index, 'resources', 'requests', resource],
      requests?.[resource] === undefined,
    );
  }
  const pressure = (ctx.input.node?.status?.conditions ?? [])
    .filter((c) => /Pressure$/.test(c.type) && c.status === 'True')
    .map((c) => `${ctx.input.node?.metadata.name ?? 'node'}: ${c.type}=True${c.message ? ` (${c.message})` : ''}`);
  return [
    finding(
      'evicted',
      {
        ...(resource !== undefined ? { resource } : {}),
        ...(containerName !== undefined ? { container: containerName } : {}),
        ...(usage?.[2] !== undefined ? { usage: usage[2] } : {}),
      },
      {
        severity: 'error',
        ...(containerName !== undefined ? { container: containerName } : {}),
        evidence: evidenceOf(
          message,
          pressure,
          ctx.eventsWithReason('Evicted').map((e) => e.message ?? ''),
        ),
        ...(target !== undefined ? { target } : {}),
      },
    ),
  ];
}

/**
 * A deleted pod is due to be gone by its deletionTimestamp (deletion time + grace period). We
 * call it stuck once a further grace period has passed, so a slow but normal shutdown is not flagged.
 */
export function diagnoseTermination(ctx: DiagnosisContext): Finding[] {
  const meta = ctx.pod.metadata;
  const due = timeMillis(meta.deletionTimestamp);
  if (due === undefined) return [];
  const grace = (meta.deletionGracePeriodSeconds ?? ctx.spec.terminationGracePeriodSeconds ?? 30) * 1000;
  const overdueMs = ctx.now - due;
  if (overdueMs <= Math.max(grace, 30_000)) return [];
  const overdue = humanDuration(overdueMs + grace);
  const finalizers = meta.finalizers ?? [];
  if (finalizers.length > 0) {
    return [
      finding(
        'terminating-finalizers',
        { finalizers, overdue },
        {
          severity: 'warning',
          evidence: evidenceOf(
            `metadata.finalizers: [${finalizers.join(', ')}]`,
            `metadata.deletionTimestamp: ${String(meta.deletionTimestamp)}`,
          ),
          target: { path: ['metadata', 'finalizers'] },
        },
      ),
    ];
  }
  const node = ctx.input.node;
  const ready = node?.status?.conditions?.find((c) => c.type === 'Ready');
  const nodeName = ctx.spec.nodeName;
  return [
    finding(
      'terminating-stuck',
      {
        overdue,
        ...(nodeName ? { node: nodeName } : {}),
        ...(ready !== undefined ? { nodeReady: ready.status === 'True' } : {}),
      },
      {
        severity: 'warning',
        evidence: evidenceOf(
          `metadata.deletionTimestamp: ${String(meta.deletionTimestamp)}`,
          ready !== undefined && ready.status !== 'True'
            ? `${nodeName ?? 'node'}: Ready=${ready.status}${ready.message ? ` (${ready.message})` : ''}`
            : undefined,
          ctx.pod.status?.reason,
        ),
      },
    ),
  ];
}
