// Running a command inside a container (exec, exec probes): the executable must exist in the
// image, the process starts in the container's directory with the container's environment.
import { lookupExecutable } from './imageStore';
import { RunningProcess } from './processes';

export interface ContainerContext {
  readonly name: string;
  /** The image's bin directory (the container's PATH). */
  readonly bin: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly podIp: string;
  readonly registry: Set<RunningProcess>;
}

export type ExecStart =
  { readonly ok: true; readonly process: RunningProcess } | { readonly ok: false; readonly message: string; readonly exitCode: number };

/** The OCI runtime's wording when the executable is missing from the image. */
export function notFoundMessage(command: string): string {
  return `exec: "${command}": executable file not found in $PATH`;
}

export function startInContainer(context: ContainerContext, argv: readonly string[], stdin: boolean): ExecStart {
  const command = argv[0];
  if (command === undefined || command === '') return { ok: false, message: 'exec: no command', exitCode: 126 };
  const executable = lookupExecutable(context.bin, command);
  if (!executable) {
    const message = command.includes('/') ? `exec: "${command}": stat ${command}: no such file or directory` : notFoundMessage(command);
    return { ok: false, message, exitCode: 127 };
  }
  const process = new RunningProcess({
    executable,
    args: argv.slice(1),
    cwd: context.cwd,
    env: context.env,
    stdin,
    registry: context.registry,
  });
  return { ok: true, process };
}

/** Runs a command to completion, collecting its output (exec probes). */
export async function runInContainer(
  context: ContainerContext,
  argv: readonly string[],
  timeoutMs: number,
): Promise<{ code: number; output: string }> {
  const started = startInContainer(context, argv, false);
  if (!started.ok) return { code: started.exitCode, output: started.message };
  const chunks: Buffer[] = [];
  started.process.child.stdout?.on('data', (c: Buffer) => chunks.push(c));
  started.process.child.stderr?.on('data', (c: Buffer) => chunks.push(c));
  const timer = setTimeout(() => started.process.kill('SIGKILL'), timeoutMs);
  const exit = await started.process.exited;
  clearTimeout(timer);
  return { code: exit.code, output: Buffer.concat(chunks).toString('utf8') };
}
