// The exec session over fake containers: shells that exist or not (answering as each runtime
// does), typed input, resizes and exit codes, as the terminal would see them.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import type { ExecOutcome } from '../../../../../client/src/cluster';
import { ExecSession, type ExecRunner, type SessionEnd } from '../../../../../client/src/models/exec/execSession';
import type { TerminalInput, TerminalOutput } from '../../../../../client/src/models/exec/terminalStreams';

const OCI = (shell: string): string =>
  `OCI runtime exec failed: exec failed: unable to start container process: exec: "${shell}": executable file not found in $PATH: unknown\r\n`;

interface FakeContainer {
  /** Shells the image has. */
  readonly shells: readonly string[];
  /** How a missing shell is reported. */
  readonly runtime?: 'docker' | 'containerd';
  /** Printed when the shell starts (a prompt); nothing by default, like sh without a TTY. */
  readonly banner?: string;
}

interface Recorded {
  commands: string[][];
  sizes: { columns: number; rows: number }[];
  typed: string;
}

/** A shell that echoes each line as `> line` and exits on `exit N`. */
function fakeRunner(container: FakeContainer, recorded: Recorded): ExecRunner {
  return (command, io: { stdin: TerminalInput; stdout: TerminalOutput; signal: AbortSignal }) => {
    recorded.commands.push([...command]);
    const shell = command[0] ?? '';
    if (!container.shells.includes(shell)) {
      if (container.runtime === 'containerd') {
        return Promise.resolve({
          exitCode: -1,
          message: `Internal error occurred: error executing command in container: failed to exec in container: ${OCI(shell).trim()}`,
        });
      }
      io.stdout.write(OCI(shell));
      return Promise.resolve({
        exitCode: 126,
        message: `command terminated with non-zero exit code: error executing command [${shell}], exit code 126`,
      });
    }
    recorded.sizes.push({ columns: io.stdout.columns, rows: io.stdout.rows });
    io.stdout.on('resize', () => recorded.sizes.push({ columns: io.stdout.columns, rows: io.stdout.rows }));
    if (container.banner) io.stdout.write(container.banner);
    return new Promise<ExecOutcome>((resolve) => {
      let line = '';
      io.signal.addEventListener('abort', () => resolve({ exitCode: -1, message: 'the connection closed before the command finished' }));
      io.stdin.on('data', (chunk: Buffer) => {
        recorded.typed += chunk.toString();
        line += chunk.toString();
        let newline = line.indexOf('\n');
        while (newline >= 0) {
          const text = line.slice(0, newline);
          line = line.slice(newline + 1);
          const exit = /^exit (\d+)$/.exec(text);
          if (exit) {
            const code = Number(exit[1]);
            resolve(
              code === 0 ? { exitCode: 0 } : { exitCode: code, message: `command terminated with non-zero exit code: exit code ${code}` },
            );
            return;
          }
          io.stdout.write(`> ${text}\n`);
          newline = line.indexOf('\n');
        }
      });
    });
  };
}

function newSession(
  container: FakeContainer,
  shells = ['bash', 'sh'],
): { session: ExecSession; recorded: Recorded; screen: () => string; notices: string[] } {
  const recorded: Recorded = { commands: [], sizes: [], typed: '' };
  const session = new ExecSession(fakeRunner(container, recorded), shells, { columns: 100, rows: 30 });
  let text = '';
  const notices: string[] = [];
  session.on('output', (t) => (text += t));
  session.on('fallback', ({ from, to }) => notices.push(`${from} → ${to}`));
  return { session, recorded, screen: () => text, notices };
}

async function ended(session: ExecSession): Promise<SessionEnd> {
  if (session.ended) return session.ended;
  const [end] = (await once(session, 'end')) as [SessionEnd];
  return end;
}

describe('ExecSession', () => {
  it('falls back from bash to sh when the image has no bash (Docker-style error), without showing the error', async () => {
    const { session, recorded, screen, notices } = newSession({ shells: ['sh'] });
    session.start();
    session.write('echo hi\n');
    session.write('exit 3\n');
    const end = await ended(session);
    assert.deepEqual(recorded.commands, [['bash'], ['sh']]);
    assert.deepEqual(notices, ['bash → sh']);
    assert.equal(screen(), '> echo hi\n');
    assert.deepEqual(end, { kind: 'exited', shell: 'sh', exitCode: 3, message: 'command terminated with non-zero exit code: exit code 3' });
  });

  it('falls back when containerd reports the missing shell on the status channel', async () => {
    const { session, recorded, notices } = newSession({ shells: ['sh'], runtime: 'containerd' });
    session.start();
    session.write('exit 0\n');
    assert.deepEqual(await ended(session), { kind: 'exited', shell: 'sh', exitCode: 0 });
    assert.deepEqual(recorded.commands, [['bash'], ['sh']]);
    assert.deepEqual(notices, ['bash → sh']);
  });

  it('replays what was typed before the fallback to the shell that runs', async () => {
    const { session, recorded } = newSession({ shells: ['sh'] });
    session.start();
    session.write('ls\n');
    session.write('exit 0\n');
    await ended(session);
    assert.equal(recorded.typed, 'ls\nexit 0\n');
  });

  it('keeps bash where the image has it, and shows its output as it comes', async () => {
    const { session, recorded, screen, notices } = newSession({ shells: ['bash', 'sh'], banner: 'root@web:/# ' });
    const started = once(session, 'started');
    session.start();
    await started;
    session.write('pwd\nexit 0\n');
    assert.deepEqual(await ended(session), { kind: 'exited', shell: 'bash', exitCode: 0 });
    assert.deepEqual(recorded.commands, [['bash']]);
    assert.deepEqual(notices, []);
    assert.equal(screen(), 'root@web:/# > pwd\n');
  });

  it("says no shell was found when none of the candidates exists, keeping the runtime's words", async () => {
    const { session, recorded } = newSession({ shells: [] });
    session.start();
    const end = await ended(session);
    assert.equal(end.kind, 'no-shell');
    assert.deepEqual(end.kind === 'no-shell' ? end.tried : [], ['bash', 'sh']);
    assert.match(end.kind === 'no-shell' ? end.message : '', /exec: "sh": executable file not found/);
    assert.deepEqual(recorded.commands, [['bash'], ['sh']]);
  });

  it('does not fall back when a command in a running shell fails with 127', async () => {
    const recorded: Recorded = { commands: [], sizes: [], typed: '' };
    const runner: ExecRunner = (command, io) => {
      recorded.commands.push([...command]);
      io.stdout.write('bash: nope: command not found\r\n');
      return Promise.resolve({ exitCode: 127, message: 'exit code 127' });
    };
    const session = new ExecSession(runner, ['bash', 'sh']);
    let screen = '';
    session.on('output', (t) => (screen += t));
    session.start();
    assert.deepEqual(await ended(session), { kind: 'exited', shell: 'bash', exitCode: 127, message: 'exit code 127' });
    assert.deepEqual(recorded.commands, [['bash']]);
    assert.equal(screen, 'bash: nope: command not found\r\n');
  });

  it('starts with the terminal size and passes on every resize', async () => {
    const { session, recorded } = newSession({ shells: ['bash'], banner: '$ ' });
    const started = once(session, 'started');
    session.start();
    await started;
    session.resize({ columns: 120, rows: 40 });
    session.resize({ columns: 120, rows: 40 });
    session.resize({ columns: 0, rows: 0 });
    session.resize({ columns: 90, rows: 20 });
    session.write('exit 0\n');
    await ended(session);
    assert.deepEqual(recorded.sizes, [
      { columns: 100, rows: 30 },
      { columns: 120, rows: 40 },
      { columns: 90, rows: 20 },
    ]);
  });

  it('reports an exec that could not be opened', async () => {
    const session = new ExecSession(() => Promise.reject(new Error('pods "web" is forbidden')), ['bash', 'sh']);
    session.start();
    const end = await ended(session);
    assert.equal(end.kind, 'failed');
    assert.match(String((end as { error: Error }).error.message), /forbidden/);
  });

  it('ends as closed, and closes the connection, when the terminal is closed', async () => {
    const { session } = newSession({ shells: ['bash'], banner: '$ ' });
    const started = once(session, 'started');
    session.start();
    await started;
    session.close();
    assert.deepEqual(await ended(session), { kind: 'closed' });
  });
});
