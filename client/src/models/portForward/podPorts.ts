// The ports a pod declares (containerPorts, with names and containers) for the port-forward pick
// list, and reading what the user typed: a number or a port name, as `kubectl port-forward` takes.
// Port-forward carries TCP only, so UDP/SCTP ports are listed as such and refused when picked.
import type { Pod } from '../../core/kube/kubeTypes';

export interface PodPort {
  readonly port: number;
  readonly name?: string;
  readonly container: string;
  readonly protocol: string;
}

export function podPorts(pod: Pick<Pod, 'spec'>): PodPort[] {
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always')];
  return containers.flatMap((c) =>
    (c.ports ?? []).map((p) => {
      const port: PodPort = { port: p.containerPort, container: c.name, protocol: p.protocol ?? 'TCP' };
      return p.name ? { ...port, name: p.name } : port;
    }),
  );
}

/** A port number or a declared port name; undefined when it is neither. */
export function parseRemotePort(pod: Pick<Pod, 'spec'>, text: string): number | undefined {
  const value = text.trim();
  if (/^\d+$/.test(value)) {
    const port = Number(value);
    return port > 0 && port < 65536 ? port : undefined;
  }
  return podPorts(pod).find((p) => p.name === value)?.port;
}
