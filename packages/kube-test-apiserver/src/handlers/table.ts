// Server-side printing (`Accept: application/json;as=Table;g=meta.k8s.io;v=v1`), which
// `kubectl get` asks for: the columns and pod STATUS wording of the real printers.
import { asArray, asString, isObj, meta, type Obj } from '../objects';
import type { ResourceType } from '../resources';

interface Column {
  readonly name: string;
  readonly type: string;
  readonly format?: string;
  readonly priority?: number;
  readonly cell: (obj: Obj) => unknown;
}

/** Age as kubectl prints it: 45s, 3m12s, 17m, 5h3m, 2d4h, 40d. */
export function age(time: string | undefined, now = Date.now()): string {
  if (!time) return '<unknown>';
  const seconds = Math.max(0, Math.floor((now - Date.parse(time)) / 1000));
  const m = Math.floor(seconds / 60);
  const h = Math.floor(m / 60);
  const d = Math.floor(h / 24);
  if (seconds < 120) return `${seconds}s`;
  if (m < 10) return seconds % 60 === 0 ? `${m}m` : `${m}m${seconds % 60}s`;
  if (h < 3) return `${m}m`;
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  if (d < 8) return h % 24 === 0 ? `${d}d` : `${d}d${h % 24}h`;
  return `${d}d`;
}

function obj(value: unknown): Obj {
  return isObj(value) ? value : {};
}

/** The STATUS column of `kubectl get pods`. */
export function podStatusText(pod: Obj): string {
  const status = obj(pod.status);
  let reason = asString(status.reason) ?? asString(status.phase) ?? 'Unknown';
  const init = asArray(status.initContainerStatuses).filter(isObj);
  let initializing = false;
  for (const [i, c] of init.entries()) {
    const state = obj(c.state);
    const terminated = obj(state.terminated);
    const waiting = obj(state.waiting);
    if (isObj(state.terminated) && terminated.exitCode === 0) continue;
    initializing = true;
    if (isObj(state.terminated)) reason = `Init:${asString(terminated.reason) ?? `ExitCode:${String(terminated.exitCode)}`}`;
    else if (asString(waiting.reason) && waiting.reason !== 'PodInitializing') reason = `Init:${String(waiting.reason)}`;
    else reason = `Init:${i}/${init.length}`;
    break;
  }
  if (!initializing) {
    let hasRunning = false;
    for (const c of asArray(status.containerStatuses).filter(isObj).reverse()) {
      const state = obj(c.state);
      if (asString(obj(state.waiting).reason)) reason = String(obj(state.waiting).reason);
      else if (isObj(state.terminated)) reason = asString(state.terminated.reason) ?? `ExitCode:${String(state.terminated.exitCode)}`;
      else if (c.ready === true && isObj(state.running)) hasRunning = true;
    }
    if (reason === 'Completed' && hasRunning) {
      const ready = asArray(status.conditions)
        .filter(isObj)
        .some((c) => c.type === 'Ready' && c.status === 'True');
      reason = ready ? 'Running' : 'NotReady';
    }
  }
  if (meta(pod).deletionTimestamp) reason = 'Terminating';
  return reason;
}

function restarts(pod: Obj): string {
  const statuses = asArray(obj(pod.status).containerStatuses).filter(isObj);
  const count = statuses.reduce((n, c) => n + (typeof c.restartCount === 'number' ? c.restartCount : 0), 0);
  const finished = statuses
    .map((c) => asString(obj(obj(c.lastState).terminated).finishedAt))
    .filter((t): t is string => !!t)
    .sort();
  const last = finished[finished.length - 1];
  return count > 0 && last ? `${count} (${age(last)} ago)` : String(count);
}

const NAME: Column = { name: 'Name', type: 'string', format: 'name', cell: (o) => meta(o).name };
const AGE: Column = { name: 'Age', type: 'string', cell: (o) => age(meta(o).creationTimestamp) };

/** `kubectl get pvc`: capacity and access modes show once the claim names its volume. */
function claimColumns(): Column[] {
  const bound = (o: Obj): boolean => !!asString(obj(o.spec).volumeName);
  const modes = (o: Obj): string => {
    const have = asArray(obj(o.status).accessModes);
    return (
      [
        ['ReadWriteOnce', 'RWO'],
        ['ReadOnlyMany', 'ROX'],
        ['ReadWriteMany', 'RWX'],
        ['ReadWriteOncePod', 'RWOP'],
      ] as const
    )
      .filter(([mode]) => have.includes(mode))
      .map(([, short]) => short)
      .join(',');
  };
  return [
    NAME,
    { name: 'Status', type: 'string', cell: (o) => (meta(o).deletionTimestamp ? 'Terminating' : (asString(obj(o.status).phase) ?? '')) },
    { name: 'Volume', type: 'string', cell: (o) => asString(obj(o.spec).volumeName) ?? '' },
    { name: 'Capacity', type: 'string', cell: (o) => (bound(o) ? (asString(obj(obj(o.status).capacity).storage) ?? '') : '') },
    { name: 'Access Modes', type: 'string', cell: (o) => (bound(o) ? modes(o) : '') },
    { name: 'StorageClass', type: 'string', cell: (o) => asString(obj(o.spec).storageClassName) ?? '' },
    { name: 'VolumeAttributesClass', type: 'string', cell: (o) => asString(obj(o.spec).volumeAttributesClassName) || '<unset>' },
    AGE,
    { name: 'VolumeMode', type: 'string', priority: 1, cell: (o) => asString(obj(o.spec).volumeMode) ?? '<unset>' },
  ];
}

const COLUMNS: Record<string, Column[]> = {
  persistentvolumeclaims: claimColumns(),
  pods: [
    NAME,
    {
      name: 'Ready',
      type: 'string',
      cell: (o) => {
        const statuses = asArray(obj(o.status).containerStatuses).filter(isObj);
        const total = asArray(obj(o.spec).containers).length;
        return `${statuses.filter((c) => c.ready === true).length}/${total}`;
      },
    },
    { name: 'Status', type: 'string', cell: podStatusText },
    { name: 'Restarts', type: 'string', cell: restarts },
    AGE,
    { name: 'IP', type: 'string', priority: 1, cell: (o) => asString(obj(o.status).podIP) ?? '<none>' },
    { name: 'Node', type: 'string', priority: 1, cell: (o) => asString(obj(o.spec).nodeName) ?? '<none>' },
    { name: 'Nominated Node', type: 'string', priority: 1, cell: () => '<none>' },
    { name: 'Readiness Gates', type: 'string', priority: 1, cell: () => '<none>' },
  ],
  namespaces: [NAME, { name: 'Status', type: 'string', cell: (o) => asString(obj(o.status).phase) ?? '' }, AGE],
  nodes: [
    NAME,
    { name: 'Status', type: 'string', cell: () => 'Ready' },
    { name: 'Roles', type: 'string', cell: () => 'control-plane' },
    AGE,
    { name: 'Version', type: 'string', cell: (o) => asString(obj(obj(o.status).nodeInfo).kubeletVersion) ?? '' },
  ],
  services: [
    NAME,
    { name: 'Type', type: 'string', cell: (o) => asString(obj(o.spec).type) ?? '' },
    { name: 'Cluster-IP', type: 'string', cell: (o) => asString(obj(o.spec).clusterIP) ?? '<none>' },
    { name: 'External-IP', type: 'string', cell: () => '<none>' },
    {
      name: 'Port(s)',
      type: 'string',
      cell: (o) =>
        asArray(obj(o.spec).ports)
          .filter(isObj)
          .map((p) => `${String(p.port as number)}/${String(p.protocol as string)}`)
          .join(',') || '<none>',
    },
    AGE,
  ],
  deployments: [
    NAME,
    { name: 'Ready', type: 'string', cell: (o) => `${Number(obj(o.status).readyReplicas ?? 0)}/${Number(obj(o.spec).replicas ?? 0)}` },
    { name: 'Up-to-date', type: 'integer', cell: (o) => Number(obj(o.status).updatedReplicas ?? 0) },
    { name: 'Available', type: 'integer', cell: (o) => Number(obj(o.status).availableReplicas ?? 0) },
    AGE,
  ],
  events: [
    { name: 'Last Seen', type: 'string', cell: (o) => age(asString(o.lastTimestamp)) },
    { name: 'Type', type: 'string', cell: (o) => o.type },
    { name: 'Reason', type: 'string', cell: (o) => o.reason },
    {
      name: 'Object',
      type: 'string',
      cell: (o) => `${String(obj(o.involvedObject).kind).toLowerCase()}/${String(obj(o.involvedObject).name)}`,
    },
    { name: 'Message', type: 'string', cell: (o) => o.message },
  ],
};

export function wantsTable(accept: string | undefined): boolean {
  return !!accept && /as=Table/.test(accept);
}

export function toTable(type: ResourceType, items: readonly Obj[], resourceVersion: string, includeObject: string | null): Obj {
  const columns = COLUMNS[type.resource] ?? [NAME, AGE];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: columns.map((c) => ({
      name: c.name,
      type: c.type,
      format: c.format ?? '',
      description: c.name,
      priority: c.priority ?? 0,
    })),
    rows: items.map((item) => ({
      cells: columns.map((c) => c.cell(item) ?? ''),
      object: includeObject === 'Object' ? item : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: item.metadata },
    })),
  };
}
