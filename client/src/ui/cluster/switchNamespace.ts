// "Podwright: Switch Namespace": a quick pick of the cluster's namespaces; when listing them is
// forbidden (common for developers), the namespace is typed instead. Views and tests may pass the
// namespace (and { alsoSetInKubeconfig }).
import * as vscode from 'vscode';
import { isClusterError, type ClusterApi, type ClusterSession } from '../../cluster/index';
import { reportClusterError } from '../shared/clusterCall';
import type { Dialogs } from '../shared/dialogs';
import type { PodwrightCommand } from '../command';
import { localize } from '../shared/localize';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

interface Choice {
  readonly namespace: string;
  readonly alsoSetInKubeconfig: boolean;
}

async function typeNamespace(dialogs: Dialogs, session: ClusterSession, why: string | undefined): Promise<Choice | undefined> {
  const namespace = await dialogs.input({
    id: 'namespace',
    prompt: why ?? vscode.l10n.t('Namespace for Podwright'),
    value: session.namespace,
    validate: (value) =>
      DNS_LABEL.test(value.trim()) ? undefined : vscode.l10n.t('A namespace name is a DNS label: lower-case letters, digits and "-".'),
  });
  return namespace === undefined ? undefined : { namespace: namespace.trim(), alsoSetInKubeconfig: false };
}

async function pickNamespace(dialogs: Dialogs, session: ClusterSession, api: ClusterApi): Promise<Choice | undefined> {
  let names: string[];
  try {
    names = (
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Listing namespaces') }, () =>
        api.list('v1', 'Namespace'),
      )
    )
      .map((ns) => ns.metadata?.name ?? '')
      .filter((n) => n !== '');
  } catch (error) {
    if (!isClusterError(error) || error.kind !== 'forbidden') throw error;
    return typeNamespace(dialogs, session, localize('Context "{0}" may not list namespaces; type the namespace to use', api.context));
  }
  const button: vscode.QuickInputButton = {
    iconPath: new vscode.ThemeIcon('save'),
    tooltip: vscode.l10n.t("Use it and also set it as the context's namespace in the kubeconfig"),
  };
  const items = names
    .sort()
    .map((name) => ({ label: name, description: name === session.namespace ? vscode.l10n.t('current') : '', buttons: [button] }));
  const picker = vscode.window.createQuickPick<vscode.QuickPickItem>();
  picker.title = vscode.l10n.t('Namespace for Podwright on context "{0}"', api.context);
  picker.items = items;
  picker.activeItems = items.filter((item) => item.label === session.namespace);
  const chosen = await new Promise<Choice | undefined>((resolve) => {
    picker.onDidAccept(() => {
      const item = picker.activeItems[0];
      // Typing a name that is not listed (yet) is allowed: the filter text is the namespace.
      const namespace = item?.label ?? picker.value.trim();
      resolve(namespace ? { namespace, alsoSetInKubeconfig: false } : undefined);
    });
    picker.onDidTriggerItemButton((event) => resolve({ namespace: event.item.label, alsoSetInKubeconfig: true }));
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  return chosen;
}

export const switchNamespace: PodwrightCommand = {
  id: 'podwright.switchNamespace',
  run: async (context, namespace?: unknown, options?: unknown) => {
    try {
      const session = await context.cluster.session();
      context.clusterUi.status.noteUse();
      const alsoSet =
        typeof options === 'object' && options !== null && (options as { alsoSetInKubeconfig?: unknown }).alsoSetInKubeconfig === true;
      const choice =
        typeof namespace === 'string'
          ? { namespace, alsoSetInKubeconfig: alsoSet }
          : await pickNamespace(context.dialogs, session, await session.api());
      if (!choice) return undefined;
      await session.useNamespace(choice.namespace, { alsoWriteKubeconfig: choice.alsoSetInKubeconfig });
      context.clusterUi.output.info(`namespace: ${choice.namespace} on ${session.contextName ?? '?'}`);
      void context.dialogs.notify({
        id: 'namespace-switched',
        severity: 'info',
        message: localize('Podwright now uses namespace "{0}" on context "{1}".', choice.namespace, session.contextName ?? ''),
      });
      return choice.namespace;
    } catch (error) {
      reportClusterError(context, error, 'switch namespace');
      return undefined;
    }
  },
};
