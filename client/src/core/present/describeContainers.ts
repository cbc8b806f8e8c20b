// The Containers / Init Containers sections of `kubectl describe`: identity, ports, command,
// state and last state, resources, probes in kubectl's one-line form, environment and mounts.

import { formatTime, type DescribeOptions, type DescribeWriter } from './describeText';
import type { Container, ContainerState, ContainerStatus, Pod, Probe, ResourceList } from '../kube/kubeTypes';

function protocol(p: { protocol?: string }): string {
  return p.protocol ?? 'TCP';
}

function writePorts(w: DescribeWriter, container: Container): void {
  const ports = container.ports ?? [];
  const portText = ports.map((p) => `${p.containerPort}/${protocol(p)}`).join(', ');
  const hostText = ports.map((p) => `${p.hostPort ?? 0}/${protocol(p)}`).join(', ');
  w.write(2, ports.length > 1 ? `Ports:\t${portText}\n` : `Port:\t${portText || '<none>'}\n`);
  w.write(2, ports.length > 1 ? `Host Ports:\t${hostText}\n` : `Host Port:\t${hostText || '<none>'}\n`);
}

function writeLinesOf(w: DescribeWriter, title: string, values: string[] | undefined): void {
  if (values === undefined || values.length === 0) return;
  w.write(2, `${title}:\n`);
  for (const value of values) for (const line of value.split('\n')) w.write(3, `${line}\n`);
}

function writeState(w: DescribeWriter, title: string, state: ContainerState | undefined, options: DescribeOptions): void {
  if (state?.running !== undefined) {
    w.write(2, `${title}:\tRunning\n`);
    w.write(3, `Started:\t${formatTime(state.running.startedAt, options)}\n`);
  } else if (state?.terminated !== undefined) {
    const t = state.terminated;
    w.write(2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode}\n`);
    if (t.signal) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${formatTime(t.startedAt, options)}\n`);
    w.write(3, `Finished:\t${formatTime(t.finishedAt, options)}\n`);
  } else {
    w.write(2, `${title}:\tWaiting\n`);
    if (state?.waiting?.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
  }
}

function writeResources(w: DescribeWriter, title: string, list: ResourceList | undefined): void {
  const names = Object.keys(list ?? {}).sort();
  if (names.length === 0) return;
  w.write(2, `${title}:\n`);
  for (const name of names) w.write(3, `${name}:\t${String(list?.[name] ?? '')}\n`);
}

/** A probe on one line: `http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function probeText(probe: Probe): string {
  // Unset fields read as the API server's defaults, so a manifest and a live pod print alike.
  const attrs = `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 1}s period=${probe.periodSeconds ?? 10}s #success=${probe.successThreshold ?? 1} #failure=${probe.failureThreshold ?? 3}`;
  if (probe.exec !== undefined) return `exec [${(probe.exec.command ?? []).join(' ')}] ${attrs}`;
  if (probe.httpGet !== undefined) {
    const get = probe.httpGet;
    const host = get.host ?? '';
    const hostPort = host.includes(':') ? `[${host}]:${get.port}` : `${host}:${get.port}`;
    return `http-get ${(get.scheme ?? 'HTTP').toLowerCase()}://${hostPort}${get.path ?? ''} ${attrs}`;
  }
  if (probe.tcpSocket !== undefined) return `tcp-socket ${probe.tcpSocket.host ?? ''}:${probe.tcpSocket.port} ${attrs}`;
  if (probe.grpc !== undefined) return `grpc <pod>:${probe.grpc.port} ${probe.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

/** The value a downward-API field reference gives, for the fields that are plain strings of the pod. */
function fieldValue(pod: Pod, path: string): string {
  const indexed = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (indexed) return (indexed[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[indexed[2] ?? ''] ?? '';
  const values: Record<string, string | undefined> = {
    'metadata.name': pod.metadata.name,
    'metadata.namespace': pod.metadata.namespace,
    'metadata.uid': pod.metadata.uid,
    'spec.nodeName': pod.spec?.nodeName,
    'spec.serviceAccountName': pod.spec?.serviceAccountName,
    'status.podIP': pod.status?.podIP,
    'status.hostIP': pod.status?.hostIP,
  };
  return values[path] ?? '';
}

/** `limits.memory` → the container's limit as written; an unset cpu/memory limit means the node's allocatable. */
function resourceValue(container: Container, resource: string): string {
  const [kind, name = ''] = resource.split('.', 2);
  const list = kind === 'limits' ? container.resources?.limits : container.resources?.requests;
  const value = list?.[name];
  if (value !== undefined) return String(value);
  return kind === 'limits' && (name === 'cpu' || name === 'memory') ? 'node allocatable' : '0';
}

function writeEnvironment(w: DescribeWriter, container: Container, pod: Pod | undefined): void {
  const envFrom = container.envFrom ?? [];
  if (envFrom.length > 0) {
    w.write(2, 'Environment Variables from:\n');
    for (const source of envFrom) {
      const ref = source.configMapRef ?? source.secretRef;
      const from = source.configMapRef !== undefined ? 'ConfigMap' : 'Secret';
      const kind = source.prefix ? `${from} with prefix '${source.prefix}'` : from;
      w.write(3, `${ref?.name ?? ''}\t${kind}\tOptional: ${String(ref?.optional === true)}\n`);
    }
  }
  const env = container.env ?? [];
  w.write(2, env.length === 0 ? 'Environment:\t<none>\n' : 'Environment:\n');
  for (const e of env) {
    const from = e.valueFrom;
    if (from === undefined) {
      (e.value ?? '').split('\n').forEach((line, i) => w.write(3, i === 0 ? `${e.name}:\t${line}\n` : `\t${line}\n`));
    } else if (from.fieldRef !== undefined) {
      const value = pod === undefined ? '' : fieldValue(pod, from.fieldRef.fieldPath);
      w.write(3, `${e.name}:\t${value} (${from.fieldRef.apiVersion ?? 'v1'}:${from.fieldRef.fieldPath})\n`);
    } else if (from.resourceFieldRef !== undefined) {
      w.write(3, `${e.name}:\t${resourceValue(container, from.resourceFieldRef.resource)} (${from.resourceFieldRef.resource})\n`);
    } else if (from.secretKeyRef !== undefined) {
      const ref = from.secretKeyRef;
      w.write(3, `${e.name}:\t<set to the key '${ref.key}' in secret '${ref.name ?? ''}'>\tOptional: ${String(ref.optional === true)}\n`);
    } else if (from.configMapKeyRef !== undefined) {
      const ref = from.configMapKeyRef;
      w.write(
        3,
        `${e.name}:\t<set to the key '${ref.key}' of config map '${ref.name ?? ''}'>\tOptional: ${String(ref.optional === true)}\n`,
      );
    }
  }
}

function writeMounts(w: DescribeWriter, container: Container): void {
  const mounts = [...(container.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  w.write(2, mounts.length === 0 ? 'Mounts:\t<none>\n' : 'Mounts:\n');
  for (const m of mounts) {
    const flags = [m.readOnly === true ? 'ro' : 'rw'];
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
    w.write(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
  }
}

/**
 * Writes a containers section. `indent` is '' for a pod and '  ' inside a pod template, where
 * kubectl also shifts container names by one space.
 */
export function writeContainers(
  w: DescribeWriter,
  title: string,
  containers: Container[],
  statuses: ContainerStatus[] | undefined,
  options: DescribeOptions,
  indent = '',
  /** The pod, to resolve downward-API environment values; absent for a pod template. */
  pod?: Pod,
): void {
  w.write(0, containers.length === 0 ? `${indent}${title}:\t<none>\n` : `${indent}${title}:\n`);
  for (const container of containers) {
    const status = statuses?.find((s) => s.name === container.name);
    w.write(1, `${indent === '' ? '' : ' '}${container.name}:\n`);
    if (status !== undefined) w.write(2, `Container ID:\t${status.containerID ?? ''}\n`);
    w.write(2, `Image:\t${container.image ?? ''}\n`);
    if (status !== undefined) w.write(2, `Image ID:\t${status.imageID ?? ''}\n`);
    writePorts(w, container);
    if (container.restartPolicy) w.write(2, `Restart Policy:\t${container.restartPolicy}\n`);
    writeLinesOf(w, 'Command', container.command);
    writeLinesOf(w, 'Args', container.args);
    if (status !== undefined) {
      writeState(w, 'State', status.state, options);
      if (status.lastState?.terminated !== undefined) writeState(w, 'Last State', status.lastState, options);
      w.write(2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
      w.write(2, `Restart Count:\t${status.restartCount}\n`);
    }
    writeResources(w, 'Limits', container.resources?.limits);
    writeResources(w, 'Requests', container.resources?.requests);
    if (container.livenessProbe) w.write(2, `Liveness:\t${probeText(container.livenessProbe)}\n`);
    if (container.readinessProbe) w.write(2, `Readiness:\t${probeText(container.readinessProbe)}\n`);
    if (container.startupProbe) w.write(2, `Startup:\t${probeText(container.startupProbe)}\n`);
    writeEnvironment(w, container, pod);
    writeMounts(w, container);
  }
}
