// What every command receives: the extension context, the language server and the versions Podwright
// can target. Built once in activate().
import type * as vscode from 'vscode';
import type { PodwrightLanguageServer } from './languageClient';
import type { KubernetesVersions } from './kubernetesVersions';

export interface PodwrightContext {
  readonly extension: vscode.ExtensionContext;
  readonly server: PodwrightLanguageServer;
  readonly versions: KubernetesVersions;
}
