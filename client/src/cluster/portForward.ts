// Port-forwarding: a local TCP listener on 127.0.0.1; each connection gets its own WebSocket to
// pods/NAME/portforward (client-node's PortForward), as kubectl's connections do.
import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import { clientNode, type KubeConfig } from './clientNode';
import { ClusterError, type Target } from './errors';
import type { ClosableSocket } from './exec';

export interface PortForwardHandle extends EventEmitter<{ problem: [ClusterError] }> {
  readonly localPort: number;
  close(): Promise<void>;
}

class Forwarder extends EventEmitter<{ problem: [ClusterError] }> implements PortForwardHandle {
  private readonly sockets = new Set<Socket>();

  constructor(private readonly server: Server, readonly localPort: number) {
    super();
  }

  track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export async function forwardPort(kubeConfig: KubeConfig, target: Target, namespace: string, pod: string, remotePort: number, localPort = 0): Promise<PortForwardHandle> {
  const k8s = await clientNode();
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(localPort, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const handle = new Forwarder(server, typeof address === 'object' && address ? address.port : localPort);
  server.on('connection', (socket: Socket) => {
    handle.track(socket);
    const errors = new PassThrough();
    errors.on('data', (chunk: Buffer) => {
      handle.emit('problem', new ClusterError({ kind: 'bad-request', target, message: `Port-forward to ${pod}:${remotePort}: ${chunk.toString().trim()}` }));
      socket.destroy();
    });
    const forward = new k8s.PortForward(kubeConfig);
    forward.portForward(namespace, pod, [remotePort], socket, errors, socket).then((opened) => {
      if (typeof opened === 'function') return;
      const ws = opened as unknown as ClosableSocket;
      ws.on('close', () => socket.end());
      socket.on('close', () => ws.close());
    }, (error: unknown) => {
      const detail = error instanceof Error ? error.message : (error as { message?: string } | undefined)?.message ?? String(error);
      handle.emit('problem', new ClusterError({ kind: 'unreachable', target, cause: error, message: `Port-forward to ${pod}:${remotePort} failed (context "${target.context}"): ${detail}` }));
      socket.destroy();
    });
  });
  return handle;
}
