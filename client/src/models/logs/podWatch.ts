// Watching the one pod a log session follows, by name: each state of it, its disappearance (not
// listed, or deleted), and a watch that failed for good. Nothing is reported once cancelled, even
// when the watch only starts afterwards.
import type { ClusterApi, KubeObject, WatchHandle } from '../../cluster/index';

export interface PodWatchEvents {
  update(pod: KubeObject): void;
  gone(): void;
  failed(error: unknown): void;
}

/** Starts the watch; the returned function cancels it. */
export function watchPod(api: Pick<ClusterApi, 'watch'>, namespace: string, pod: string, events: PodWatchEvents): () => void {
  let live = true;
  let handle: WatchHandle | undefined;
  api
    .watch(
      'v1',
      'Pod',
      {
        onList: (items) => {
          if (!live) return;
          const found = items.find((item) => item.metadata?.name === pod);
          if (found) events.update(found);
          else events.gone();
        },
        onEvent: (type, object) => {
          if (!live || object.metadata?.name !== pod) return;
          if (type === 'DELETED') events.gone();
          else events.update(object);
        },
        onError: (error, willRetry) => {
          if (live && !willRetry) events.failed(error);
        },
      },
      { namespace, fieldSelector: `metadata.name=${pod}` },
    )
    .then(
      (started) => {
        if (live) handle = started;
        else started.stop();
      },
      (error: unknown) => {
        if (live) events.failed(error);
      },
    );
  return () => {
    live = false;
    handle?.stop();
  };
}
