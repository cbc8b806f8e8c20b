// A stand-in for the parts of ClusterApi that the explorer and log sessions use (watch, logs,
// followLogs): it records each call and lets the test play the server's side, event by event.
import type { ClusterApi, KubeObject, LogOptions, WatchHandle, WatchHandler, WatchOptions } from '../../client/src/cluster';
import { ClusterError, type ClusterErrorKind } from '../../client/src/cluster';

export class FakeWatch implements WatchHandle {
  stopped = false;
  readonly done: Promise<void>;
  private resolveDone!: () => void;

  constructor(
    readonly kind: string,
    readonly handler: WatchHandler,
    readonly options: WatchOptions & { namespace?: string },
  ) {
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
  }

  stop(): void {
    this.stopped = true;
    this.resolveDone();
  }
}

export class FakeLogStream {
  readonly ended: Promise<void>;
  private finish!: (error?: Error) => void;
  closed = false;

  constructor(
    readonly pod: string,
    readonly options: LogOptions & { namespace?: string },
    private readonly onText: (text: string) => void,
  ) {
    this.ended = new Promise<void>((resolve, reject) => {
      this.finish = (error) => {
        this.closed = true;
        if (error === undefined) resolve();
        else reject(error);
      };
    });
    options.signal?.addEventListener('abort', () => this.end(), { once: true });
  }

  write(text: string): void {
    if (this.closed) throw new Error('write after the stream ended');
    this.onText(text);
  }

  end(): void {
    if (!this.closed) this.finish();
  }

  fail(error: Error): void {
    if (!this.closed) this.finish(error);
  }
}

export function clusterError(kind: ClusterErrorKind, message = `${kind} error`): ClusterError {
  return new ClusterError({ kind, message, target: { context: 'fake', server: 'https://fake' } });
}

type FakeApi = Pick<ClusterApi, 'watch' | 'logs' | 'followLogs'>;

export class FakeClusterApi implements FakeApi {
  readonly watches: FakeWatch[] = [];
  readonly streams: FakeLogStream[] = [];
  readonly reads: { pod: string; options: Omit<LogOptions, 'follow'> & { namespace?: string } }[] = [];
  /** What logs() answers; a thrown value makes it reject. */
  readLog: (pod: string, options: Omit<LogOptions, 'follow'> & { namespace?: string }) => string = () => '';
  /** When set, watch() rejects with it (e.g. discovery failed). */
  watchFailure: Error | undefined;

  watch(
    _apiVersion: string,
    kind: string,
    handler: WatchHandler,
    options: WatchOptions & { namespace?: string } = {},
  ): Promise<WatchHandle> {
    if (this.watchFailure !== undefined) {
      const failure = this.watchFailure;
      this.watchFailure = undefined;
      return Promise.reject(failure);
    }
    const watch = new FakeWatch(kind, handler, options);
    this.watches.push(watch);
    return Promise.resolve(watch);
  }

  logs(pod: string, options: Omit<LogOptions, 'follow'> & { namespace?: string } = {}): Promise<string> {
    this.reads.push({ pod, options });
    try {
      return Promise.resolve(this.readLog(pod, options));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  followLogs(pod: string, onText: (text: string) => void, options: LogOptions & { namespace?: string } = {}): Promise<void> {
    const stream = new FakeLogStream(pod, options, onText);
    this.streams.push(stream);
    return stream.ended;
  }

  get lastWatch(): FakeWatch {
    const watch = this.watches.at(-1);
    if (!watch) throw new Error('no watch was started');
    return watch;
  }

  get lastStream(): FakeLogStream {
    const stream = this.streams.at(-1);
    if (!stream) throw new Error('no log stream was opened');
    return stream;
  }

  /** Streams still open. */
  get openStreams(): FakeLogStream[] {
    return this.streams.filter((s) => !s.closed);
  }
}

/** Lets promise callbacks (then/catch chains) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export function podObject(
  name: string,
  extra: {
    uid?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    namespace?: string;
    status?: object;
    spec?: object;
    deletionTimestamp?: string;
  } = {},
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: extra.namespace ?? 'default',
      uid: extra.uid ?? `uid-${name}`,
      resourceVersion: extra.resourceVersion ?? '1',
      creationTimestamp: '2025-03-10T11:55:00Z',
      ...(extra.labels ? { labels: extra.labels } : {}),
      ...(extra.deletionTimestamp ? { deletionTimestamp: extra.deletionTimestamp } : {}),
    },
    spec: extra.spec ?? { containers: [{ name: 'app', image: 'nginx' }] },
    status: extra.status ?? {
      phase: 'Running',
      containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: { running: {} } }],
    },
  };
}
