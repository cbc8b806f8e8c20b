// A clock whose timers run only when a test advances it, so timing logic (frames, backoff) is
// tested by what happens at which moment, never by waiting.
import type { Clock } from '../../client/src/models/explorer/clock';

interface Timer {
  readonly at: number;
  readonly order: number;
  readonly callback: () => void;
  cancelled: boolean;
}

export class FakeClock implements Clock {
  private time = 1_000_000;
  private timers: Timer[] = [];
  private order = 0;

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, ms: number): () => void {
    const timer: Timer = { at: this.time + ms, order: this.order++, callback, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  /** Timers not yet run or cancelled. */
  get pending(): number {
    return this.timers.filter((t) => !t.cancelled).length;
  }

  /** Milliseconds until the next timer fires, or undefined when none is set. */
  nextDelay(): number | undefined {
    const live = this.timers.filter((t) => !t.cancelled);
    if (live.length === 0) return undefined;
    return Math.min(...live.map((t) => t.at)) - this.time;
  }

  /** Moves time forward, running every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => !t.cancelled && t.at <= end).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.time = due.at;
      due.cancelled = true;
      this.timers = this.timers.filter((t) => t !== due);
      due.callback();
    }
    this.time = end;
  }
}
