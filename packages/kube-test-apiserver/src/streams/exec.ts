// pods/NAME/exec and pods/NAME/attach over WebSocket: exec starts a real process in the container
// (a missing executable fails like the OCI runtime does); attach streams the running process.
import { isObj } from '../objects';
import type { WebSocketConnection } from '../http/websocket';
import type { LogLine } from '../runtime/containerLog';
import type { ContainerWorker } from '../runtime/containerWorker';
import { notFoundMessage, startInContainer } from '../runtime/execution';
import { badRequest } from '../status';
import { readChannels, sendChannel, sendOutcome, STDERR, STDOUT } from './channels';
import { crlf, LineDiscipline } from './lineDiscipline';

export interface StreamQuery {
  readonly command: readonly string[];
  readonly stdin: boolean;
  readonly stdout: boolean;
  readonly stderr: boolean;
  readonly tty: boolean;
}

/** Checks before the upgrade, so failures are plain HTTP errors as with a real API server. */
export function requireRunning(worker: ContainerWorker | undefined, phase: unknown, containerName: string): ContainerWorker {
  if (phase === 'Succeeded' || phase === 'Failed') {
    throw badRequest(`cannot exec into a container in a completed pod; current phase is ${String(phase)}`);
  }
  if (!worker?.running || !isObj(worker.state.running))
    throw badRequest(`unable to upgrade connection: container not found ("${containerName}")`);
  return worker;
}

/** `onResize` observes the terminal sizes the client sends (there is no PTY here to apply them to). */
export function serveExec(
  ws: WebSocketConnection,
  worker: ContainerWorker,
  query: StreamQuery,
  onResize?: (width: number, height: number) => void,
): void {
  const running = worker.running;
  if (!running) {
    ws.close(1011, 'container not running');
    return;
  }
  const started = startInContainer(running.context, query.command, query.stdin);
  if (!started.ok) {
    // The runtime's message arrives on the output stream; the exit code says what failed.
    const missing = started.message === notFoundMessage(query.command[0] ?? '');
    const text = `OCI runtime exec failed: exec failed: unable to start container process: ${started.message}: unknown${query.tty ? '\r\n' : '\n'}`;
    if (query.stdout) sendChannel(ws, STDOUT, text);
    sendOutcome(ws, missing ? 126 : started.exitCode, query.command);
    ws.close(1000);
    return;
  }
  const child = started.process.child;
  const output =
    (channel: number) =>
    (chunk: Buffer): void => {
      if (!sendChannel(ws, channel, query.tty ? crlf(chunk) : chunk)) {
        child.stdout?.pause();
        child.stderr?.pause();
        ws.once('drain', () => {
          child.stdout?.resume();
          child.stderr?.resume();
        });
      }
    };
  if (query.stdout) child.stdout?.on('data', output(STDOUT));
  else child.stdout?.resume();
  if (query.stderr || query.tty) child.stderr?.on('data', output(query.tty ? STDOUT : STDERR));
  else child.stderr?.resume();
  const terminal = query.tty
    ? new LineDiscipline(
        (text) => child.stdin?.write(text),
        (text) => sendChannel(ws, STDOUT, text),
        () => child.stdin?.end(),
      )
    : undefined;
  readChannels(ws, {
    onStdin: (data) => (terminal ? terminal.input(data) : child.stdin?.write(data)),
    onStdinClosed: () => child.stdin?.end(),
    onResize: (width, height) => onResize?.(width, height),
  });
  child.stdin?.on('error', () => undefined);
  ws.on('close', () => {
    child.stdin?.end();
    started.process.kill('SIGKILL');
  });
  void started.process.exited.then((exit) => {
    if (!ws.isOpen) return;
    sendOutcome(ws, exit.code, query.command);
    ws.close(1000);
  });
}

export function serveAttach(ws: WebSocketConnection, worker: ContainerWorker, query: StreamQuery): void {
  const running = worker.running;
  if (!running) {
    ws.close(1011, 'container not running');
    return;
  }
  const onLine = (line: LogLine): void => {
    if (line.stream === 'stdout' && query.stdout) sendChannel(ws, STDOUT, line.text);
    if (line.stream === 'stderr' && (query.stderr || query.tty)) sendChannel(ws, query.tty ? STDOUT : STDERR, line.text);
  };
  const onEnd = (): void => {
    running.log.off('line', onLine);
    if (!ws.isOpen) return;
    sendOutcome(ws, 0, []);
    ws.close(1000);
  };
  running.log.on('line', onLine);
  running.log.once('end', onEnd);
  const stdin = running.process.child.stdin;
  readChannels(ws, {
    onStdin: (data) => {
      if (query.stdin && stdin) stdin.write(data);
    },
    // With stdinOnce, the container's stdin closes when the first attached client closes it.
    onStdinClosed: () => {
      if (worker.spec.stdinOnce === true) stdin?.end();
    },
    onResize: () => undefined,
  });
  ws.on('close', () => {
    if (worker.spec.stdinOnce === true) stdin?.end();
    running.log.off('line', onLine);
    running.log.off('end', onEnd);
  });
}
