// "Podwright: Open Sample Pod" (the walkthrough's buttons): the sample in a new untitled YAML
// editor, so nothing is written to the user's folders until they save it.
import * as vscode from 'vscode';
import type { PodwrightCommand } from '../command';
import { isSampleKind, sampleManifest, type SampleKind } from './samplePods';

async function openSample(kind: SampleKind): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: sampleManifest(kind) });
  return vscode.window.showTextDocument(document);
}

export const openSamplePod: PodwrightCommand = {
  id: 'podwright.openSamplePod',
  run: (_context, kind?: unknown) => openSample(isSampleKind(kind) ? kind : 'pod'),
};

export const openBrokenSample: PodwrightCommand = {
  id: 'podwright.openBrokenSample',
  run: () => openSample('broken'),
};
