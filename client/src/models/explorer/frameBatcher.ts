// Coalesces bursts of changes into one notification per frame: the first change of a quiet
// period opens a frame of `frameMs`; every change until it closes joins the same batch. A burst
// of 1,000 watch events therefore costs the UI one refresh, not 1,000.
import type { Clock } from './clock';

export class FrameBatcher<K> {
  private pending = new Set<K>();
  private touched = false;
  private cancel: (() => void) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly frameMs: number,
    private readonly flushTo: (batch: ReadonlySet<K>) => void,
  ) {}

  add(key: K): void {
    this.pending.add(key);
    this.touch();
  }

  /** Opens a frame without a key (for changes that are not about one item). */
  touch(): void {
    this.touched = true;
    this.cancel ??= this.clock.setTimer(() => this.flush(), this.frameMs);
  }

  /** Delivers what is pending now. */
  flush(): void {
    this.cancel?.();
    this.cancel = undefined;
    if (!this.touched) return;
    const batch = this.pending;
    this.pending = new Set();
    this.touched = false;
    this.flushTo(batch);
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  dispose(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.pending.clear();
    this.touched = false;
  }
}
