// Which pods the active manifest defines: a Pod by namespace and name, and a workload's pods by
// the labels of its pod template (a pod carries all of them, plus extras such as
// pod-template-hash). The explorer marks those pods so the user sees "their" pods at a glance.
import { parseAllDocuments } from 'yaml';
import type { Pod } from '../../core/kube/kubeTypes';

export interface ManifestPodRule {
  /** Undefined when the manifest leaves it to the namespace it is applied to. */
  readonly namespace: string | undefined;
  readonly podName?: string;
  readonly templateLabels?: Readonly<Record<string, string>>;
}

type Json = Record<string, unknown>;

function object(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function stringMap(value: unknown): Record<string, string> | undefined {
  const map = object(value);
  if (!map) return undefined;
  const result: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') result[k] = String(v);
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The pod template of a workload kind (CronJob nests it in its job template). */
function templateOf(kind: string, spec: Json | undefined): Json | undefined {
  if (kind === 'CronJob') return object(object(object(spec?.jobTemplate)?.spec)?.template);
  return object(spec?.template);
}

/** Reads the rules from manifest text; documents that do not parse are skipped. */
export function manifestPodRules(text: string): ManifestPodRule[] {
  const rules: ManifestPodRule[] = [];
  let documents;
  try {
    documents = parseAllDocuments(text);
  } catch {
    return rules;
  }
  if (!Array.isArray(documents)) return rules;
  for (const document of documents) {
    let root: Json | undefined;
    try {
      root = object(document.toJS({ maxAliasCount: 100 }) as unknown);
    } catch {
      continue;
    }
    const kind = typeof root?.kind === 'string' ? root.kind : undefined;
    if (!root || !kind) continue;
    const metadata = object(root.metadata);
    const namespace = typeof metadata?.namespace === 'string' ? metadata.namespace : undefined;
    if (kind === 'Pod') {
      if (typeof metadata?.name === 'string') rules.push({ namespace, podName: metadata.name });
      continue;
    }
    const labels = stringMap(object(templateOf(kind, object(root.spec))?.metadata)?.labels);
    if (labels) rules.push({ namespace, templateLabels: labels });
  }
  return rules;
}

/** Whether a rule covers the pod; `applyNamespace` stands in for a manifest without a namespace. */
export function manifestDefines(rules: readonly ManifestPodRule[], pod: Pod, applyNamespace: string): boolean {
  const podNamespace = pod.metadata.namespace ?? applyNamespace;
  return rules.some((rule) => {
    if ((rule.namespace ?? applyNamespace) !== podNamespace) return false;
    if (rule.podName !== undefined) return rule.podName === pod.metadata.name;
    const labels = pod.metadata.labels ?? {};
    return Object.entries(rule.templateLabels ?? {}).every(([k, v]) => labels[k] === v);
  });
}
