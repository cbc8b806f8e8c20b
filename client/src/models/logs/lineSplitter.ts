// Log streams arrive in chunks that end anywhere, often mid-line: this keeps the unfinished tail
// of each stream until its newline arrives, so lines of two containers never mix.

export class LineSplitter {
  private partial = '';

  /** The complete lines in `chunk` (plus what was pending); the rest waits for more. */
  push(chunk: string): string[] {
    const text = this.partial + chunk;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
    }
    return lines;
  }

  /** The unfinished last line, if any (when the stream ends without a newline). */
  flush(): string | undefined {
    const rest = this.partial;
    this.partial = '';
    return rest === '' ? undefined : rest;
  }
}
