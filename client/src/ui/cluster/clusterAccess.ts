// The extension's single way to reach the cluster. The kubeconfig session is opened on first use:
// a user action, or the context status bar, which only reads the kubeconfig files. No request goes
// to a cluster (and no credential plugin runs) until a user action asks for the API. Podwright's
// context/namespace choice is kept in the workspace state. Commands and views depend on this
// interface, not on the client library.
import * as vscode from 'vscode';
import { ClusterSession, type ChangeReason, type ClusterApi, type SessionSelection } from '../../cluster/index';

export interface ClusterAccess extends vscode.Disposable {
  /** Podwright's kubeconfig session; opened on first call. */
  session(): Promise<ClusterSession>;
  /** The API of Podwright's current context and namespace. */
  api(): Promise<ClusterApi>;
  /** Fires when the kubeconfig files change or Podwright switches context or namespace. */
  readonly onDidChange: vscode.Event<ChangeReason>;
  /** Fires each time api() hands out the API (a user action connected to the cluster). */
  readonly onDidOpenApi: vscode.Event<ClusterApi>;
}

const SELECTION_KEY = 'podwright.clusterSelection';

export class KubeconfigClusterAccess implements ClusterAccess {
  private opened: Promise<ClusterSession> | undefined;
  private readonly changed = new vscode.EventEmitter<ChangeReason>();
  readonly onDidChange = this.changed.event;
  private readonly opening = new vscode.EventEmitter<ClusterApi>();
  readonly onDidOpenApi = this.opening.event;

  constructor(private readonly state: vscode.Memento) {}

  session(): Promise<ClusterSession> {
    this.opened ??= ClusterSession.open({ selection: this.state.get<SessionSelection>(SELECTION_KEY) ?? {} }).then((session) => {
      session.on('changed', (reason) => {
        void this.state.update(SELECTION_KEY, session.selection);
        this.changed.fire(reason);
      });
      return session;
    });
    // A failed open (no kubeconfig yet) is retried on the next user action.
    this.opened.catch(() => (this.opened = undefined));
    return this.opened;
  }

  async api(): Promise<ClusterApi> {
    const api = await (await this.session()).api();
    this.opening.fire(api);
    return api;
  }

  dispose(): void {
    this.changed.dispose();
    this.opening.dispose();
    void this.opened?.then((session) => session.dispose()).catch(() => undefined);
  }
}
