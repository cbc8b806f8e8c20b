// How each explorer element looks: labels, descriptions, icons and colours by health, tooltips,
// and the contextValue the menus in package.json match (`podwright.pod`, `podwright.container`, ...).
import * as vscode from 'vscode';
import type { ContextInfo } from '../../cluster/index';
import { explainClusterError } from '../shared/explainError';
import type { ConnectionState } from '../../models/explorer/objectStore';
import {
  containerDescription,
  containerHealth,
  healthIcon,
  podDescription,
  podTooltipMarkdown,
  type ExplorerWords,
} from '../../models/explorer/podPresentation';
import type { Pod } from '../../core/kube/kubeTypes';
import type { ContainerSummary } from '../../core/present/podContainers';
import type { PodRow } from '../../core/present/podStatus';
import type { ContainerNode, ContextNode, MessageNode, NamespaceNode, PodNode } from './explorerNodes';

export function explorerWords(): ExplorerWords {
  return {
    restarts: (count) => (count === 1 ? vscode.l10n.t('1 restart') : vscode.l10n.t('{0} restarts', count)),
    role: (role) =>
      ({
        init: vscode.l10n.t('init'),
        sidecar: vscode.l10n.t('sidecar'),
        container: vscode.l10n.t('container'),
        ephemeral: vscode.l10n.t('ephemeral'),
      })[role],
    node: vscode.l10n.t('Node'),
    ip: vscode.l10n.t('IP'),
    qos: vscode.l10n.t('QoS'),
    lastState: vscode.l10n.t('last'),
    notYet: vscode.l10n.t('not yet assigned'),
    podCount: (shown, total) =>
      shown === total
        ? total === 1
          ? vscode.l10n.t('1 pod')
          : vscode.l10n.t('{0} pods', total)
        : total === 1
          ? vscode.l10n.t('{0} of 1 pod', shown)
          : vscode.l10n.t('{0} of {1} pods', shown, total),
    definedByManifest: vscode.l10n.t('manifest'),
  };
}

/** What a context or namespace row says about its watch; undefined when live. */
export function connectionText(state: ConnectionState | undefined, now: number): string | undefined {
  switch (state?.kind) {
    case undefined:
    case 'idle':
      return undefined;
    case 'connecting':
      return vscode.l10n.t('connecting…');
    case 'live':
      return undefined;
    case 'disconnected':
      return vscode.l10n.t('disconnected — retrying in {0}s', Math.max(1, Math.ceil((state.retryAt - now) / 1000)));
    case 'failed':
      return vscode.l10n.t('not available');
  }
}

function icon(id: string, color?: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, color === undefined ? undefined : new vscode.ThemeColor(color));
}

function stateIcon(state: ConnectionState | undefined, fallback: string): vscode.ThemeIcon {
  if (state?.kind === 'disconnected') return icon('debug-disconnect', 'charts.orange');
  if (state?.kind === 'failed') return icon('error', 'testing.iconFailed');
  return icon(fallback);
}

function errorTooltip(state: ConnectionState | undefined): string | undefined {
  return state?.kind === 'disconnected' || state?.kind === 'failed' ? explainClusterError(state.error) : undefined;
}

/** `namespacesForbidden`: the user may not list namespaces, so the rows are the kubeconfig's namespace (not an outage). */
export function contextItem(
  node: ContextNode,
  info: ContextInfo | undefined,
  current: boolean,
  state: ConnectionState | undefined,
  now: number,
  namespacesForbidden: boolean,
): vscode.TreeItem {
  const item = new vscode.TreeItem(
    node.context,
    current ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
  );
  item.id = node.id;
  const parts = [current ? vscode.l10n.t('current') : undefined, namespacesForbidden ? undefined : connectionText(state, now)].filter(
    (p) => p !== undefined,
  );
  item.description = parts.join(' · ');
  item.iconPath = stateIcon(state, current ? 'vm-active' : 'vm');
  item.contextValue = current ? 'podwright.context.current' : 'podwright.context';
  const lines = info
    ? [
        vscode.l10n.t('Cluster: {0}', info.cluster),
        vscode.l10n.t('Server: {0}', info.server ?? '?'),
        vscode.l10n.t('User: {0}', info.user),
        vscode.l10n.t('Namespace: {0}', info.namespace ?? 'default'),
        vscode.l10n.t('Kubeconfig: {0}', info.file),
      ]
    : [];
  const problem = errorTooltip(state);
  if (problem) lines.push('', problem);
  item.tooltip = lines.join('\n');
  return item;
}

export function namespaceItem(
  node: NamespaceNode,
  current: boolean,
  state: ConnectionState | undefined,
  shown: number,
  total: number,
  now: number,
  words: ExplorerWords,
): vscode.TreeItem {
  const item = new vscode.TreeItem(
    node.namespace,
    current ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
  );
  item.id = node.id;
  const status = connectionText(state, now);
  const count = state?.kind !== 'live' ? undefined : words.podCount(shown, total);
  item.description = [current ? vscode.l10n.t('current') : undefined, status ?? count].filter((p) => p !== undefined).join(' · ');
  item.iconPath = stateIcon(state, 'symbol-namespace');
  item.contextValue = 'podwright.namespace';
  item.tooltip = errorTooltip(state);
  return item;
}

export function podItem(node: PodNode, row: PodRow | undefined, words: ExplorerWords, defined: boolean): vscode.TreeItem {
  const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.contextValue = 'podwright.pod';
  if (!row) {
    item.description = vscode.l10n.t('gone');
    return item;
  }
  item.description = podDescription(row, words, defined);
  const choice = healthIcon(row.health);
  item.iconPath = icon(choice.icon, choice.color);
  return item;
}

export function podTooltip(pod: Pod, row: PodRow, words: ExplorerWords): vscode.MarkdownString {
  return new vscode.MarkdownString(podTooltipMarkdown(pod, row, words));
}

export function containerItem(node: ContainerNode, summary: ContainerSummary | undefined, words: ExplorerWords): vscode.TreeItem {
  const item = new vscode.TreeItem(node.container, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = `podwright.container.${node.role}`;
  if (!summary) return item;
  item.description = containerDescription(summary, words);
  const choice = healthIcon(containerHealth(summary));
  item.iconPath = icon(choice.icon, choice.color);
  const last = summary.last ? `\n${vscode.l10n.t('Last state: {0}', summary.last.text)}` : '';
  item.tooltip = `${summary.image}\n${summary.current?.text ?? ''}${last}`;
  return item;
}

export function messageItem(node: MessageNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.iconPath = node.severity === 'error' ? icon('warning', 'list.warningForeground') : icon('info');
  item.tooltip = node.detail ?? node.text;
  item.contextValue = 'podwright.message';
  if (node.command) {
    item.command = { command: node.command.command, title: node.command.title, arguments: [...(node.command.arguments ?? [])] };
    item.iconPath = icon('book');
  }
  return item;
}
