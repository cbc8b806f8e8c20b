// "Podwright: Debug with an Ephemeral Container": a pod (or a container) from the explorer or
// picked from Podwright's namespace, the container to target, an image (busybox first, then recent
// choices, or any typed image), then a debugger that can see the target's processes, and a
// terminal in it. A debugger of the same image and target that still runs is reused. Tests and
// other callers may pass `{ target, container, image }` to choose without asking.
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import type { PodwrightContext } from '../../context';
import { rememberImage } from '../../core/debug/debugImages';
import { isPodTarget, type PodTarget } from '../../core/kube/podTarget';
import type { Pod } from '../../core/kube/kubeTypes';
import { startDebugger, type DebuggerStarted, type DebugTarget } from '../../models/debug/debugSession';
import { clusterExecRunner } from '../../models/exec/clusterRunner';
import { execContainers } from '../../models/exec/containers';
import { ExecSession } from '../../models/exec/execSession';
import { shellCandidates } from '../../models/exec/shells';
import type { PodwrightCommand } from '../command';
import { podCommandTarget, readPod } from '../explorer/podCommandTarget';
import { openExecTerminal, type CloseOnExit, type ExecTerminal } from '../exec/execTerminal';
import type { Dialogs } from '../shared/dialogs';
import { explainDebugError } from './debugText';
import { pickDebugImage } from './imagePicker';

const RECENT_IMAGES_KEY = 'podwright.debug.recentImages';

interface DebugArguments {
  readonly target?: PodTarget;
  readonly container?: string;
  readonly image?: string;
}

/** What the command returns (for tests): the terminal and the debugger, or why there is none. */
export interface DebugResult {
  readonly terminal?: ExecTerminal;
  readonly debugger?: DebuggerStarted;
  readonly error?: string;
}

function argumentsOf(arg: unknown): DebugArguments {
  if (isPodTarget(arg)) return { target: arg };
  if (typeof arg !== 'object' || arg === null) return {};
  const { target, container, image } = arg as Record<string, unknown>;
  return {
    ...(isPodTarget(target) ? { target } : {}),
    ...(typeof container === 'string' && container !== '' ? { container } : {}),
    ...(typeof image === 'string' && image.trim() !== '' ? { image: image.trim() } : {}),
  };
}

async function pickTarget(pod: Pod): Promise<string | undefined> {
  const containers = execContainers(pod).filter((c) => c.role !== 'ephemeral');
  if (containers.length <= 1) return containers[0]?.name;
  const chosen = await vscode.window.showQuickPick(
    containers.map((c) => ({ label: c.name, description: c.image, name: c.name })),
    {
      title: vscode.l10n.t('Debug container in pod {0}', pod.metadata.name ?? ''),
      placeHolder: vscode.l10n.t('Whose processes should the debug container see?'),
    },
  );
  return chosen?.name;
}

function cancelled(): Error {
  const error = new Error('cancelled');
  error.name = 'AbortError';
  return error;
}

/** Clicks on the same pod, target and image while one is starting share it instead of adding two debuggers. */
const starting = new Map<string, Promise<DebuggerStarted>>();

function startOnce(api: ClusterApi, target: DebugTarget, image: string): Promise<DebuggerStarted> {
  const key = JSON.stringify([api.context, target.namespace, target.pod, target.container, image]);
  const running = starting.get(key);
  if (running) return running;
  const started = vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      cancellable: true,
      title: vscode.l10n.t('Starting a debug container ({0}) in pod {1}', image, target.pod),
    },
    (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort(cancelled()));
      return startDebugger(api, target, image, {
        signal: abort.signal,
        onState: (name, state) => progress.report({ message: state.kind === 'starting' ? `${name}: ${state.reason ?? '…'}` : name }),
      });
    },
  );
  const shared = Promise.resolve(started).finally(() => starting.delete(key));
  starting.set(key, shared);
  return shared;
}

async function debugContainer(context: PodwrightContext, ui: Dialogs, arg: unknown): Promise<DebugResult | undefined> {
  const args = argumentsOf(arg);
  let podName = args.target?.name ?? '';
  try {
    const resolved = await podCommandTarget(context, args.target, vscode.l10n.t('Debug container'), vscode.l10n.t('Debug which pod?'));
    if (!resolved) return undefined;
    const { api, target } = resolved;
    podName = target.name;
    const pod = await readPod(api, target);
    const container = args.container ?? target.container ?? (await pickTarget(pod));
    if (container === undefined) return undefined;
    const state = context.extension.globalState;
    const recent = state.get<string[]>(RECENT_IMAGES_KEY, []);
    const image = args.image ?? (await pickDebugImage(recent, target.name));
    if (image === undefined) return undefined;
    await state.update(RECENT_IMAGES_KEY, rememberImage(recent, image));
    const started = await startOnce(api, { namespace: target.namespace, pod: target.name, container }, image);
    const config = vscode.workspace.getConfiguration('podwright.exec', vscode.workspace.workspaceFolders?.[0]);
    const session = new ExecSession(
      clusterExecRunner(api, { namespace: target.namespace, pod: target.name, container: started.name }),
      shellCandidates(config.get<string>('shell'), false),
    );
    const terminal = openExecTerminal(
      `${target.name}/${started.name}`,
      session,
      { pod: target.name, container: started.name },
      config.get<CloseOnExit>('closeOnExit') ?? 'afterKeyPress',
    );
    return { terminal, debugger: started };
  } catch (error) {
    // Cancelled while waiting: the person knows; the debugger stays in the pod and is reused next time.
    if (error instanceof Error && error.name === 'AbortError') return undefined;
    const message = explainDebugError(error, podName);
    void ui.notify({ id: 'debug-error', severity: 'error', message });
    return { error: message };
  }
}

export const debugContainerCommand: PodwrightCommand = {
  id: 'podwright.debugContainer',
  run: (context, arg?: unknown) => debugContainer(context, context.dialogs, arg),
};
