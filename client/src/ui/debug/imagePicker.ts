// The debug image QuickPick: busybox first, then recent choices, and whatever the user types as an
// item of its own ("Use image …"), checked before it is accepted.
import * as vscode from 'vscode';
import { DEFAULT_DEBUG_IMAGE, imageChoices, imageProblem, type ImageProblem } from '../../core/debug/debugImages';

interface ImageItem extends vscode.QuickPickItem {
  readonly image: string;
}

function problemText(problem: ImageProblem): string {
  switch (problem) {
    case 'empty':
      return vscode.l10n.t('Type an image reference, such as busybox:1.36.');
    case 'whitespace':
      return vscode.l10n.t('An image reference has no spaces.');
    case 'uppercase':
      return vscode.l10n.t('Image repository names are lower case.');
  }
}

export function pickDebugImage(recent: readonly string[], pod: string): Promise<string | undefined> {
  const known: ImageItem[] = imageChoices(recent).map((image) => ({
    label: image,
    image,
    description: image === DEFAULT_DEBUG_IMAGE ? vscode.l10n.t('small, with a shell and common tools') : vscode.l10n.t('recently used'),
  }));
  const pick = vscode.window.createQuickPick<ImageItem>();
  pick.title = vscode.l10n.t('Debug container in pod {0}', pod);
  pick.placeholder = vscode.l10n.t('Image for the debug container (choose, or type any image)');
  pick.items = known;
  pick.onDidChangeValue((value) => {
    const typed = value.trim();
    if (typed === '' || known.some((item) => item.image === typed)) {
      pick.items = known;
      return;
    }
    const problem = imageProblem(typed);
    const custom: ImageItem =
      problem === undefined
        ? { label: typed, image: typed, description: vscode.l10n.t('use this image') }
        : { label: typed, image: '', description: problemText(problem) };
    pick.items = [custom, ...known];
  });
  return new Promise<string | undefined>((resolve) => {
    let chosen: string | undefined;
    pick.onDidAccept(() => {
      const item = pick.selectedItems[0];
      if (!item || item.image === '') return;
      chosen = item.image;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}
