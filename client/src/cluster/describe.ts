// What a describe view needs: the object, the events about it (oldest first), and for workloads
// the pods their selector matches.
import { resourcePath, type Discovery } from './discovery';
import type { KubeObject, ObjectRef } from '../core/kube/kubeObject';
import type { KubeEvent, Pod } from '../core/kube/kubeTypes';
import type { Transport } from './transport';
import { POD_TEMPLATE_KINDS } from '../core/kube/workloadKinds';

export interface DescribeData {
  readonly object: KubeObject;
  readonly events: readonly KubeEvent[];
  /** Pods selected by a workload's selector (empty for pods and other kinds). */
  readonly pods: readonly Pod[];
}

interface List<T> {
  items?: T[];
}

function eventTime(event: KubeObject): number {
  const value = event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata?.creationTimestamp;
  return typeof value === 'string' ? Date.parse(value) : 0;
}

function selectorText(object: KubeObject): string | undefined {
  const spec = object.spec as { selector?: { matchLabels?: Record<string, string> } | Record<string, string> } | undefined;
  const selector = spec?.selector;
  if (!selector) return undefined;
  const labels =
    'matchLabels' in selector && typeof selector.matchLabels === 'object' ? selector.matchLabels : (selector as Record<string, string>);
  const terms = Object.entries(labels ?? {})
    .filter(([, v]) => typeof v === 'string')
    .map(([k, v]) => `${k}=${v}`);
  return terms.length > 0 ? terms.join(',') : undefined;
}

export async function gatherDescribe(transport: Transport, discovery: Discovery, ref: ObjectRef, namespace: string): Promise<DescribeData> {
  const info = await discovery.resourceFor(ref.apiVersion, ref.kind);
  const ns = info.namespaced ? (ref.namespace ?? namespace) : undefined;
  const object = await transport.json<KubeObject>({ path: resourcePath(info, ns, ref.name) });
  const uid = object.metadata?.uid;
  const fieldSelector = [
    `involvedObject.name=${ref.name}`,
    ...(ns ? [`involvedObject.namespace=${ns}`] : []),
    ...(uid ? [`involvedObject.uid=${uid}`] : []),
  ].join(',');
  const eventsPath = ns ? `/api/v1/namespaces/${encodeURIComponent(ns)}/events` : '/api/v1/events';
  const events = await transport.json<List<KubeEvent>>({ path: eventsPath, query: { fieldSelector } });
  let pods: Pod[] = [];
  const selector = POD_TEMPLATE_KINDS.has(ref.kind) ? selectorText(object) : undefined;
  if (selector && ns) {
    pods =
      (await transport.json<List<Pod>>({ path: `/api/v1/namespaces/${encodeURIComponent(ns)}/pods`, query: { labelSelector: selector } }))
        .items ?? [];
  }
  return { object, events: (events.items ?? []).sort((a, b) => eventTime(a) - eventTime(b)), pods };
}
