// What the workspace index keeps of one document: the object's identity and the few facts other
// objects refer to (labels of the pods it makes, the ports it names, the keys it holds). Read once
// per parsed document and cached, so indexing the file being edited costs one walk per changed document.
import { isMap, isScalar, type Node } from 'yaml';
import type { DocumentIdentity, ParsedChunk } from '../document/manifest';
import { containersOf, podSpecsOf } from '../schema/podSpecs';
import { keyedPairs, mapAt, mapItems, pairOf, scalarText, seqAt, stringAt } from '../util/yamlAccess';
import { stringMap } from './labelMaps';
import { linkFactsOf, type LinkFacts } from './links/linkFacts';

export { stringMap } from './labelMaps';

/** A named place in the document, as offsets relative to the document's text. */
export interface Spot {
  readonly start: number;
  readonly end: number;
}

export interface DeclaredPort {
  readonly name?: string;
  readonly port?: number;
  readonly container?: string;
}

/** The pods an object makes (a Pod itself, or a workload's template). */
export interface PodTemplateSummary {
  readonly labels: Readonly<Record<string, string>>;
  readonly ports: readonly DeclaredPort[];
  /**
   * How many pods it keeps running when that is written or implied (a Pod: 1; a Deployment,
   * ReplicaSet, StatefulSet or ReplicationController: `replicas`, 1 when absent); otherwise absent.
   */
  readonly replicas?: number;
}

export interface ServicePortSummary {
  readonly name?: string;
  readonly port?: number;
  readonly targetPort?: string | number;
}

export interface DataEntry {
  readonly key: string;
  /** The text of a ConfigMap value or a Secret's decoded value, when it is plain text and short. */
  readonly value?: string;
}

export interface ObjectSummary {
  readonly apiVersion: string;
  readonly kind: string;
  /** The API group (`apps`, `''` for core), which with kind and name identifies the object. */
  readonly group: string;
  readonly name?: string;
  /** As written; absent means the namespace kubectl applies it to. */
  readonly namespace?: string;
  /** The `name:` value under metadata, else the `kind:` value. */
  readonly spot: Spot;
  readonly pod?: PodTemplateSummary;
  readonly service?: {
    readonly type?: string;
    readonly selector?: Readonly<Record<string, string>>;
    readonly ports: readonly ServicePortSummary[];
  };
  readonly data?: readonly DataEntry[];
  /** A Namespace's `pod-security.kubernetes.io/*` labels (the Pod Security levels it asks for). */
  readonly podSecurityLabels?: Readonly<Record<string, string>>;
  /** Names that link this object to others and places inside it (navigation); not compared as facts. */
  readonly links?: LinkFacts;
}

const cache = new WeakMap<ParsedChunk, ObjectSummary | null>();

/** The summary of a Kubernetes object document; undefined for anything without apiVersion and kind. */
export function summarize(chunk: ParsedChunk): ObjectSummary | undefined {
  const cached = cache.get(chunk);
  if (cached !== undefined) return cached ?? undefined;
  const summary = summarizeRoot(chunk.yaml.contents, chunk.identity, chunk.text);
  cache.set(chunk, summary ?? null);
  return summary;
}

/** The summary of a document's root node and text (as `summarize`, without the cache). */
export function summarizeRoot(root: unknown, identity: DocumentIdentity, text: string): ObjectSummary | undefined {
  try {
    return read(root, identity, text);
  } catch {
    // A document mid-edit can be any shape; the index simply does not see it.
    return undefined;
  }
}

function spotOf(node: unknown): Spot | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

function read(root: unknown, identity: DocumentIdentity, text: string): ObjectSummary | undefined {
  const { apiVersion, kind } = identity;
  if (!isMap(root) || !apiVersion || !kind) return undefined;
  const metadata = mapAt(root, 'metadata');
  const nameNode = stringAt(metadata, 'name');
  const namespace = stringAt(metadata, 'namespace')?.value;
  const spot = spotOf(nameNode) ?? spotOf(pairOf(root, 'kind')?.value) ?? { start: 0, end: 0 };
  const slash = apiVersion.indexOf('/');
  const summary: Mutable<ObjectSummary> = {
    apiVersion,
    kind,
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    spot,
    ...(nameNode?.value ? { name: nameNode.value } : {}),
    ...(namespace ? { namespace } : {}),
  };
  const [podSpec] = podSpecsOf(kind, root);
  if (podSpec) {
    const labelsMap = kind === 'Pod' ? metadata : podSpec.templateMetadata;
    const replicas = replicasOf(kind, root);
    summary.pod = {
      labels: stringMap(mapAt(labelsMap, 'labels')),
      ports: declaredPorts(podSpec.spec),
      ...(replicas !== undefined ? { replicas } : {}),
    };
  }
  if (kind === 'Service' && apiVersion === 'v1') summary.service = serviceOf(mapAt(root, 'spec'));
  if (apiVersion === 'v1' && (kind === 'ConfigMap' || kind === 'Secret')) summary.data = dataOf(root, kind);
  if (kind === 'Namespace' && apiVersion === 'v1') {
    const labels = Object.entries(stringMap(mapAt(metadata, 'labels'))).filter(([key]) => key.startsWith('pod-security.kubernetes.io/'));
    if (labels.length > 0) summary.podSecurityLabels = Object.fromEntries(labels);
  }
  summary.links = linkFactsOf(text, summary, root, podSpec !== undefined);
  return summary;
}

const SCALED_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

function replicasOf(kind: string, root: unknown): number | undefined {
  if (kind === 'Pod') return 1;
  if (!SCALED_KINDS.has(kind)) return undefined;
  const pair = pairOf(mapAt(root, 'spec'), 'replicas');
  if (!pair) return 1;
  const value = valueNumber(pair.value);
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function declaredPorts(spec: unknown): DeclaredPort[] {
  const ports: DeclaredPort[] = [];
  for (const { container, list } of containersOf(spec as never, ['containers', 'initContainers'])) {
    if (list === 'initContainers' && stringAt(container, 'restartPolicy')?.value !== 'Always') continue;
    const containerName = stringAt(container, 'name')?.value;
    for (const { map } of mapItems(seqAt(container, 'ports'))) {
      const name = stringAt(map, 'name')?.value;
      const number = valueNumber(pairOf(map, 'containerPort')?.value);
      ports.push({
        ...(name ? { name } : {}),
        ...(number !== undefined ? { port: number } : {}),
        ...(containerName ? { container: containerName } : {}),
      });
    }
  }
  return ports;
}

function valueNumber(node: unknown): number | undefined {
  return isScalar(node) && typeof node.value === 'number' ? node.value : undefined;
}

function serviceOf(spec: unknown): NonNullable<ObjectSummary['service']> {
  const type = stringAt(spec, 'type')?.value;
  const selectorMap = mapAt(spec, 'selector');
  const ports: ServicePortSummary[] = mapItems(seqAt(spec, 'ports')).map(({ map }) => {
    const name = stringAt(map, 'name')?.value;
    const port = valueNumber(pairOf(map, 'port')?.value);
    const targetNode = pairOf(map, 'targetPort')?.value;
    const target = valueNumber(targetNode) ?? (isScalar(targetNode) && typeof targetNode.value === 'string' ? targetNode.value : undefined);
    return { ...(name ? { name } : {}), ...(port !== undefined ? { port } : {}), ...(target !== undefined ? { targetPort: target } : {}) };
  });
  return { ...(type ? { type } : {}), ...(selectorMap ? { selector: stringMap(selectorMap) } : {}), ports };
}

const MAX_SHOWN_VALUE = 200;

function dataOf(root: unknown, kind: 'ConfigMap' | 'Secret'): DataEntry[] {
  const entries: DataEntry[] = [];
  const add = (section: string, decode: boolean): void => {
    for (const { key, pair } of keyedPairs(mapAt(root, section))) {
      const raw = scalarText(pair.value);
      const value = raw === undefined ? undefined : decode ? decodeBase64Text(raw) : raw;
      entries.push({ key, ...(value !== undefined && value.length <= MAX_SHOWN_VALUE ? { value } : {}) });
    }
  };
  if (kind === 'ConfigMap') {
    add('data', false);
    add('binaryData', false);
  } else {
    add('data', true);
    add('stringData', false);
  }
  return entries;
}

/** A base64 value as text when it decodes to printable UTF-8; binary secrets are not shown. */
function decodeBase64Text(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  const text = Buffer.from(compact, 'base64').toString('utf8');
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text) ? undefined : text;
}
