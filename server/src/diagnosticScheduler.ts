// When to validate: no fixed delay. A change marks its document; validation runs as soon as the
// server has nothing else to read — once every message already received has been handled — so a
// burst of changes that queued up while the server was busy is validated once, at its newest
// text, while an edit made alone is validated right after it is handled. A change supersedes the
// pending validation of its document, and documents are validated one per event loop turn, so
// changes that arrive meanwhile are taken in before the next document is checked.

/** The server's incoming messages: how many were received but not yet handled. */
export interface IncomingQueue {
  readonly waiting: number;
}

const IDLE: IncomingQueue = { waiting: 0 };

/**
 * A client that never stops sending would otherwise never get diagnostics: past this long with
 * messages always waiting, the oldest marked document is validated anyway.
 */
export const MAX_WAIT_MS = 1000;

export class DiagnosticScheduler {
  /** Documents to validate, oldest mark first. */
  private readonly marked = new Map<string, number>();
  private armed = false;

  constructor(
    private readonly run: (uri: string) => void,
    private readonly queue: IncomingQueue = IDLE,
    private readonly maxWaitMs = MAX_WAIT_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Marks `uri` for validation (again: its pending validation simply sees the newer text). */
  schedule(uri: string): void {
    if (!this.marked.has(uri)) this.marked.set(uri, this.now());
    this.arm();
  }

  /** Whether a validation is waiting for its turn (typed, opened, or another file changed). */
  hasPending(): boolean {
    return this.marked.size > 0;
  }

  cancel(uri: string): void {
    this.marked.delete(uri);
  }

  /** Documents waiting for validation (for tests and logs). */
  get pending(): readonly string[] {
    return [...this.marked.keys()];
  }

  private arm(): void {
    if (this.armed) return;
    this.armed = true;
    setImmediate(() => this.tick());
  }

  private tick(): void {
    this.armed = false;
    const first = this.marked.entries().next();
    if (first.done) return;
    const [uri, markedAt] = first.value;
    // Messages still waiting may change this document or others: handle them first.
    if (this.queue.waiting > 0 && this.now() - markedAt < this.maxWaitMs) {
      this.arm();
      return;
    }
    this.marked.delete(uri);
    try {
      this.run(uri);
    } catch (error) {
      console.error(`podwright: validation of ${uri} failed: ${String(error)}`);
    }
    if (this.marked.size > 0) this.arm();
  }
}
