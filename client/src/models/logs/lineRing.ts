// The last N lines of a log, in a fixed-size ring: a chatty container can write for hours and
// the editor only ever holds `capacity` lines (the oldest fall off the top).

export class LineRing {
  private readonly slots: string[];
  private start = 0;
  private count = 0;
  private droppedLines = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`a log ring holds at least one line (got ${capacity})`);
    this.slots = new Array<string>(capacity);
  }

  push(line: string): void {
    if (this.count < this.capacity) {
      this.slots[(this.start + this.count) % this.capacity] = line;
      this.count++;
      return;
    }
    this.slots[this.start] = line;
    this.start = (this.start + 1) % this.capacity;
    this.droppedLines++;
  }

  get length(): number {
    return this.count;
  }

  /** How many lines fell off the top since the last clear. */
  get dropped(): number {
    return this.droppedLines;
  }

  /** Lines oldest first. */
  lines(): string[] {
    const result = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) result[i] = this.slots[(this.start + i) % this.capacity] ?? '';
    return result;
  }

  text(): string {
    return this.lines().join('\n');
  }

  clear(): void {
    this.slots.fill('');
    this.start = 0;
    this.count = 0;
    this.droppedLines = 0;
  }
}
