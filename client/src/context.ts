// What every command receives: the extension context, the language server, the versions Podwright
// can target and the cluster access. Built once in activate().
import type * as vscode from 'vscode';
import type { ClusterAccess } from './clusterAccess';
import type { PodwrightLanguageServer } from './languageClient';
import type { KubernetesVersions } from './kubernetesVersions';

export interface PodwrightContext {
  readonly extension: vscode.ExtensionContext;
  readonly server: PodwrightLanguageServer;
  readonly versions: KubernetesVersions;
  /** Podwright's kubeconfig session and cluster API, opened on first use. */
  readonly cluster: ClusterAccess;
}
