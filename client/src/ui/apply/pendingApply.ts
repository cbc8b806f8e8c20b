// The decision on an apply, taken without a modal dialog over the diff: while one is pending the
// diff editor's title bar shows Apply and Cancel (context key `podwright.applyPending`), a
// non-modal notification offers the same, and closing the diff cancels. The first answer wins.
import * as vscode from 'vscode';
import type { Dialogs, Question } from '../shared/dialogs';
import type { PodwrightCommand } from '../command';

const CONTEXT_KEY = 'podwright.applyPending';

type Settle = (choice: string | undefined) => void;

/** The window's one pending decision (a second apply cancels the first's). Lives in the cluster UI. */
export class PendingApply {
  private pending: Settle | undefined;

  /** Answers the pending decision, if any; false when nothing was pending. */
  settle(choice: string | undefined): boolean {
    const settle = this.pending;
    if (!settle) return false;
    settle(choice);
    return true;
  }

  /**
   * Waits for the person's decision on `question` (the id of the apply choice, or undefined when
   * cancelled) while the diff of `right` is open. The question also goes to `dialogs.decide`, where
   * tests answer it and VS Code shows a notification.
   */
  async decide(dialogs: Dialogs, question: Question, right: vscode.Uri): Promise<string | undefined> {
    this.settle(undefined);
    const disposables: vscode.Disposable[] = [];
    try {
      return await new Promise<string | undefined>((resolve) => {
        let settled = false;
        const settle: Settle = (choice) => {
          if (settled) return;
          settled = true;
          resolve(choice);
        };
        this.pending = settle;
        void vscode.commands.executeCommand('setContext', CONTEXT_KEY, true);
        disposables.push(
          vscode.window.tabGroups.onDidChangeTabs((event) => {
            if (event.closed.some((tab) => showsDiff(tab, right))) settle(undefined);
          }),
        );
        dialogs.decide(question).then(settle, () => settle(undefined));
      });
    } finally {
      this.pending = undefined;
      for (const disposable of disposables) disposable.dispose();
      void vscode.commands.executeCommand('setContext', CONTEXT_KEY, false);
    }
  }

  dispose(): void {
    this.settle(undefined);
  }
}

/** Whether a tab shows the diff whose modified side is `right`. */
function showsDiff(tab: vscode.Tab, right: vscode.Uri): boolean {
  return tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === right.toString();
}

/** The diff title's Apply: applies what the diff shows. */
export const confirmPendingApply: PodwrightCommand = {
  id: 'podwright.acceptApply',
  run: (context) => context.clusterUi.pendingApply.settle('apply'),
};

/** The diff title's Cancel. */
export const cancelPendingApply: PodwrightCommand = {
  id: 'podwright.cancelApply',
  run: (context) => context.clusterUi.pendingApply.settle(undefined),
};
