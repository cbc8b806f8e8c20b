// What is wrong with the kubeconfig before any cluster is asked, for a first run: no file at all,
// files that cannot be read, files without contexts, or contexts with none selected. Each state
// says where Podwright looked (and whether KUBECONFIG chose those files), so the message can tell
// the truth and the way out. Pure: the cluster layer's load result comes in as plain facts.

export type KubeconfigState =
  /** None of the files exists: nothing was ever set up (or KUBECONFIG names files that are gone). */
  | { readonly kind: 'no-file'; readonly paths: readonly string[]; readonly fromEnv: boolean }
  /** Every file that exists failed to parse. */
  | { readonly kind: 'unreadable'; readonly file: string; readonly message: string }
  /** The files were read and define no context. */
  | { readonly kind: 'no-contexts'; readonly files: readonly string[]; readonly fromEnv: boolean }
  /** Contexts exist, but current-context is unset or names none of them. */
  | { readonly kind: 'no-current-context'; readonly files: readonly string[]; readonly contexts: number };

export interface KubeconfigFacts {
  /** The files looked at, in precedence order. */
  readonly paths: readonly string[];
  /** Whether KUBECONFIG named them (otherwise the default ~/.kube/config). */
  readonly fromEnv: boolean;
  readonly files: readonly string[];
  readonly problems: readonly { readonly file: string; readonly message: string }[];
  readonly contexts: number;
  /** The context in use (Podwright's choice, else current-context), if it exists. */
  readonly selected: string | undefined;
}

/** The first-run problem of this kubeconfig; undefined when a context is ready to use. */
export function kubeconfigState(facts: KubeconfigFacts): KubeconfigState | undefined {
  if (facts.files.length === 0) {
    const problem = facts.problems[0];
    return problem
      ? { kind: 'unreadable', file: problem.file, message: problem.message }
      : { kind: 'no-file', paths: facts.paths, fromEnv: facts.fromEnv };
  }
  if (facts.contexts === 0) return { kind: 'no-contexts', files: facts.files, fromEnv: facts.fromEnv };
  if (facts.selected === undefined) return { kind: 'no-current-context', files: facts.files, contexts: facts.contexts };
  return undefined;
}

/** Whether picking another context can help: only when there is one to pick. */
export function switchingContextHelps(state: KubeconfigState): boolean {
  return state.kind === 'no-current-context';
}

/** Whether the way out is getting a cluster (kind, minikube, Docker Desktop) or a kubeconfig. */
export function needsACluster(state: KubeconfigState): boolean {
  return state.kind === 'no-file' || state.kind === 'no-contexts';
}
