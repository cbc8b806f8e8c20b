// The decision on an apply, taken without a modal dialog over the diff: while one is pending the
// diff editor's title bar shows Apply and Cancel (context key `podwright.applyPending`), a
// non-modal notification offers the same, and closing the diff cancels. The first answer wins.
import * as vscode from 'vscode';
import type { Dialogs, Question } from '../shared/dialogs';
import type { PodwrightCommand } from '../command';

const CONTEXT_KEY = 'podwright.applyPending';

type Settle = (choice: string | undefined) => void;

/** The one pending decision (a second apply waits behind the first's diff). */
let pending: Settle | undefined;

function settlePending(choice: string | undefined): boolean {
  const settle = pending;
  if (!settle) return false;
  settle(choice);
  return true;
}

/** Whether a tab shows the diff whose modified side is `right`. */
function showsDiff(tab: vscode.Tab, right: vscode.Uri): boolean {
  return tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === right.toString();
}

/**
 * Waits for the person's decision on `question` (the id of the apply choice, or undefined when
 * cancelled) while the diff of `right` is open. The question also goes to `dialogs.decide`, where
 * tests answer it and VS Code shows a notification.
 */
export async function decideApply(dialogs: Dialogs, question: Question, right: vscode.Uri): Promise<string | undefined> {
  settlePending(undefined);
  const disposables: vscode.Disposable[] = [];
  try {
    return await new Promise<string | undefined>((resolve) => {
      let settled = false;
      const settle: Settle = (choice) => {
        if (settled) return;
        settled = true;
        resolve(choice);
      };
      pending = settle;
      void vscode.commands.executeCommand('setContext', CONTEXT_KEY, true);
      disposables.push(vscode.window.tabGroups.onDidChangeTabs((event) => {
        if (event.closed.some((tab) => showsDiff(tab, right))) settle(undefined);
      }));
      dialogs.decide(question).then(settle, () => settle(undefined));
    });
  } finally {
    pending = undefined;
    for (const disposable of disposables) disposable.dispose();
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, false);
  }
}

/** The diff title's Apply: applies what the diff shows. */
export const confirmPendingApply: PodwrightCommand = {
  id: 'podwright.acceptApply',
  run: () => settlePending('apply'),
};

/** The diff title's Cancel. */
export const cancelPendingApply: PodwrightCommand = {
  id: 'podwright.cancelApply',
  run: () => settlePending(undefined),
};
