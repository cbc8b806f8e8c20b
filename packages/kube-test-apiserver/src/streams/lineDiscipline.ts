// What a terminal's line discipline does for `exec -t` on a real node, where the container process
// gets a PTY: input is cooked (Enter's CR becomes LF, typed characters are echoed, backspace
// erases, Ctrl-D at the start of a line ends input) and output LF becomes CRLF. The test node has
// no PTYs, so exec with tty=true runs through this instead.

export class LineDiscipline {
  private line = '';

  constructor(
    private readonly toProcess: (text: string) => void,
    private readonly echo: (text: string) => void,
    private readonly endOfInput: () => void,
  ) {}

  input(data: Buffer): void {
    for (const ch of data.toString('utf8')) {
      if (ch === '\r' || ch === '\n') {
        this.echo('\r\n');
        this.toProcess(`${this.line}\n`);
        this.line = '';
      } else if (ch === '\x7f' || ch === '\b') {
        if (this.line === '') continue;
        this.line = [...this.line].slice(0, -1).join('');
        this.echo('\b \b');
      } else if (ch === '\x04') {
        if (this.line === '') this.endOfInput();
        else this.toProcess(this.line);
        this.line = '';
      } else if (ch === '\x03') {
        this.echo('^C\r\n');
        this.line = '';
      } else {
        this.line += ch;
        this.echo(ch);
      }
    }
  }
}

/** Output post-processing (ONLCR). */
export function crlf(chunk: Buffer): Buffer {
  return chunk.includes(0x0a) ? Buffer.from(chunk.toString('latin1').replace(/\n/g, '\r\n'), 'latin1') : chunk;
}
