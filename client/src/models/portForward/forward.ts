// One port-forward that outlives its pod: a listener on 127.0.0.1:localPort, one tunnel per
// accepted connection to the pod it currently targets, and a watch on the pods it follows. When
// the pod is deleted or replaced, new connections go to the successor (see successor.ts) on the
// same local port; while there is none, they wait (up to holdMs) instead of being refused.
import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { ClusterError, isClusterError, type KubeObject, type WatchHandle } from '../../cluster/index';
import type { Pod } from '../../core/kube/kubeTypes';
import type { ForwardCluster } from './forwardCluster';
import { selectorText } from '../../core/kube/labelSelector';
import { followedPods, isRunning, pickSuccessor, type FollowedPods } from './successor';
import { TrafficCounter, type ForwardStats } from './traffic';
import { asKind } from '../../core/kube/kinds';

export interface ForwardSpec {
  readonly context: string;
  readonly namespace: string;
  /** The pod first chosen; the forward may have moved on to a successor since. */
  readonly pod: string;
  readonly remotePort: number;
  readonly localPort: number;
  /** What to follow, when known already (a restored forward whose pod may be gone). */
  readonly followed?: FollowedPods;
}

export type ForwardState = 'starting' | 'active' | 'reconnecting' | 'stopped' | 'error';

/** Why a forward is reconnecting or failed, for the UI to put in words. */
export type ForwardIssue =
  | { readonly kind: 'pod-gone'; readonly pod: string }
  | { readonly kind: 'pod-not-running'; readonly pod: string; readonly phase: string }
  | { readonly kind: 'port-denied' | 'port-busy'; readonly port: number }
  | { readonly kind: 'failed'; readonly message: string };

export interface ForwardEvents {
  changed: [];
  retargeted: [{ from: string; to: string }];
  /** A connection failed (nothing listening on the pod's port, tunnel refused). */
  problem: [string];
}

const HOLD_MS = 30_000;

export class PortForward extends EventEmitter<ForwardEvents> {
  state: ForwardState = 'starting';
  /** Why the forward is reconnecting or failed. */
  issue: ForwardIssue | undefined;
  /** The last connection that failed, and why (cleared by nothing: it is history). */
  lastProblem: string | undefined;
  /** The pod new connections go to. */
  pod: string;
  followed: FollowedPods | undefined;
  private podUid: string | undefined;
  private server: Server | undefined;
  private watch: WatchHandle | undefined;
  private readonly pods = new Map<string, Pod>();
  private readonly traffic = new TrafficCounter();
  private readonly waiting = new Map<Socket, NodeJS.Timeout>();
  private generation = 0;

  constructor(
    readonly spec: ForwardSpec,
    private readonly cluster: ForwardCluster,
    private readonly holdMs = HOLD_MS,
  ) {
    super();
    this.pod = spec.pod;
    this.followed = spec.followed;
  }

  get stats(): ForwardStats {
    return this.traffic.stats();
  }

  get url(): string {
    return `http://127.0.0.1:${this.spec.localPort}`;
  }

  /** Binds the local port (rejects when it is busy or not allowed) and starts following the pod. */
  async start(): Promise<void> {
    const generation = ++this.generation;
    this.setState('starting', undefined);
    const server = createServer((socket) => this.accept(socket));
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port: this.spec.localPort, host: '127.0.0.1', exclusive: true }, () => resolve());
      });
    } catch (error) {
      this.setState('error', listenIssue(this.spec.localPort, error));
      throw error;
    }
    this.server = server;
    try {
      await this.follow(generation);
    } catch (error) {
      if (generation === this.generation) this.setState('error', { kind: 'failed', message: messageOf(error) });
    }
  }

  async stop(): Promise<void> {
    this.generation++;
    this.watch?.stop();
    this.watch = undefined;
    for (const [socket, timer] of this.waiting) {
      clearTimeout(timer);
      socket.destroy();
    }
    this.waiting.clear();
    this.traffic.closeAll();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    this.setState('stopped', undefined);
  }

  private async follow(generation: number): Promise<void> {
    const { namespace } = this.spec;
    let pod: Pod | undefined;
    try {
      pod = await this.cluster.getPod(namespace, this.pod);
    } catch (error) {
      if (!(isClusterError(error) && error.kind === 'not-found') || !this.followed) throw error;
    }
    if (pod) {
      this.podUid = pod.metadata.uid;
      this.followed ??= await followedPods(pod, (ref) => this.cluster.getOwner(namespace, ref));
    }
    const followed = this.followed ?? { name: this.pod };
    this.followed = followed;
    if (generation !== this.generation) return;
    const selectors = followed.selector
      ? { labelSelector: selectorText(followed.selector) }
      : { fieldSelector: `metadata.name=${followed.name}` };
    const watch = await this.cluster.watchPods(namespace, selectors, {
      onList: (items) => {
        this.pods.clear();
        for (const item of items) this.remember(item);
        this.evaluate();
      },
      onEvent: (type, object) => {
        const uid = object.metadata?.uid ?? '';
        if (type === 'DELETED') this.pods.delete(uid);
        else this.remember(object);
        this.evaluate();
      },
      onError: (error, willRetry) => {
        if (!willRetry) this.setState('error', { kind: 'failed', message: error.message });
      },
    });
    if (generation !== this.generation) watch.stop();
    else this.watch = watch;
  }

  private remember(object: KubeObject): void {
    const uid = object.metadata?.uid;
    if (uid) this.pods.set(uid, asKind('Pod', object));
  }

  /** Decides where new connections go after the pods changed. */
  private evaluate(): void {
    if (this.state === 'stopped' || this.state === 'error') return;
    const current = this.podUid !== undefined ? this.pods.get(this.podUid) : undefined;
    if (current && isRunning(current)) {
      this.setState('active', undefined);
      return;
    }
    const successor = pickSuccessor(this.followed ?? { name: this.pod }, this.pods.values(), this.podUid);
    if (successor) {
      const from = this.pod;
      this.pod = successor.metadata.name ?? from;
      this.podUid = successor.metadata.uid;
      this.emit('retargeted', { from, to: this.pod });
      this.setState('active', undefined);
    } else if (current?.status?.phase === 'Running') {
      // Terminating but still serving, and no replacement is ready yet.
      this.setState('active', undefined);
    } else {
      this.setState(
        'reconnecting',
        current
          ? { kind: 'pod-not-running', pod: this.pod, phase: current.status?.phase ?? 'Unknown' }
          : { kind: 'pod-gone', pod: this.pod },
      );
    }
  }

  private accept(socket: Socket): void {
    socket.on('error', () => undefined);
    this.traffic.open(socket);
    this.emit('changed');
    socket.once('close', () => {
      const timer = this.waiting.get(socket);
      if (timer) clearTimeout(timer);
      this.waiting.delete(socket);
      this.emit('changed');
    });
    if (this.state === 'active') void this.connect(socket, true);
    else this.hold(socket);
  }

  /** Keeps a connection until a pod can take it. */
  private hold(socket: Socket): void {
    const timer = setTimeout(() => {
      this.waiting.delete(socket);
      socket.destroy();
    }, this.holdMs);
    this.waiting.set(socket, timer);
  }

  private async connect(socket: Socket, mayWait: boolean): Promise<void> {
    const pod = this.pod;
    try {
      await this.cluster.tunnel(this.spec.namespace, pod, this.spec.remotePort, socket, (error) => this.problem(error.message));
    } catch (error) {
      // The pod may have gone between the watch event and this connection: wait for its successor.
      if (mayWait && isClusterError(error) && (error.kind === 'not-found' || error.kind === 'bad-request') && !socket.destroyed) {
        const still = await this.cluster.getPod(this.spec.namespace, pod).catch(() => undefined);
        if (!still || !isRunning(still)) {
          if (this.pod === pod && this.state === 'active')
            this.setState(
              'reconnecting',
              still ? { kind: 'pod-not-running', pod, phase: still.status?.phase ?? 'Unknown' } : { kind: 'pod-gone', pod },
            );
          if (this.state === 'active') void this.connect(socket, false);
          else this.hold(socket);
          return;
        }
      }
      this.problem(messageOf(error));
      socket.destroy();
    }
  }

  private problem(message: string): void {
    this.lastProblem = message;
    this.emit('problem', message);
    this.emit('changed');
  }

  private setState(state: ForwardState, issue: ForwardIssue | undefined): void {
    if (this.state === 'stopped' && state !== 'starting') return;
    const changed = state !== this.state || JSON.stringify(issue) !== JSON.stringify(this.issue);
    this.state = state;
    this.issue = issue;
    if (state === 'active') this.release();
    if (changed) this.emit('changed');
  }

  /** Sends the connections that waited to the pod now targeted. */
  private release(): void {
    for (const [socket, timer] of [...this.waiting]) {
      clearTimeout(timer);
      this.waiting.delete(socket);
      if (!socket.destroyed) void this.connect(socket, false);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof ClusterError || error instanceof Error ? error.message : String(error);
}

function listenIssue(port: number, error: unknown): ForwardIssue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'port-denied', port };
  if (code === 'EADDRINUSE') return { kind: 'port-busy', port };
  return { kind: 'failed', message: messageOf(error) };
}
