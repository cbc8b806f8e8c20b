// The current context's Kubernetes version, for `podwright.kubernetesVersion: "cluster"`. Read from
// `/version` when Podwright first opens the context's API for a user action (never a connection of
// its own); forgotten when Podwright switches context, until the next connection.
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import { targetVersionOf, type TargetVersion } from '../../core/kube/targetVersion';
import type { ClusterAccess } from '../cluster/clusterAccess';

export interface KnownClusterVersion extends TargetVersion {
  readonly context: string;
}

export class ClusterKubernetesVersion implements vscode.Disposable {
  private known: KnownClusterVersion | undefined;
  private readonly reading = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    cluster: ClusterAccess,
    private readonly supported: readonly string[],
  ) {
    this.subscriptions = [
      cluster.onDidOpenApi((api) => void this.read(api)),
      cluster.onDidChange((reason) => {
        if (reason === 'namespace' || !this.known) return;
        this.known = undefined;
        this.changed.fire();
      }),
    ];
  }

  /** The version of the context Podwright last connected to; undefined before any connection. */
  get current(): KnownClusterVersion | undefined {
    return this.known;
  }

  private async read(api: ClusterApi): Promise<void> {
    if (this.known?.context === api.context || this.reading.has(api.context)) return;
    this.reading.add(api.context);
    try {
      const target = targetVersionOf(await api.version(), this.supported);
      if (target) {
        this.known = { ...target, context: api.context };
        this.changed.fire();
      }
    } catch {
      // An unreachable cluster keeps the default version; the next connection tries again.
    } finally {
      this.reading.delete(api.context);
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}
