// The two streams an interactive exec needs. TerminalInput is the keyboard: what the user types is
// pushed in, ending it closes the container's stdin. TerminalOutput is the screen: it has `columns`
// and `rows` and emits 'resize', which is what @kubernetes/client-node looks for to send the size
// on the resize channel (4) at start and on every change, as kubectl does for a real terminal.
import { Readable, Writable } from 'node:stream';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

export const DEFAULT_SIZE: TerminalSize = { columns: 80, rows: 24 };

export class TerminalInput extends Readable {
  override _read(): void {
    // Data is pushed as the user types.
  }

  type(data: string): void {
    if (!this.readableEnded && !this.destroyed) this.push(data);
  }

  finish(): void {
    if (!this.readableEnded && !this.destroyed) this.push(null);
  }
}

export class TerminalOutput extends Writable {
  columns: number;
  rows: number;

  constructor(
    size: TerminalSize,
    private readonly onChunk: (chunk: Buffer) => void,
  ) {
    super();
    this.columns = size.columns;
    this.rows = size.rows;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.onChunk(chunk);
    callback();
  }

  resize(size: TerminalSize): void {
    if (size.columns === this.columns && size.rows === this.rows) return;
    this.columns = size.columns;
    this.rows = size.rows;
    this.emit('resize');
  }
}
