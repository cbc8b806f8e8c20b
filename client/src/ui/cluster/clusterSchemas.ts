// Custom resource schemas of Podwright's current context, for the language server: created at
// activation, it hands the server the schemas cached in the extension's global storage whenever the
// context is known or changes (activation, a context switch, an edited kubeconfig). That reads the
// kubeconfig files and the cache only: nothing is requested from a cluster until the person runs
// "Load Custom Resource Schemas from Cluster". Like the other cluster features, it waits for a
// trusted workspace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { defaultKubeconfigPaths } from '../../cluster/index';
import type { PodwrightBase } from '../../context';
import { ClusterSchemaFeed } from '../../models/customSchemas/clusterSchemaFeed';
import { ClusterSchemaCache } from '../../models/customSchemas/schemaCache';

export class ClusterSchemas implements vscode.Disposable {
  readonly cache: ClusterSchemaCache;
  readonly feed: ClusterSchemaFeed;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly context: PodwrightBase) {
    const output = context.server.output;
    this.cache = new ClusterSchemaCache(join(context.extension.globalStorageUri.fsPath, 'cluster-schemas'));
    this.feed = new ClusterSchemaFeed(this.cache, context.server, {
      info: (message) => output.info(message),
      warn: (message) => output.warn(message),
    });
    this.subscriptions = [
      context.cluster.onDidChange(() => void this.follow()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.follow()),
    ];
    if (defaultKubeconfigPaths().some((file) => existsSync(file))) void this.follow();
  }

  /** Gives the server the cached schemas of Podwright's context (and drops the previous context's). */
  async follow(): Promise<void> {
    if (!vscode.workspace.isTrusted) return;
    try {
      const session = await this.context.cluster.session();
      await this.feed.useContext(session.contextName);
    } catch (error) {
      this.context.server.output.warn(
        `custom resource schemas of the current context: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
