// The log of one run of a container, line by line with timestamps, as the container runtime keeps
// it: readers can take the tail, read from a time, or follow until the run ends.
import { EventEmitter } from 'node:events';

export interface LogLine {
  readonly time: Date;
  readonly stream: 'stdout' | 'stderr';
  /** The line including its newline (the last line of a run may lack one). */
  readonly text: string;
}

const LIMIT = 20000;

export class ContainerLog extends EventEmitter<{ line: [LogLine]; end: [] }> {
  private readonly lines: LogLine[] = [];
  private readonly partial: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  private ended = false;

  get isEnded(): boolean {
    return this.ended;
  }

  write(stream: 'stdout' | 'stderr', chunk: Buffer | string): void {
    const text = this.partial[stream] + chunk.toString();
    const parts = text.split('\n');
    this.partial[stream] = parts.pop() ?? '';
    for (const part of parts) this.push({ time: new Date(), stream, text: `${part}\n` });
  }

  /** The run is over: flush partial lines and release followers. */
  end(): void {
    if (this.ended) return;
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream] !== '') this.push({ time: new Date(), stream, text: this.partial[stream] });
      this.partial[stream] = '';
    }
    this.ended = true;
    this.emit('end');
  }

  snapshot(): readonly LogLine[] {
    return [...this.lines];
  }

  private push(line: LogLine): void {
    this.lines.push(line);
    if (this.lines.length > LIMIT) this.lines.splice(0, this.lines.length - LIMIT);
    this.emit('line', line);
  }
}

/** RFC 3339 with nanoseconds, as `kubectl logs --timestamps` prints. */
export function logTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}
