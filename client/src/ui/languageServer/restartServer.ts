// "Podwright: Restart Language Server": a fresh server process, e.g. after it was given up on.
import * as vscode from 'vscode';
import type { PodwrightCommand } from '../command';

export const restartServer: PodwrightCommand = {
  id: 'podwright.restartServer',
  run: (context) =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Restarting the Podwright language server') },
      () => context.server.restart(),
    ),
};
