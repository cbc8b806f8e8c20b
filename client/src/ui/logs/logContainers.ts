// Which containers a log shows: the one the user clicked, the only one, or a choice between the
// default container, each other one (init, sidecar and ephemeral marked) and all of them together.
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import { containerNames, defaultContainer } from '../../models/logs/containerInstance';
import { podContainers } from '../../core/present/podContainers';
import type { PodTarget } from '../../core/kube/podTarget';
import { localize } from '../shared/localize';

interface ContainerItem extends vscode.QuickPickItem {
  readonly containers: readonly string[];
}

/** The containers to read; undefined when the user cancelled. */
export async function chooseLogContainers(
  api: ClusterApi,
  target: PodTarget,
  allContainers: boolean,
): Promise<readonly string[] | undefined> {
  if (target.container !== undefined) return [target.container];
  const pod = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: localize('Reading pod {0}', target.name) },
    () => api.get({ apiVersion: 'v1', kind: 'Pod', name: target.name, namespace: target.namespace }),
  );
  const names = containerNames(pod);
  if (allContainers || names.length <= 1) return names;
  const first = defaultContainer(pod);
  const roles = new Map(podContainers(pod).map((c) => [c.name, c.role]));
  const ordered = [...names].sort((a, b) => Number(b === first) - Number(a === first));
  const items: ContainerItem[] = ordered.map((name) => ({
    label: name,
    description: [name === first ? vscode.l10n.t('default') : undefined, roles.get(name) === 'container' ? undefined : roles.get(name)]
      .filter((p) => p !== undefined)
      .join(' · '),
    containers: [name],
  }));
  items.push({
    label: vscode.l10n.t('All containers'),
    description: vscode.l10n.t('interleaved, each line prefixed with [container]'),
    containers: names,
  });
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Logs of pod {0}', target.name),
    placeHolder: vscode.l10n.t('Which container?'),
  });
  return chosen?.containers;
}
