// Editor title button of a log document: read the log again from the tail and follow it.
import * as vscode from 'vscode';
import { podViews } from '../podViews';
import type { PodwrightCommand } from '../command';

export const restartLogs: PodwrightCommand = {
  id: 'podwright.restartLogs',
  run: (_context, uri?: unknown) => {
    const logs = podViews().logs;
    logs.sessionOf(uri instanceof vscode.Uri ? uri : undefined)?.restart();
  },
};
