// The logs of every pod a label selector selects (a Deployment's, StatefulSet's, DaemonSet's or
// Job's, or one typed), interleaved by timestamp into one ring, each line prefixed `[pod/container]`.
// A LogSession per pod and container does the following (restarts, reconnects, the pod going
// away) and hands its lines here; a watch on the selector brings in pods that appear later
// (rollout, scale-up) with a line saying so. A container that had restarted before it joined
// shows its previous run once, first. No VS Code here.
import type { ClusterApi, KubeObject, WatchHandle } from '../../cluster/index';
import { asKind } from '../../core/kube/kinds';
import { containerInstance } from './containerInstance';
import { LineRing } from './lineRing';
import { ENGLISH_LOG_MESSAGES, type LogMessages } from './logMessages';
import { LogSession, type LogApi, type LogSessionState } from './logSession';
import { splitTimestamp } from './logTimestamp';
import { TimestampMerge } from './timestampMerge';

export type WorkloadLogApi = LogApi & Pick<ClusterApi, 'logs'>;

export interface WorkloadLogTarget {
  readonly namespace: string;
  /** kubectl's `-l` text. */
  readonly selector: string;
}

export interface WorkloadLogOptions {
  readonly maxLines: number;
  readonly tailLines?: number;
  /** Keep the timestamps in the shown lines. */
  readonly timestamps?: boolean;
  /** How long a line waits for earlier lines of slower streams (ms). */
  readonly reorderWindowMs?: number;
  /** How often held lines are released (ms). */
  readonly tickMs?: number;
  /** Lines of a previous run shown when a restarted container joins. */
  readonly previousLines?: number;
}

export interface WorkloadLogMessages extends LogMessages {
  podJoined(pod: string): string;
  previousRun(pod: string, container: string, exitCode: number | undefined): string;
  noPods(selector: string): string;
}

export const ENGLISH_WORKLOAD_MESSAGES: WorkloadLogMessages = {
  ...ENGLISH_LOG_MESSAGES,
  podJoined: (pod) => `--- pod ${pod} joined ---`,
  previousRun: (pod, container, exitCode) =>
    exitCode === undefined
      ? `--- previous run of ${pod}/${container} ---`
      : `--- previous run of ${pod}/${container} (exit code ${exitCode}) ---`,
  noPods: (selector) => `--- no pods match ${selector} yet; waiting for some ---`,
};

export class WorkloadLogSession {
  readonly ring: LineRing;
  private readonly merge: TimestampMerge;
  private readonly sessions = new Map<string, LogSession>();
  /** Pods (by uid) already taken in: a pod joins once. */
  private readonly seen = new Set<string>();
  private watch: WatchHandle | undefined;
  private ticker: NodeJS.Timeout | undefined;
  private listed = false;
  /** Bumped on every start and halt, so a watch that opens late is stopped. */
  private generation = 0;
  private current: LogSessionState = 'following';
  private readonly appendListeners = new Set<() => void>();
  private readonly stateListeners = new Set<(state: LogSessionState) => void>();

  constructor(
    private readonly api: WorkloadLogApi,
    readonly target: WorkloadLogTarget,
    readonly options: WorkloadLogOptions,
    private readonly messages: WorkloadLogMessages = ENGLISH_WORKLOAD_MESSAGES,
  ) {
    this.ring = new LineRing(options.maxLines);
    this.merge = new TimestampMerge(options.reorderWindowMs ?? 250);
  }

  get state(): LogSessionState {
    return this.current;
  }

  /** The pods whose logs are followed now. */
  get pods(): string[] {
    return [...new Set([...this.sessions.keys()].map((key) => key.split('/')[0] ?? ''))];
  }

  onDidAppend(listener: () => void): () => void {
    this.appendListeners.add(listener);
    return () => this.appendListeners.delete(listener);
  }

  onDidChangeState(listener: (state: LogSessionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  start(): void {
    this.setState('following');
    this.listed = false;
    const generation = ++this.generation;
    this.ticker = setInterval(() => this.release(Date.now()), this.options.tickMs ?? 100);
    void this.api
      .watch(
        'v1',
        'Pod',
        {
          onList: (items) => {
            if (generation !== this.generation) return;
            if (!this.listed && items.length === 0) this.hold(this.messages.noPods(this.target.selector), undefined);
            for (const item of items) this.take(item, this.listed);
            this.listed = true;
          },
          onEvent: (type, item) => {
            if (generation !== this.generation) return;
            if (type !== 'DELETED') this.take(item, true);
          },
          onError: (error, willRetry) => {
            if (willRetry || generation !== this.generation) return;
            this.hold(this.messages.watchFailed(error.message), undefined);
            this.finish('ended');
          },
        },
        { namespace: this.target.namespace, labelSelector: this.target.selector },
      )
      .then((handle) => {
        if (this.current === 'following') this.watch = handle;
        else handle.stop();
      });
  }

  stop(): void {
    if (this.current !== 'following') return;
    this.hold(this.messages.stopped(), undefined);
    this.finish('stopped');
  }

  restart(): void {
    this.halt();
    this.ring.clear();
    this.merge.flush();
    this.seen.clear();
    this.start();
    this.emitAppend();
  }

  dispose(): void {
    this.halt();
    this.appendListeners.clear();
    this.stateListeners.clear();
  }

  private take(object: KubeObject, joined: boolean): void {
    const pod = asKind('Pod', object);
    const uid = pod.metadata.uid ?? pod.metadata.name ?? '';
    const name = pod.metadata.name ?? '';
    if (this.seen.has(uid) || this.current !== 'following') return;
    this.seen.add(uid);
    if (joined) this.hold(this.messages.podJoined(name), undefined);
    for (const container of (pod.spec?.containers ?? []).map((c) => c.name)) {
      const prefix = `[${name}/${container}] `;
      const instance = containerInstance(pod, container);
      if (instance !== undefined && instance.restartCount > 0) void this.previousRun(name, container, instance.lastExitCode, prefix);
      const session = new LogSession(
        this.api,
        { namespace: this.target.namespace, pod: name, containers: [container] },
        {
          follow: true,
          timestamps: true,
          maxLines: 1,
          prefix: false,
          ...(this.options.tailLines !== undefined ? { tailLines: this.options.tailLines } : {}),
          sink: (line) => this.fromPod(prefix, line),
        },
        this.messages,
      );
      this.sessions.set(`${name}/${container}`, session);
      session.onDidChangeState((state) => {
        if (state === 'ended') this.sessions.delete(`${name}/${container}`);
      });
      session.start();
    }
  }

  /** The run before the one a joining container is in, read once. */
  private async previousRun(pod: string, container: string, exitCode: number | undefined, prefix: string): Promise<void> {
    try {
      const text = await this.api.logs(pod, {
        namespace: this.target.namespace,
        container,
        previous: true,
        timestamps: true,
        tailLines: this.options.previousLines ?? 100,
      });
      if (this.current !== 'following') return;
      const lines = text.split('\n').filter((line) => line !== '');
      const first = lines.length > 0 ? splitTimestamp(lines[0] ?? '')?.time : undefined;
      // The header sorts with the run's first line, so it leads the run in the merged view.
      this.hold(`${prefix}${this.messages.previousRun(pod, container, exitCode)}`, first);
      for (const line of lines) this.fromPod(prefix, line);
    } catch {
      // No previous run kept (the node cleaned it up): nothing to show.
    }
  }

  private fromPod(prefix: string, line: string): void {
    const stamped = splitTimestamp(line);
    if (!stamped) {
      this.hold(`${prefix}${line}`, undefined);
      return;
    }
    this.hold(this.options.timestamps ? `${prefix}${stamped.time.text} ${stamped.text}` : `${prefix}${stamped.text}`, stamped.time);
  }

  private hold(line: string, time: Parameters<TimestampMerge['add']>[1]): void {
    this.merge.add(line, time, Date.now());
  }

  private release(now: number): void {
    const lines = this.merge.drain(now);
    if (lines.length === 0) return;
    for (const line of lines) this.ring.push(line);
    this.emitAppend();
  }

  private finish(state: LogSessionState): void {
    this.halt();
    for (const line of this.merge.flush()) this.ring.push(line);
    this.emitAppend();
    this.setState(state);
  }

  private halt(): void {
    this.generation++;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    this.watch?.stop();
    this.watch = undefined;
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
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
