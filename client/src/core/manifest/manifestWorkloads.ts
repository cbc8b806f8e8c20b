// Which pods a manifest defines: a Pod document is one pod (same namespace and name); a workload
// document (Deployment, Job, CronJob, ...) owns pods through its controllers. Pods are found by
// the template's labels and confirmed through their owner chain, so two workloads that share
// labels do not claim each other's pods. No VS Code.

import { keyedPairs, type Manifest, pairOf, scalarText } from '../../../../server/src/service/manifestKit';
import type { OwnerLink } from '../kube/owners';
import { podSpecPathIn } from '../diagnosis/manifestPath';
import type { Pod } from '../kube/kubeTypes';

export interface ManifestWorkload {
  readonly documentIndex: number;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  /** Labels the pods carry (the template's labels); undefined for a Pod document. */
  readonly podLabels?: Readonly<Record<string, string>>;
}

function at(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) node = pairOf(node, key)?.value;
  return node;
}

function labelsAt(root: unknown, path: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, pair } of keyedPairs(at(root, path))) {
    const value = scalarText(pair.value);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The documents that define pods, with the namespace they go to (`defaultNamespace` when unset). */
export function manifestWorkloads(manifest: Manifest, defaultNamespace: string): ManifestWorkload[] {
  const out: ManifestWorkload[] = [];
  for (const doc of manifest.documents) {
    const kind = doc.chunk.identity.kind;
    const root = doc.chunk.yaml.contents;
    const name = scalarText(at(root, ['metadata', 'name']));
    if (kind === undefined || name === undefined || name === '') continue;
    const namespace = scalarText(at(root, ['metadata', 'namespace'])) || defaultNamespace;
    if (kind === 'Pod') {
      out.push({ documentIndex: doc.index, kind, name, namespace });
      continue;
    }
    const specPath = podSpecPathIn(kind, []);
    if (specPath === undefined || kind === 'PodTemplate') continue;
    // The template's metadata sits next to its spec: spec.template.metadata.labels.
    const templatePath = specPath.slice(0, -1).map(String);
    out.push({ documentIndex: doc.index, kind, name, namespace, podLabels: labelsAt(root, [...templatePath, 'metadata', 'labels']) });
  }
  return out;
}

/** A label selector (`app=web,tier=front`) for the workload's pods; undefined when it cannot be narrowed. */
export function podSelector(workload: ManifestWorkload): string | undefined {
  const labels = Object.entries(workload.podLabels ?? {});
  return labels.length === 0 ? undefined : labels.map(([k, v]) => `${k}=${v}`).join(',');
}

function labelsMatch(pod: Pod, labels: Readonly<Record<string, string>>): boolean {
  const podLabels = pod.metadata.labels ?? {};
  return Object.entries(labels).every(([k, v]) => podLabels[k] === v);
}

/** Controllers that stand between a workload and its pods, by the name prefix they get from it. */
const INTERMEDIATE: Record<string, string> = { Deployment: 'ReplicaSet', CronJob: 'Job' };

/**
 * Whether `pod` (with its owner chain, pod upwards) belongs to the workload. An unreadable chain
 * ends early; then the generated name of the direct controller (`web-7d9f` of Deployment `web`)
 * stands in for the missing link.
 */
export function podBelongsTo(workload: ManifestWorkload, pod: Pod, owners: readonly OwnerLink[]): boolean {
  if ((pod.metadata.namespace ?? '') !== workload.namespace) return false;
  if (workload.kind === 'Pod') return pod.metadata.name === workload.name;
  if (workload.podLabels !== undefined && !labelsMatch(pod, workload.podLabels)) return false;
  if (owners.some((o) => o.kind === workload.kind && o.name === workload.name)) return true;
  const direct = owners[0];
  const intermediate = INTERMEDIATE[workload.kind];
  return owners.length === 1 && direct !== undefined && direct.kind === intermediate && direct.name.startsWith(`${workload.name}-`);
}
