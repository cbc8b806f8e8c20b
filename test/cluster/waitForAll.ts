// Waiting on a set of objects through one watch (no sleeps): resolves with every object the
// selector matches as soon as the set satisfies a condition (e.g. "two pods of the new
// ReplicaSet, both ready, and nothing else"); fails at the deadline with the last set seen.
import type { ClusterApi, KubeObject } from '../../client/src/cluster';

export async function waitForAll(
  api: ClusterApi,
  apiVersion: string,
  kind: string,
  labelSelector: string,
  condition: (objects: KubeObject[]) => boolean,
  options: { timeoutMs: number; what: string },
): Promise<KubeObject[]> {
  const seen = new Map<string, KubeObject>();
  const snapshot = (): KubeObject[] => [...seen.values()].sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  let handle: { stop(): void } | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<KubeObject[]>((resolve, reject) => {
      const check = (): void => {
        const now = snapshot();
        if (condition(now)) resolve(now);
      };
      timer = setTimeout(() => {
        const summary = snapshot().map((o) => ({
          name: o.metadata?.name,
          deleting: o.metadata?.deletionTimestamp !== undefined,
          status: o.status,
        }));
        reject(new Error(`timed out waiting for ${kind}s ${labelSelector}: ${options.what}; last seen: ${JSON.stringify(summary)}`));
      }, options.timeoutMs);
      api
        .watch(
          apiVersion,
          kind,
          {
            onList: (items) => {
              seen.clear();
              for (const item of items) seen.set(item.metadata?.name ?? '', item);
              check();
            },
            onEvent: (type, obj) => {
              if (type === 'DELETED') seen.delete(obj.metadata?.name ?? '');
              else seen.set(obj.metadata?.name ?? '', obj);
              check();
            },
            onError: (error, willRetry) => {
              if (!willRetry) reject(error);
            },
          },
          { labelSelector, retryDelayMs: 100 },
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
