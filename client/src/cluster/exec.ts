// Running a command in a container over the WebSocket exec protocol (client-node's Exec): output
// as it comes, the exit code from the status channel.
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { clientNode, type KubeConfig } from './clientNode';
import { ClusterError, type Target } from './errors';

export interface ExecOptions {
  readonly container: string;
  readonly command: readonly string[];
  readonly stdin?: Readable;
  readonly stdout?: Writable;
  readonly stderr?: Writable;
  readonly tty?: boolean;
  /** Aborting closes the connection (the session ends as if the network dropped it). */
  readonly signal?: AbortSignal;
}

export interface ExecOutcome {
  /** 0 on success; the command's exit code; -1 when the server failed without one. */
  readonly exitCode: number;
  /** The server's message for failures (e.g. `command terminated with non-zero exit code: ...`). */
  readonly message?: string;
}

/** The part of the ws WebSocket we use (its types do not resolve from here). */
export interface ClosableSocket {
  on(event: 'close', listener: () => void): void;
  close(): void;
}

interface StatusLike {
  status?: string;
  message?: string;
  details?: { causes?: { reason?: string; message?: string }[] };
}

export function exitCodeOf(status: StatusLike): ExecOutcome {
  if (status.status === 'Success') return { exitCode: 0 };
  const cause = status.details?.causes?.find((c) => c.reason === 'ExitCode');
  const exitCode = cause?.message !== undefined ? Number(cause.message) : -1;
  return status.message !== undefined ? { exitCode, message: status.message } : { exitCode };
}

/** Runs the command; resolves with its outcome once the server reports it. */
export async function execInPod(
  kubeConfig: KubeConfig,
  target: Target,
  namespace: string,
  pod: string,
  options: ExecOptions,
): Promise<ExecOutcome> {
  const k8s = await clientNode();
  const exec = new k8s.Exec(kubeConfig);
  const stdout = options.stdout ?? new PassThrough().resume();
  const stderr = options.stderr ?? new PassThrough().resume();
  return new Promise<ExecOutcome>((resolve, reject) => {
    let outcome: ExecOutcome | undefined;
    exec
      .exec(
        namespace,
        pod,
        options.container,
        [...options.command],
        stdout,
        stderr,
        options.stdin ?? null,
        options.tty ?? false,
        (status) => {
          outcome = exitCodeOf(status);
        },
      )
      .then(
        (socket) => {
          const ws = socket as unknown as ClosableSocket;
          ws.on('close', () => resolve(outcome ?? { exitCode: -1, message: 'the connection closed before the command finished' }));
          if (options.signal?.aborted) ws.close();
          else options.signal?.addEventListener('abort', () => ws.close(), { once: true });
        },
        (error: unknown) => {
          const detail = error instanceof Error ? error.message : ((error as { message?: string } | undefined)?.message ?? String(error));
          reject(
            new ClusterError({
              kind: 'bad-request',
              target,
              cause: error,
              message: `Cannot exec in pod "${pod}" (context "${target.context}"): ${detail}`,
            }),
          );
        },
      );
  });
}

/** Runs a command and collects its output. */
export async function execCapture(
  kubeConfig: KubeConfig,
  target: Target,
  namespace: string,
  pod: string,
  container: string,
  command: readonly string[],
): Promise<ExecOutcome & { stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const outcome = await execInPod(kubeConfig, target, namespace, pod, { container, command, stdout: out, stderr: err });
  return { ...outcome, stdout, stderr };
}
