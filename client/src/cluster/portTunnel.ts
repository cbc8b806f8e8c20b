// One forwarded connection: a local socket piped through its own WebSocket to
// pods/NAME/portforward (client-node's PortForward). Callers that run their own listener (the
// re-targeting port-forwards) open one tunnel per accepted connection, as kubectl does per stream.
import type { Duplex } from 'node:stream';
import { PassThrough } from 'node:stream';
import { clientNode, type KubeConfig } from './clientNode';
import { ClusterError, type Target } from './errors';
import type { ClosableSocket } from './exec';

export interface TunnelOptions {
  /** The pod answered on the error channel (e.g. nothing listens on the port); the socket is closed. */
  readonly onProblem?: (error: ClusterError) => void;
}

/** The ws library reports a refused upgrade only as `Unexpected server response: CODE`. */
function kindOf(detail: string): ClusterError['kind'] {
  const code = Number(/Unexpected server response: (\d+)/.exec(detail)?.[1] ?? 0);
  if (code === 401) return 'unauthorized';
  if (code === 403) return 'forbidden';
  if (code === 404) return 'not-found';
  if (code >= 400 && code < 500) return 'bad-request';
  if (code >= 500) return 'server';
  return 'unreachable';
}

/**
 * Resolves once the WebSocket is open (the pod accepted the stream); rejects when the server refuses
 * it (pod gone or not running, forbidden, unreachable). Closing either side closes the other.
 */
export async function openPortTunnel(kubeConfig: KubeConfig, target: Target, namespace: string, pod: string, remotePort: number, socket: Duplex, options: TunnelOptions = {}): Promise<void> {
  const k8s = await clientNode();
  const errors = new PassThrough();
  errors.on('data', (chunk: Buffer) => {
    options.onProblem?.(new ClusterError({ kind: 'bad-request', target, message: `Port-forward to ${pod}:${remotePort}: ${chunk.toString().trim()}` }));
    socket.destroy();
  });
  // Writes after the peer went away must not become unhandled 'error' events.
  socket.on('error', () => undefined);
  let opened: unknown;
  try {
    opened = await new k8s.PortForward(kubeConfig).portForward(namespace, pod, [remotePort], socket, errors, socket);
  } catch (error) {
    const detail = error instanceof Error ? error.message : (error as { message?: string } | undefined)?.message ?? String(error);
    throw new ClusterError({ kind: kindOf(detail), target, cause: error, message: `Port-forward to ${pod}:${remotePort} failed (context "${target.context}"): ${detail}` });
  }
  if (typeof opened === 'function') return;
  const ws = opened as ClosableSocket;
  ws.on('close', () => socket.end());
  socket.on('close', () => ws.close());
  if (socket.destroyed) ws.close();
}
