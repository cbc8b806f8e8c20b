// Watch: a chunked response with one JSON event per line. Headers go out at once; history after
// the requested resourceVersion is replayed (or 410 Gone as an ERROR event when compacted);
// bookmarks are sent when asked for; an object leaving a selector is reported as DELETED.
import type { ServerResponse } from 'node:http';
import { clone, type Obj } from '../objects';
import { groupVersion, type ResourceType } from '../resources';
import type { Matcher } from '../selectors';
import { gone } from '../status';
import type { Store, StoreEvent } from '../store';

export interface WatchRequest {
  readonly type: ResourceType;
  readonly namespace: string | undefined;
  readonly matches: Matcher;
  readonly resourceVersion: string | null;
  readonly allowBookmarks: boolean;
  readonly sendInitialEvents: boolean;
  readonly timeoutSeconds: number | undefined;
  readonly bookmarkIntervalMs: number;
  /** Server-side printing: each event's object as a one-row Table. */
  readonly render: ((obj: Obj) => unknown) | undefined;
}

function withTypeMeta(type: ResourceType, obj: Obj): Obj {
  return { apiVersion: groupVersion(type), kind: type.kind, ...obj };
}

export function serveWatch(store: Store, res: ServerResponse, request: WatchRequest, track: (stop: () => void) => () => void): void {
  const { type, namespace, matches } = request;
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  const write = (eventType: string, object: unknown): void => {
    const rendered = request.render && eventType !== 'BOOKMARK' && eventType !== 'ERROR' ? request.render(object as Obj) : object;
    if (!res.writableEnded) res.write(`${JSON.stringify({ type: eventType, object: rendered })}\n`);
  };
  const inScope = (event: StoreEvent): boolean =>
    event.resource === type.resource && (namespace === undefined || event.namespace === namespace);

  /** What a watcher with this selector sees for one store event, if anything. */
  const translate = (event: StoreEvent): [string, Obj] | undefined => {
    if (!inScope(event)) return undefined;
    const now = event.type !== 'DELETED' && matches(event.object);
    const before = event.previous !== undefined && matches(event.previous);
    if (event.type === 'ADDED') return now ? ['ADDED', event.object] : undefined;
    if (event.type === 'DELETED') return before ? ['DELETED', event.object] : undefined;
    if (now && before) return ['MODIFIED', event.object];
    if (now) return ['ADDED', event.object];
    if (before) {
      const last = clone(event.object);
      return ['DELETED', last];
    }
    return undefined;
  };

  const rv = request.resourceVersion;
  const fromNow = rv === null || rv === '' || rv === '0' || request.sendInitialEvents;
  if (fromNow) {
    for (const obj of store.list(type.resource, namespace)) if (matches(obj)) write('ADDED', withTypeMeta(type, obj));
    if (request.sendInitialEvents && request.allowBookmarks) {
      write('BOOKMARK', {
        kind: type.kind,
        apiVersion: groupVersion(type),
        metadata: { resourceVersion: String(store.resourceVersion), annotations: { 'k8s.io/initial-events-end': 'true' } },
      });
    }
  } else {
    const since = Number(rv);
    const history = Number.isFinite(since) ? store.eventsSince(since) : 'expired';
    if (history === 'expired') {
      write('ERROR', gone(`too old resource version: ${rv} (${store.compactedRevision + 1})`));
      res.end();
      return;
    }
    for (const event of history) {
      const out = translate(event);
      if (out) write(out[0], withTypeMeta(type, out[1]));
    }
  }

  const unsubscribe = store.subscribe((event) => {
    const out = translate(event);
    if (out) write(out[0], withTypeMeta(type, out[1]));
  });
  const timers: NodeJS.Timeout[] = [];
  if (request.allowBookmarks) {
    timers.push(
      setInterval(() => {
        write('BOOKMARK', {
          kind: type.kind,
          apiVersion: groupVersion(type),
          metadata: { resourceVersion: String(store.resourceVersion) },
        });
      }, request.bookmarkIntervalMs),
    );
  }
  let untrack = (): void => undefined;
  const stop = (): void => {
    untrack();
    unsubscribe();
    for (const t of timers) clearInterval(t);
    if (!res.writableEnded) res.end();
  };
  if (request.timeoutSeconds !== undefined) timers.push(setTimeout(stop, request.timeoutSeconds * 1000));
  res.on('close', stop);
  untrack = track(stop);
}
