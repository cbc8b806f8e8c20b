// The live objects of one kind (pods of a namespace, or a context's namespaces), kept like an
// informer: list, then watch from the list's resourceVersion (the cluster layer resumes a dropped
// stream and relists after 410 Gone). When the connection fails, the store drops its objects
// rather than show stale ones, says when it will retry, and reconnects with exponential backoff.
// Changes reach listeners in batches, one per frame. No VS Code here: unit tests drive it with a
// fake API and clock.
import type { ClusterApi, KubeObject, WatchHandle } from '../../cluster/index';
import { ClusterError } from '../../cluster/errors';
import { Backoff, type BackoffOptions } from './backoff';
import { systemClock, type Clock } from './clock';
import { FrameBatcher } from './frameBatcher';

export type ConnectionState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'connecting' }
  | { readonly kind: 'live' }
  /** The watch failed; the store retries at `retryAt` (epoch ms), `delayMs` after the failure. */
  | {
      readonly kind: 'disconnected';
      readonly error: ClusterError;
      readonly retryAt: number;
      readonly delayMs: number;
      readonly attempt: number;
    }
  /** A failure retrying cannot fix (401, 403, ...): only a user refresh tries again. */
  | { readonly kind: 'failed'; readonly error: ClusterError };

export interface StoreChange {
  /** Names of the objects added, modified or removed in this batch. */
  readonly names: ReadonlySet<string>;
  /** Whether objects were added or removed, so the list itself (not only rows) changed. */
  readonly membership: boolean;
  /** Whether the connection state changed. */
  readonly state: boolean;
}

/** The part of ClusterApi the store needs. */
export type WatchApi = Pick<ClusterApi, 'watch'>;

/** What to watch: a kind, in one namespace or (cluster-scoped kinds) everywhere. */
export interface WatchedResource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
}

/** The least a stored object has. */
export interface StoredObject {
  readonly metadata: { readonly name?: string };
}

export interface StoreOptions {
  readonly clock?: Clock;
  readonly frameMs?: number;
  readonly backoff?: BackoffOptions;
}

export abstract class ObjectStore<T extends StoredObject> {
  private readonly items = new Map<string, T>();
  private current: ConnectionState = { kind: 'idle' };
  private handle: WatchHandle | undefined;
  /** Bumped on every (re)connect and stop, so callbacks of an abandoned watch are ignored. */
  private generation = 0;
  private cancelRetry: (() => void) | undefined;
  private readonly backoff: Backoff;
  private readonly clock: Clock;
  private readonly batcher: FrameBatcher<string>;
  private membership = false;
  private stateChanged = false;
  private readonly listeners = new Set<(change: StoreChange) => void>();

  constructor(
    private readonly api: WatchApi,
    readonly resource: WatchedResource,
    options: StoreOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.backoff = new Backoff(options.backoff);
    this.batcher = new FrameBatcher(this.clock, options.frameMs ?? 100, (names) => this.deliver(names));
  }

  /** The watched kind's object as its type (core/kube/kinds.ts). */
  protected abstract read(object: KubeObject): T;

  get state(): ConnectionState {
    return this.current;
  }

  /** The objects by name; empty unless the store is live. */
  get objects(): ReadonlyMap<string, T> {
    return this.items;
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts watching (no-op when already started). */
  start(): void {
    if (this.current.kind === 'idle') this.connect();
  }

  /** Reconnects now, forgetting earlier failures (the user's refresh). */
  refresh(): void {
    this.backoff.reset();
    this.connect();
  }

  stop(): void {
    this.abandon();
    this.clear();
    this.setState({ kind: 'idle' });
    this.batcher.flush();
  }

  dispose(): void {
    this.abandon();
    this.batcher.dispose();
    this.listeners.clear();
  }

  private abandon(): void {
    this.generation++;
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    this.handle?.stop();
    this.handle = undefined;
  }

  private connect(): void {
    this.abandon();
    const generation = this.generation;
    const live = (): boolean => generation === this.generation;
    this.setState({ kind: 'connecting' });
    const { apiVersion, kind, namespace } = this.resource;
    this.api
      .watch(
        apiVersion,
        kind,
        {
          onList: (objects) => {
            if (live()) this.replaceAll(objects);
          },
          onEvent: (type, object) => {
            if (!live()) return;
            if (type === 'DELETED') this.remove(object);
            else this.upsert(object);
          },
          onError: (error, willRetry) => {
            if (live()) this.fail(error, willRetry);
          },
        },
        namespace !== undefined ? { namespace } : {},
      )
      .then(
        (handle) => {
          if (live()) this.handle = handle;
          else handle.stop();
        },
        (error: unknown) => {
          if (!live()) return;
          const clusterError =
            error instanceof ClusterError ? error : new ClusterError({ kind: 'unreachable', message: String(error), cause: error });
          this.fail(clusterError, retryable(clusterError));
        },
      );
  }

  private fail(error: ClusterError, willRetry: boolean): void {
    // The cluster layer would retry on its own at a fixed pace; the store takes over to back off.
    this.abandon();
    this.clear();
    if (!willRetry) {
      this.setState({ kind: 'failed', error });
      return;
    }
    const delay = this.backoff.next();
    this.setState({ kind: 'disconnected', error, retryAt: this.clock.now() + delay, delayMs: delay, attempt: this.backoff.attempts });
    this.cancelRetry = this.clock.setTimer(() => {
      this.cancelRetry = undefined;
      this.connect();
    }, delay);
  }

  private replaceAll(objects: readonly KubeObject[]): void {
    const seen = new Set<string>();
    for (const object of objects) {
      const name = object.metadata?.name;
      if (name === undefined) continue;
      seen.add(name);
      this.upsert(object);
    }
    for (const name of [...this.items.keys()]) {
      if (!seen.has(name)) this.removeName(name);
    }
    this.backoff.reset();
    if (this.current.kind !== 'live') {
      this.setState({ kind: 'live' });
      // A reconnect that lists an empty namespace still has to redraw the row.
      this.membership = true;
    }
  }

  private upsert(object: KubeObject): void {
    const name = object.metadata?.name;
    if (name === undefined) return;
    const before = this.items.get(name);
    // A relist repeats every pod; only those whose resourceVersion moved are news.
    const version = object.metadata?.resourceVersion;
    if (before !== undefined && version !== undefined && resourceVersionOf(before) === version) return;
    if (before === undefined) this.membership = true;
    this.items.set(name, this.read(object));
    this.batcher.add(name);
  }

  private remove(object: KubeObject): void {
    const name = object.metadata?.name;
    if (name !== undefined) this.removeName(name);
  }

  private removeName(name: string): void {
    if (!this.items.delete(name)) return;
    this.membership = true;
    this.batcher.add(name);
  }

  private clear(): void {
    for (const name of [...this.items.keys()]) this.removeName(name);
  }

  private setState(state: ConnectionState): void {
    this.current = state;
    this.stateChanged = true;
    this.batcher.touch();
  }

  private deliver(names: ReadonlySet<string>): void {
    const change: StoreChange = { names, membership: this.membership, state: this.stateChanged };
    this.membership = false;
    this.stateChanged = false;
    for (const listener of this.listeners) listener(change);
  }
}

function resourceVersionOf(object: StoredObject): string | undefined {
  return (object.metadata as { resourceVersion?: string }).resourceVersion;
}

/** Errors thrown before a watch starts (discovery, credentials): only a network or server problem may pass by itself. */
function retryable(error: ClusterError): boolean {
  return error.kind === 'unreachable' || error.kind === 'server';
}
