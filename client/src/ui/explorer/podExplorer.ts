// The pod explorer's tree: contexts → namespaces → pods → containers, live by watch. Nothing
// contacts a cluster until the user starts the view (its welcome button or Refresh); expanding a
// context watches its namespaces, expanding a namespace watches its pods, collapsing stops that.
// Store batches become one onDidChangeTreeData per frame: whole rows lists when pods come or go,
// only the changed pod rows otherwise.
import * as vscode from 'vscode';
import { isClusterError, type ClusterSession } from '../../cluster/index';
import type { ClusterAccess } from '../cluster/clusterAccess';
import { explainClusterError } from '../shared/explainError';
import { diagnosisTooltip } from '../diagnosis/tooltip';
import { ContextScope } from '../../models/explorer/contextScope';
import { manifestDefines } from '../../models/explorer/manifestPods';
import type { ConnectionState, StoreChange } from '../../models/explorer/objectStore';
import type { PodFilter } from '../../models/explorer/podFilter';
import { visiblePods } from '../../models/explorer/podList';
import { podContainers } from '../../core/present/podContainers';
import { podRow } from '../../core/present/podStatus';
import type { KubeEvent, Pod } from '../../core/kube/kubeTypes';
import type { UsageReader } from '../../models/metrics/usageReader';
import { apiForTarget } from './targetApi';
import { podHover } from './podHover';
import type { ActiveManifest } from './activeManifest';
import { firstRunRows } from './firstRunRows';
import { containerItem, contextItem, explorerWords, messageItem, namespaceItem, podItem, podTooltip } from './explorerItems';
import {
  containerId,
  contextId,
  messageNode,
  namespaceId,
  podId,
  type ContextNode,
  type ExplorerNode,
  type NamespaceNode,
  type PodNode,
} from './explorerNodes';

const COUNTDOWN_MS = 1000;
const AGE_REFRESH_MS = 30_000;

type Change = ExplorerNode | ExplorerNode[] | undefined;

export class PodExplorer implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Change>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly filterChanged = new vscode.EventEmitter<PodFilter | undefined>();
  readonly onDidChangeFilter = this.filterChanged.event;
  private started = false;
  private session: ClusterSession | undefined;
  private readonly scopes = new Map<string, ContextScope>();
  private readonly contextNodes = new Map<string, ContextNode>();
  private readonly namespaceNodes = new Map<string, NamespaceNode>();
  private readonly podNodes = new Map<string, Map<string, PodNode>>();
  private currentFilter: PodFilter | undefined;
  private countdown: NodeJS.Timeout | undefined;
  private ageTimer: NodeJS.Timeout | undefined;
  private readonly words = explorerWords();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly cluster: ClusterAccess,
    private readonly manifest: ActiveManifest,
    private readonly usage: UsageReader,
  ) {
    this.subscriptions = [
      this.changed,
      this.filterChanged,
      cluster.onDidChange((reason) => {
        if (reason === 'reload') this.reset();
        if (this.started) this.changed.fire(undefined);
      }),
      manifest.onDidChange(() => {
        if (this.started) this.changed.fire(undefined);
      }),
    ];
  }

  get isStarted(): boolean {
    return this.started;
  }

  get filter(): PodFilter | undefined {
    return this.currentFilter;
  }

  /** The user's refresh (or the welcome button): starts the view, or reconnects every watch now. */
  refresh(): void {
    if (!this.started) {
      this.started = true;
      void vscode.commands.executeCommand('setContext', 'podwright.pods.started', true);
    }
    for (const scope of this.scopes.values()) scope.refresh();
    this.changed.fire(undefined);
  }

  setFilter(filter: PodFilter | undefined): void {
    this.currentFilter = filter;
    this.filterChanged.fire(filter);
    this.changed.fire(undefined);
  }

  /** The view became visible or hidden: ages only tick while someone can see them. */
  setVisible(visible: boolean): void {
    if (this.ageTimer) clearInterval(this.ageTimer);
    this.ageTimer = visible ? setInterval(() => this.refreshAges(), AGE_REFRESH_MS) : undefined;
  }

  /** Collapsing a namespace or context stops its watches. */
  collapsed(node: ExplorerNode): void {
    if (node.type === 'namespace') {
      this.scopes.get(node.context)?.stopNamespace(node.namespace);
      this.podNodes.delete(node.id);
    } else if (node.type === 'context') {
      this.scopes.get(node.context)?.dispose();
      this.scopes.delete(node.context);
    } else {
      return;
    }
    this.changed.fire(node);
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const now = Date.now();
    switch (node.type) {
      case 'context': {
        const info = this.session?.contexts.find((c) => c.name === node.context);
        const state = this.scopes.get(node.context)?.namespaceWatch?.state;
        return contextItem(node, info, node.context === this.session?.contextName, state, now, namespacesForbidden(state));
      }
      case 'namespace': {
        const store = this.scopes.get(node.context)?.existingPods(node.namespace);
        const shown = store ? visiblePods(store.pods, this.currentFilter).length : 0;
        return namespaceItem(node, this.isCurrentNamespace(node), store?.state, shown, store?.pods.size ?? 0, now, this.words);
      }
      case 'pod': {
        const pod = this.podOf(node);
        return podItem(
          node,
          pod ? podRow(pod, now) : undefined,
          this.words,
          pod !== undefined && this.definedByManifest(node.context, pod),
        );
      }
      case 'container': {
        const pod = this.podOf(node);
        return containerItem(node, pod ? podContainers(pod).find((c) => c.name === node.container) : undefined, this.words);
      }
      case 'message':
        return messageItem(node);
    }
  }

  /** Tooltips are built only for rows the user hovers. */
  async resolveTreeItem(item: vscode.TreeItem, node: ExplorerNode): Promise<vscode.TreeItem> {
    if (node.type === 'pod') {
      const pod = this.podOf(node);
      if (!pod) return item;
      const target = { context: node.context, namespace: node.namespace, name: node.name, kind: 'Pod' } as const;
      const hover = await apiForTarget(this.cluster, target).then(
        (api) => podHover(api, pod, this.usage),
        () => undefined,
      );
      const tooltip = withDiagnosis(podTooltip(pod, podRow(pod, Date.now()), this.words), pod, node, hover?.events);
      if (hover?.markdown) {
        tooltip.appendMarkdown(`\n\n---\n\n${hover.markdown}`);
        tooltip.supportThemeIcons = true;
      }
      item.tooltip = tooltip;
    }
    return item;
  }

  /** For TreeView.reveal: a pod's namespace, a namespace's context (rows are found by id). */
  getParent(node: ExplorerNode): ExplorerNode | undefined {
    switch (node.type) {
      case 'container':
        return this.podNode(node.context, node.namespace, node.name);
      case 'pod':
        return this.cached(this.namespaceNodes, namespaceId(node.context, node.namespace), (id) => ({
          type: 'namespace',
          id,
          context: node.context,
          namespace: node.namespace,
        }));
      case 'namespace':
        return this.cached(this.contextNodes, contextId(node.context), (id) => ({ type: 'context', id, context: node.context }));
      default:
        return undefined;
    }
  }

  /** The row of a pod, for revealing it (the view starts if it had not). */
  podNode(context: string, namespace: string, name: string): PodNode {
    const existing = this.podNodes.get(namespaceId(context, namespace))?.get(name);
    return existing ?? { type: 'pod', kind: 'Pod', id: podId(context, namespace, name), context, namespace, name };
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (!node) return this.started ? this.contexts() : [];
    switch (node.type) {
      case 'context':
        return this.namespacesOf(node);
      case 'namespace':
        return this.podsOf(node);
      case 'pod':
        return this.containersOf(node);
      default:
        return [];
    }
  }

  private async contexts(): Promise<ExplorerNode[]> {
    try {
      this.session = await this.cluster.session();
    } catch (error) {
      return [messageNode('root', explainClusterError(error), 'error')];
    }
    const session = this.session;
    const state = session.state;
    // No file, an unreadable one, or no contexts: say which and how to get a cluster.
    if (state && state.kind !== 'no-current-context') return firstRunRows(state);
    const current = session.contextName;
    const ordered = [...session.contexts].sort((a, b) => Number(b.name === current) - Number(a.name === current));
    return ordered.map((c) => this.cached(this.contextNodes, contextId(c.name), (id) => ({ type: 'context', id, context: c.name })));
  }

  private scope(context: string): ContextScope {
    let scope = this.scopes.get(context);
    if (!scope) {
      scope = new ContextScope(context, async () => (await this.cluster.session()).apiForContext(context));
      this.scopes.set(context, scope);
    }
    return scope;
  }

  private namespacesOf(node: ContextNode): ExplorerNode[] {
    const store = this.scope(node.context).namespaces((change) => this.storeChanged(node, change));
    const state = store.state;
    let names: string[];
    if (state.kind === 'live') {
      names = [...store.objects.keys()].sort();
    } else if (namespacesForbidden(state)) {
      // Many users may not list namespaces: offer the ones the kubeconfig and Podwright name.
      names = [
        ...new Set([
          this.session?.contexts.find((c) => c.name === node.context)?.namespace ?? 'default',
          ...(node.context === this.session?.contextName ? [this.session.namespace] : []),
        ]),
      ];
    } else {
      return this.problemRows(node.id, state);
    }
    return names.map((namespace) =>
      this.cached(this.namespaceNodes, namespaceId(node.context, namespace), (id) => ({
        type: 'namespace',
        id,
        context: node.context,
        namespace,
      })),
    );
  }

  private podsOf(node: NamespaceNode): ExplorerNode[] {
    const store = this.scope(node.context).pods(node.namespace, (change) => this.storeChanged(node, change));
    if (store.state.kind !== 'live') return this.problemRows(node.id, store.state);
    if (store.pods.size === 0) return [messageNode(node.id, vscode.l10n.t('No pods in namespace {0}', node.namespace), 'info')];
    const pods = visiblePods(store.pods, this.currentFilter);
    if (pods.length === 0)
      return [messageNode(node.id, vscode.l10n.t('No pods match the filter "{0}"', this.currentFilter?.text ?? ''), 'info')];
    const before = this.podNodes.get(node.id) ?? new Map<string, PodNode>();
    const after = new Map<string, PodNode>();
    for (const pod of pods) {
      const name = pod.metadata.name ?? '';
      after.set(
        name,
        before.get(name) ?? {
          type: 'pod',
          kind: 'Pod',
          id: podId(node.context, node.namespace, name),
          context: node.context,
          namespace: node.namespace,
          name,
        },
      );
    }
    this.podNodes.set(node.id, after);
    return [...after.values()];
  }

  private containersOf(node: PodNode): ExplorerNode[] {
    const pod = this.podOf(node);
    if (!pod) return [];
    return podContainers(pod).map((c) => ({
      type: 'container',
      kind: 'Pod',
      id: containerId(node.context, node.namespace, node.name, c.name),
      context: node.context,
      namespace: node.namespace,
      name: node.name,
      container: c.name,
      role: c.role,
    }));
  }

  private problemRows(parentId: string, state: ConnectionState): ExplorerNode[] {
    if (state.kind === 'disconnected' || state.kind === 'failed') return [messageNode(parentId, explainClusterError(state.error), 'error')];
    return [];
  }

  private storeChanged(node: ContextNode | NamespaceNode, change: StoreChange): void {
    if (node.type === 'context' || change.membership || change.state || this.currentFilter !== undefined) {
      this.changed.fire(node);
    } else {
      const nodes = this.podNodes.get(node.id);
      const rows = [...change.names].map((name) => nodes?.get(name)).filter((n): n is PodNode => n !== undefined);
      if (rows.length > 0) this.changed.fire(rows);
    }
    if (change.state) this.tickWhileDisconnected();
  }

  /** Keeps "retrying in Ns" counting down while any watch waits to reconnect. */
  private tickWhileDisconnected(): void {
    if (this.countdown) return;
    this.countdown = setInterval(() => {
      const waiting: ExplorerNode[] = [];
      for (const [context, scope] of this.scopes) {
        const contextNode = this.contextNodes.get(contextId(context));
        if (scope.namespaceWatch?.state.kind === 'disconnected' && contextNode) waiting.push(contextNode);
        for (const [namespace, store] of scope.podWatches) {
          const namespaceNode = this.namespaceNodes.get(namespaceId(context, namespace));
          if (store.state.kind === 'disconnected' && namespaceNode) waiting.push(namespaceNode);
        }
      }
      if (waiting.length > 0) {
        this.changed.fire(waiting);
      } else {
        clearInterval(this.countdown);
        this.countdown = undefined;
      }
    }, COUNTDOWN_MS);
  }

  private refreshAges(): void {
    const live: ExplorerNode[] = [];
    for (const [context, scope] of this.scopes) {
      for (const namespace of scope.podWatches.keys()) {
        const namespaceNode = this.namespaceNodes.get(namespaceId(context, namespace));
        if (namespaceNode) live.push(namespaceNode);
      }
    }
    if (live.length > 0) this.changed.fire(live);
  }

  private podOf(node: { context: string; namespace: string; name: string }): Pod | undefined {
    return this.scopes.get(node.context)?.existingPods(node.namespace)?.pods.get(node.name);
  }

  private isCurrentNamespace(node: NamespaceNode): boolean {
    return node.context === this.session?.contextName && node.namespace === this.session.namespace;
  }

  /** Where a manifest without a namespace would go in this context. */
  private definedByManifest(context: string, pod: Pod): boolean {
    const rules = this.manifest.rules;
    if (rules.length === 0) return false;
    const applyNamespace =
      context === this.session?.contextName
        ? this.session.namespace
        : (this.session?.contexts.find((c) => c.name === context)?.namespace ?? 'default');
    return manifestDefines(rules, pod, applyNamespace);
  }

  private cached<T extends ExplorerNode>(cache: Map<string, T>, id: string, make: (id: string) => T): T {
    const node = cache.get(id) ?? make(id);
    cache.set(id, node);
    return node;
  }

  private reset(): void {
    for (const scope of this.scopes.values()) scope.dispose();
    this.scopes.clear();
    this.podNodes.clear();
  }

  dispose(): void {
    this.reset();
    if (this.countdown) clearInterval(this.countdown);
    if (this.ageTimer) clearInterval(this.ageTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function namespacesForbidden(state: ConnectionState | undefined): boolean {
  return state?.kind === 'failed' && isClusterError(state.error) && state.error.kind === 'forbidden';
}

/** A failing pod's tooltip also says why, with a link to the full explanation. */
function withDiagnosis(tooltip: vscode.MarkdownString, pod: Pod, node: PodNode, events?: readonly KubeEvent[]): vscode.MarkdownString {
  const diagnosis = diagnosisTooltip(
    pod,
    { context: node.context, namespace: node.namespace, name: node.name, kind: 'Pod' },
    events ? { events } : {},
  );
  if (!diagnosis) return tooltip;
  tooltip.appendMarkdown(`\n\n---\n\n${diagnosis.value}`);
  tooltip.supportThemeIcons = true;
  tooltip.isTrusted = diagnosis.isTrusted;
  return tooltip;
}
