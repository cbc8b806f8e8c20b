// Activation only: builds the Podwright context, starts the language server and registers the
// commands from their table. Features live in their own files.
import * as vscode from 'vscode';
import { KubeconfigClusterAccess } from './ui/cluster/clusterAccess';
import { createClusterDiagnostics } from './ui/diagnosis/clusterDiagnostics';
import { ClusterSchemas } from './ui/cluster/clusterSchemas';
import { createClusterUi } from './clusterUi';
import { commands } from './ui/commands';
import { createPortForwards } from './ui/portForward/portForwards';
import type { PodwrightBase, PodwrightContext } from './context';
import { kubernetesVersionsFrom } from './ui/languageServer/kubernetesVersions';
import { PodwrightLanguageServer } from './ui/languageServer/languageClient';
import { KubernetesVersionStatus } from './ui/languageServer/statusBar';
import { ReplaceableDialogs, type Dialogs } from './ui/shared/dialogs';
import { ClusterKubernetesVersion } from './ui/languageServer/clusterVersion';
import { registerDryRunOnSave } from './ui/dryRun/registerDryRunOnSave';
import { createPodViews } from './ui/podViews';

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
  const dialogs = new ReplaceableDialogs();
  const base: PodwrightBase = { extension, server, versions, cluster, dialogs };
  const clusterVersion = new ClusterKubernetesVersion(cluster, versions.all);
  server.useClusterVersion(() => clusterVersion.current?.version ?? versions.defaultVersion, clusterVersion.onDidChange);
  const versionStatus = new KubernetesVersionStatus(versions, clusterVersion);
  extension.subscriptions.push(output, server, cluster, clusterVersion, versionStatus);
  // In the order the registries were created before, so that their work at start keeps its order.
  const clusterUi = createClusterUi(base);
  extension.subscriptions.push(clusterUi);
  const dryRunOnSave = registerDryRunOnSave(base, clusterUi);
  extension.subscriptions.push(dryRunOnSave);
  const clusterSchemas = new ClusterSchemas(base);
  extension.subscriptions.push(clusterSchemas);
  const clusterDiagnostics = createClusterDiagnostics(base);
  extension.subscriptions.push(clusterDiagnostics);
  const podViews = createPodViews(base, clusterUi.usage);
  extension.subscriptions.push(podViews);
  const portForwards = createPortForwards(base);
  extension.subscriptions.push(portForwards);
  const context: PodwrightContext = { ...base, clusterUi, clusterSchemas, clusterDiagnostics, podViews, portForwards };
  for (const command of commands) {
    extension.subscriptions.push(vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.run(context, ...args)));
  }
  void server.start();
  const started = server;
  return {
    whenServerReady: () => started.whenReady(),
    useDialogs: (replacement) => dialogs.use(replacement),
    podTree: podViews.explorer,
    portForwardTree: portForwards.tree,
    portForwardStatus: () => portForwards.status.text,
    clusterStatus: () => clusterUi.status.text,
    dryRunSettled: (uri) => dryRunOnSave.settled(uri),
    versionStatus: () => ({ text: versionStatus.text, tooltip: versionStatus.tooltip }),
  };
}

export async function deactivate(): Promise<void> {
  await server?.shutdown();
  server = undefined;
}
