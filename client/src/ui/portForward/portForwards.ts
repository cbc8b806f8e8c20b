// The window's port-forwards: the manager, the "Port Forwards" view and the status bar count,
// created at activation without touching a cluster. Forwards are saved in the workspace state as
// they change; next time a notification offers to restore them (nothing starts unasked).
import * as vscode from 'vscode';
import type { PodwrightBase } from '../../context';
import { forwardClusterOf } from '../../models/portForward/forwardCluster';
import type { PortForward } from '../../models/portForward/forward';
import { PortForwardManager, type SavedForward } from '../../models/portForward/manager';
import { readSavedForwards, restoreForwards } from '../../models/portForward/restore';
import type { Dialogs } from '../shared/dialogs';
import { PortForwardsStatus } from './forwardsStatus';
import { PortForwardsTree } from './forwardsTree';
import { forwardLabel } from './forwardText';
import { localize } from '../shared/localize';

export const PORT_FORWARDS_VIEW_ID = 'podwright.portForwards';
const SAVED_KEY = 'podwright.portForwards';

export interface PortForwards extends vscode.Disposable {
  readonly manager: PortForwardManager;
  readonly tree: PortForwardsTree;
  readonly status: PortForwardsStatus;
  /** Starts the saved forwards and reports those that could not start or moved to another port. */
  restore(saved: readonly SavedForward[]): Promise<void>;
}

export function createPortForwards(base: PodwrightBase): PortForwards {
  const { dialogs } = base;
  const state = base.extension.workspaceState;
  const manager = new PortForwardManager(async (name) => forwardClusterOf(await (await base.cluster.session()).apiForContext(name)));
  const tree = new PortForwardsTree(manager);
  const treeView = vscode.window.createTreeView(PORT_FORWARDS_VIEW_ID, { treeDataProvider: tree });
  const status = new PortForwardsStatus(manager);
  // Saved forwards not restored (yet) stay saved until the person restores or forgets them.
  let pending = readSavedForwards(state.get(SAVED_KEY));
  let written = JSON.stringify(pending);
  const persist = (): void => {
    const running = manager.saved();
    const records = [...running, ...pending.filter((p) => !running.some((r) => r.localPort === p.localPort))];
    const text = JSON.stringify(records);
    if (text === written) return;
    written = text;
    void state.update(SAVED_KEY, records);
  };
  manager.on('changed', persist);
  const ui: PortForwards = {
    manager,
    tree,
    status,
    restore: async (saved) => {
      pending = pending.filter((p) => !saved.includes(p));
      const results = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Restoring port-forwards') },
        () => restoreForwards(manager, saved),
      );
      persist();
      for (const result of results) {
        if ('error' in result) {
          const reason = result.error instanceof Error ? result.error.message : String(result.error);
          void dialogs.notify({
            id: 'port-forward-restore-failed',
            severity: 'warning',
            message: localize(
              'Could not restore the port-forward 127.0.0.1:{0} → {1}:{2}: {3}',
              result.saved.localPort,
              result.saved.pod,
              result.saved.remotePort,
              reason,
            ),
          });
        } else if (result.movedFrom !== undefined) {
          void dialogs.notify({
            id: 'port-forward-moved',
            severity: 'info',
            message: localize(
              'Port {0} is in use now, so the forward to {1}:{2} listens on 127.0.0.1:{3}.',
              result.movedFrom,
              result.forward.pod,
              result.forward.spec.remotePort,
              result.forward.spec.localPort,
            ),
          });
        }
      }
    },
    dispose: () => {
      manager.off('changed', persist);
      for (const part of [treeView, tree, status]) part.dispose();
      void manager.dispose();
    },
  };
  if (pending.length > 0 && vscode.workspace.isTrusted)
    offerRestore(dialogs, ui, pending, () => {
      pending = [];
      persist();
    });
  return ui;
}

function offerRestore(dialogs: Dialogs, ui: PortForwards, saved: readonly SavedForward[], forget: () => void): void {
  const list = saved.map((s) => `127.0.0.1:${s.localPort} → ${s.pod}:${s.remotePort}`).join(', ');
  const message =
    saved.length === 1
      ? vscode.l10n.t('Restore the port-forward from last time ({0})?', list)
      : vscode.l10n.t('Restore {0} port-forwards from last time ({1})?', saved.length, list);
  void dialogs
    .notify({
      id: 'restore-port-forwards',
      severity: 'info',
      message,
      choices: [
        { id: 'restore', title: vscode.l10n.t('Restore') },
        { id: 'forget', title: vscode.l10n.t('Forget Them') },
      ],
    })
    .then((choice) => {
      if (choice === 'restore') return ui.restore(saved);
      if (choice === 'forget') forget();
      return undefined;
    });
}

/** The forward a command was invoked on: a view row, `{ localPort }`, or one picked from the list. */
export async function forwardFromArgument(ui: PortForwards, arg: unknown, title: string): Promise<PortForward | undefined> {
  const forwards = ui.manager.list();
  if (typeof arg === 'object' && arg !== null) {
    const port =
      (arg as { localPort?: unknown; spec?: { localPort?: unknown } }).spec?.localPort ?? (arg as { localPort?: unknown }).localPort;
    const found = forwards.find((f) => f === arg || f.spec.localPort === port);
    if (found) return found;
    if (typeof port === 'number') {
      void vscode.window.showWarningMessage(vscode.l10n.t('There is no port-forward on 127.0.0.1:{0}.', port));
      return undefined;
    }
  }
  if (forwards.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no port-forwards.'));
    return undefined;
  }
  if (forwards.length === 1) return forwards[0];
  const chosen = await vscode.window.showQuickPick(
    forwards.map((forward) => ({ label: forwardLabel(forward), forward })),
    { title },
  );
  return chosen?.forward;
}
