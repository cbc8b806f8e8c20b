// Waiting on cluster state through watches (no sleeps): resolves as soon as an object satisfies a
// condition; fails at the deadline with the last state seen, so a failure says what happened.
import type { ClusterApi, KubeObject } from '../../client/src/cluster';
import type { ClusterUnderTest } from './harness';

export async function waitForObject(
  api: ClusterApi,
  apiVersion: string,
  kind: string,
  name: string,
  condition: (obj: KubeObject) => boolean,
  options: { timeoutMs: number; what: string; namespace?: string },
): Promise<KubeObject> {
  let last: KubeObject | undefined;
  let handle: { stop(): void } | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<KubeObject>((resolve, reject) => {
      const check = (obj: KubeObject): void => {
        last = obj;
        if (condition(obj)) resolve(obj);
      };
      timer = setTimeout(() => {
        reject(
          new Error(`timed out waiting for ${kind} ${name}: ${options.what}; last seen: ${JSON.stringify(last?.status ?? last ?? null)}`),
        );
      }, options.timeoutMs);
      api
        .watch(
          apiVersion,
          kind,
          {
            onList: (items) => items.forEach(check),
            onEvent: (type, obj) => {
              if (type !== 'DELETED') check(obj);
            },
            onError: (error, willRetry) => {
              if (!willRetry) reject(error);
            },
          },
          { fieldSelector: `metadata.name=${name}`, retryDelayMs: 100, ...(options.namespace ? { namespace: options.namespace } : {}) },
        )
        .then((h) => {
          handle = h;
        }, reject);
    });
  } finally {
    if (timer) clearTimeout(timer);
    handle?.stop();
  }
}

/** Resolves when the object is gone (a DELETED event, or absent from the list). */
export async function waitForDeletion(api: ClusterApi, apiVersion: string, kind: string, name: string, timeoutMs: number): Promise<void> {
  let handle: { stop(): void } | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${kind} ${name} to be deleted`)), timeoutMs);
      api
        .watch(
          apiVersion,
          kind,
          {
            onList: (items) => {
              if (items.length === 0) resolve();
            },
            onEvent: (type) => {
              if (type === 'DELETED') resolve();
            },
          },
          { fieldSelector: `metadata.name=${name}`, retryDelayMs: 100 },
        )
        .then((h) => {
          handle = h;
        }, reject);
    });
  } finally {
    if (timer) clearTimeout(timer);
    handle?.stop();
  }
}

type Status = {
  phase?: string;
  containerStatuses?: {
    name: string;
    ready?: boolean;
    restartCount?: number;
    state?: { waiting?: { reason?: string; message?: string }; running?: unknown; terminated?: { reason?: string; exitCode?: number } };
    lastState?: { terminated?: { reason?: string; exitCode?: number } };
  }[];
};

export function podStatus(pod: KubeObject): Status {
  return pod.status ?? {};
}

export function containerStatus(pod: KubeObject, index = 0): NonNullable<Status['containerStatuses']>[number] | undefined {
  return podStatus(pod).containerStatuses?.[index];
}

export function isRunningAndReady(pod: KubeObject): boolean {
  const status = podStatus(pod);
  return status.phase === 'Running' && (status.containerStatuses ?? []).every((c) => c.ready === true);
}

/** Follows a pod's log until it contains `text`; returns the log so far. */
export async function waitForLog(
  cluster: ClusterUnderTest,
  pod: string,
  text: string,
  options: { container?: string } = {},
): Promise<string> {
  // Logs exist once the container has started (running or already finished).
  await waitForObject(
    cluster.api,
    'v1',
    'Pod',
    pod,
    (p) => {
      const statuses = podStatus(p).containerStatuses ?? [];
      const status = options.container ? statuses.find((c) => c.name === options.container) : statuses[0];
      return status?.state?.running !== undefined || status?.state?.terminated !== undefined;
    },
    { timeoutMs: cluster.patienceMs, what: 'a started container' },
  );
  const abort = new AbortController();
  let seen = '';
  const timer = setTimeout(() => abort.abort(), cluster.patienceMs);
  try {
    await cluster.api.followLogs(
      pod,
      (chunk) => {
        seen += chunk;
        if (seen.includes(text)) abort.abort();
      },
      { signal: abort.signal, ...(options.container ? { container: options.container } : {}) },
    );
  } finally {
    clearTimeout(timer);
  }
  if (!seen.includes(text)) throw new Error(`log of ${pod} never showed ${JSON.stringify(text)}; it was ${JSON.stringify(seen)}`);
  return seen;
}

/** Resolves with the first Event about `involvedName` with this reason. */
export async function waitForEvent(api: ClusterApi, involvedName: string, reason: string, timeoutMs: number): Promise<KubeObject> {
  let handle: { stop(): void } | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<KubeObject>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for a ${reason} event about ${involvedName}`)), timeoutMs);
      const check = (event: KubeObject): void => {
        if (event.reason === reason) resolve(event);
      };
      api
        .watch(
          'v1',
          'Event',
          { onList: (items) => items.forEach(check), onEvent: (_type, event) => check(event) },
          { fieldSelector: `involvedObject.name=${involvedName}`, retryDelayMs: 100 },
        )
        .then((h) => {
          handle = h;
        }, reject);
    });
  } finally {
    if (timer) clearTimeout(timer);
    handle?.stop();
  }
}
