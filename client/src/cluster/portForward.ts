// Port-forwarding: a local TCP listener on 127.0.0.1; each connection gets its own WebSocket to
// pods/NAME/portforward (portTunnel.ts), as kubectl's connections do.
import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import type { KubeConfig } from './clientNode';
import { ClusterError, type Target } from './errors';
import { openPortTunnel } from './portTunnel';

export interface PortForwardHandle extends EventEmitter<{ problem: [ClusterError] }> {
  readonly localPort: number;
  close(): Promise<void>;
}

class Forwarder extends EventEmitter<{ problem: [ClusterError] }> implements PortForwardHandle {
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly server: Server,
    readonly localPort: number,
  ) {
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

export async function forwardPort(
  kubeConfig: KubeConfig,
  target: Target,
  namespace: string,
  pod: string,
  remotePort: number,
  localPort = 0,
): Promise<PortForwardHandle> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(localPort, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const handle = new Forwarder(server, typeof address === 'object' && address ? address.port : localPort);
  server.on('connection', (socket: Socket) => {
    handle.track(socket);
    openPortTunnel(kubeConfig, target, namespace, pod, remotePort, socket, {
      onProblem: (problem) => handle.emit('problem', problem),
    }).catch((error: unknown) => {
      handle.emit(
        'problem',
        error instanceof ClusterError
          ? error
          : new ClusterError({
              kind: 'unreachable',
              target,
              cause: error,
              message: `Port-forward to ${pod}:${remotePort} failed (context "${target.context}"): ${String(error)}`,
            }),
      );
      socket.destroy();
    });
  });
  return handle;
}
