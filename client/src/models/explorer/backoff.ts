// Reconnect delays that grow after each consecutive failure (1s, 2s, 4s, ... up to a cap) and
// start over once a connection works again, so a flapping or down API server is not hammered.

export interface BackoffOptions {
  readonly initialMs?: number;
  readonly maxMs?: number;
  readonly factor?: number;
}

export class Backoff {
  private failures = 0;
  private readonly initialMs: number;
  private readonly maxMs: number;
  private readonly factor: number;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = options.initialMs ?? 1000;
    this.maxMs = options.maxMs ?? 30_000;
    this.factor = options.factor ?? 2;
  }

  /** The delay before the next attempt; each call counts one more consecutive failure. */
  next(): number {
    const delay = Math.min(this.initialMs * this.factor ** this.failures, this.maxMs);
    this.failures++;
    return delay;
  }

  /** How many failures in a row so far. */
  get attempts(): number {
    return this.failures;
  }

  reset(): void {
    this.failures = 0;
  }
}
