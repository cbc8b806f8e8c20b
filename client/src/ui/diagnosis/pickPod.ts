// The quick pick of "Why is this pod not running?": pods with kubectl's columns, those in trouble
// first (failing, then on their way, terminating, fine, completed), then by name.
import * as vscode from 'vscode';
import type { PodHealth } from '../../core/present/podHealth';
import type { Pod } from '../../core/kube/kubeTypes';
import { podRow } from '../../core/present/podStatus';

const ORDER: Readonly<Record<PodHealth, number>> = { failing: 0, progressing: 1, terminating: 2, healthy: 3, completed: 4 };

interface PodItem extends vscode.QuickPickItem {
  readonly pod: Pod;
}

export async function pickPodToDiagnose(pods: readonly Pod[], title: string): Promise<Pod | undefined> {
  const now = Date.now();
  const items: (PodItem & { order: number })[] = pods
    .map((pod) => {
      const row = podRow(pod, now);
      return {
        pod,
        order: ORDER[row.health],
        label: `${row.health === 'failing' ? '$(error) ' : ''}${row.name}`,
        description: row.status,
        detail: vscode.l10n.t('namespace {0} · ready {1} · restarts {2} · age {3}', row.namespace, row.ready, row.restarts, row.age),
      };
    })
    .sort((a, b) => a.order - b.order || a.pod.metadata.name?.localeCompare(b.pod.metadata.name ?? '') || 0);
  const picked = await vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true });
  return picked?.pod;
}
