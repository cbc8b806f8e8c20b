// The resource types the test API server serves, with the facts discovery reports about them.
import { CUSTOM_RESOURCE_DEFINITIONS, customDefinitionName, servedVersions } from './customResources';

export interface ResourceType {
  readonly group: string;
  readonly version: string;
  readonly resource: string;
  readonly singular: string;
  readonly kind: string;
  readonly namespaced: boolean;
  readonly shortNames: readonly string[];
  readonly categories: readonly string[];
  /** The OpenAPI definition id of the object. */
  readonly definition: string;
  readonly subresources: readonly Subresource[];
  /** Whether writes to the main resource reset `status` (it has a status subresource). */
  readonly hasStatus: boolean;
  /** The CustomResourceDefinition that defines it (`crontabs.stable.example.com`); undefined for built-in types. */
  readonly crd?: string;
}

export interface Subresource {
  readonly name: string;
  readonly kind: string;
  readonly verbs: readonly string[];
  readonly group?: string;
  readonly version?: string;
}

export const OBJECT_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] as const;

const statusSub: Subresource = { name: 'status', kind: '', verbs: ['get', 'patch', 'update'] };

function type(
  group: string,
  version: string,
  resource: string,
  kind: string,
  namespaced: boolean,
  shortNames: string[],
  definition: string,
  options: { categories?: string[]; subresources?: Subresource[]; status?: boolean; crd?: string } = {},
): ResourceType {
  const subresources = (options.subresources ?? []).map((s) => (s.kind === '' ? { ...s, kind } : s));
  return {
    group,
    version,
    resource,
    kind,
    namespaced,
    shortNames,
    definition,
    singular: kind.toLowerCase(),
    categories: options.categories ?? [],
    subresources,
    hasStatus: options.status ?? subresources.some((s) => s.name === 'status'),
    ...(options.crd !== undefined ? { crd: options.crd } : {}),
  };
}

const all = ['all'];

export const RESOURCE_TYPES: readonly ResourceType[] = [
  type('', 'v1', 'namespaces', 'Namespace', false, ['ns'], 'io.k8s.api.core.v1.Namespace', { subresources: [statusSub] }),
  type('', 'v1', 'nodes', 'Node', false, ['no'], 'io.k8s.api.core.v1.Node', { subresources: [statusSub] }),
  type('', 'v1', 'pods', 'Pod', true, ['po'], 'io.k8s.api.core.v1.Pod', {
    categories: all,
    subresources: [
      { name: 'attach', kind: 'PodAttachOptions', verbs: ['create', 'get'] },
      { name: 'ephemeralcontainers', kind: 'Pod', verbs: ['get', 'patch', 'update'] },
      { name: 'exec', kind: 'PodExecOptions', verbs: ['create', 'get'] },
      { name: 'log', kind: 'Pod', verbs: ['get'] },
      { name: 'portforward', kind: 'PodPortForwardOptions', verbs: ['create', 'get'] },
      statusSub,
    ],
  }),
  type('', 'v1', 'events', 'Event', true, ['ev'], 'io.k8s.api.core.v1.Event'),
  type('', 'v1', 'configmaps', 'ConfigMap', true, ['cm'], 'io.k8s.api.core.v1.ConfigMap'),
  type('', 'v1', 'secrets', 'Secret', true, [], 'io.k8s.api.core.v1.Secret'),
  type('', 'v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', true, ['pvc'], 'io.k8s.api.core.v1.PersistentVolumeClaim', {
    subresources: [statusSub],
  }),
  type('', 'v1', 'services', 'Service', true, ['svc'], 'io.k8s.api.core.v1.Service', { categories: all, subresources: [statusSub] }),
  type('', 'v1', 'resourcequotas', 'ResourceQuota', true, ['quota'], 'io.k8s.api.core.v1.ResourceQuota', { subresources: [statusSub] }),
  type('', 'v1', 'serviceaccounts', 'ServiceAccount', true, ['sa'], 'io.k8s.api.core.v1.ServiceAccount'),
  type('apps', 'v1', 'deployments', 'Deployment', true, ['deploy'], 'io.k8s.api.apps.v1.Deployment', {
    categories: all,
    subresources: [statusSub],
  }),
  type('apps', 'v1', 'replicasets', 'ReplicaSet', true, ['rs'], 'io.k8s.api.apps.v1.ReplicaSet', {
    categories: all,
    subresources: [statusSub],
  }),
  type('apps', 'v1', 'statefulsets', 'StatefulSet', true, ['sts'], 'io.k8s.api.apps.v1.StatefulSet', {
    categories: all,
    subresources: [statusSub],
  }),
  type('apps', 'v1', 'daemonsets', 'DaemonSet', true, ['ds'], 'io.k8s.api.apps.v1.DaemonSet', {
    categories: all,
    subresources: [statusSub],
  }),
  type('batch', 'v1', 'jobs', 'Job', true, [], 'io.k8s.api.batch.v1.Job', { categories: all, subresources: [statusSub] }),
  type('batch', 'v1', 'cronjobs', 'CronJob', true, ['cj'], 'io.k8s.api.batch.v1.CronJob', { categories: all, subresources: [statusSub] }),
  // Custom resources, as their CustomResourceDefinitions define them.
  ...CUSTOM_RESOURCE_DEFINITIONS.flatMap((crd) =>
    servedVersions(crd).map((v) =>
      type(
        crd.spec.group,
        v.name,
        crd.spec.names.plural,
        crd.spec.names.kind,
        crd.spec.scope === 'Namespaced',
        [...(crd.spec.names.shortNames ?? [])],
        customDefinitionName(crd.spec.group, v.name, crd.spec.names.kind),
        {
          categories: [...(crd.spec.names.categories ?? [])],
          subresources: v.subresources?.status ? [statusSub] : [],
          crd: crd.metadata.name,
        },
      ),
    ),
  ),
];

export function groupVersion(t: { group: string; version: string }): string {
  return t.group === '' ? t.version : `${t.group}/${t.version}`;
}

export function findResource(group: string, version: string, resource: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => t.group === group && t.version === version && t.resource === resource);
}

export function findKind(apiVersion: string, kind: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => groupVersion(t) === apiVersion && t.kind === kind);
}

export function resourceByName(resource: string): ResourceType {
  const found = RESOURCE_TYPES.find((t) => t.resource === resource);
  if (!found) throw new Error(`unknown resource ${resource}`);
  return found;
}

/** The API groups other than the core group, in discovery order. */
export function apiGroups(): { group: string; versions: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const t of RESOURCE_TYPES) {
    if (t.group === '') continue;
    const versions = groups.get(t.group) ?? [];
    if (!versions.includes(t.version)) versions.push(t.version);
    groups.set(t.group, versions);
  }
  return [...groups].map(([group, versions]) => ({ group, versions }));
}
