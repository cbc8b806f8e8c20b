// A fake cluster for port-forward tests: pods in a map, a watch that reports changes, and each pod
// backed by a real TCP server on 127.0.0.1 that answers `POD:` + what it received, so a test can
// tell which pod served a connection.
import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { ClusterError, type KubeObject, type WatchHandler } from '../../../../../client/src/cluster';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';
import type { ForwardCluster } from '../../../../../client/src/models/portForward/forwardCluster';
import { selectorMatches } from '../../../../../client/src/core/kube/labelSelector';

let uids = 0;

export function readyPod(name: string, labels: Record<string, string>): Pod {
  return {
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${++uids}`,
      labels,
      creationTimestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, uids)).toISOString(),
    },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
  };
}

interface Watcher {
  readonly handler: WatchHandler;
  readonly matches: (pod: Pod) => boolean;
  stopped: boolean;
}

export class FakeCluster implements ForwardCluster {
  readonly context = 'fake';
  private readonly pods = new Map<string, Pod>();
  private readonly backends = new Map<string, Server>();
  private readonly watchers: Watcher[] = [];
  private readonly sockets = new Set<Socket>();
  /** Pods each tunnel went to, in order. */
  readonly tunnels: string[] = [];

  async addPod(pod: Pod): Promise<void> {
    const name = pod.metadata.name ?? '';
    const server = createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      socket.on('data', (chunk: Buffer) => socket.write(`${name}:${chunk.toString()}`));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    this.backends.get(name)?.close();
    this.backends.set(name, server);
    this.pods.set(name, pod);
    this.notify('ADDED', pod);
  }

  deletePod(name: string): void {
    const pod = this.pods.get(name);
    if (!pod) return;
    this.pods.delete(name);
    this.backends.get(name)?.close();
    this.backends.delete(name);
    this.notify('DELETED', pod);
  }

  close(): void {
    for (const server of this.backends.values()) server.close();
    for (const socket of this.sockets) socket.destroy();
  }

  get activeWatches(): number {
    return this.watchers.filter((w) => !w.stopped).length;
  }

  private notify(type: 'ADDED' | 'DELETED', pod: Pod): void {
    for (const w of this.watchers) if (!w.stopped && w.matches(pod)) w.handler.onEvent(type, pod);
  }

  getPod(_namespace: string, name: string): Promise<Pod> {
    const pod = this.pods.get(name);
    return pod ? Promise.resolve(pod) : Promise.reject(new ClusterError({ kind: 'not-found', message: `pods "${name}" not found` }));
  }

  getOwner(): Promise<KubeObject> {
    return Promise.reject(new ClusterError({ kind: 'not-found', message: 'no owners here' }));
  }

  watchPods(
    _namespace: string,
    selectors: { labelSelector?: string; fieldSelector?: string },
    handler: WatchHandler,
  ): Promise<{ stop(): void; done: Promise<void> }> {
    const matches = (pod: Pod): boolean => {
      if (selectors.fieldSelector) return selectors.fieldSelector === `metadata.name=${pod.metadata.name ?? ''}`;
      const matchLabels = Object.fromEntries(
        (selectors.labelSelector ?? '')
          .split(',')
          .filter(Boolean)
          .map((t) => t.split('=') as [string, string]),
      );
      return selectorMatches({ matchLabels }, pod.metadata.labels);
    };
    const watcher: Watcher = { handler, matches, stopped: false };
    this.watchers.push(watcher);
    handler.onList([...this.pods.values()].filter(matches));
    return Promise.resolve({ stop: () => (watcher.stopped = true), done: Promise.resolve() });
  }

  async tunnel(_namespace: string, pod: string, _remotePort: number, socket: Duplex): Promise<void> {
    const backend = this.backends.get(pod);
    const address = backend?.address();
    if (!backend || typeof address !== 'object' || !address)
      throw new ClusterError({ kind: 'bad-request', message: 'unable to upgrade connection: pod does not exist' });
    this.tunnels.push(pod);
    const upstream: Socket = connect(address.port, '127.0.0.1');
    await once(upstream, 'connect');
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
    socket.pipe(upstream);
    upstream.pipe(socket);
  }
}

/** Sends `text` on a new connection to the local port and resolves with the first answer. */
export async function ask(port: number, text: string): Promise<{ answer: string; socket: Socket }> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write(text);
  const [chunk] = (await once(socket, 'data')) as [Buffer];
  return { answer: chunk.toString(), socket };
}
