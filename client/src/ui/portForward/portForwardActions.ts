// The Port Forwards view's actions (also in the palette, asking which forward): open the local URL
// in the browser, copy it, stop the forward, restart it on the same local port.
import * as vscode from 'vscode';
import { forwardFromArgument } from './portForwards';
import type { PodwrightCommand } from '../command';

export const openPortForward: PodwrightCommand = {
  id: 'podwright.openPortForward',
  run: async (context, arg?: unknown) => {
    const forward = await forwardFromArgument(context.portForwards, arg, vscode.l10n.t('Open which port-forward in the browser?'));
    if (forward) await vscode.env.openExternal(vscode.Uri.parse(forward.url));
  },
};

export const copyPortForwardUrl: PodwrightCommand = {
  id: 'podwright.copyPortForwardUrl',
  run: async (context, arg?: unknown) => {
    const forward = await forwardFromArgument(context.portForwards, arg, vscode.l10n.t('Copy the URL of which port-forward?'));
    if (forward) await vscode.env.clipboard.writeText(forward.url);
  },
};

export const stopPortForward: PodwrightCommand = {
  id: 'podwright.stopPortForward',
  run: async (context, arg?: unknown) => {
    const forward = await forwardFromArgument(context.portForwards, arg, vscode.l10n.t('Stop which port-forward?'));
    if (forward) await context.portForwards.manager.stop(forward);
  },
};

export const restartPortForward: PodwrightCommand = {
  id: 'podwright.restartPortForward',
  run: async (context, arg?: unknown) => {
    const forward = await forwardFromArgument(context.portForwards, arg, vscode.l10n.t('Restart which port-forward?'));
    if (!forward) return undefined;
    try {
      return await context.portForwards.manager.restart(forward);
    } catch (error) {
      void context.dialogs.notify({
        id: 'port-forward-restart',
        severity: 'error',
        message: vscode.l10n.t(
          'Could not restart the port-forward on 127.0.0.1:{0}: {1}',
          forward.spec.localPort,
          error instanceof Error ? error.message : String(error),
        ),
      });
      return undefined;
    }
  },
};
