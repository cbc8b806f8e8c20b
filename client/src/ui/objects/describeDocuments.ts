// `podwright-describe:` documents: a pod or workload laid out like `kubectl describe`, with its
// events (newest last) and, for workloads, the pods they select.
import * as vscode from 'vscode';
import type { ClusterAccess } from '../cluster/clusterAccess';
import type { ClusterApi } from '../../cluster/index';
import { describePod } from '../../core/present/describe';
import { describeWorkload } from '../../core/present/describeWorkload';
import { asKind, asWorkload } from '../../core/kube/kinds';
import type { Pod } from '../../core/kube/kubeTypes';
import { WORKLOAD_KINDS } from '../../core/kube/workloadKinds';
import { ObjectDocuments } from './objectDocuments';
import type { UsageReader } from '../../models/metrics/usageReader';
import { usageLines } from '../../core/present/usage';
import { explanationLanguage } from '../diagnosis/language';
import type { ObjectAddress } from './objectUri';

export const DESCRIBE_SCHEME = 'podwright-describe';
export const DESCRIBE_LANGUAGE = 'podwright-describe';

/**
 * The kinds Podwright can describe, with their usual apiVersion: pods and the workloads whose
 * fields describe's presentation reads (a ReplicationController's is not written).
 */
export const DESCRIBABLE_KINDS: ReadonlyMap<string, string> = new Map([
  ['Pod', 'v1'],
  ...WORKLOAD_KINDS.filter((w) => w.kind !== 'ReplicationController').map((w): [string, string] => [w.kind, w.apiVersion]),
]);

export class DescribeDocuments extends ObjectDocuments {
  constructor(
    cluster: ClusterAccess,
    private readonly usage: UsageReader,
  ) {
    super(DESCRIBE_SCHEME, '', cluster);
  }

  protected async render(api: ClusterApi, address: ObjectAddress): Promise<string> {
    const data = await api.describe(address);
    const now = Date.now();
    if (address.kind === 'Pod') {
      const pod = asKind('Pod', data.object);
      return `${describePod(pod, data.events, { now })}${await this.usageSection(api, pod)}`;
    }
    return describeWorkload(asWorkload(data.object), data.events, { now, pods: data.pods });
  }

  /** `Resource Use:` with a line per container (kubectl describe has no such section; kubectl top does). */
  private async usageSection(api: ClusterApi, pod: Pod): Promise<string> {
    const result = await this.usage.read(api, pod.metadata.namespace ?? api.namespace, pod.metadata.name ?? '').catch(() => undefined);
    if (result?.kind !== 'metrics') return '';
    const lines = usageLines(pod, result.metrics, explanationLanguage());
    return lines.length === 0 ? '' : `Resource Use:\n${lines.map((l) => `  ${l}\n`).join('')}`;
  }

  /** Opens (or re-reads and shows) the describe document of an object. */
  async open(address: ObjectAddress): Promise<vscode.TextEditor> {
    const uri = this.uriFor(address);
    await this.refresh(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const typed =
      document.languageId === DESCRIBE_LANGUAGE ? document : await vscode.languages.setTextDocumentLanguage(document, DESCRIBE_LANGUAGE);
    return vscode.window.showTextDocument(typed, { preview: false });
  }
}
