// "Podwright: Port-Forward": a pod from the explorer (or picked), one of its ports (or a typed one),
// and a local port on 127.0.0.1 that works for this user (8080 for 80 rather than "permission
// denied"). The forward follows the pod's replacements and shows in the Port Forwards view.
// `{ target, remotePort, localPort }` chooses without asking (tests, other commands).
import * as vscode from 'vscode';
import { reportClusterError } from '../shared/clusterCall';
import type { PodwrightContext } from '../../context';
import { askLocalPort, askRemotePort } from './forwardPrompts';
import { issueText } from './forwardText';
import type { PortForward } from '../../models/portForward/forward';
import { chooseLocalPort } from '../../models/portForward/localPort';
import { isPodTarget, type PodTarget } from '../../core/kube/podTarget';
import type { Dialogs } from '../shared/dialogs';
import type { PodwrightCommand } from '../command';
import { podCommandTarget, readPod } from '../explorer/podCommandTarget';
import { localize } from '../shared/localize';

interface ForwardArguments {
  readonly target?: PodTarget;
  readonly remotePort?: number;
  readonly localPort?: number;
}

function argumentsOf(arg: unknown): ForwardArguments {
  if (isPodTarget(arg)) return { target: arg };
  if (typeof arg !== 'object' || arg === null) return {};
  const { target, remotePort, localPort } = arg as Record<string, unknown>;
  const port = (value: unknown): number | undefined =>
    typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 65536 ? value : undefined;
  const remote = port(remotePort);
  const local = port(localPort);
  return { ...(isPodTarget(target) ? { target } : {}), ...(remote ? { remotePort: remote } : {}), ...(local ? { localPort: local } : {}) };
}

function listenFailure(error: unknown, port: number): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return issueText({ kind: 'port-denied', port });
  if (code === 'EADDRINUSE') return issueText({ kind: 'port-busy', port });
  return undefined;
}

function announce(dialogs: Dialogs, forward: PortForward): void {
  // In a remote window the listener is on the remote machine: VS Code notices it and offers its
  // own forwarded port (with Open in Browser), so a second notification would only repeat it.
  if (vscode.env.remoteName !== undefined) {
    vscode.window.setStatusBarMessage(localize('Forwarding {0} to {1}:{2}.', forward.url, forward.pod, forward.spec.remotePort), 10_000);
    return;
  }
  void dialogs
    .notify({
      id: 'port-forward-started',
      severity: 'info',
      message: localize('Forwarding {0} to {1}:{2}.', forward.url, forward.pod, forward.spec.remotePort),
      choices: [
        { id: 'open', title: vscode.l10n.t('Open in Browser') },
        { id: 'copy', title: vscode.l10n.t('Copy URL') },
      ],
    })
    .then(async (choice) => {
      if (choice === 'open') await vscode.env.openExternal(vscode.Uri.parse(forward.url));
      if (choice === 'copy') await vscode.env.clipboard.writeText(forward.url);
    });
}

async function startForward(context: PodwrightContext, arg: unknown): Promise<PortForward | undefined> {
  const args = argumentsOf(arg);
  const what = vscode.l10n.t('Port-forward');
  let localPort: number | undefined;
  try {
    const resolved = await podCommandTarget(context, args.target, what, vscode.l10n.t('Port-forward to which pod?'));
    if (!resolved) return undefined;
    const { target } = resolved;
    const pod = await readPod(resolved.api, target);
    const remotePort = args.remotePort ?? (await askRemotePort(pod));
    if (remotePort === undefined) return undefined;
    localPort =
      args.localPort ?? (args.remotePort !== undefined ? (await chooseLocalPort(remotePort)).port : await askLocalPort(remotePort));
    if (localPort === undefined) return undefined;
    const spec = { context: target.context, namespace: target.namespace, pod: target.name, remotePort, localPort };
    const forward = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: localize('Starting port-forward to {0}:{1}', target.name, remotePort) },
      () => context.portForwards.manager.start(spec),
    );
    announce(context.dialogs, forward);
    return forward;
  } catch (error) {
    const listen = localPort !== undefined ? listenFailure(error, localPort) : undefined;
    if (listen) void context.dialogs.notify({ id: 'port-forward-listen', severity: 'error', message: listen });
    else reportClusterError(context, error, what);
    return undefined;
  }
}

export const portForward: PodwrightCommand = {
  id: 'podwright.portForward',
  run: (context, arg?: unknown) => startForward(context, arg),
};
