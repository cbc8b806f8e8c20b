// Pending pods the scheduler cannot place. The FailedScheduling message lists, per reason, how
// many nodes said no ("3 Insufficient memory", "1 node(s) had untolerated taint {...}"); each
// reason maps to one part of the spec: requests, nodeSelector/affinity, tolerations, volumes, ports.

import { quantityValue } from '../present/qos';
import { evidenceOf, finding, specTarget, type DiagnosisContext, type Finding } from './context';
import type { ManifestTarget } from './types';

export interface SchedulingReasons {
  nodeCount: number;
  insufficient: string[];
  selector: boolean;
  taints: string[];
  pvcUnbound: boolean;
  pvcMissing?: string;
  hostPort: boolean;
  other: string[];
}

/** Splits a FailedScheduling message into its reasons (the preemption part is ignored). */
export function parseSchedulingMessage(message: string): SchedulingReasons {
  const head = message.split(/\.?\s*preemption:/)[0] ?? message;
  const count = /^0\/(\d+) nodes are available/.exec(head);
  const body = head.replace(/^0\/\d+ nodes are available:?\s*/, '').replace(/\.\s*$/, '');
  const reasons: SchedulingReasons = {
    nodeCount: count ? Number(count[1]) : 0,
    insufficient: [],
    selector: false,
    taints: [],
    pvcUnbound: false,
    hostPort: false,
    other: [],
  };
  // Taints contain ", " only inside braces, so split outside them.
  for (const item of body
    .split(/,\s*(?![^{]*\})/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const insufficient = /Insufficient (\S+)/.exec(item);
    const taint = /(?:untolerated taint|had taints?) \{([^}]*)\}/.exec(item);
    const pvcMissing = /persistentvolumeclaim "([^"]+)" not found/.exec(item);
    if (insufficient) reasons.insufficient.push(insufficient[1] ?? '');
    else if (/didn't match (?:Pod's )?node (?:affinity\/selector|selector)|didn't match node selector/.test(item)) reasons.selector = true;
    else if (taint) reasons.taints.push((taint[1] ?? '').replace(/:\s*$/, '').replace(/: /, '='));
    else if (/unbound immediate PersistentVolumeClaims|unbound PersistentVolumeClaims/.test(item)) reasons.pvcUnbound = true;
    else if (pvcMissing) reasons.pvcMissing = pvcMissing[1];
    else if (/didn't have free ports/.test(item)) reasons.hostPort = true;
    else reasons.other.push(item);
  }
  return reasons;
}

/** The container with the largest request for a resource, and where that request is written. */
function largestRequest(
  ctx: DiagnosisContext,
  resource: string,
): { container: string; request: string; target: ManifestTarget } | undefined {
  let best: { container: string; request: string; target: ManifestTarget; value: number } | undefined;
  for (const ref of ctx.containers) {
    const resources = ref.container.resources;
    // An unset request is taken from the limit, so the limit is then the line to change.
    const field =
      resources?.requests?.[resource] !== undefined ? 'requests' : resources?.limits?.[resource] !== undefined ? 'limits' : undefined;
    if (field === undefined) continue;
    const written = resources?.[field]?.[resource];
    const value = quantityValue(written) ?? 0;
    if (best === undefined || value > best.value) {
      best = {
        container: ref.container.name,
        request: `${resource} ${String(written)}`,
        value,
        target: specTarget([ref.init ? 'initContainers' : 'containers', ref.index, 'resources', field, resource]),
      };
    }
  }
  return best === undefined ? undefined : { container: best.container, request: best.request, target: best.target };
}

/**
 * The scheduler's latest verdict. The pod's PodScheduled condition carries it; events are the
 * fallback, since an earlier attempt's event can share the newest one's timestamp (whole seconds)
 * and so look just as recent after the cause changed (a missing claim that now exists but is unbound).
 */
function schedulingMessage(ctx: DiagnosisContext): string | undefined {
  const condition = (ctx.pod.status?.conditions ?? []).find(
    (c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable',
  );
  if (condition?.message !== undefined && condition.message !== '') return condition.message;
  return ctx.eventsWithReason('FailedScheduling')[0]?.message;
}

/** Why a pending pod cannot be placed, one finding per kind of reason. */
export function diagnoseScheduling(ctx: DiagnosisContext): Finding[] {
  if (ctx.pod.status?.phase !== 'Pending' || ctx.spec.nodeName) return [];
  const message = schedulingMessage(ctx);
  if (message === undefined) return [];
  const r = parseSchedulingMessage(message);
  const evidence = evidenceOf(message);
  const findings: Finding[] = [];
  const base = { severity: 'error' as const, evidence };
  if (r.insufficient.length > 0) {
    const resources = [...new Set(r.insufficient)];
    const largest = largestRequest(ctx, resources[0] ?? 'cpu');
    const node = ctx.input.node;
    const allocatable = resources.map((res) => node?.status?.allocatable?.[res]).filter((v) => v !== undefined);
    const nodeLine =
      node !== undefined && allocatable.length > 0
        ? `${node.metadata.name ?? 'node'} allocatable: ${resources.map((res) => `${res} ${String(node.status?.allocatable?.[res] ?? '?')}`).join(', ')}`
        : undefined;
    findings.push(
      finding(
        'unschedulable-resources',
        {
          resources,
          nodeCount: r.nodeCount,
          ...(largest !== undefined ? { container: largest.container, request: largest.request } : {}),
        },
        {
          ...base,
          evidence: evidenceOf(evidence, nodeLine),
          ...(largest !== undefined
            ? { container: largest.container, target: largest.target }
            : { target: specTarget(['containers', 0, 'resources', 'requests'], true) }),
        },
      ),
    );
  }
  if (r.selector) {
    const selector = Object.entries(ctx.spec.nodeSelector ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    const target =
      ctx.spec.nodeSelector !== undefined
        ? specTarget(['nodeSelector'])
        : ctx.spec.affinity?.nodeAffinity !== undefined
          ? specTarget(['affinity', 'nodeAffinity'])
          : specTarget(['nodeSelector'], true);
    findings.push(finding('unschedulable-node-selector', { selector, nodeCount: r.nodeCount }, { ...base, target }));
  }
  if (r.taints.length > 0) {
    findings.push(
      finding(
        'unschedulable-taint',
        { taints: [...new Set(r.taints)] },
        { ...base, target: specTarget(['tolerations'], ctx.spec.tolerations === undefined) },
      ),
    );
  }
  if (r.pvcUnbound || r.pvcMissing !== undefined) {
    const volumes = ctx.spec.volumes ?? [];
    const index = volumes.findIndex(
      (v) => v.persistentVolumeClaim !== undefined && (r.pvcMissing === undefined || v.persistentVolumeClaim.claimName === r.pvcMissing),
    );
    const claim = r.pvcMissing ?? volumes[index]?.persistentVolumeClaim?.claimName;
    findings.push(
      finding(
        'unschedulable-pvc',
        { ...(claim !== undefined ? { claim } : {}), missing: r.pvcMissing !== undefined },
        {
          ...base,
          target: index >= 0 ? specTarget(['volumes', index, 'persistentVolumeClaim', 'claimName']) : specTarget(['volumes']),
        },
      ),
    );
  }
  if (r.hostPort) {
    const ref = ctx.containers.find((c) => (c.container.ports ?? []).some((p) => (p.hostPort ?? 0) > 0));
    const portIndex = ref?.container.ports?.findIndex((p) => (p.hostPort ?? 0) > 0) ?? -1;
    const port = ref?.container.ports?.[portIndex]?.hostPort;
    findings.push(
      finding('unschedulable-host-port', port !== undefined ? { port } : {}, {
        ...base,
        ...(ref !== undefined
          ? {
              container: ref.container.name,
              target: specTarget([ref.init ? 'initContainers' : 'containers', ref.index, 'ports', portIndex, 'hostPort']),
            }
          : {}),
      }),
    );
  }
  if (findings.length === 0 && r.other.length > 0) findings.push(finding('unschedulable-other', { message: r.other.join(', ') }, base));
  return findings;
}
