// Editor title button of a log document: read the log again from the tail and follow it.
import * as vscode from 'vscode';
import type { PodwrightCommand } from '../command';

export const restartLogs: PodwrightCommand = {
  id: 'podwright.restartLogs',
  run: (context, uri?: unknown) => {
    const logs = context.podViews.logs;
    logs.sessionOf(uri instanceof vscode.Uri ? uri : undefined)?.restart();
  },
};
