// "Show in Pods" (an apply's next step): starts the Pods view if it had not, focuses it and selects
// the pod's row, expanding its context and namespace. A pod just applied may not be listed yet, so
// each tree update is another chance until the watch has it.
import * as vscode from 'vscode';
import type { PodTarget } from '../../core/kube/podTarget';
import type { PodwrightCommand } from '../command';
import type { PodViews } from '../podViews';
import { isPodTarget } from '../../core/kube/podTarget';

/** How many tree updates to wait through before giving up (the watch lists within a few). */
const ATTEMPTS = 20;
const QUIET_MS = 500;

function nextChange(views: PodViews): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, QUIET_MS);
    const subscription = views.explorer.onDidChangeTreeData(done);
    function done(): void {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
  });
}

export async function revealPod(views: PodViews, target: PodTarget): Promise<boolean> {
  if (!views.explorer.isStarted) views.explorer.refresh();
  await vscode.commands.executeCommand('podwright.pods.focus');
  const node = views.explorer.podNode(target.context, target.namespace, target.name);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      await views.treeView.reveal(node, { select: true, focus: true, expand: false });
      if (views.treeView.selection.some((selected) => selected.id === node.id)) return true;
    } catch {
      // Not listed yet: wait for the watch.
    }
    await nextChange(views);
  }
  return false;
}

export const showInPods: PodwrightCommand = {
  id: 'podwright.showInPods',
  run: (context, target?: unknown) => (isPodTarget(target) ? revealPod(context.podViews, target) : Promise.resolve(false)),
};
