// Debounces validation per document: typing bursts produce one validation, not one per keystroke.

export class DiagnosticScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly run: (uri: string) => void,
    private readonly delayMs = 150,
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

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
