// Opening the getting-started walkthrough (package.json contributes.walkthroughs) at one step,
// from error messages and the explorer's first-run rows.
import * as vscode from 'vscode';

/** `publisher.name#walkthrough id`, as VS Code names a contributed walkthrough. */
export const WALKTHROUGH_ID = 'podwright.podwright#podwright.gettingStarted';

export type WalkthroughStep = 'write' | 'fix' | 'connect' | 'apply' | 'pods' | 'portForward' | 'logs' | 'exec' | 'breakIt';

export function openWalkthroughStep(step: WalkthroughStep): Thenable<unknown> {
  return vscode.commands.executeCommand(
    'workbench.action.openWalkthrough',
    { category: WALKTHROUGH_ID, step: `${WALKTHROUGH_ID}#${step}` },
    false,
  );
}
