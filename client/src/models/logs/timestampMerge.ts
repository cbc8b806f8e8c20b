// Interleaves the lines of many log streams by their timestamps. Streams arrive with their own
// delays, so a line is held for a short reorder window after it arrives; lines still held are
// kept in timestamp order and leave oldest first. Held lines are bounded by the window, not by
// the streams' speed: a line never waits longer than `windowMs` once it is the oldest.
import { compareLogTimes, type LogTime } from './logTimestamp';

interface Held {
  readonly time: LogTime | undefined;
  readonly arrival: number;
  readonly line: string;
}

export class TimestampMerge {
  private held: Held[] = [];
  /** Where the next drain starts looking (lines before it have left). */
  private head = 0;

  constructor(readonly windowMs: number) {}

  get size(): number {
    return this.held.length - this.head;
  }

  /**
   * Holds a line. Without a time (a marker line: pod joined, restarted, deleted) it sorts as the
   * newest stamped line seen, so it stays beside the lines it is about.
   */
  add(line: string, time: LogTime | undefined, arrival: number): void {
    const entry: Held = { time: time ?? this.newestTime(), arrival, line };
    // Mostly in order: walk back from the end to the first line not later than this one.
    let at = this.held.length;
    while (at > this.head && entry.time !== undefined) {
      const before = this.held[at - 1]?.time;
      if (before === undefined || compareLogTimes(before, entry.time) <= 0) break;
      at--;
    }
    if (at === this.held.length) this.held.push(entry);
    else this.held.splice(at, 0, entry);
  }

  /** The lines whose wait is over at `now` (arrival + window), oldest timestamp first. */
  drain(now: number): string[] {
    const out: string[] = [];
    while (this.head < this.held.length) {
      const first = this.held[this.head];
      if (first.arrival + this.windowMs > now) break;
      out.push(first.line);
      this.head++;
    }
    this.compact();
    return out;
  }

  /** Everything held, in order (when the session stops). */
  flush(): string[] {
    const out = this.held.slice(this.head).map((h) => h.line);
    this.held = [];
    this.head = 0;
    return out;
  }

  private newestTime(): LogTime | undefined {
    for (let i = this.held.length - 1; i >= this.head; i--) {
      const time = this.held[i]?.time;
      if (time !== undefined) return time;
    }
    return undefined;
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.held.length) {
      this.held = this.held.slice(this.head);
      this.head = 0;
    }
  }
}
