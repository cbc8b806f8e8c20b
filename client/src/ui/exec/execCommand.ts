// "Podwright: Open Shell in Container" (exec): a pod from the explorer or picked from Podwright's
// namespace, a container (the default-container annotation first), and a terminal running the
// configured shell with a TTY, falling back to sh when the image has no bash (PowerShell, then cmd,
// on a Windows pod or node); the shell that worked is remembered per image and tried first. Tests and other
// callers may pass `{ target, container, shell }` to choose without asking.
import * as vscode from 'vscode';
import { reportClusterError } from '../shared/clusterCall';
import type { PodwrightContext } from '../../context';
import { clusterExecRunner } from '../../models/exec/clusterRunner';
import { execContainers, type ExecContainer } from '../../models/exec/containers';
import { ExecSession } from '../../models/exec/execSession';
import { ShellMemory, runsOnWindows } from '../../models/exec/shellMemory';
import { shellCandidates } from '../../models/exec/shells';
import type { Pod } from '../../core/kube/kubeTypes';
import { openExecTerminal, type CloseOnExit, type ExecTerminal } from './execTerminal';
import { isPodTarget, type PodTarget } from '../../core/kube/podTarget';
import type { PodwrightCommand } from '../command';
import { podCommandTarget, readPod } from '../explorer/podCommandTarget';
import type { Dialogs } from '../shared/dialogs';

interface ExecArguments {
  readonly target?: PodTarget;
  readonly container?: string;
  readonly shell?: string;
}

function argumentsOf(arg: unknown): ExecArguments {
  if (isPodTarget(arg)) return { target: arg };
  if (typeof arg !== 'object' || arg === null) return {};
  const { target, container, shell } = arg as Record<string, unknown>;
  return {
    ...(isPodTarget(target) ? { target } : {}),
    ...(typeof container === 'string' && container !== '' ? { container } : {}),
    ...(typeof shell === 'string' && shell !== '' ? { shell } : {}),
  };
}

async function pickContainer(pod: Pod, containers: readonly ExecContainer[]): Promise<string | undefined> {
  if (containers.length === 1) return containers[0]?.name;
  const items = containers.map((c) => ({
    label: c.name,
    description: [c.isDefault ? vscode.l10n.t('default') : undefined, c.role === 'container' ? undefined : c.role, c.image]
      .filter((p) => p)
      .join(' · '),
    detail: c.running ? undefined : vscode.l10n.t('not running'),
    name: c.name,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Shell in pod {0}', pod.metadata.name ?? ''),
    placeHolder: vscode.l10n.t('Which container?'),
  });
  return chosen?.name;
}

/** An image without a shell (distroless, scratch) can still be debugged: offer a debug container targeting it. */
function offerDebugger(ui: Dialogs, session: ExecSession, target: PodTarget, container: string): void {
  session.on('end', (end) => {
    if (end.kind !== 'no-shell') return;
    const choices = [{ id: 'debug', title: vscode.l10n.t('Debug with an ephemeral container') }];
    void ui
      .notify({
        id: 'exec-no-shell',
        severity: 'warning',
        message: vscode.l10n.t('Container "{0}" has no shell. A debug container can target it and see its processes.', container),
        choices,
      })
      .then((choice) =>
        choice === 'debug' ? vscode.commands.executeCommand('podwright.debugContainer', { target, container }) : undefined,
      );
  });
}

async function openShell(context: PodwrightContext, ui: Dialogs, arg: unknown): Promise<ExecTerminal | undefined> {
  const args = argumentsOf(arg);
  try {
    const resolved = await podCommandTarget(context, args.target, vscode.l10n.t('Open shell'), vscode.l10n.t('Open a shell in which pod?'));
    if (!resolved) return undefined;
    const { api, target } = resolved;
    const pod = await readPod(api, target);
    const containers = execContainers(pod);
    const container = args.container ?? target.container ?? (await pickContainer(pod, containers));
    if (container === undefined) {
      if (containers.length === 0)
        void vscode.window.showWarningMessage(vscode.l10n.t('Pod {0} has no container a shell can run in.', target.name));
      return undefined;
    }
    const config = vscode.workspace.getConfiguration('podwright.exec', vscode.workspace.workspaceFolders?.[0]);
    const windows = await runsOnWindows(pod, (node) => api.get({ apiVersion: 'v1', kind: 'Node', name: node }));
    const memory = new ShellMemory(context.extension.globalState);
    const image = containers.find((c) => c.name === container)?.image;
    // An explicitly passed shell is tried first as asked; otherwise what worked last in this image.
    const candidates = shellCandidates(args.shell ?? config.get<string>('shell'), windows);
    const shells = args.shell !== undefined ? candidates : memory.order(candidates, image);
    const session = new ExecSession(clusterExecRunner(api, { namespace: target.namespace, pod: target.name, container }), shells);
    if (!windows) offerDebugger(ui, session, target, container);
    if (image !== undefined) session.once('started', (shell) => void memory.remember(image, shell));
    const closeOnExit = config.get<CloseOnExit>('closeOnExit') ?? 'afterKeyPress';
    return openExecTerminal(`${target.name}/${container}`, session, { pod: target.name, container }, closeOnExit);
  } catch (error) {
    reportClusterError(context, error, vscode.l10n.t('Open shell'));
    return undefined;
  }
}

export const exec: PodwrightCommand = {
  id: 'podwright.exec',
  run: (context, arg?: unknown) => openShell(context, context.dialogs, arg),
};
