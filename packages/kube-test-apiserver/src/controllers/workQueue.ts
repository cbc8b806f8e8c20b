// A controller's work queue: keys (namespace/name) added while the store dispatches events are
// handled once per burst, outside the dispatch, as informers feed a workqueue; keys can also come
// back after a delay (minReadySeconds, back-off, deadlines). stop() drops everything pending.

export class WorkQueue {
  private readonly keys = new Set<string>();
  /** One timer per key: the earliest requested. */
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; at: number }>();
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly handle: (key: string) => void,
  ) {}

  add(key: string): void {
    if (this.stopped) return;
    this.keys.add(key);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  addAfter(key: string, delayMs: number): void {
    if (this.stopped) return;
    const at = Date.now() + Math.max(0, delayMs);
    const existing = this.timers.get(key);
    if (existing && existing.at <= at) return;
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        this.add(key);
      },
      Math.max(0, delayMs),
    );
    // A pending deadline alone does not keep the process alive.
    timer.unref();
    this.timers.set(key, { timer, at });
  }

  stop(): void {
    this.stopped = true;
    this.keys.clear();
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private drain(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const batch = [...this.keys];
    this.keys.clear();
    for (const key of batch) {
      try {
        this.handle(key);
      } catch (error) {
        console.error(`podwright test apiserver: ${this.name} failed on ${key}:`, error);
      }
    }
  }
}

export function objectKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

export function splitKey(key: string): { namespace: string; name: string } {
  const slash = key.indexOf('/');
  return { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}
