// One container of a log session: the run it is attached to, its stream, and how that stream's
// text becomes log lines. A followed stream carries timestamps (so a new stream can resume where
// the last one stopped); they are cut off again unless the reader asked for them. Across a
// reconnect the unfinished last line is held back (the server sends it whole again), a resumed
// stream's repeats are skipped, and the gap is marked just before the first new line.
import { LineSplitter } from './lineSplitter';
import { compareLogTimes, splitTimestamp, type StampedLine } from './logTimestamp';
import { ResumeCursor } from './resumeCursor';

export class FollowedContainer {
  readonly cursor = new ResumeCursor();
  /** The restart count of the run attached to; -1 before the first attach. */
  attached = -1;
  /** The runtime's id of that run, when the kubelet reported one. */
  containerID: string | undefined;
  streaming = false;
  abort: AbortController | undefined;
  /** When the current stream was opened (scheduler time). */
  openedAt = 0;
  /** How the run's first stream was asked for: the reader's tail, or the whole (later) run. */
  runRequest: 'tail' | 'whole' = 'tail';
  /** Failed reconnect attempts in a row, and why the last one failed. */
  failures = 0;
  lastError: unknown;
  /** Cancels the reconnect waiting for its time. */
  cancelRetry: (() => void) | undefined;
  private readonly splitter = new LineSplitter();
  private held: string | undefined;
  private gapNote: string | undefined;

  constructor(
    readonly name: string,
    /** What a shown line looks like (the session's `[container]` prefix). */
    private readonly decorate: (line: string) => string,
    /** Cut off the timestamps the server was asked for on the reader's behalf. */
    private readonly stripTimestamps: boolean,
  ) {}

  /** Whether a reconnect is waiting or under way (its gap not yet marked). */
  get reconnecting(): boolean {
    return this.cancelRetry !== undefined || this.gapNote !== undefined;
  }

  /** The log lines a chunk of the stream completes: only new ones, the gap's note first. */
  take(text: string): string[] {
    const out: string[] = [];
    for (const raw of this.splitter.push(text)) {
      const stamped = splitTimestamp(raw);
      if (!this.cursor.admit(stamped?.time)) continue;
      this.releaseHeld(stamped, out);
      if (this.gapNote !== undefined) out.push(this.gapNote);
      this.gapNote = undefined;
      // New output: whatever was failing works again.
      this.failures = 0;
      this.lastError = undefined;
      out.push(this.show(raw, stamped));
    }
    return out;
  }

  /** A new stream will resume this one: mark the gap (once) and skip what was shown. */
  resume(note: string): void {
    this.gapNote ??= note;
    this.cursor.resume();
  }

  /** The stream ended and another will resume it: keep its unfinished line until it is sent whole. */
  hold(): string[] {
    const rest = this.splitter.flush();
    if (rest === undefined) return [];
    const stamped = splitTimestamp(rest);
    // A piece of a line already shown (a repeat cut short) is not kept.
    if (!this.cursor.isNew(stamped?.time)) return [];
    const out: string[] = [];
    this.releaseHeld(stamped, out);
    this.held = rest;
    return out;
  }

  /** No stream will resume this one: its unfinished line as it is, and no gap to mark. */
  release(): string[] {
    const out: string[] = [];
    const rest = this.splitter.flush();
    const stamped = rest === undefined ? undefined : splitTimestamp(rest);
    if (rest === undefined || !this.cursor.admit(stamped?.time)) {
      this.releaseHeld(undefined, out);
    } else {
      this.releaseHeld(stamped, out);
      out.push(this.show(rest, stamped));
    }
    this.gapNote = undefined;
    return out;
  }

  /** Shows the held unfinished line unless `next` is that line sent whole (same timestamp). */
  private releaseHeld(next: StampedLine | undefined, out: string[]): void {
    const held = this.held;
    if (held === undefined) return;
    this.held = undefined;
    const heldStamp = splitTimestamp(held);
    // Unstamped, it is a piece of a timestamp (cut mid-stamp): whatever follows replaces it.
    const resent = next !== undefined && (heldStamp === undefined || compareLogTimes(heldStamp.time, next.time) === 0);
    if (!resent) out.push(this.show(held, heldStamp));
  }

  private show(raw: string, stamped: StampedLine | undefined): string {
    return this.decorate(this.stripTimestamps && stamped !== undefined ? stamped.text : raw);
  }
}
