// Where a followed log got to, so a new stream of the same run can resume without showing a line
// twice. A resumed request asks for lines since the last shown line's timestamp; the server answers
// with every line of that second (the API server hands sinceTime to the kubelet in whole seconds),
// so lines before the last timestamp are skipped, and of the lines sharing it exactly (a burst can
// share one) only as many as were already shown.
import { compareLogTimes, type LogTime } from './logTimestamp';

export class ResumeCursor {
  private last: LogTime | undefined;
  /** Lines shown with exactly the `last` timestamp. */
  private atLast = 0;
  /** While resuming: lines stamped `last` still to skip; undefined once past the resume point. */
  private skipping: number | undefined;

  /** The timestamp to resume from (`sinceTime`), once a stamped line was shown. */
  get since(): string | undefined {
    return this.last?.text;
  }

  /** A new stream of the same log starts: skip what was already shown. */
  resume(): void {
    this.skipping = this.last === undefined ? undefined : this.atLast;
  }

  /** Whether a line stamped `time` is new (without recording it). */
  isNew(time: LogTime | undefined): boolean {
    if (time === undefined || this.skipping === undefined || this.last === undefined) return true;
    const order = compareLogTimes(time, this.last);
    return order > 0 || (order === 0 && this.skipping === 0);
  }

  /** Whether to show a line stamped `time`; records it when so. Unstamped lines cannot be told apart: shown. */
  admit(time: LogTime | undefined): boolean {
    if (time === undefined) return true;
    if (this.skipping !== undefined && this.last !== undefined) {
      const order = compareLogTimes(time, this.last);
      if (order < 0) return false;
      if (order === 0 && this.skipping > 0) {
        this.skipping--;
        return false;
      }
      this.skipping = undefined;
    }
    if (this.last !== undefined && compareLogTimes(time, this.last) === 0) this.atLast++;
    else {
      this.last = time;
      this.atLast = 1;
    }
    return true;
  }
}
