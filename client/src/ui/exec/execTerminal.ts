// The VS Code side of an exec session: a Pseudoterminal that shows the shell's output, sends
// keystrokes and terminal sizes, says in the terminal when it fell back to another shell, and
// when the shell exits prints its exit code and waits for a key (or closes, per
// podwright.exec.closeOnExit).
import * as vscode from 'vscode';
import { explainClusterError } from '../shared/explainError';
import type { ExecSession, SessionEnd } from '../../models/exec/execSession';
import { localize } from '../shared/localize';

export type CloseOnExit = 'afterKeyPress' | 'onSuccess' | 'immediately';

export interface ExecTerminal {
  readonly terminal: vscode.Terminal;
  readonly session: ExecSession;
  /** Everything written to the terminal so far (shell output and Podwright's notices). */
  transcript(): string;
}

const NOTE = (text: string): string => `\x1b[2m\x1b[33m${text}\x1b[0m`;

function endLines(end: SessionEnd, container: string, pod: string): string[] {
  switch (end.kind) {
    case 'exited':
      return end.exitCode >= 0
        ? [localize('[process exited with code {0}]', end.exitCode)]
        : [vscode.l10n.t('[connection closed: {0}]', end.message ?? '')];
    case 'no-shell':
      return [
        vscode.l10n.t('Container "{0}" has none of these shells: {1}.', container, end.tried.join(', ')),
        ...(end.message ? [end.message] : []),
        vscode.l10n.t(
          'Images without a shell (distroless, scratch) need a debug container: kubectl debug -it {0} --image=busybox --target={1}',
          pod,
          container,
        ),
      ];
    case 'failed':
      return [explainClusterError(end.error)];
    case 'closed':
      return [];
  }
}

class ExecPseudoterminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;
  private waitingForKey = false;
  text = '';

  constructor(
    readonly session: ExecSession,
    private readonly where: { pod: string; container: string },
    private readonly closeOnExit: CloseOnExit,
  ) {
    session.on('output', (text) => this.write(text));
    // Until the shell prints its prompt the terminal would be blank: say where it is connecting.
    session.on('started', (shell) =>
      this.write(`${NOTE(vscode.l10n.t('Connected to {0}/{1} ({2}). Type exit to leave.', where.pod, where.container, shell))}\r\n`),
    );
    session.on('fallback', ({ from, to }) => this.write(`${NOTE(localize('{0} is not in this image; using {1}', from, to))}\r\n`));
    session.on('end', (end) => this.ended(end));
  }

  open(dimensions: vscode.TerminalDimensions | undefined): void {
    if (dimensions) this.session.resize({ columns: dimensions.columns, rows: dimensions.rows });
    this.write(`${NOTE(vscode.l10n.t('Connecting to {0}/{1}…', this.where.pod, this.where.container))}\r\n`);
    this.session.start();
  }

  setDimensions(dimensions: vscode.TerminalDimensions): void {
    this.session.resize({ columns: dimensions.columns, rows: dimensions.rows });
  }

  handleInput(data: string): void {
    if (this.waitingForKey) this.finish();
    else this.session.write(data);
  }

  close(): void {
    this.session.close();
  }

  private write(text: string): void {
    this.text += text;
    this.written.fire(text);
  }

  private ended(end: SessionEnd): void {
    if (end.kind === 'closed') return;
    const lines = endLines(end, this.where.container, this.where.pod);
    this.write(`\r\n${lines.map(NOTE).join('\r\n')}\r\n`);
    const success = end.kind === 'exited' && end.exitCode === 0;
    if (this.closeOnExit === 'immediately' || (this.closeOnExit === 'onSuccess' && success)) {
      this.finish();
      return;
    }
    this.write(`${NOTE(vscode.l10n.t('Press any key to close the terminal.'))}\r\n`);
    this.waitingForKey = true;
  }

  private finish(): void {
    this.waitingForKey = false;
    this.closed.fire();
  }
}

export function openExecTerminal(
  name: string,
  session: ExecSession,
  where: { pod: string; container: string },
  closeOnExit: CloseOnExit,
): ExecTerminal {
  const pty = new ExecPseudoterminal(session, where, closeOnExit);
  const terminal = vscode.window.createTerminal({ name, pty, iconPath: new vscode.ThemeIcon('terminal') });
  terminal.show();
  return { terminal, session, transcript: () => pty.text };
}
