// Names declared elsewhere in the same object that a value can refer to: volume names for
// volumeMounts, named container ports for probes, container names for the default-container annotation.
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import type { PathSegment } from '../schema/resolvePath';
import type { Language } from '../settings';
import { counterpartLabels } from './labelPairs';
import { completionLabels } from './labels';

export interface Reference {
  readonly value: string;
  readonly detail: string;
}

function mapAt(doc: Document.Parsed, path: readonly PathSegment[]): YAMLMap | undefined {
  const node = doc.getIn(path, true);
  return isMap(node) ? node : undefined;
}

function namesIn(map: YAMLMap | undefined, listKey: string, nameKey = 'name'): string[] {
  const list = map?.get(listKey, true);
  if (!isSeq(list)) return [];
  const names: string[] = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const name = item.get(nameKey, true);
    if (isScalar(name) && (typeof name.value === 'string' || typeof name.value === 'number')) names.push(String(name.value));
  }
  return names;
}

/** Index in the path of the pod spec that holds a `containers`-like list, or -1. */
function podSpecEnd(path: readonly PathSegment[]): number {
  for (let i = path.length - 1; i >= 0; i--) {
    if (path[i] === 'containers' || path[i] === 'initContainers' || path[i] === 'ephemeralContainers') return i;
  }
  return -1;
}

export function referencesFor(doc: Document.Parsed, path: readonly PathSegment[], language: Language): Reference[] {
  const labels = completionLabels(language);
  const key = path[path.length - 1];
  const containerListAt = podSpecEnd(path);
  // volumeMounts[].name and volumeDevices[].name → the pod's volumes
  if (key === 'name' && containerListAt >= 0 && (path[path.length - 3] === 'volumeMounts' || path[path.length - 3] === 'volumeDevices')) {
    const spec = mapAt(doc, path.slice(0, containerListAt));
    return namesIn(spec, 'volumes').map((value) => ({ value, detail: labels.volumeOfPod }));
  }
  // probe/lifecycle port → named ports of the same container
  if (key === 'port' && containerListAt >= 0 && ['httpGet', 'tcpSocket', 'grpc'].includes(String(path[path.length - 2]))) {
    const container = mapAt(doc, path.slice(0, containerListAt + 2));
    const ports = container?.get('ports', true);
    const out: Reference[] = [];
    if (isSeq(ports)) {
      for (const item of ports.items) {
        if (!isMap(item)) continue;
        const name = item.get('name', true);
        const number = item.get('containerPort', true);
        if (isScalar(name) && typeof name.value === 'string')
          out.push({ value: name.value, detail: labels.containerPort(isScalar(number) ? String(number.value) : '') });
        if (isScalar(number) && typeof number.value === 'number') out.push({ value: String(number.value), detail: 'containerPort' });
      }
    }
    return out;
  }
  // selector.matchLabels.app → the template's value for app, and the other way round
  const counterpart = typeof key === 'string' ? counterpartLabels(doc, path.slice(0, -1))?.pairs.get(key) : undefined;
  if (counterpart !== undefined)
    return [{ value: counterpart, detail: path[path.length - 2] === 'labels' ? labels.selectorLabel : labels.templateLabel }];
  // metadata.annotations."kubectl.kubernetes.io/default-container" → container names of the pod
  if (key === 'kubectl.kubernetes.io/default-container' && path[path.length - 2] === 'annotations') {
    const metadataAt = path.length - 3;
    const owner = path.slice(0, metadataAt);
    const spec = mapAt(doc, [...owner, 'spec']);
    return namesIn(spec, 'containers').map((value) => ({ value, detail: labels.containerOfPod }));
  }
  return [];
}
