// Runs helm or kubectl: an argument array (never a shell string), a time limit, and a signal that
// kills the process when a newer save makes its result useless.
import { execFile } from 'node:child_process';

export type ToolResult =
  | { readonly status: 'ok'; readonly stdout: string; readonly stderr: string }
  | { readonly status: 'failed'; readonly stdout: string; readonly stderr: string }
  | { readonly status: 'missing' }
  | { readonly status: 'timeout' }
  | { readonly status: 'cancelled' };

export const RENDER_TIMEOUT_MS = 30_000;

export function runTool(
  command: string,
  args: readonly string[],
  options: { cwd: string; signal?: AbortSignal; timeoutMs?: number },
): Promise<ToolResult> {
  return new Promise((resolve) => {
    if (options.signal?.aborted) {
      resolve({ status: 'cancelled' });
      return;
    }
    execFile(
      command,
      [...args],
      {
        cwd: options.cwd,
        timeout: options.timeoutMs ?? RENDER_TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
        windowsHide: true,
        ...(options.signal ? { signal: options.signal } : {}),
        // Helm reads no terminal; a plain environment keeps its messages in English for our parsing.
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ status: 'ok', stdout, stderr });
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
        if (options.signal?.aborted || failure.name === 'AbortError') return resolve({ status: 'cancelled' });
        if (failure.code === 'ENOENT' || failure.code === 'EACCES') return resolve({ status: 'missing' });
        if (failure.killed || failure.signal === 'SIGTERM') return resolve({ status: 'timeout' });
        resolve({ status: 'failed', stdout, stderr });
      },
    );
  });
}
