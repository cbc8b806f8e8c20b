// Custom resources the test API server serves as if their CustomResourceDefinitions were installed:
// the CronTab of the Kubernetes documentation (`stable.example.com/v1`, namespaced, short name `ct`).
// Each served version becomes a resource type (discovery, storage, server-side apply), a swagger
// definition `com.example.stable.v1.CronTab` for the store's schema, and an OpenAPI v3 document at
// `/openapi/v3/apis/stable.example.com/v1` built the way apiextensions-apiserver builds it.
// A test may replace a definition's schemas (`TestCluster.updateCustomResourceDefinition`), as
// `kubectl apply` of an edited CRD would; names, group and scope stay fixed.
import { isObj, type Obj } from './objects';
import type { SchemaNode } from './schema';

export interface CustomResourceVersion {
  readonly name: string;
  readonly served: boolean;
  readonly storage: boolean;
  readonly schema: { readonly openAPIV3Schema: Obj };
  readonly subresources?: { readonly status?: Obj; readonly scale?: Obj };
}

export interface CustomResourceDefinition {
  readonly apiVersion: 'apiextensions.k8s.io/v1';
  readonly kind: 'CustomResourceDefinition';
  readonly metadata: { readonly name: string };
  readonly spec: {
    readonly group: string;
    readonly scope: 'Namespaced' | 'Cluster';
    readonly names: {
      readonly plural: string;
      readonly singular: string;
      readonly kind: string;
      readonly listKind: string;
      readonly shortNames?: readonly string[];
      readonly categories?: readonly string[];
    };
    readonly versions: readonly CustomResourceVersion[];
  };
}

/** The CronTab of https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/ with its validation. */
export const CRONTAB_CRD: CustomResourceDefinition = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'crontabs.stable.example.com' },
  spec: {
    group: 'stable.example.com',
    scope: 'Namespaced',
    names: { plural: 'crontabs', singular: 'crontab', kind: 'CronTab', listKind: 'CronTabList', shortNames: ['ct'] },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                description: 'What the cron tab runs and when.',
                properties: {
                  cronSpec: {
                    type: 'string',
                    description: 'When to run, in cron format.',
                    pattern: '^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$',
                  },
                  image: { type: 'string', description: 'The container image to run.' },
                  replicas: { type: 'integer', description: 'How many copies run at once.', minimum: 1, maximum: 10 },
                },
                required: ['cronSpec', 'image'],
              },
              status: {
                type: 'object',
                properties: { lastScheduleTime: { type: 'string', format: 'date-time' } },
              },
            },
          },
        },
        subresources: { status: {} },
      },
    ],
  },
};

export const CUSTOM_RESOURCE_DEFINITIONS: readonly CustomResourceDefinition[] = [CRONTAB_CRD];

/** The OpenAPI definition name of a custom kind: the group reversed, the version, the kind (`com.example.stable.v1.CronTab`). */
export function customDefinitionName(group: string, version: string, kind: string): string {
  return [...group.split('.').reverse(), version, kind].join('.');
}

export function servedVersions(crd: CustomResourceDefinition): CustomResourceVersion[] {
  return crd.spec.versions.filter((v) => v.served);
}

function versionOf(crd: CustomResourceDefinition, version: string): CustomResourceVersion | undefined {
  return crd.spec.versions.find((v) => v.name === version);
}

/** The schema of one version as a swagger definition the store validates and merges with. */
export function storageDefinition(crd: CustomResourceDefinition, version: string): SchemaNode {
  const schema = structuredClone(versionOf(crd, version)?.schema.openAPIV3Schema ?? { type: 'object' });
  const properties = isObj(schema.properties) ? schema.properties : {};
  return {
    ...(schema as SchemaNode),
    properties: {
      ...(properties as Record<string, SchemaNode>),
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
    },
    'x-kubernetes-group-version-kind': [{ group: crd.spec.group, version, kind: crd.spec.names.kind }],
  };
}

/** The definitions a cluster with these CRDs adds to the built-in ones. */
export function storageDefinitions(crds: readonly CustomResourceDefinition[]): Record<string, SchemaNode> {
  const out: Record<string, SchemaNode> = {};
  for (const crd of crds) {
    for (const version of servedVersions(crd)) {
      out[customDefinitionName(crd.spec.group, version.name, crd.spec.names.kind)] = storageDefinition(crd, version.name);
    }
  }
  return out;
}

/** The CRDs a test cluster serves now (a test may replace their schemas). */
export class CustomResourceRegistry {
  private readonly byName = new Map<string, CustomResourceDefinition>();
  private readonly listeners = new Set<(crd: CustomResourceDefinition) => void>();

  constructor(crds: readonly CustomResourceDefinition[] = CUSTOM_RESOURCE_DEFINITIONS) {
    for (const crd of crds) this.byName.set(crd.metadata.name, crd);
  }

  get all(): CustomResourceDefinition[] {
    return [...this.byName.values()];
  }

  /** The CRD of a group, if it serves this version. */
  forGroupVersion(group: string, version: string): CustomResourceDefinition | undefined {
    return this.all.find((crd) => crd.spec.group === group && servedVersions(crd).some((v) => v.name === version));
  }

  /** Replaces the schemas of an installed CRD (same name, group, names, scope and served versions). */
  update(crd: CustomResourceDefinition): void {
    const before = this.byName.get(crd.metadata.name);
    if (!before) throw new Error(`the test server has no CustomResourceDefinition ${crd.metadata.name}`);
    const shape = (d: CustomResourceDefinition): string =>
      JSON.stringify([d.spec.group, d.spec.scope, d.spec.names, servedVersions(d).map((v) => v.name)]);
    if (shape(before) !== shape(crd)) throw new Error('only the schemas of a test CRD can change');
    this.byName.set(crd.metadata.name, crd);
    for (const listener of this.listeners) listener(crd);
  }

  onChange(listener: (crd: CustomResourceDefinition) => void): void {
    this.listeners.add(listener);
  }
}
