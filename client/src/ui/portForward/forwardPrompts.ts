// Asking which pod port to forward (the ports the pod declares, with names and containers, or one
// typed in) and which local port to listen on (the same number when that works, else a suggestion
// with the reason: a port below 1024 needs root, or the port is in use).
import * as vscode from 'vscode';
import type { Pod } from '../../core/kube/kubeTypes';
import { chooseLocalPort } from '../../models/portForward/localPort';
import { parseRemotePort, podPorts } from '../../models/portForward/podPorts';
import { localize } from '../shared/localize';

interface PortItem extends vscode.QuickPickItem {
  readonly port?: number;
}

async function typeRemotePort(pod: Pod): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({
    title: localize('Port-forward to pod {0}', pod.metadata.name ?? ''),
    prompt: vscode.l10n.t('Port of the pod (a number, or the name of a declared port)'),
    validateInput: (value) =>
      parseRemotePort(pod, value) === undefined
        ? vscode.l10n.t('Enter a port number from 1 to 65535 or a port name the pod declares.')
        : undefined,
  });
  return text === undefined ? undefined : parseRemotePort(pod, text);
}

export async function askRemotePort(pod: Pod): Promise<number | undefined> {
  const ports = podPorts(pod).filter((p) => p.protocol === 'TCP');
  if (ports.length === 0) return typeRemotePort(pod);
  const items: PortItem[] = ports.map((p) => ({
    label: String(p.port),
    description: [p.name, vscode.l10n.t('container {0}', p.container)].filter((part) => part).join(' · '),
    port: p.port,
  }));
  items.push({ label: vscode.l10n.t('Another port…'), description: vscode.l10n.t('type a port number or name') });
  const chosen = await vscode.window.showQuickPick(items, {
    title: localize('Port-forward to pod {0}', pod.metadata.name ?? ''),
    placeHolder: vscode.l10n.t('Which port of the pod?'),
  });
  if (!chosen) return undefined;
  return chosen.port ?? typeRemotePort(pod);
}

export async function askLocalPort(remotePort: number): Promise<number | undefined> {
  const choice = await chooseLocalPort(remotePort);
  const prompt =
    choice.reason === 'same'
      ? vscode.l10n.t('Local port on 127.0.0.1')
      : choice.reason === 'privileged'
        ? localize('Local port on 127.0.0.1 ({0} is below 1024, which needs administrator rights; {1} is free)', remotePort, choice.port)
        : localize('Local port on 127.0.0.1 ({0} is in use; {1} is free)', remotePort, choice.port);
  const text = await vscode.window.showInputBox({
    title: localize('Port-forward to port {0}', remotePort),
    prompt,
    value: String(choice.port),
    validateInput: (value) =>
      /^\d+$/.test(value.trim()) && Number(value) > 0 && Number(value) < 65536
        ? undefined
        : vscode.l10n.t('Enter a port number from 1 to 65535.'),
  });
  return text === undefined ? undefined : Number(text.trim());
}
