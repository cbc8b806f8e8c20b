// How pods and containers read in the explorer, as plain data the view turns into tree items:
// `1/2 · CrashLoopBackOff · 3 restarts · 5m` (kubectl's columns in one line), an icon and colour by
// health, and a Markdown tooltip with node, IP, QoS and how each container last ended.
// Words that need translating come in through `ExplorerWords` (English by default).
import type { ContainerRole, ContainerSummary } from '../../core/present/podContainers';
import { podContainers } from '../../core/present/podContainers';
import type { PodHealth } from '../../core/present/podHealth';
import type { PodRow } from '../../core/present/podStatus';
import { podQosClass } from '../../core/present/qos';
import type { Pod } from '../../core/kube/kubeTypes';

export interface ExplorerWords {
  restarts(count: number): string;
  role(role: ContainerRole): string;
  node: string;
  ip: string;
  qos: string;
  lastState: string;
  /** Node or IP of a pod that has none yet (not scheduled, no address). */
  notYet: string;
  /** A namespace's pod count: `shown` of `total` when a filter hides some. */
  podCount(shown: number, total: number): string;
  definedByManifest: string;
}

export const ENGLISH_WORDS: ExplorerWords = {
  restarts: (count) => (count === 1 ? '1 restart' : `${count} restarts`),
  role: (role) => ({ init: 'init', sidecar: 'sidecar', container: 'container', ephemeral: 'ephemeral' })[role],
  node: 'Node',
  ip: 'IP',
  qos: 'QoS',
  lastState: 'last',
  notYet: 'not yet assigned',
  podCount: (shown, total) =>
    shown === total ? (total === 1 ? '1 pod' : `${total} pods`) : total === 1 ? `${shown} of 1 pod` : `${shown} of ${total} pods`,
  definedByManifest: 'manifest',
};

/** A codicon id and a theme colour id. */
export interface IconChoice {
  readonly icon: string;
  readonly color: string;
}

const HEALTH_ICONS: Readonly<Record<PodHealth, IconChoice>> = {
  healthy: { icon: 'pass-filled', color: 'testing.iconPassed' },
  progressing: { icon: 'clock', color: 'charts.yellow' },
  failing: { icon: 'error', color: 'testing.iconFailed' },
  completed: { icon: 'check', color: 'disabledForeground' },
  terminating: { icon: 'trash', color: 'charts.orange' },
};

export function healthIcon(health: PodHealth): IconChoice {
  return HEALTH_ICONS[health];
}

/** The one-line description next to the pod's name. */
export function podDescription(row: PodRow, words: ExplorerWords = ENGLISH_WORDS, definedByManifest = false): string {
  const parts = [row.ready, row.status];
  if (row.restartCount > 0) parts.push(words.restarts(row.restartCount));
  parts.push(row.age);
  if (definedByManifest) parts.push(words.definedByManifest);
  return parts.join(' · ');
}

/** Health of one container, for its row's icon. */
export function containerHealth(container: ContainerSummary): PodHealth {
  const current = container.current;
  if (current === undefined) return 'progressing';
  if (current.state === 'Running') return container.ready || container.role === 'init' ? 'healthy' : 'progressing';
  if (current.state === 'Terminated') return current.exitCode === 0 ? 'completed' : 'failing';
  return current.reason === 'ContainerCreating' || current.reason === 'PodInitializing' ? 'progressing' : 'failing';
}

/** The container row's description: role (unless a plain app container), state, restarts. */
export function containerDescription(container: ContainerSummary, words: ExplorerWords = ENGLISH_WORDS): string {
  const parts: string[] = [];
  if (container.role !== 'container') parts.push(words.role(container.role));
  parts.push(container.current?.text ?? 'Waiting');
  if (container.restartCount > 0) parts.push(words.restarts(container.restartCount));
  return parts.join(' · ');
}

/** Escapes text for Markdown so names and messages cannot inject links or formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

/** How the container's previous run ended; undefined when it has not run before. */
function lastStateText(container: ContainerSummary): string | undefined {
  const last = container.last;
  if (last === undefined) return undefined;
  const parts = [last.reason ?? last.state];
  if (last.exitCode !== undefined) parts.push(`exit code ${last.exitCode}`);
  if (last.signal !== undefined) parts.push(`signal ${last.signal}`);
  return parts.join(', ');
}

/** The pod tooltip as Markdown. */
export function podTooltipMarkdown(pod: Pod, row: PodRow, words: ExplorerWords = ENGLISH_WORDS): string {
  const lines = [
    `**${escapeMarkdown(row.name)}** — ${escapeMarkdown(podDescription(row, words))}`,
    '',
    `${words.node}: ${escapeMarkdown(pod.spec?.nodeName ?? words.notYet)}  `,
    `${words.ip}: ${escapeMarkdown(pod.status?.podIP ?? words.notYet)}  `,
    `${words.qos}: ${escapeMarkdown(podQosClass(pod))}`,
    '',
  ];
  for (const container of podContainers(pod)) {
    const role = container.role === 'container' ? '' : ` (${words.role(container.role)})`;
    const state = container.current?.text ?? 'Waiting';
    const last = lastStateText(container);
    // A container on its first run has no last state: saying "<none>" reads like a problem.
    const lastText = last === undefined ? '' : `; ${words.lastState}: ${escapeMarkdown(last)}`;
    lines.push(`- \`${container.name.replace(/`/g, '')}\`${role}: ${escapeMarkdown(state)}${lastText}`);
  }
  return lines.join('\n');
}
