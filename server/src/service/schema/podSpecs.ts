// Where the pod spec sits in each modelled kind, and the containers inside it. Rules that reason
// about a pod (names, ports, volumes, images) use this instead of knowing every workload's shape.
import type { Scalar, YAMLMap } from 'yaml';
import { mapAt, mapItems, pairOf, stringAt, type StringScalar } from '../util/yamlAccess';
import type { PathSegment } from './resolvePath';

export interface PodSpecLocation {
  /** The PodSpec map. */
  readonly spec: YAMLMap;
  /** Path of the spec from the document root, e.g. ['spec', 'template', 'spec']. */
  readonly path: PathSegment[];
  /** The pod template's metadata (absent for a Pod, whose metadata is the document's own). */
  readonly templateMetadata?: YAMLMap;
  /** The `spec:` key holding the pod spec, where a missing pod-level field is reported. */
  readonly specKey?: Scalar;
}

/** Path of the pod spec from the document root, per kind. */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export function podSpecPath(kind: string): readonly string[] | undefined {
  return POD_SPEC_PATHS[kind];
}

/** The pod spec of a document of a modelled kind (a list, so callers need not special-case none). */
export function podSpecsOf(kind: string, root: YAMLMap): PodSpecLocation[] {
  const path = POD_SPEC_PATHS[kind];
  if (!path) return [];
  let parent: YAMLMap | undefined;
  let current: YAMLMap | undefined = root;
  for (const segment of path) {
    parent = current;
    current = mapAt(current, segment);
    if (!current) return [];
  }
  if (!current || !parent) return [];
  const specKey = pairOf(parent, 'spec')?.key;
  const location: PodSpecLocation = {
    spec: current,
    path: [...path],
    ...(kind !== 'Pod' ? templateMetadataOf(parent) : {}),
    ...(specKey ? { specKey } : {}),
  };
  return [location];
}

function templateMetadataOf(template: YAMLMap): { templateMetadata?: YAMLMap } {
  const metadata = mapAt(template, 'metadata');
  return metadata ? { templateMetadata: metadata } : {};
}

export type ContainerListName = 'containers' | 'initContainers' | 'ephemeralContainers';

export const CONTAINER_LISTS: readonly ContainerListName[] = ['containers', 'initContainers', 'ephemeralContainers'];

export interface ContainerEntry {
  readonly container: YAMLMap;
  readonly list: ContainerListName;
  readonly index: number;
  /** Path from the pod spec, e.g. ['initContainers', 0]. */
  readonly path: PathSegment[];
}

/** Every container map of a pod spec, in document order per list: containers, init, ephemeral. */
export function containersOf(spec: YAMLMap, lists: readonly ContainerListName[] = CONTAINER_LISTS): ContainerEntry[] {
  const out: ContainerEntry[] = [];
  for (const list of lists) {
    for (const { map, index } of mapItems(pairOf(spec, list)?.value)) {
      out.push({ container: map, list, index, path: [list, index] });
    }
  }
  return out;
}

/**
 * An init container with `restartPolicy: Always` is a sidecar: it keeps running next to the app
 * containers instead of finishing before them.
 */
export function isSidecar(entry: ContainerEntry): boolean {
  return entry.list === 'initContainers' && stringAt(entry.container, 'restartPolicy')?.value === 'Always';
}

export interface PortReference {
  /** The `port:` value node (a string: a port name; numbers are not references). */
  readonly node: StringScalar;
  /** Where it is, for messages: `livenessProbe.httpGet`, `lifecycle.preStop.tcpSocket`. */
  readonly where: string;
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLER_PORTS = ['httpGet', 'tcpSocket'] as const;

/** Probe and lifecycle-handler ports of a container that are written as names. */
export function namedPortReferences(container: YAMLMap): PortReference[] {
  const handlers: { map: YAMLMap | undefined; where: string }[] = PROBES.map((probe) => ({ map: mapAt(container, probe), where: probe }));
  const lifecycle = mapAt(container, 'lifecycle');
  for (const hook of ['postStart', 'preStop']) handlers.push({ map: mapAt(lifecycle, hook), where: `lifecycle.${hook}` });
  const out: PortReference[] = [];
  for (const handler of handlers) {
    for (const action of HANDLER_PORTS) {
      const port = stringAt(mapAt(handler.map, action), 'port');
      if (port) out.push({ node: port, where: `${handler.where}.${action}` });
    }
  }
  return out;
}

/** The `name:` nodes of a container's volumeMounts and volumeDevices. */
export function volumeReferences(container: YAMLMap): StringScalar[] {
  const out: StringScalar[] = [];
  for (const list of ['volumeMounts', 'volumeDevices']) {
    for (const { map } of mapItems(pairOf(container, list)?.value)) {
      const name = stringAt(map, 'name');
      if (name) out.push(name);
    }
  }
  return out;
}
