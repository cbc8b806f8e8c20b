// The pod a pod command acts on: the explorer's PodTarget (in its own context), or one picked from
// Podwright's namespace when the command runs from the palette. Undefined when the user cancelled.
import * as vscode from 'vscode';
import type { ClusterApi } from '../../cluster/index';
import { openClusterApi } from '../shared/clusterCall';
import { pickPod } from '../shared/objectTargets';
import type { PodwrightContext } from '../../context';
import type { PodTarget } from '../../core/kube/podTarget';
import type { Pod } from '../../core/kube/kubeTypes';
import { apiForTarget } from './targetApi';
import { localize } from '../shared/localize';

export async function podCommandTarget(
  context: PodwrightContext,
  given: PodTarget | undefined,
  what: string,
  question: string,
): Promise<{ api: ClusterApi; target: PodTarget } | undefined> {
  if (given) return { api: await apiForTarget(context.cluster, given), target: given };
  const api = await openClusterApi(context, what);
  if (!api) return undefined;
  const ref = await pickPod(api, question);
  return ref
    ? { api, target: { kind: 'Pod', context: api.context, namespace: ref.namespace ?? api.namespace, name: ref.name } }
    : undefined;
}

/** Reads the pod, showing progress in the status bar. */
export async function readPod(api: ClusterApi, target: PodTarget): Promise<Pod> {
  return await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: localize('Reading pod {0}', target.name) },
    () => api.get({ apiVersion: 'v1', kind: 'Pod', name: target.name, namespace: target.namespace }),
  );
}
