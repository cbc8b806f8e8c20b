// Decides what happens when the language server process dies: restart it, and tell the user once
// crashes repeat, instead of failing silently or nagging on the first hiccup. No vscode import, so
// the decision is testable with explicit timestamps.

export interface CrashDecision {
  /** Start the server again. */
  readonly restart: boolean;
  /** Crashes inside the window, this one included. */
  readonly crashes: number;
  /** Show a notice now (on the crash that makes it "repeated", and when giving up). */
  readonly notify: boolean;
}

export class CrashPolicy {
  private crashTimes: number[] = [];

  constructor(
    readonly windowMs = 3 * 60 * 1000,
    readonly noticeAt = 3,
    readonly giveUpAt = 5,
  ) {}

  crashed(now: number): CrashDecision {
    this.crashTimes = this.crashTimes.filter((time) => now - time < this.windowMs);
    this.crashTimes.push(now);
    const crashes = this.crashTimes.length;
    const restart = crashes < this.giveUpAt;
    return { restart, crashes, notify: !restart || crashes === this.noticeAt };
  }

  /** A restart the user asked for starts a fresh count. */
  reset(): void {
    this.crashTimes = [];
  }
}
