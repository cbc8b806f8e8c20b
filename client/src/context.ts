// What every command and view receives, built once in activate() and passed down: no part of the
// client reaches another through a module-level variable. `PodwrightBase` is what the UI parts
// themselves are built from; `PodwrightContext` adds those parts for the commands.
import type * as vscode from 'vscode';
import type { ClusterAccess } from './ui/cluster/clusterAccess';
import type { ClusterDiagnostics } from './ui/diagnosis/clusterDiagnostics';
import type { ClusterSchemas } from './ui/cluster/clusterSchemas';
import type { ClusterUi } from './clusterUi';
import type { Dialogs } from './ui/shared/dialogs';
import type { PodViews } from './ui/podViews';
import type { PodwrightLanguageServer } from './ui/languageServer/languageClient';
import type { PortForwards } from './ui/portForward/portForwards';
import type { KubernetesVersions } from './ui/languageServer/kubernetesVersions';

export interface PodwrightBase {
  readonly extension: vscode.ExtensionContext;
  readonly server: PodwrightLanguageServer;
  readonly versions: KubernetesVersions;
  /** Podwright's kubeconfig session and cluster API, opened on first use. */
  readonly cluster: ClusterAccess;
  /** Every question and notice of the cluster commands (the integration tests replace them). */
  readonly dialogs: Dialogs;
}

export interface PodwrightContext extends PodwrightBase {
  /** The cluster documents (diff, describe, live YAML), apply diagnostics, context status. */
  readonly clusterUi: ClusterUi;
  /** The pod explorer and the log documents. */
  readonly podViews: PodViews;
  /** The window's port-forwards, their view and status. */
  readonly portForwards: PortForwards;
  /** The "cluster" diagnostics of watched manifests and the explanation panels. */
  readonly clusterDiagnostics: ClusterDiagnostics;
  /** Custom resource schemas of the current context for the language server. */
  readonly clusterSchemas: ClusterSchemas;
}
