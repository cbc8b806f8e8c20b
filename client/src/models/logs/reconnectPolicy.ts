// When a followed log stream ends while its container still runs (a network blip, an API server
// restart, a proxy's idle timeout, the kubelet closing it), the session opens a new one: after a
// growing wait, for a bounded number of failed attempts in a row, and not at all when the answer
// says that trying again cannot help. Time is injected so tests never wait on the clock.
import { ClusterError } from '../../cluster/index';

export interface Scheduler {
  /** Runs `run` after `ms`; the returned function cancels it. */
  after(ms: number, run: () => void): () => void;
  now(): number;
}

export const REAL_SCHEDULER: Scheduler = {
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
  now: () => Date.now(),
};

export interface ReconnectOptions {
  /** The wait before the first attempt; it doubles after each failed one. */
  readonly firstDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Failed attempts in a row before giving up. */
  readonly maxAttempts?: number;
  /** A stream open at least this long counted as working, even if it brought no new line. */
  readonly healthyAfterMs?: number;
  readonly scheduler?: Scheduler;
}

export interface ReconnectPolicy {
  readonly maxAttempts: number;
  readonly healthyAfterMs: number;
  readonly scheduler: Scheduler;
  /** The wait before the next attempt, after `failures` failed ones in a row. */
  delay(failures: number): number;
}

export function reconnectPolicy(options: ReconnectOptions = {}): ReconnectPolicy {
  const first = options.firstDelayMs ?? 500;
  const max = options.maxDelayMs ?? 10_000;
  return {
    maxAttempts: options.maxAttempts ?? 5,
    healthyAfterMs: options.healthyAfterMs ?? 30_000,
    scheduler: options.scheduler ?? REAL_SCHEDULER,
    delay: (failures) => Math.min(max, first * 2 ** Math.min(failures, 30)),
  };
}

/** `gone`: the pod is no more (404); `fatal`: asking again gets the same no; `retry`: worth another try. */
export type StreamFailure = 'gone' | 'fatal' | 'retry';

export function classifyStreamError(error: unknown): StreamFailure {
  if (!(error instanceof ClusterError)) return 'retry';
  switch (error.kind) {
    case 'not-found':
      return 'gone';
    case 'forbidden':
    case 'unauthorized':
    case 'credentials':
    case 'config':
    case 'invalid':
      return 'fatal';
    // A bad request can be a container between runs ("waiting to start"): the watch will tell.
    default:
      return 'retry';
  }
}
