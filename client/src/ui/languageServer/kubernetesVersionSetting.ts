// Reading and writing `podwright.kubernetesVersion`, shared by the status bar, the quick pick and
// the internal set-version command.
import * as vscode from 'vscode';
import type { KubernetesVersions } from './kubernetesVersions';

const SECTION = 'podwright';
const KEY = 'kubernetesVersion';

/** `podwright.kubernetesVersion` is `cluster`: the current context's version. */
export function isClusterVersionSetting(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<unknown>(KEY) === 'cluster';
}

export function currentKubernetesVersion(versions: KubernetesVersions): string {
  const value = vscode.workspace.getConfiguration(SECTION).get<unknown>(KEY);
  return typeof value === 'string' && versions.all.includes(value) ? value : versions.defaultVersion;
}

/** Writes where the effective value comes from today: the workspace when one is open or already
 * sets it, else the user settings. */
export async function writeKubernetesVersion(version: string): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const inspected = config.inspect<string>(KEY);
  const hasWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  const target =
    inspected?.workspaceValue !== undefined || hasWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(KEY, version, target);
}
