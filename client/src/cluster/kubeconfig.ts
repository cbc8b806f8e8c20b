// Loading kubeconfig files by kubectl's default rules: the files named in KUBECONFIG (merged, the
// first definition of a name winning, current-context from the first file that sets one), else
// ~/.kube/config. Missing files are skipped; unreadable ones are reported, not fatal.
// Not client-node's loadFromDefault, which differs from kubectl: it throws on a missing file and on
// a name defined twice, and lets a later file's current-context replace an earlier one's.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { clientNode, type KubeConfig } from './clientNode';

export interface ContextInfo {
  readonly name: string;
  readonly cluster: string;
  readonly user: string;
  readonly namespace?: string;
  /** The API server URL of the context's cluster, when the cluster is defined. */
  readonly server?: string;
  /** The file that defines this context. */
  readonly file: string;
  /**
   * The exec credential plugin of the context's user, if any. A plugin whose interactiveMode is
   * `Always` may prompt: run it only after a user action, never for background work.
   */
  readonly authPlugin?: { readonly command: string; readonly interactiveMode: string };
}

export interface KubeconfigProblem {
  readonly file: string;
  readonly message: string;
}

export interface LoadedKubeconfig {
  readonly kubeConfig: KubeConfig;
  readonly contexts: readonly ContextInfo[];
  readonly currentContext: string | undefined;
  /** Files that were read, in precedence order. */
  readonly files: readonly string[];
  /** Files that were named but do not exist. */
  readonly missing: readonly string[];
  readonly problems: readonly KubeconfigProblem[];
}

/** The files kubectl would read, in precedence order (KUBECONFIG is split at ';' on Windows, ':' elsewhere). */
export function defaultKubeconfigPaths(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
  platform: NodeJS.Platform = process.platform,
): string[] {
  const separator = platform === 'win32' ? ';' : platform === process.platform ? delimiter : ':';
  const fromEnv = (env.KUBECONFIG ?? '').split(separator).filter((p) => p.trim() !== '');
  if (fromEnv.length > 0) return [...new Set(fromEnv)];
  return [join(home, '.kube', 'config')];
}

/** Whether KUBECONFIG names the files (rather than the default ~/.kube/config). */
export function kubeconfigFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.KUBECONFIG ?? '').split(delimiter).some((p) => p.trim() !== '');
}

/**
 * kubectl's `users[].user.tokenFile` (client-node reads only a `token-file` key, once): the file
 * each user names, relative to the kubeconfig's folder. Read at every load, so a rotated token is
 * picked up when the session reloads (on a file change, or on a 401).
 */
function tokenFilesOf(file: string): Map<string, string> {
  const found = new Map<string, string>();
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch {
    return found;
  }
  const users = (raw as { users?: unknown } | null)?.users;
  if (!Array.isArray(users)) return found;
  for (const entry of users as unknown[]) {
    const { name, user } = (entry ?? {}) as { name?: unknown; user?: { tokenFile?: unknown } | null };
    if (typeof name === 'string' && typeof user?.tokenFile === 'string' && user.tokenFile !== '')
      found.set(name, resolve(dirname(file), user.tokenFile));
  }
  return found;
}

function withTokenFrom<U extends { name: string; token?: string }>(
  user: U,
  tokenFile: string,
  file: string,
  problems: KubeconfigProblem[],
): U {
  try {
    return { ...user, token: readFileSync(tokenFile, 'utf8').trim() };
  } catch (error) {
    problems.push({
      file,
      message: `user "${user.name}": cannot read tokenFile ${tokenFile}: ${error instanceof Error ? error.message : String(error)}`,
    });
    return user;
  }
}

export async function loadKubeconfig(paths: readonly string[] = defaultKubeconfigPaths()): Promise<LoadedKubeconfig> {
  const k8s = await clientNode();
  const clusters = new Map<string, KubeConfig['clusters'][number]>();
  const users = new Map<string, KubeConfig['users'][number]>();
  const contexts = new Map<string, { context: KubeConfig['contexts'][number]; file: string }>();
  let currentContext: string | undefined;
  const files: string[] = [];
  const missing: string[] = [];
  const problems: KubeconfigProblem[] = [];
  for (const file of paths) {
    if (!existsSync(file)) {
      missing.push(file);
      continue;
    }
    const single = new k8s.KubeConfig();
    try {
      single.loadFromFile(file);
    } catch (error) {
      problems.push({ file, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    files.push(file);
    const tokenFiles = tokenFilesOf(file);
    for (const c of single.getClusters()) if (!clusters.has(c.name)) clusters.set(c.name, c);
    for (const u of single.getUsers()) {
      if (users.has(u.name)) continue;
      const tokenFile = tokenFiles.get(u.name);
      users.set(u.name, !u.token && tokenFile !== undefined ? withTokenFrom(u, tokenFile, file, problems) : u);
    }
    for (const c of single.getContexts()) if (!contexts.has(c.name)) contexts.set(c.name, { context: c, file });
    const current = single.getCurrentContext();
    if (!currentContext && current) currentContext = current;
  }
  const kubeConfig = new k8s.KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [...clusters.values()],
    users: [...users.values()],
    contexts: [...contexts.values()].map((c) => c.context),
    currentContext: currentContext ?? '',
  });
  const infos: ContextInfo[] = [...contexts.values()].map(({ context, file }) => {
    const server = clusters.get(context.cluster)?.server;
    const exec = users.get(context.user)?.exec as { command?: unknown; interactiveMode?: unknown } | undefined;
    return {
      name: context.name,
      cluster: context.cluster,
      user: context.user,
      file,
      ...(context.namespace ? { namespace: context.namespace } : {}),
      ...(server ? { server } : {}),
      ...(exec && typeof exec.command === 'string'
        ? {
            authPlugin: {
              command: exec.command,
              interactiveMode: typeof exec.interactiveMode === 'string' ? exec.interactiveMode : 'IfAvailable',
            },
          }
        : {}),
    };
  });
  return { kubeConfig, contexts: infos, currentContext, files, missing, problems };
}
