// Debounces validation per document: typing bursts produce one validation, not one per keystroke.

const DEFAULT_DELAY_MS = 150;

/**
 * The debounce delay: 150 ms unless PODWRIGHT_DIAGNOSTIC_DELAY_MS says otherwise. The bench sets it
 * to 0 so that edit→diagnostics measures validation work, not the debounce.
 */
export function diagnosticDelayFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PODWRIGHT_DIAGNOSTIC_DELAY_MS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_DELAY_MS;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_DELAY_MS;
}

export class DiagnosticScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly run: (uri: string) => void,
    private readonly delayMs = diagnosticDelayFromEnvironment(),
  ) {}

  schedule(uri: string, delayMs = this.delayMs): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        try {
          this.run(uri);
        } catch (error) {
          console.error(`podwright: validation of ${uri} failed: ${String(error)}`);
        }
      }, delayMs),
    );
  }

  /** Whether a validation is waiting for its turn (typed, opened, or another file changed). */
  hasPending(): boolean {
    return this.timers.size > 0;
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
