// Watching objects: list, then watch from the list's resourceVersion; bookmarks advance it; a
// 410 Gone (history compacted) relists; a dropped connection resumes where it left off.
import { createInterface } from 'node:readline';
import { ClusterError } from './errors';
import type { KubeObject } from '../core/kube/kubeObject';
import type { Transport } from './transport';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchHandler {
  /** The full current list: first, and again after every relist. */
  onList(items: readonly KubeObject[]): void;
  onEvent(type: WatchEventType, object: KubeObject): void;
  onBookmark?(resourceVersion: string): void;
  /** A problem; the watch keeps trying unless the error is permanent (then it stops). */
  onError?(error: ClusterError, willRetry: boolean): void;
}

export interface WatchOptions {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  /** Delay before reconnecting after a failure. */
  readonly retryDelayMs?: number;
}

export interface WatchHandle {
  stop(): void;
  /** Resolves when the watch has stopped. */
  readonly done: Promise<void>;
}

const PERMANENT: ReadonlySet<ClusterError['kind']> = new Set([
  'unauthorized',
  'forbidden',
  'not-found',
  'bad-request',
  'credentials',
  'config',
]);

interface WatchLine {
  type?: string;
  object?: KubeObject & { code?: number; message?: string };
}

export function watchObjects(transport: Transport, collectionPath: string, handler: WatchHandler, options: WatchOptions = {}): WatchHandle {
  const abort = new AbortController();
  const selectors = { labelSelector: options.labelSelector, fieldSelector: options.fieldSelector };
  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      abort.signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });

  async function list(): Promise<string> {
    const result = await transport.json<{ metadata?: { resourceVersion?: string }; items?: KubeObject[] }>({
      path: collectionPath,
      query: selectors,
      signal: abort.signal,
    });
    handler.onList(result.items ?? []);
    return result.metadata?.resourceVersion ?? '';
  }

  /** The newest resourceVersion seen, kept when a stream fails half-way so the next one resumes there. */
  let seen: string | undefined;

  /** Streams one watch request; returns the resourceVersion to resume from, or undefined to relist. */
  async function stream(resourceVersion: string): Promise<string | undefined> {
    const res = await transport.open({
      path: collectionPath,
      signal: abort.signal,
      query: { ...selectors, watch: 'true', resourceVersion, allowWatchBookmarks: 'true' },
    });
    let rv: string | undefined = resourceVersion;
    const lines = createInterface({ input: res, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const event = JSON.parse(line) as WatchLine;
      const object = event.object ?? {};
      if (event.type === 'ERROR') {
        if (object.code === 410) return undefined;
        throw new ClusterError({ kind: 'server', target: transport.target, message: `Watch failed: ${object.message ?? line}` });
      }
      rv = object.metadata?.resourceVersion ?? rv;
      seen = rv;
      if (event.type === 'BOOKMARK') handler.onBookmark?.(rv ?? '');
      else if (event.type === 'ADDED' || event.type === 'MODIFIED' || event.type === 'DELETED') handler.onEvent(event.type, object);
    }
    return rv;
  }

  async function run(): Promise<void> {
    let rv: string | undefined;
    while (!abort.signal.aborted) {
      try {
        if (rv === undefined) {
          seen = undefined;
          rv = await list();
        }
        seen = rv;
        rv = await stream(rv);
      } catch (error) {
        if (abort.signal.aborted) return;
        rv = seen;
        const clusterError =
          error instanceof ClusterError
            ? error
            : new ClusterError({ kind: 'unreachable', target: transport.target, message: String(error), cause: error });
        const retry = !PERMANENT.has(clusterError.kind);
        handler.onError?.(clusterError, retry);
        if (!retry) return;
        await pause(options.retryDelayMs ?? 1000);
      }
    }
  }

  const done = run();
  return { stop: () => abort.abort(), done };
}
