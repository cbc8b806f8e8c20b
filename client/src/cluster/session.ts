// Podwright's view of the kubeconfig: the contexts, which one Podwright uses and in which
// namespace. Switching does not touch the user's kubeconfig unless they ask ("also set in
// kubeconfig"); edits to the files are picked up (debounced) and announced.
import { EventEmitter } from 'node:events';
import { homedir } from 'node:os';
import { kubeconfigState, type KubeconfigState } from '../core/kubeconfig/kubeconfigState';
import { kubeconfigTexts } from '../core/kubeconfig/kubeconfigText';
import { clientNode, type KubeConfig } from './clientNode';
import { KubeClusterApi, type ClusterApi } from './clusterApi';
import { withLoginPath, type ExecConfig } from './credentialPlugin';
import { ClusterError } from './errors';
import { defaultKubeconfigPaths, kubeconfigFromEnv, loadKubeconfig, type ContextInfo, type LoadedKubeconfig } from './kubeconfig';
import { KubeconfigWatcher } from './kubeconfigWatcher';
import { writeContextNamespace, writeCurrentContext } from './kubeconfigWrite';

export interface SessionSelection {
  readonly context?: string;
  readonly namespace?: string;
}

export interface SessionOptions {
  /** Kubeconfig files; by default KUBECONFIG or ~/.kube/config. */
  readonly paths?: readonly string[];
  /** Podwright's own earlier choice (the UI persists it). */
  readonly selection?: SessionSelection;
  /** Reload when the files change (default true). */
  readonly watch?: boolean;
  readonly debounceMs?: number;
  /** The login shell whose PATH finds credential plugins missing from ours (default $SHELL). */
  readonly loginShell?: string;
}

export type ChangeReason = 'reload' | 'context' | 'namespace';

export class ClusterSession extends EventEmitter<{ changed: [ChangeReason] }> {
  private selected: SessionSelection;
  private cachedApi: ClusterApi | undefined;
  private readonly watcher: KubeconfigWatcher | undefined;
  private readonly loginShell: string | undefined;

  private constructor(
    private readonly paths: readonly string[],
    private readonly fromEnv: boolean,
    private current: LoadedKubeconfig,
    options: SessionOptions,
  ) {
    super();
    this.selected = options.selection ?? {};
    this.loginShell = options.loginShell;
    if (options.watch !== false) {
      this.watcher = new KubeconfigWatcher(options.debounceMs);
      this.watcher.on('change', () => void this.reload().catch(() => undefined));
      this.watcher.watch(paths);
    }
  }

  static async open(options: SessionOptions = {}): Promise<ClusterSession> {
    const paths = options.paths ?? defaultKubeconfigPaths();
    return new ClusterSession(paths, options.paths === undefined && kubeconfigFromEnv(), await loadKubeconfig(paths), options);
  }

  get loaded(): LoadedKubeconfig {
    return this.current;
  }

  get contexts(): readonly ContextInfo[] {
    return this.current.contexts;
  }

  /** Podwright's context: its own choice if that still exists, else the kubeconfig's current one. */
  get contextName(): string | undefined {
    const chosen = this.selected.context;
    if (chosen && this.current.contexts.some((c) => c.name === chosen)) return chosen;
    return this.current.currentContext;
  }

  /** What keeps a first run from using a context (no file, no contexts, none current); undefined when one is ready. */
  get state(): KubeconfigState | undefined {
    const { files, problems, contexts } = this.current;
    return kubeconfigState({
      paths: this.paths,
      fromEnv: this.fromEnv,
      files,
      problems,
      contexts: contexts.length,
      selected: this.context?.name,
    });
  }

  get context(): ContextInfo | undefined {
    return this.current.contexts.find((c) => c.name === this.contextName);
  }

  get namespace(): string {
    return this.selected.namespace ?? this.context?.namespace ?? 'default';
  }

  get selection(): SessionSelection {
    return this.selected;
  }

  async useContext(name: string, options: { alsoWriteKubeconfig?: boolean } = {}): Promise<void> {
    const context = this.current.contexts.find((c) => c.name === name);
    if (!context) throw new ClusterError({ kind: 'config', message: `No context named "${name}" in ${this.paths.join(', ')}.` });
    if (options.alsoWriteKubeconfig) {
      const file = this.current.files[0] ?? context.file;
      await writeCurrentContext(file, name);
      this.current = await loadKubeconfig(this.paths);
    }
    this.selected = { context: name };
    this.cachedApi = undefined;
    this.emit('changed', 'context');
  }

  async useNamespace(namespace: string, options: { alsoWriteKubeconfig?: boolean } = {}): Promise<void> {
    const context = this.context;
    if (options.alsoWriteKubeconfig && context) {
      await writeContextNamespace(context.file, context.name, namespace);
      this.current = await loadKubeconfig(this.paths);
    }
    this.selected = { ...this.selected, namespace };
    this.cachedApi = undefined;
    this.emit('changed', 'namespace');
  }

  async reload(): Promise<void> {
    this.current = await loadKubeconfig(this.paths);
    this.cachedApi = undefined;
    this.emit('changed', 'reload');
  }

  private async kubeConfigFor(contextName: string, from: LoadedKubeconfig): Promise<KubeConfig> {
    const k8s = await clientNode();
    const kc = new k8s.KubeConfig();
    const userName = from.kubeConfig.getContextObject(contextName)?.user;
    // Only this context's plugin is looked up: the login shell runs only when it is missing here.
    const users = await Promise.all(
      from.kubeConfig
        .getUsers()
        .map(async (user) =>
          user.name === userName && user.exec ? { ...user, exec: await withLoginPath(user.exec as ExecConfig, this.loginShell) } : user,
        ),
    );
    kc.loadFromOptions({
      clusters: from.kubeConfig.getClusters(),
      users,
      contexts: from.kubeConfig.getContexts(),
      currentContext: contextName,
    });
    return kc;
  }

  /** The API for Podwright's context and namespace (kept until either changes). */
  async api(): Promise<ClusterApi> {
    if (this.cachedApi) return this.cachedApi;
    const state = this.state;
    const name = this.contextName;
    if (state || !name) {
      const message = state ? kubeconfigTexts(state, 'en', homedir()).problem : 'No Kubernetes context is selected.';
      throw new ClusterError({ kind: 'config', message, ...(state ? { kubeconfig: state } : {}) });
    }
    const kubeConfig = await this.kubeConfigFor(name, this.current);
    // Renewal re-reads the files (a plugin or login may have refreshed them) and drops cached plugin tokens.
    const renew = async (): Promise<KubeConfig> => this.kubeConfigFor(name, await loadKubeconfig(this.paths));
    this.cachedApi = new KubeClusterApi(kubeConfig, this.namespace, renew);
    return this.cachedApi;
  }

  /**
   * An API for any context of the kubeconfig (the pod explorer browses them all), in `namespace`
   * or that context's own. Podwright's context and namespace get the cached api(); others a new one.
   */
  async apiForContext(name: string, namespace?: string): Promise<ClusterApi> {
    const context = this.current.contexts.find((c) => c.name === name);
    if (!context) throw new ClusterError({ kind: 'config', message: `No context named "${name}" in ${this.paths.join(', ')}.` });
    const inNamespace = namespace ?? (name === this.contextName ? this.namespace : (context.namespace ?? 'default'));
    if (name === this.contextName && inNamespace === this.namespace) return this.api();
    const kubeConfig = await this.kubeConfigFor(name, this.current);
    const renew = async (): Promise<KubeConfig> => this.kubeConfigFor(name, await loadKubeconfig(this.paths));
    return new KubeClusterApi(kubeConfig, inNamespace, renew);
  }

  dispose(): void {
    this.watcher?.close();
    this.removeAllListeners();
  }
}
