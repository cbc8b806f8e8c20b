// The mentions inside a pod spec: volumes and their mounts, containers and the annotations naming
// them, port names and the probes using them, the template's labels and the workload's own
// selector, and references to ConfigMaps and Secrets (and their keys), claims, the service account and the priority,
// runtime and storage classes.
import type { YAMLMap } from 'yaml';
import { containersOf, namedPortReferences, podSpecsOf, volumeReferences } from '../../schema/podSpecs';
import { keyedPairs, mapAt, mapItems, scalarText, seqAt, stringAt } from '../../util/yamlAccess';
import type { MentionCollector } from './mention';

export const DEFAULT_CONTAINER_ANNOTATIONS = [
  'kubectl.kubernetes.io/default-container',
  'kubectl.kubernetes.io/default-logs-container',
] as const;

/** Label pairs of a map, as template labels or selector pairs (both the key and the value are mentions). */
export function labelMentions(out: MentionCollector, map: unknown, role: 'template' | 'selector' | 'ownSelector'): void {
  for (const { key, pair } of keyedPairs(map)) {
    const value = scalarText(pair.value);
    if (value === undefined) continue;
    out.add(pair.key, { type: 'label', key, value, part: 'key', role });
    out.add(pair.value, { type: 'label', key, value, part: 'value', role });
  }
}

/** `items[].key` of a volume source reading ConfigMap or Secret `name`. */
function itemKeys(out: MentionCollector, source: YAMLMap | undefined, kind: 'ConfigMap' | 'Secret', nameField: string): void {
  const object = stringAt(source, nameField)?.value;
  if (!object) return;
  for (const { map } of mapItems(seqAt(source, 'items'))) {
    const key = stringAt(map, 'key');
    if (key) out.add(key, { type: 'dataKey', kind, object, name: key.value, declaration: false });
  }
}

/** `{name, key}` of a configMapKeyRef or secretKeyRef. */
function keyRef(out: MentionCollector, ref: YAMLMap | undefined, kind: 'ConfigMap' | 'Secret'): void {
  const object = stringAt(ref, 'name');
  const key = stringAt(ref, 'key');
  if (object) out.add(object, { type: 'object', group: '', kind, name: object.value, declaration: false });
  if (object && key) out.add(key, { type: 'dataKey', kind, object: object.value, name: key.value, declaration: false });
}

const ref = (out: MentionCollector, node: ReturnType<typeof stringAt>, kind: string, group = ''): void => {
  if (node) out.add(node, { type: 'object', group, kind, name: node.value, declaration: false });
};

/** The workload's own selector: `matchLabels`, or a ReplicationController's plain map. */
export function ownSelectorMap(kind: string, root: YAMLMap): YAMLMap | undefined {
  const selector = mapAt(mapAt(root, 'spec'), 'selector');
  return kind === 'ReplicationController' ? selector : mapAt(selector, 'matchLabels');
}

export function podMentions(out: MentionCollector, kind: string, root: YAMLMap): void {
  for (const { spec, templateMetadata } of podSpecsOf(kind, root)) {
    const podMetadata = kind === 'Pod' ? mapAt(root, 'metadata') : templateMetadata;
    labelMentions(out, mapAt(podMetadata, 'labels'), 'template');
    if (kind !== 'Pod') labelMentions(out, ownSelectorMap(kind, root), 'ownSelector');
    const annotations = mapAt(podMetadata, 'annotations');
    for (const annotation of DEFAULT_CONTAINER_ANNOTATIONS) {
      const node = stringAt(annotations, annotation);
      if (node) out.add(node, { type: 'container', name: node.value, declaration: false });
    }
    for (const { map: volume } of mapItems(seqAt(spec, 'volumes'))) {
      const name = stringAt(volume, 'name');
      if (name) out.add(name, { type: 'volume', name: name.value, declaration: true });
      ref(out, stringAt(mapAt(volume, 'configMap'), 'name'), 'ConfigMap');
      itemKeys(out, mapAt(volume, 'configMap'), 'ConfigMap', 'name');
      ref(out, stringAt(mapAt(volume, 'secret'), 'secretName'), 'Secret');
      itemKeys(out, mapAt(volume, 'secret'), 'Secret', 'secretName');
      ref(out, stringAt(mapAt(volume, 'persistentVolumeClaim'), 'claimName'), 'PersistentVolumeClaim');
      for (const { map: source } of mapItems(seqAt(mapAt(volume, 'projected'), 'sources'))) {
        ref(out, stringAt(mapAt(source, 'configMap'), 'name'), 'ConfigMap');
        itemKeys(out, mapAt(source, 'configMap'), 'ConfigMap', 'name');
        ref(out, stringAt(mapAt(source, 'secret'), 'name'), 'Secret');
        itemKeys(out, mapAt(source, 'secret'), 'Secret', 'name');
      }
    }
    if (kind === 'StatefulSet') {
      // Claim templates are mounted by name like volumes.
      for (const { map: template } of mapItems(seqAt(mapAt(root, 'spec'), 'volumeClaimTemplates'))) {
        const name = stringAt(mapAt(template, 'metadata'), 'name');
        if (name) out.add(name, { type: 'volume', name: name.value, declaration: true });
        ref(out, stringAt(mapAt(template, 'spec'), 'storageClassName'), 'StorageClass', 'storage.k8s.io');
      }
    }
    for (const { container } of containersOf(spec)) containerMentions(out, container);
    ref(out, stringAt(spec, 'serviceAccountName'), 'ServiceAccount');
    ref(out, stringAt(spec, 'serviceAccount'), 'ServiceAccount');
    for (const { map } of mapItems(seqAt(spec, 'imagePullSecrets'))) ref(out, stringAt(map, 'name'), 'Secret');
    ref(out, stringAt(spec, 'priorityClassName'), 'PriorityClass', 'scheduling.k8s.io');
    ref(out, stringAt(spec, 'runtimeClassName'), 'RuntimeClass', 'node.k8s.io');
  }
}

function containerMentions(out: MentionCollector, container: YAMLMap): void {
  const name = stringAt(container, 'name');
  if (name) out.add(name, { type: 'container', name: name.value, declaration: true });
  for (const { map: port } of mapItems(seqAt(container, 'ports'))) {
    const portName = stringAt(port, 'name');
    if (portName) out.add(portName, { type: 'port', name: portName.value, role: 'declaration' });
  }
  for (const { node } of namedPortReferences(container)) out.add(node, { type: 'port', name: node.value, role: 'probe' });
  for (const node of volumeReferences(container)) out.add(node, { type: 'volume', name: node.value, declaration: false });
  for (const { map: env } of mapItems(seqAt(container, 'env'))) {
    const valueFrom = mapAt(env, 'valueFrom');
    keyRef(out, mapAt(valueFrom, 'configMapKeyRef'), 'ConfigMap');
    keyRef(out, mapAt(valueFrom, 'secretKeyRef'), 'Secret');
  }
  for (const { map: source } of mapItems(seqAt(container, 'envFrom'))) {
    ref(out, stringAt(mapAt(source, 'configMapRef'), 'name'), 'ConfigMap');
    ref(out, stringAt(mapAt(source, 'secretRef'), 'name'), 'Secret');
  }
}
