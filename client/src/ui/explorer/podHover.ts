// What a hovered pod row adds to its tooltip from the cluster: recent Warning events (also given
// to the diagnosis, which reads events) and current usage. Failures leave those parts out: a
// tooltip never shows an error.
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import type { KubeEvent, Pod } from '../../core/kube/kubeTypes';
import { recentWarnings } from '../../core/present/eventRows';
import { usageLines } from '../../core/present/usage';
import { podHoverSections, type HoverFacts, type HoverWords } from '../../models/explorer/podHoverSections';
import type { UsageReader } from '../../models/metrics/usageReader';
import { explanationLanguage } from '../diagnosis/language';

const WARNINGS_SHOWN = 3;

export function hoverWords(): HoverWords {
  return {
    recentWarnings: vscode.l10n.t('Recent warnings'),
    resourceUse: vscode.l10n.t('Resource use'),
    noMetricsApi: vscode.l10n.t('this cluster serves no metrics API (metrics-server is not installed)'),
    noMetrics: vscode.l10n.t('no metrics yet'),
    repeated: (count, age) => vscode.l10n.t('{0} times, last {1} ago', count, age),
    ago: (age) => vscode.l10n.t('{0} ago', age),
  };
}

export interface PodHover {
  readonly events: readonly KubeEvent[];
  readonly markdown: string;
}

export async function podHover(api: Pick<ClusterApi, 'list' | 'context' | 'podMetrics'>, pod: Pod, usage: UsageReader): Promise<PodHover> {
  const namespace = pod.metadata.namespace ?? '';
  const name = pod.metadata.name ?? '';
  const uid = pod.metadata.uid;
  const [events, metrics] = await Promise.all([
    uid
      ? api.list('v1', 'Event', { namespace, fieldSelector: `involvedObject.uid=${uid}` }).then(
          (items) => items,
          () => [],
        )
      : Promise.resolve([]),
    usage.read(api, namespace, name).catch(() => undefined),
  ]);
  let use: HoverFacts['usage'] = 'unknown';
  if (metrics?.kind === 'metrics') use = usageLines(pod, metrics.metrics, explanationLanguage());
  else if (metrics) use = metrics.kind;
  return { events, markdown: podHoverSections({ warnings: recentWarnings(events, WARNINGS_SHOWN), usage: use }, hoverWords(), Date.now()) };
}
