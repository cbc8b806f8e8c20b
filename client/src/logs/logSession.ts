// One log view's worth of work: read or follow the log of one container or several (each line
// prefixed `[container]`), keep the last N lines in a ring, and, while following, watch the pod:
// when a container restarts, mark it and attach to the new run; when the pod is deleted, say so
// and stop. No VS Code here; the extension renders `ring` into a document.
import type { ClusterApi, KubeObject, LogOptions, WatchHandle } from '../cluster/index';
import type { Pod } from '../present/kubeTypes';
import { containerInstance } from './containerInstance';
import { LineRing } from './lineRing';
import { LineSplitter } from './lineSplitter';
import { ENGLISH_LOG_MESSAGES, type LogMessages } from './logMessages';

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
}

/** `reading`: a one-off read or a follow in progress; `ended`: nothing more will come; `stopped`: by the user. */
export type LogSessionState = 'reading' | 'following' | 'ended' | 'stopped';

interface Tracker {
  readonly name: string;
  readonly splitter: LineSplitter;
  /** The restart count of the run we attached to; -1 before the first attach. */
  attached: number;
  streaming: boolean;
  abort: AbortController | undefined;
}

export class LogSession {
  readonly ring: LineRing;
  private trackers: Tracker[] = [];
  private watch: WatchHandle | undefined;
  private generation = 0;
  private podUid: string | undefined;
  private lastPod: Pod | undefined;
  private terminatingNoted = false;
  private current: LogSessionState = 'reading';
  private readonly appendListeners = new Set<() => void>();
  private readonly stateListeners = new Set<(state: LogSessionState) => void>();

  constructor(
    private readonly api: LogApi,
    readonly target: LogTarget,
    readonly options: LogSessionOptions,
    private readonly messages: LogMessages = ENGLISH_LOG_MESSAGES,
  ) {
    this.ring = new LineRing(options.maxLines);
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
    this.trackers = this.target.containers.map((name) => ({ name, splitter: new LineSplitter(), attached: -1, streaming: false, abort: undefined }));
    this.podUid = undefined;
    this.lastPod = undefined;
    this.terminatingNoted = false;
    if (this.options.follow && !this.options.previous) {
      this.setState('following');
      this.startWatch(generation);
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
    this.watch?.stop();
    this.watch = undefined;
    for (const tracker of this.trackers) {
      tracker.abort?.abort();
      tracker.streaming = false;
    }
  }

  private async readOnce(generation: number): Promise<void> {
    for (const tracker of this.trackers) {
      try {
        const text = await this.api.logs(this.target.pod, { ...this.requestOptions(tracker, true), previous: this.options.previous === true });
        if (generation !== this.generation) return;
        this.ingest(tracker, text);
        this.flushPartial(tracker);
      } catch (error) {
        if (generation !== this.generation) return;
        this.note(this.messages.readFailed(tracker.name, messageOf(error)));
      }
    }
    if (generation === this.generation) this.setState('ended');
  }

  private requestOptions(tracker: Tracker, first: boolean): Omit<LogOptions, 'follow'> & { namespace: string } {
    return {
      namespace: this.target.namespace,
      container: tracker.name,
      ...(this.options.timestamps ? { timestamps: true } : {}),
      // A later run is read whole: its lines are all new to the reader.
      ...(first && this.options.tailLines !== undefined ? { tailLines: this.options.tailLines } : {}),
      ...(first && this.options.sinceSeconds !== undefined ? { sinceSeconds: this.options.sinceSeconds } : {}),
    };
  }

  private startWatch(generation: number): void {
    const live = (): boolean => generation === this.generation;
    this.api.watch('v1', 'Pod', {
      onList: (items) => {
        if (!live()) return;
        const pod = items.find((item) => item.metadata?.name === this.target.pod);
        if (pod) this.update(pod);
        else this.gone();
      },
      onEvent: (type, object) => {
        if (!live() || object.metadata?.name !== this.target.pod) return;
        if (type === 'DELETED') this.gone();
        else this.update(object);
      },
      onError: (error, willRetry) => {
        if (!live() || willRetry) return;
        this.note(this.messages.watchFailed(messageOf(error)));
        this.finish();
      },
    }, { namespace: this.target.namespace, fieldSelector: `metadata.name=${this.target.pod}` }).then((handle) => {
      if (live()) this.watch = handle;
      else handle.stop();
    }, (error: unknown) => {
      if (!live()) return;
      this.note(this.messages.watchFailed(messageOf(error)));
      this.finish();
    });
  }

  private update(object: KubeObject): void {
    const pod = object as unknown as Pod;
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
    for (const tracker of this.trackers) this.consider(tracker);
    this.checkFinished();
  }

  /** Attaches to the container's current run when it is newer than the one already read. */
  private consider(tracker: Tracker): void {
    const instance = this.lastPod ? containerInstance(this.lastPod, tracker.name) : undefined;
    if (instance === undefined || !instance.hasRun || tracker.streaming || instance.restartCount <= tracker.attached) return;
    const first = tracker.attached < 0;
    if (!first) this.note(this.messages.restarted(tracker.name, instance.lastExitCode));
    tracker.attached = instance.restartCount;
    this.attach(tracker, first);
  }

  private attach(tracker: Tracker, first: boolean): void {
    const generation = this.generation;
    const abort = new AbortController();
    tracker.abort = abort;
    tracker.streaming = true;
    this.api.followLogs(this.target.pod, (text) => {
      if (generation === this.generation) this.ingest(tracker, text);
    }, { ...this.requestOptions(tracker, first), signal: abort.signal }).then(() => this.streamEnded(tracker, generation), (error: unknown) => {
      if (generation === this.generation) this.note(this.messages.readFailed(tracker.name, messageOf(error)));
      this.streamEnded(tracker, generation);
    });
  }

  private streamEnded(tracker: Tracker, generation: number): void {
    if (generation !== this.generation) return;
    this.flushPartial(tracker);
    tracker.streaming = false;
    tracker.abort = undefined;
    // The watch may already know of the next run.
    this.consider(tracker);
    this.checkFinished();
  }

  /** A pod that has finished for good, with every stream drained, has nothing more to say. */
  private checkFinished(): void {
    const phase = this.lastPod?.status?.phase;
    if (this.current !== 'following' || (phase !== 'Succeeded' && phase !== 'Failed')) return;
    if (this.trackers.some((t) => t.streaming || this.hasUnreadRun(t))) return;
    this.note(this.messages.podFinished(this.target.pod, phase));
    this.finish();
  }

  private hasUnreadRun(tracker: Tracker): boolean {
    const instance = this.lastPod ? containerInstance(this.lastPod, tracker.name) : undefined;
    return instance !== undefined && instance.hasRun && instance.restartCount > tracker.attached;
  }

  private gone(): void {
    for (const tracker of this.trackers) this.flushPartial(tracker);
    this.note(this.podUid === undefined ? this.messages.podNotFound(this.target.pod, this.target.namespace) : this.messages.podDeleted(this.target.pod));
    this.finish();
  }

  private finish(): void {
    this.halt();
    this.setState('ended');
  }

  private prefixed(tracker: Tracker, line: string): string {
    return this.options.prefix ?? this.target.containers.length > 1 ? `[${tracker.name}] ${line}` : line;
  }

  private ingest(tracker: Tracker, text: string): void {
    const lines = tracker.splitter.push(text);
    if (lines.length === 0) return;
    for (const line of lines) this.ring.push(this.prefixed(tracker, line));
    this.emitAppend();
  }

  private flushPartial(tracker: Tracker): void {
    const rest = tracker.splitter.flush();
    if (rest === undefined) return;
    this.ring.push(this.prefixed(tracker, rest));
    this.emitAppend();
  }

  private note(line: string): void {
    this.ring.push(line);
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
  return error instanceof Error ? (error as { serverMessage?: string }).serverMessage ?? error.message : String(error);
}
