// Failing readiness and liveness probes, from the kubelet's Unhealthy events. Compares the probe's
// port with the ports the container declares, and reads refused connections, 404s, timeouts and
// error statuses out of the event text to say which part of the probe to change.

import type { KubeEvent, Probe } from '../kube/kubeTypes';
import { containerTarget, finding, messagesOf, type ContainerRef, type DiagnosisContext, type Finding } from './context';
import type { ProbeProblem } from './messages';
import type { ManifestTarget } from './types';

type ProbeKind = 'readiness' | 'liveness';

interface ProbeFacts {
  problem: ProbeProblem;
  probePort?: string;
  containerPorts: string[];
  path?: string;
  statusCode?: string;
  target: ManifestTarget;
}

function probeHandler(probe: Probe): { field: 'httpGet' | 'tcpSocket' | 'grpc'; port: string } | undefined {
  if (probe.httpGet !== undefined) return { field: 'httpGet', port: String(probe.httpGet.port) };
  if (probe.tcpSocket !== undefined) return { field: 'tcpSocket', port: String(probe.tcpSocket.port) };
  if (probe.grpc !== undefined) return { field: 'grpc', port: String(probe.grpc.port) };
  return undefined;
}

/** Classifies the failure and picks the probe field to change. */
export function probeFacts(ref: ContainerRef, kind: ProbeKind, probe: Probe, messages: string[]): ProbeFacts {
  const probeField = kind === 'readiness' ? 'readinessProbe' : 'livenessProbe';
  const ports = ref.container.ports ?? [];
  const containerPorts = ports.map((p) => String(p.containerPort));
  const handler = probeHandler(probe);
  const text = messages.join('\n');
  const probeTarget = (...rest: (string | number)[]): ManifestTarget => containerTarget(ref, probeField, ...rest);
  const facts = (problem: ProbeProblem, target: ManifestTarget, extra: Partial<ProbeFacts> = {}): ProbeFacts => ({
    problem,
    containerPorts,
    target,
    ...(handler !== undefined ? { probePort: handler.port } : {}),
    ...extra,
  });
  if (handler !== undefined) {
    // A named port resolves through the container's ports; a missing name is a port mismatch too.
    const named = ports.find((p) => p.name === handler.port);
    const number = named !== undefined ? String(named.containerPort) : handler.port;
    const declared = /^\d+$/.test(number) ? containerPorts.includes(number) : false;
    if (ports.length > 0 && !declared) return facts('port', probeTarget(handler.field, 'port'));
  }
  const status = /statuscode: (\d+)/.exec(text)?.[1];
  if (status === '404') return facts('path', probeTarget('httpGet', 'path'), { path: probe.httpGet?.path ?? '/', statusCode: status });
  if (status !== undefined)
    return facts('status', probeTarget('httpGet', 'path'), {
      statusCode: status,
      ...(probe.httpGet?.path ? { path: probe.httpGet.path } : {}),
    });
  if (/connection refused|connection reset/.test(text))
    return facts('refused', handler !== undefined ? probeTarget(handler.field, 'port') : probeTarget());
  if (/timeout|deadline exceeded|timed out/i.test(text)) return facts('timeout', probeTarget('timeoutSeconds'));
  return facts('other', probeTarget());
}

function failures(ctx: DiagnosisContext, name: string, kind: ProbeKind): KubeEvent[] {
  const prefix = kind === 'readiness' ? 'Readiness probe failed' : 'Liveness probe failed';
  return ctx.eventsFor(name, 'Unhealthy').filter((e) => (e.message ?? '').startsWith(prefix));
}

function diagnoseProbe(ctx: DiagnosisContext, ref: ContainerRef, kind: ProbeKind): Finding | undefined {
  const probe = kind === 'readiness' ? ref.container.readinessProbe : ref.container.livenessProbe;
  const name = ref.container.name;
  if (probe === undefined) return undefined;
  const events = failures(ctx, name, kind);
  if (events.length === 0) return undefined;
  // A crashing container fails its readiness probe too; the crash is the diagnosis then.
  if (kind === 'readiness' && (ref.status?.ready === true || ref.status?.state?.running === undefined)) return undefined;
  if (kind === 'liveness' && (ref.status?.restartCount ?? 0) === 0 && ctx.eventsFor(name, 'Killing').length === 0) return undefined;
  const messages = messagesOf(events, 3);
  const facts = probeFacts(ref, kind, probe, messages);
  const killing = kind === 'liveness' ? messagesOf(ctx.eventsFor(name, 'Killing'), 1) : [];
  const params = {
    container: name,
    init: ref.init,
    problem: facts.problem,
    containerPorts: facts.containerPorts,
    ...(facts.probePort !== undefined ? { probePort: facts.probePort } : {}),
    ...(facts.path !== undefined ? { path: facts.path } : {}),
    ...(facts.statusCode !== undefined ? { statusCode: facts.statusCode } : {}),
  };
  const rest = {
    severity: kind === 'readiness' ? ('warning' as const) : ('error' as const),
    container: name,
    init: ref.init,
    evidence: [...messages, ...killing],
    target: facts.target,
  };
  return kind === 'readiness' ? finding('readiness-probe-failing', params, rest) : finding('liveness-probe-failing', params, rest);
}

/** Readiness probes that keep a running container out of service, and liveness probes that restart it. */
export function diagnoseProbes(ctx: DiagnosisContext): Finding[] {
  const findings: Finding[] = [];
  for (const ref of ctx.containers) {
    for (const kind of ['liveness', 'readiness'] as const) {
      const result = diagnoseProbe(ctx, ref, kind);
      if (result !== undefined) findings.push(result);
    }
  }
  return findings;
}
