// Activation only: builds the Podwright context, starts the language server and registers the
// commands from their table. Features live in their own files.
import * as vscode from 'vscode';
import { KubeconfigClusterAccess } from './ui/cluster/clusterAccess';
import { registerClusterDiagnostics } from './ui/diagnosis/clusterDiagnostics';
import { registerClusterSchemas } from './ui/cluster/clusterSchemas';
import { clusterUi, registerClusterUi } from './clusterUi';
import { commands } from './ui/commands';
import { portForwards, registerPortForwards } from './ui/portForward/portForwards';
import type { PodwrightContext } from './context';
import { kubernetesVersionsFrom } from './ui/languageServer/kubernetesVersions';
import { PodwrightLanguageServer } from './ui/languageServer/languageClient';
import { KubernetesVersionStatus } from './ui/languageServer/statusBar';
import { useDialogs, type Dialogs } from './ui/shared/dialogs';
import { ClusterKubernetesVersion } from './ui/languageServer/clusterVersion';
import { registerDryRunOnSave } from './ui/dryRun/registerDryRunOnSave';
import { podViews, registerPodViews } from './ui/podViews';

/** What activate() returns to other extensions (and the integration tests). */
export interface PodwrightApi {
  /** Resolves once the language server has answered `initialize`. */
  whenServerReady(): Promise<void>;
  /** Replaces the questions and notices of the cluster commands (tests); undefined restores VS Code's. */
  useDialogs(dialogs: Dialogs | undefined): void;
  /** The Port Forwards view's tree, and the status bar text (undefined while hidden). */
  readonly portForwardTree: vscode.TreeDataProvider<unknown>;
  portForwardStatus(): string | undefined;
  /** The context status bar item's text ("$(server-environment) context: namespace"), undefined while hidden. */
  clusterStatus(): string | undefined;
  /** The pod explorer's tree as VS Code sees it (walk it with getChildren/getTreeItem). */
  readonly podTree: vscode.TreeDataProvider<unknown>;
  /** Resolves once the dry run started by the newest save of this file has finished (or was replaced). */
  dryRunSettled(uri: vscode.Uri): Promise<void>;
  /** The target version status bar item's text and tooltip (undefined while hidden). */
  versionStatus(): { text: string | undefined; tooltip: string | undefined };
}

let server: PodwrightLanguageServer | undefined;

export function activate(extension: vscode.ExtensionContext): PodwrightApi {
  const output = vscode.window.createOutputChannel('Podwright', { log: true });
  const versions = kubernetesVersionsFrom(extension.extension.packageJSON);
  server = new PodwrightLanguageServer(extension.asAbsolutePath('dist/server.js'), output);
  const cluster = new KubeconfigClusterAccess(extension.workspaceState);
  const context: PodwrightContext = { extension, server, versions, cluster };
  const clusterVersion = new ClusterKubernetesVersion(cluster, versions.all);
  server.useClusterVersion(() => clusterVersion.current?.version ?? versions.defaultVersion, clusterVersion.onDidChange);
  const versionStatus = new KubernetesVersionStatus(versions, clusterVersion);
  extension.subscriptions.push(output, server, cluster, clusterVersion, versionStatus);
  extension.subscriptions.push(registerClusterUi(context));
  const dryRunOnSave = registerDryRunOnSave(context);
  extension.subscriptions.push(dryRunOnSave);
  extension.subscriptions.push(registerClusterSchemas(context));
  extension.subscriptions.push(registerClusterDiagnostics(context));
  extension.subscriptions.push(registerPodViews(context));
  extension.subscriptions.push(registerPortForwards(context));
  for (const command of commands) {
    extension.subscriptions.push(vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.run(context, ...args)));
  }
  void server.start();
  const started = server;
  return { whenServerReady: () => started.whenReady(), useDialogs, podTree: podViews().explorer, portForwardTree: portForwards().tree, portForwardStatus: () => portForwards().status.text,
    clusterStatus: () => clusterUi().status.text,
    dryRunSettled: (uri) => dryRunOnSave.settled(uri),
    versionStatus: () => ({ text: versionStatus.text, tooltip: versionStatus.tooltip }) };
}

export async function deactivate(): Promise<void> {
  await server?.shutdown();
  server = undefined;
}
