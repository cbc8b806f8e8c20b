// "Podwright: Switch Kubernetes Context" (also the context status bar item): a quick pick of the
// kubeconfig's contexts with their cluster, user and namespace. Podwright keeps its own choice;
// the button on an item also makes it the kubeconfig's current-context. Views and tests may pass
// the context name (and { alsoSetInKubeconfig }).
import * as vscode from 'vscode';
import { ClusterError, type ClusterSession, type ContextInfo } from '../../cluster/index';
import { reportClusterError } from '../shared/clusterCall';
import type { PodwrightCommand } from '../command';
import { localize } from '../shared/localize';

interface ContextItem extends vscode.QuickPickItem {
  readonly context: string;
}

interface Choice {
  readonly context: string;
  readonly alsoSetInKubeconfig: boolean;
}

function itemFor(info: ContextInfo, session: ClusterSession, button: vscode.QuickInputButton): ContextItem {
  const marks = [
    info.name === session.contextName ? vscode.l10n.t('used by Podwright') : undefined,
    info.name === session.loaded.currentContext ? vscode.l10n.t('kubeconfig current-context') : undefined,
  ].filter((m) => m !== undefined);
  return {
    context: info.name,
    label: info.name,
    description: marks.join(', '),
    detail: vscode.l10n.t(
      'cluster {0} ({1}) · user {2} · namespace {3}',
      info.cluster,
      info.server ?? '?',
      info.user,
      info.namespace ?? 'default',
    ),
    buttons: [button],
  };
}

async function pickContext(session: ClusterSession): Promise<Choice | undefined> {
  const button: vscode.QuickInputButton = {
    iconPath: new vscode.ThemeIcon('save'),
    tooltip: vscode.l10n.t('Use it and also set it as current-context in the kubeconfig'),
  };
  const picker = vscode.window.createQuickPick<ContextItem>();
  picker.title = vscode.l10n.t('Kubernetes context for Podwright');
  picker.placeholder = vscode.l10n.t('Podwright keeps its own choice; the button also sets it in {0}', session.loaded.files.join(', '));
  picker.items = session.contexts.map((info) => itemFor(info, session, button));
  picker.activeItems = picker.items.filter((item) => item.context === session.contextName);
  const chosen = await new Promise<Choice | undefined>((resolve) => {
    picker.onDidAccept(() => {
      const item = picker.activeItems[0];
      resolve(item ? { context: item.context, alsoSetInKubeconfig: false } : undefined);
    });
    picker.onDidTriggerItemButton((event) => resolve({ context: event.item.context, alsoSetInKubeconfig: true }));
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  return chosen;
}

function alsoSetFrom(options: unknown): boolean {
  return typeof options === 'object' && options !== null && (options as { alsoSetInKubeconfig?: unknown }).alsoSetInKubeconfig === true;
}

export const switchContext: PodwrightCommand = {
  id: 'podwright.switchContext',
  run: async (context, name?: unknown, options?: unknown) => {
    try {
      const session = await context.cluster.session();
      context.clusterUi.status.noteUse();
      const state = session.state;
      if (session.contexts.length === 0 && state) {
        // No file, an unreadable one, or one without contexts: nothing to pick; say how to get one.
        reportClusterError(
          context,
          new ClusterError({ kind: 'config', kubeconfig: state, message: 'no context to switch to' }),
          'switch context',
          0,
        );
        return undefined;
      }
      const choice = typeof name === 'string' ? { context: name, alsoSetInKubeconfig: alsoSetFrom(options) } : await pickContext(session);
      if (!choice) return undefined;
      await session.useContext(choice.context, { alsoWriteKubeconfig: choice.alsoSetInKubeconfig });
      context.clusterUi.output.info(
        `context: ${choice.context} (namespace ${session.namespace})${choice.alsoSetInKubeconfig ? ', also set in the kubeconfig' : ''}`,
      );
      void context.dialogs.notify({
        id: 'context-switched',
        severity: 'info',
        message: localize('Podwright now uses context "{0}", namespace "{1}".', choice.context, session.namespace),
      });
      return choice.context;
    } catch (error) {
      reportClusterError(context, error, 'switch context');
      return undefined;
    }
  },
};
