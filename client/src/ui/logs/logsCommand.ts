// "Podwright: Show Logs" and "Show Previous Logs": a pod from the explorer (or picked from
// Podwright's namespace), one container or all of them, read into a podwright-log document with
// the podwright.logs.* settings (follow, tail, since, timestamps, size of the ring).
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import { openClusterApi, reportClusterError } from '../shared/clusterCall';
import { pickPod } from '../shared/objectTargets';
import type { PodwrightContext } from '../../context';
import type { LogSessionOptions } from '../../models/logs/logSession';
import { boundedInteger, parseSince } from '../../models/logs/logSettings';
import { chooseLogContainers } from './logContainers';
import { isPodTarget, type PodTarget } from '../../core/kube/podTarget';
import { apiForTarget } from '../explorer/targetApi';
import type { PodwrightCommand } from '../command';

function sessionOptions(previous: boolean): LogSessionOptions {
  const config = vscode.workspace.getConfiguration('podwright.logs');
  const tail = boundedInteger(config.get('tailLines'), 1000, 0, 1_000_000);
  const since = parseSince(config.get<string>('since') ?? '');
  if (since !== undefined && Number.isNaN(since)) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'The setting podwright.logs.since ("{0}") is not a duration like 30s, 5m or 1h; showing the log without it.',
        config.get<string>('since') ?? '',
      ),
    );
  }
  return {
    follow: config.get<boolean>('follow') !== false,
    previous,
    ...(tail > 0 ? { tailLines: tail } : {}),
    ...(since !== undefined && !Number.isNaN(since) ? { sinceSeconds: since } : {}),
    timestamps: config.get<boolean>('timestamps') === true,
    maxLines: boundedInteger(config.get('maxLines'), 10_000, 100, 1_000_000),
  };
}

/** `{ allContainers: true }` as the second argument reads every container without asking. */
function wantsAll(extra: unknown): boolean {
  return (
    typeof extra === 'object' && extra !== null && !Array.isArray(extra) && (extra as { allContainers?: unknown }).allContainers === true
  );
}

async function showLogs(context: PodwrightContext, arg: unknown, extra: unknown, previous: boolean): Promise<void> {
  const what = previous ? vscode.l10n.t('Previous logs') : vscode.l10n.t('Logs');
  let target: PodTarget;
  let api: ClusterApi;
  if (isPodTarget(arg)) {
    target = arg;
    try {
      api = await apiForTarget(context.cluster, target);
    } catch (error) {
      reportClusterError(context, error, what);
      return;
    }
  } else {
    const current = await openClusterApi(context, what);
    if (!current) return;
    const ref = await pickPod(current, previous ? vscode.l10n.t('Previous logs of which pod?') : vscode.l10n.t('Logs of which pod?'));
    if (!ref) return;
    api = current;
    target = { kind: 'Pod', context: current.context, namespace: ref.namespace ?? current.namespace, name: ref.name };
  }
  try {
    const containers = await chooseLogContainers(api, target, wantsAll(extra));
    if (!containers || containers.length === 0) return;
    await context.podViews.logs.open(
      api,
      { context: target.context, namespace: target.namespace, pod: target.name, containers, previous },
      sessionOptions(previous),
    );
  } catch (error) {
    reportClusterError(context, error, what);
  }
}

export const logs: PodwrightCommand = {
  id: 'podwright.logs',
  run: (context, arg?: unknown, extra?: unknown) => showLogs(context, arg, extra, false),
};

export const logsPrevious: PodwrightCommand = {
  id: 'podwright.logsPrevious',
  run: (context, arg?: unknown, extra?: unknown) => showLogs(context, arg, extra, true),
};
