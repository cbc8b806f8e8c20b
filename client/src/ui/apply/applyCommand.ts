// "Podwright: Apply to Cluster": the active YAML file (editor title, context menus, palette), or
// the documents the selection touches. See apply/applyFlow.ts for the steps.
import * as vscode from 'vscode';
import { runApply } from './applyFlow';
import type { PodwrightCommand } from '../command';

const MANIFEST_SCHEMES = new Set(['file', 'untitled']);

async function documentFor(arg: unknown): Promise<{ document: vscode.TextDocument; editor?: vscode.TextEditor } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (arg instanceof vscode.Uri && arg.toString() !== editor?.document.uri.toString()) {
    // From the explorer: the file as saved (or as open in another editor).
    return { document: await vscode.workspace.openTextDocument(arg) };
  }
  return editor ? { document: editor.document, editor } : undefined;
}

export const apply: PodwrightCommand = {
  id: 'podwright.apply',
  run: async (context, arg?: unknown) => {
    const target = await documentFor(arg);
    // Manifests on disk or unsaved; not the diff, live YAML or other virtual documents.
    if (!target || target.document.languageId !== 'yaml' || !MANIFEST_SCHEMES.has(target.document.uri.scheme)) {
      void context.dialogs.notify({
        id: 'apply-no-file',
        severity: 'warning',
        message: vscode.l10n.t('Open a Kubernetes YAML file to apply it.'),
      });
      return undefined;
    }
    const { document, editor } = target;
    const selections = (editor?.selections ?? []).map((s) => ({ start: document.offsetAt(s.start), end: document.offsetAt(s.end) }));
    return runApply(context, { document, selections, ...(editor ? { editor } : {}) });
  },
};
