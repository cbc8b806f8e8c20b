// One log view's worth of work: read or follow the log of one container or several (each line
// prefixed `[container]`), keep the last N lines in a ring, and, while following, watch the pod:
// when a container restarts, mark it and attach to the new run; when a stream drops while its run
// goes on, mark the gap and resume it (see reconnectPolicy.ts); when the pod is deleted, say so
// and stop. No VS Code here; the extension renders `ring` into a document.
import type { ClusterApi, KubeObject } from '../../cluster/index';
import type { Pod } from '../../core/kube/kubeTypes';
import { containerInstance } from './containerInstance';
import { FollowedContainer } from './followedContainer';
import { LineRing } from './lineRing';
import { ENGLISH_LOG_MESSAGES, type LogMessages } from './logMessages';
import { logRequest, type LogRequest, type RequestKind } from './logRequest';
import { watchPod } from './podWatch';
import { classifyStreamError, reconnectPolicy, type ReconnectOptions, type ReconnectPolicy } from './reconnectPolicy';
import { asKind } from '../../core/kube/kinds';

export type LogApi = Pick<ClusterApi, 'logs' | 'followLogs' | 'watch'>;

export interface LogTarget {
  readonly namespace: string;
  readonly pod: string;
  /** One container, or several read together. */
  readonly containers: readonly string[];
}

export interface LogSessionOptions {
  readonly follow: boolean;
  /** The previous (terminated) run instead of the current one; implies no follow. */
  readonly previous?: boolean;
  readonly tailLines?: number;
  readonly sinceSeconds?: number;
  readonly timestamps?: boolean;
  /** The ring's size. */
  readonly maxLines: number;
  /** Prefix lines with `[container]`; by default when there are several containers. */
  readonly prefix?: boolean;
  /** How dropped streams are resumed (waits, attempts, the clock). */
  readonly reconnect?: ReconnectOptions;
  /** Receives every line instead of the ring (a workload's session merges its pods' lines). */
  readonly sink?: (line: string) => void;
}

/** `reading`: a one-off read or a follow in progress; `ended`: nothing more will come; `stopped`: by the user. */
export type LogSessionState = 'reading' | 'following' | 'ended' | 'stopped';

export class LogSession {
  readonly ring: LineRing;
  private trackers: FollowedContainer[] = [];
  private stopWatch: (() => void) | undefined;
  private generation = 0;
  private podUid: string | undefined;
  private lastPod: Pod | undefined;
  private terminatingNoted = false;
  private current: LogSessionState = 'reading';
  private readonly policy: ReconnectPolicy;
  private readonly appendListeners = new Set<() => void>();
  private readonly stateListeners = new Set<(state: LogSessionState) => void>();

  constructor(
    private readonly api: LogApi,
    readonly target: LogTarget,
    readonly options: LogSessionOptions,
    private readonly messages: LogMessages = ENGLISH_LOG_MESSAGES,
  ) {
    this.ring = new LineRing(options.maxLines);
    this.policy = reconnectPolicy(options.reconnect);
  }

  get state(): LogSessionState {
    return this.current;
  }

  /** Called after lines were added (possibly many times per frame: the caller batches). */
  onDidAppend(listener: () => void): () => void {
    this.appendListeners.add(listener);
    return () => this.appendListeners.delete(listener);
  }

  onDidChangeState(listener: (state: LogSessionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  start(): void {
    const generation = ++this.generation;
    const following = this.options.follow && !this.options.previous;
    const prefix = this.options.prefix ?? this.target.containers.length > 1;
    // A follow asks for timestamps to resume from; the reader sees them only if they asked.
    const strip = following && this.options.timestamps !== true;
    this.trackers = this.target.containers.map(
      (name) => new FollowedContainer(name, (line) => (prefix ? `[${name}] ${line}` : line), strip),
    );
    this.podUid = undefined;
    this.lastPod = undefined;
    this.terminatingNoted = false;
    if (following) {
      this.setState('following');
      this.startWatch();
    } else {
      this.setState('reading');
      void this.readOnce(generation);
    }
  }

  /** Stops streams and the watch, and says so in the log. */
  stop(): void {
    if (this.current === 'stopped' || this.current === 'ended') return;
    this.halt();
    this.note(this.messages.stopped());
    this.setState('stopped');
  }

  /** Starts over: an empty log, read or followed again from the tail. */
  restart(): void {
    this.halt();
    this.ring.clear();
    this.start();
    this.emitAppend();
  }

  dispose(): void {
    this.halt();
    this.appendListeners.clear();
    this.stateListeners.clear();
  }

  private halt(): void {
    this.generation++;
    this.stopWatch?.();
    this.stopWatch = undefined;
    for (const tracker of this.trackers) {
      tracker.abort?.abort();
      tracker.cancelRetry?.();
      tracker.cancelRetry = undefined;
      tracker.streaming = false;
    }
  }

  private async readOnce(generation: number): Promise<void> {
    for (const tracker of this.trackers) {
      try {
        const text = await this.api.logs(this.target.pod, { ...this.request(tracker, 'tail'), previous: this.options.previous === true });
        if (generation !== this.generation) return;
        this.push(tracker.take(text));
        this.push(tracker.release());
      } catch (error) {
        if (generation !== this.generation) return;
        this.note(this.messages.readFailed(tracker.name, messageOf(error)));
      }
    }
    if (generation === this.generation) this.setState('ended');
  }

  private request(tracker: FollowedContainer, kind: RequestKind): LogRequest {
    return logRequest(this.target.namespace, tracker.name, kind, tracker.cursor.since, {
      ...this.options,
      follow: this.current === 'following',
    });
  }

  private startWatch(): void {
    this.stopWatch = watchPod(this.api, this.target.namespace, this.target.pod, {
      update: (pod) => this.update(pod),
      gone: () => this.gone(),
      failed: (error) => {
        this.note(this.messages.watchFailed(messageOf(error)));
        this.finish();
      },
    });
  }

  private update(object: KubeObject): void {
    const pod = asKind('Pod', object);
    const uid = pod.metadata.uid;
    // The same name with another uid is a new pod: the one we followed was deleted in between.
    if (this.podUid !== undefined && uid !== undefined && uid !== this.podUid) {
      this.gone();
      return;
    }
    this.podUid ??= uid;
    this.lastPod = pod;
    if (pod.metadata.deletionTimestamp !== undefined && !this.terminatingNoted) {
      this.terminatingNoted = true;
      this.note(this.messages.podTerminating(this.target.pod));
    }
    for (const tracker of this.trackers) {
      // A reconnect waiting for a run that has since ended has nothing left to resume.
      if (tracker.cancelRetry !== undefined && !this.stillRunning(tracker)) this.settle(tracker);
      this.consider(tracker);
    }
    this.checkFinished();
  }

  /** Attaches to the container's current run when it is newer than the one already read. */
  private consider(tracker: FollowedContainer): void {
    const instance = this.lastPod ? containerInstance(this.lastPod, tracker.name) : undefined;
    if (
      instance === undefined ||
      !instance.hasRun ||
      tracker.streaming ||
      tracker.cancelRetry !== undefined ||
      instance.restartCount <= tracker.attached
    )
      return;
    const first = tracker.attached < 0;
    if (!first) {
      this.push(tracker.release());
      const unread = instance.restartCount - tracker.attached - 1;
      this.note(
        unread > 0
          ? this.messages.restartedUnread(tracker.name, instance.lastExitCode, unread)
          : this.messages.restarted(tracker.name, instance.lastExitCode),
      );
      // Lines the new run already showed (a resume that raced the restart) are not shown again.
      tracker.cursor.resume();
    }
    tracker.attached = instance.restartCount;
    tracker.containerID = instance.containerID;
    tracker.failures = 0;
    tracker.runRequest = first ? 'tail' : 'whole';
    this.attach(tracker, tracker.runRequest);
  }

  /** Whether the run the tracker attached to is still the one running. */
  private stillRunning(tracker: FollowedContainer): boolean {
    const instance = this.lastPod ? containerInstance(this.lastPod, tracker.name) : undefined;
    if (instance === undefined || !instance.running || instance.restartCount !== tracker.attached) return false;
    return tracker.containerID === undefined || instance.containerID === undefined || instance.containerID === tracker.containerID;
  }

  private attach(tracker: FollowedContainer, kind: RequestKind): void {
    const generation = this.generation;
    const abort = new AbortController();
    tracker.abort = abort;
    tracker.streaming = true;
    tracker.openedAt = this.policy.scheduler.now();
    this.api
      .followLogs(
        this.target.pod,
        (text) => {
          if (generation === this.generation) this.push(tracker.take(text));
        },
        { ...this.request(tracker, kind), signal: abort.signal },
      )
      .then(
        () => this.streamEnded(tracker, generation, undefined),
        (error: unknown) => {
          this.streamEnded(tracker, generation, error ?? new Error('the log stream failed'));
        },
      );
  }

  private streamEnded(tracker: FollowedContainer, generation: number, error: unknown): void {
    if (generation !== this.generation) return;
    tracker.streaming = false;
    tracker.abort = undefined;
    if (this.stillRunning(tracker)) {
      this.dropped(tracker, error);
      return;
    }
    if (error !== undefined) this.note(this.messages.readFailed(tracker.name, messageOf(error)));
    this.settle(tracker);
    // The watch may already know of the next run.
    this.consider(tracker);
    this.checkFinished();
  }

  /** The stream of a run that goes on ended: resume it after a wait, unless that cannot help. */
  private dropped(tracker: FollowedContainer, error: unknown): void {
    const failure = error === undefined ? 'retry' : classifyStreamError(error);
    if (failure === 'gone') {
      this.gone();
      return;
    }
    // A stream refused outright (not a reconnect) keeps its plain answer, and no retry until the next run.
    if (failure === 'fatal' && !tracker.reconnecting) {
      this.note(this.messages.readFailed(tracker.name, messageOf(error)));
      this.settle(tracker);
      return;
    }
    const scheduler = this.policy.scheduler;
    // A stream that stayed open a good while worked, whatever it brought.
    if (scheduler.now() - tracker.openedAt >= this.policy.healthyAfterMs) tracker.failures = 0;
    else if (tracker.reconnecting) tracker.failures++;
    if (error !== undefined) tracker.lastError = error;
    if (failure === 'fatal' || tracker.failures >= this.policy.maxAttempts) {
      this.giveUp(tracker);
      return;
    }
    this.push(tracker.hold());
    tracker.resume(this.messages.reconnected(tracker.name));
    const generation = this.generation;
    tracker.cancelRetry = scheduler.after(this.policy.delay(tracker.failures), () => {
      tracker.cancelRetry = undefined;
      if (generation !== this.generation) return;
      if (this.stillRunning(tracker)) {
        // With nothing shown yet there is nothing to resume from: ask as the run's first stream did.
        this.attach(tracker, tracker.cursor.since === undefined ? tracker.runRequest : 'resume');
        return;
      }
      this.settle(tracker);
      this.consider(tracker);
      this.checkFinished();
    });
  }

  private giveUp(tracker: FollowedContainer): void {
    this.push(tracker.release());
    const error = tracker.lastError;
    this.note(this.messages.reconnectFailed(tracker.name, error === undefined ? undefined : messageOf(error)));
    this.finish();
  }

  /** No stream will resume this container's: its unfinished line is shown as it is. */
  private settle(tracker: FollowedContainer): void {
    tracker.cancelRetry?.();
    tracker.cancelRetry = undefined;
    this.push(tracker.release());
  }

  /** A pod that has finished for good, with every stream drained, has nothing more to say. */
  private checkFinished(): void {
    const phase = this.lastPod?.status?.phase;
    if (this.current !== 'following' || (phase !== 'Succeeded' && phase !== 'Failed')) return;
    if (this.trackers.some((t) => t.streaming || t.cancelRetry !== undefined || this.hasUnreadRun(t))) return;
    this.note(this.messages.podFinished(this.target.pod, phase));
    this.finish();
  }

  private hasUnreadRun(tracker: FollowedContainer): boolean {
    const instance = this.lastPod ? containerInstance(this.lastPod, tracker.name) : undefined;
    return instance !== undefined && instance.hasRun && instance.restartCount > tracker.attached;
  }

  private gone(): void {
    for (const tracker of this.trackers) this.settle(tracker);
    this.note(
      this.podUid === undefined
        ? this.messages.podNotFound(this.target.pod, this.target.namespace)
        : this.messages.podDeleted(this.target.pod),
    );
    this.finish();
  }

  private finish(): void {
    this.halt();
    this.setState('ended');
  }

  private push(lines: readonly string[]): void {
    if (lines.length === 0) return;
    const sink = this.options.sink;
    if (sink) for (const line of lines) sink(line);
    else for (const line of lines) this.ring.push(line);
    this.emitAppend();
  }

  private note(line: string): void {
    if (this.options.sink) this.options.sink(line);
    else this.ring.push(line);
    this.emitAppend();
  }

  private emitAppend(): void {
    for (const listener of this.appendListeners) listener();
  }

  private setState(state: LogSessionState): void {
    if (state === this.current) return;
    this.current = state;
    for (const listener of this.stateListeners) listener(state);
  }
}

/** The API server's own words when there are some (a ClusterError's serverMessage). */
function messageOf(error: unknown): string {
  return error instanceof Error ? ((error as { serverMessage?: string }).serverMessage ?? error.message) : String(error);
}
