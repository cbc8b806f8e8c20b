// The `podwright-diff:` documents: the two sides of an apply's diff (live and after apply), kept
// in memory for the diff editor. Read-only, like every content-provider document.
import * as vscode from 'vscode';

export const DIFF_SCHEME = 'podwright-diff';
/** Enough for the diffs a person still has open; the oldest are forgotten first. */
const KEEP = 20;

/** An open diff: its modified side (what the diff tab is known by) and a way to close it. */
export interface OpenDiff {
  readonly right: vscode.Uri;
  close(): Promise<void>;
}

export class DiffDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private counter = 0;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Opens VS Code's diff editor on two texts; `name` ends up in both paths (`…/name.live.yaml`).
   * Resolves with the diff, which can close itself again. */
  async show(name: string, before: string, after: string, title: string): Promise<OpenDiff> {
    const id = ++this.counter;
    const left = vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${id}/${name}.live.yaml` });
    const right = vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${id}/${name}.applied.yaml` });
    this.remember(left, before);
    this.remember(right, after);
    await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true } satisfies vscode.TextDocumentShowOptions);
    const close = async (): Promise<void> => {
      const tabs = vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === right.toString());
      if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
    };
    return { right, close };
  }

  private remember(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    while (this.texts.size > KEEP * 2) {
      const oldest = this.texts.keys().next().value;
      if (oldest === undefined) break;
      this.texts.delete(oldest);
    }
  }

  dispose(): void {
    this.registration.dispose();
    this.texts.clear();
  }
}
