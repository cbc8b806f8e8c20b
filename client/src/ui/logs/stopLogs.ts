// Editor title button of a log document: stop following (streams and the pod watch close).
import * as vscode from 'vscode';
import type { PodwrightCommand } from '../command';

export const stopLogs: PodwrightCommand = {
  id: 'podwright.stopLogs',
  run: (context, uri?: unknown) => {
    const logs = context.podViews.logs;
    logs.sessionOf(uri instanceof vscode.Uri ? uri : undefined)?.stop();
  },
};
