// What every command receives: the extension context, the language server, the versions Podwright
// can target and the cluster access. Built once in activate().
import type * as vscode from 'vscode';
import type { ClusterAccess } from './ui/cluster/clusterAccess';
import type { PodwrightLanguageServer } from './ui/languageServer/languageClient';
import type { KubernetesVersions } from './ui/languageServer/kubernetesVersions';

export interface PodwrightContext {
  readonly extension: vscode.ExtensionContext;
  readonly server: PodwrightLanguageServer;
  readonly versions: KubernetesVersions;
  /** Podwright's kubeconfig session and cluster API, opened on first use. */
  readonly cluster: ClusterAccess;
}
