// Starting a debug container, independent of VS Code: read the pod, refuse Windows pods (their
// containers share no process namespace and busybox is a Linux image), reuse a running debugger
// of the same image and target or add one, then watch the pod until the debugger runs or fails.
import type { ClusterApi } from '../../cluster/index';
import { debuggerState, planDebugger, type DebuggerState } from '../../core/debug/debugContainer';
import type { Pod } from '../../core/kube/kubeTypes';
import { asKind } from '../../core/kube/kinds';
import { isWindowsPod } from '../exec/shells';

export interface DebugTarget {
  readonly namespace: string;
  readonly pod: string;
  /** The container whose processes the debugger sees. */
  readonly container: string;
}

export interface DebuggerStarted {
  /** Whether a running debugger was reused (no container was added). */
  readonly reused: boolean;
  readonly name: string;
}

/** Refused before asking the cluster. */
export class DebugRefused extends Error {
  constructor(
    readonly reason: 'windows',
    message: string,
  ) {
    super(message);
    this.name = 'DebugRefused';
  }
}

/** The debugger was added but will not run (its image cannot be pulled, or it exited). */
export class DebuggerFailed extends Error {
  constructor(
    readonly container: string,
    readonly reason: string,
    readonly detail: string | undefined,
  ) {
    super(`Debug container "${container}" did not start: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'DebuggerFailed';
  }
}

export interface StartOptions {
  readonly random?: () => number;
  /** Cancels the wait (the added container stays: ephemeral containers cannot be removed). */
  readonly signal?: AbortSignal;
  /** The debugger's state each time the pod changes while waiting. */
  readonly onState?: (name: string, state: DebuggerState) => void;
}

export async function startDebugger(
  api: ClusterApi,
  target: DebugTarget,
  image: string,
  options: StartOptions = {},
): Promise<DebuggerStarted> {
  const pod = await api.get({ apiVersion: 'v1', kind: 'Pod', name: target.pod, namespace: target.namespace });
  if (isWindowsPod(pod))
    throw new DebugRefused(
      'windows',
      `Pod "${target.pod}" runs on Windows nodes, where debug containers cannot share a container's processes.`,
    );
  const plan = planDebugger(pod, { image, target: target.container }, options.random ?? Math.random);
  const name = plan.kind === 'reuse' ? plan.name : plan.container.name;
  if (plan.kind === 'add') await api.addEphemeralContainer(target.pod, plan.container, target.namespace);
  await waitForDebugger(api, target, name, options);
  return { reused: plan.kind === 'reuse', name };
}

/** Resolves once the debugger runs; rejects when it fails, the pod goes, or the signal aborts. */
export async function waitForDebugger(api: ClusterApi, target: DebugTarget, name: string, options: StartOptions = {}): Promise<void> {
  let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  const done = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // It may settle (an abort) while the watch is still opening, before anything awaits it.
  done.catch(() => undefined);
  const check = (pod: Pod): void => {
    const state = debuggerState(pod, name);
    options.onState?.(name, state);
    if (state.kind === 'running') settle?.resolve();
    else if (state.kind === 'failed') settle?.reject(new DebuggerFailed(name, state.reason, state.message));
  };
  const onAbort = (): void => settle?.reject(options.signal?.reason ?? new Error('cancelled'));
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const watch = await api.watch(
    'v1',
    'Pod',
    {
      onList: (items) => {
        const pod = items[0];
        if (pod) check(asKind('Pod', pod));
        else settle?.reject(new Error(`Pod "${target.pod}" no longer exists.`));
      },
      onEvent: (type, object) => {
        if (type === 'DELETED') settle?.reject(new Error(`Pod "${target.pod}" was deleted.`));
        else check(asKind('Pod', object));
      },
      onError: (error, willRetry) => {
        if (!willRetry) settle?.reject(error);
      },
    },
    { namespace: target.namespace, fieldSelector: `metadata.name=${target.pod}` },
  );
  try {
    await done;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    watch.stop();
  }
}
