// One interactive shell in a container, independent of VS Code: starts the first candidate shell
// with a TTY, and when the runtime says that shell is not in the image (before it printed anything
// of its own) starts the next one, replaying what the user had already typed. Output that might be
// the runtime's startup error is held back until it is clearly not, so a fallback shows no noise.
// Ends with the shell's exit code, a connection failure, or "no shell found".
import { EventEmitter } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import type { ExecOutcome } from '../../cluster/index';
import { mayBeStartupError, shellWasMissing } from './missingShell';
import { DEFAULT_SIZE, TerminalInput, TerminalOutput, type TerminalSize } from './terminalStreams';

/** Runs one command with a TTY over the given streams; resolves when it ends. */
export type ExecRunner = (
  command: readonly string[],
  io: { stdin: TerminalInput; stdout: TerminalOutput; signal: AbortSignal },
) => Promise<ExecOutcome>;

export type SessionEnd =
  /** The shell ran and exited (exitCode -1: the connection ended without an exit status). */
  | { readonly kind: 'exited'; readonly shell: string; readonly exitCode: number; readonly message?: string }
  /** None of the candidate shells exists in the image. */
  | { readonly kind: 'no-shell'; readonly tried: readonly string[]; readonly message: string }
  /** The exec could not be opened (forbidden, container not running, unreachable). */
  | { readonly kind: 'failed'; readonly error: unknown }
  /** close() was called. */
  | { readonly kind: 'closed' };

export interface ExecSessionEvents {
  output: [string];
  /** `from` is not in the image; `to` is tried next. */
  fallback: [{ from: string; to: string }];
  /** The shell is running (it printed something, or the user typed and it answered). */
  started: [string];
  end: [SessionEnd];
}

export class ExecSession extends EventEmitter<ExecSessionEvents> {
  /** The shell now running or being tried. */
  shell: string | undefined;
  /** What the user typed while the current shell had not shown it started; replayed after a fallback. */
  private typed: string[] | undefined;
  private size: TerminalSize;
  private input: TerminalInput | undefined;
  private output: TerminalOutput | undefined;
  private readonly abort = new AbortController();
  private begun = false;
  private finished: SessionEnd | undefined;

  constructor(
    private readonly run: ExecRunner,
    private readonly shells: readonly string[],
    size: TerminalSize = DEFAULT_SIZE,
  ) {
    super();
    if (shells.length === 0) throw new Error('no shell to start');
    this.size = size;
  }

  get ended(): SessionEnd | undefined {
    return this.finished;
  }

  start(): void {
    if (this.begun) return;
    this.begun = true;
    void this.attempt(0, []).then(
      (end) => this.end(end),
      (error: unknown) => this.end({ kind: 'failed', error }),
    );
  }

  /** Keystrokes from the user. */
  write(data: string): void {
    this.typed?.push(data);
    this.input?.type(data);
  }

  resize(size: TerminalSize): void {
    if (size.columns <= 0 || size.rows <= 0) return;
    this.size = size;
    this.output?.resize(size);
  }

  close(): void {
    if (this.finished) return;
    this.end({ kind: 'closed' });
    this.input?.finish();
    this.abort.abort();
  }

  private async attempt(index: number, replay: readonly string[]): Promise<SessionEnd> {
    const shell = this.shells[index] ?? '';
    this.shell = shell;
    const decoder = new StringDecoder('utf8');
    let held = '';
    let flowing = false;
    const typed = [...replay];
    this.typed = typed;
    const show = (text: string): void => {
      if (text === '') return;
      if (flowing) {
        this.emit('output', text);
        return;
      }
      held += text;
      if (mayBeStartupError(held)) return;
      flowing = true;
      this.typed = undefined;
      this.emit('started', shell);
      this.emit('output', held);
      held = '';
    };
    const input = new TerminalInput();
    const output = new TerminalOutput(this.size, (chunk) => show(decoder.write(chunk)));
    this.input = input;
    this.output = output;
    for (const data of replay) input.type(data);
    const outcome = await this.run([shell], { stdin: input, stdout: output, signal: this.abort.signal });
    show(decoder.end());
    if (this.finished) return this.finished;
    if (!flowing && shellWasMissing(outcome, held)) {
      const next = this.shells[index + 1];
      if (next === undefined) {
        // The runtime's own words: printed (Docker) or in the status (containerd).
        return { kind: 'no-shell', tried: this.shells, message: (held.trim() !== '' ? held : (outcome.message ?? '')).trim() };
      }
      this.emit('fallback', { from: shell, to: next });
      return this.attempt(index + 1, typed);
    }
    if (!flowing && held !== '') this.emit('output', held);
    return outcome.message !== undefined
      ? { kind: 'exited', shell, exitCode: outcome.exitCode, message: outcome.message }
      : { kind: 'exited', shell, exitCode: outcome.exitCode };
  }

  private end(end: SessionEnd): void {
    if (this.finished) return;
    this.finished = end;
    this.input = undefined;
    this.output = undefined;
    this.emit('end', end);
  }
}
