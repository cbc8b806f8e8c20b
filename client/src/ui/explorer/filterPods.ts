// "Podwright: Filter Pods": a name part (`web`) or a label selector (`app=web,tier!=db`), applied
// to the pods the explorer already watches. Tests and other callers may pass the text.
import * as vscode from 'vscode';
import { parsePodFilter } from '../../models/explorer/podFilter';
import type { PodwrightCommand } from '../command';

export const filterPods: PodwrightCommand = {
  id: 'podwright.filterPods',
  run: async (context, text?: unknown) => {
    const explorer = context.podViews.explorer;
    const input =
      typeof text === 'string'
        ? text
        : await context.dialogs.input({
            id: 'pod-filter',
            prompt: vscode.l10n.t('Filter pods by name, or by a label selector such as app=web,tier!=db'),
            value: explorer.filter?.text ?? '',
            validate: (value) => {
              const parsed = parsePodFilter(value);
              return parsed.ok ? undefined : vscode.l10n.t('Not a label selector: {0}', parsed.error);
            },
          });
    if (input === undefined) return;
    const parsed = parsePodFilter(input);
    if (!parsed.ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Not a label selector: {0}', parsed.error));
      return;
    }
    explorer.setFilter(parsed.filter);
  },
};
