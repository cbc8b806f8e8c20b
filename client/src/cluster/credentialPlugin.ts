// Exec credential plugins (users[].user.exec): finding the command where a terminal would, and
// saying what went wrong when it fails. client-node runs the plugin; this prepares the user entry
// (PATH from the login shell when the command is not on ours) and reads its failures.
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { KubeConfig } from './clientNode';
import { ClusterError, type Target } from './errors';
import { loginShellPath } from './loginShellPath';

export interface PluginFailure {
  readonly command: string;
  /** `not-found`: no such program on the PATH (nor on the login shell's); `failed`: it ran and failed. */
  readonly reason: 'not-found' | 'failed';
  /** What the plugin wrote to stderr (trimmed), for `failed`. */
  readonly stderr?: string;
  /** How to install it: the kubeconfig's own `installHint`, else a known one for common plugins. */
  readonly installHint?: string;
}

interface ExecEnvEntry {
  readonly name: string;
  readonly value: string;
}

/** The part of a kubeconfig user's `exec` block this module reads (client-node keeps it as written). */
export interface ExecConfig {
  readonly command?: unknown;
  readonly env?: readonly ExecEnvEntry[] | null;
  readonly installHint?: unknown;
}

// Install commands of plugins that managed clusters' kubeconfigs name (facts from their providers).
const KNOWN_HINTS: Readonly<Record<string, string>> = {
  'gke-gcloud-auth-plugin': 'gcloud components install gke-gcloud-auth-plugin',
  kubelogin: 'az aks install-cli',
  aws: 'https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html',
};

function baseName(command: string): string {
  return command.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '');
}

export function installHintFor(exec: ExecConfig): string | undefined {
  if (typeof exec.installHint === 'string' && exec.installHint.trim() !== '') return exec.installHint.trim();
  return typeof exec.command === 'string' ? KNOWN_HINTS[baseName(exec.command)] : undefined;
}

/** Whether `command` names an executable file, directly or in one of `path`'s directories. */
export function findsCommand(command: string, path: string | undefined): boolean {
  const executable = (file: string): boolean => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (isAbsolute(command) || command.includes('/')) return executable(command);
  return (path ?? '').split(delimiter).some((dir) => dir !== '' && executable(join(dir, command)));
}

/**
 * The exec block to run: unchanged when the command is found on our PATH (or the kubeconfig sets
 * PATH itself), else with the login shell's PATH in its env when the command is found there.
 */
export async function withLoginPath<T extends ExecConfig>(exec: T, shell?: string): Promise<T> {
  const command = exec.command;
  if (typeof command !== 'string' || command === '' || isAbsolute(command)) return exec;
  if ((exec.env ?? []).some((e) => e.name === 'PATH')) return exec;
  if (findsCommand(command, process.env.PATH)) return exec;
  const path = await loginShellPath(shell);
  if (path === undefined || !findsCommand(command, path)) return exec;
  return { ...exec, env: [...(exec.env ?? []), { name: 'PATH', value: path }] };
}

const firstUse = new WeakMap<KubeConfig, Promise<unknown>>();

/**
 * kubeConfig.applyToHTTPSOptions, but the first use of a KubeConfig runs alone: client-node caches
 * a plugin's credential only once it has one, so requests starting together (a log stream and the
 * pod watch beside it) would each run the plugin, and the last token would win.
 */
export async function applyCredentials(kubeConfig: KubeConfig, options: { headers: Record<string, string> }): Promise<void> {
  const first = firstUse.get(kubeConfig);
  if (first === undefined) {
    const running = kubeConfig.applyToHTTPSOptions(options);
    firstUse.set(kubeConfig, running);
    await running;
    return;
  }
  await first.catch(() => undefined);
  await kubeConfig.applyToHTTPSOptions(options);
}

/** A ClusterError for a failure to get credentials, naming the plugin and its stderr when one failed. */
export function credentialsError(error: unknown, exec: ExecConfig | undefined, target: Target): ClusterError {
  const plugin = pluginFailure(error, exec);
  const where = `context "${target.context}"`;
  let message: string;
  if (plugin?.reason === 'not-found') {
    message = `${plugin.command} not found (${where})${plugin.installHint !== undefined ? `: install it with ${plugin.installHint}` : ''}`;
  } else if (plugin) {
    message = `The credential plugin ${plugin.command} failed (${where})${plugin.stderr !== undefined ? `: ${plugin.stderr}` : ''}`;
  } else {
    message = `Could not get credentials for ${where}: ${error instanceof Error ? error.message : String(error)}`;
  }
  return new ClusterError({ kind: 'credentials', target, cause: error, message, ...(plugin ? { plugin } : {}) });
}

/** Reads a failure of client-node's plugin run: spawn's ENOENT, or the Error carrying its stderr. */
export function pluginFailure(error: unknown, exec: ExecConfig | undefined): PluginFailure | undefined {
  if (!exec || typeof exec.command !== 'string') return undefined;
  const installHint = installHintFor(exec);
  const hint = installHint !== undefined ? { installHint } : {};
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES') return { command: exec.command, reason: 'not-found', ...hint };
  if (!(error instanceof Error)) return undefined;
  if (error instanceof SyntaxError)
    return { command: exec.command, reason: 'failed', stderr: `not an ExecCredential on stdout: ${error.message}`, ...hint };
  const stderr = error.message.trim().split('\n').slice(-20).join('\n');
  return { command: exec.command, reason: 'failed', ...(stderr !== '' ? { stderr } : {}), ...hint };
}
