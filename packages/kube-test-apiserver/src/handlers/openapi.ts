// OpenAPI documents as the API server publishes them: /openapi/v2 (swagger, from the release's
// definitions) and /openapi/v3, a discovery document (`{ paths: { "apis/apps/v1": { serverRelativeURL:
// "/openapi/v3/apis/apps/v1?hash=<SHA-512 of the document, upper-case hex>" } } }`) with one OpenAPI 3
// document per entry: each built-in group version, each group (`apis/apps`), `api`, `apis`,
// `version`, `logs` and the service account issuer's documents, and each served version of a custom
// resource, built as apiextensions-apiserver builds it (`Kubernetes CRD Swagger`, the kind and its
// list as `com.example.stable.v1.CronTab(List)`, the meta types they use). As in kube-openapi's
// builder3, a `$ref` with sibling keywords is wrapped in `allOf`. kubectl reads the v3 PATCH
// operations to learn that the server supports server-side field validation.
// Not reproduced: `default: {}` on embedded structs (the release data has no defaults), watch paths,
// the protobuf encoding.
import { createHash } from 'node:crypto';
import { customDefinitionName, servedVersions, type CustomResourceDefinition, type CustomResourceRegistry } from '../customResources';
import { isObj } from '../objects';
import { apiGroups, groupVersion, RESOURCE_TYPES, type ResourceType } from '../resources';
import type { Schema, SchemaNode } from '../schema';

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
const COMMON = [`${META}.Status`, `${META}.DeleteOptions`, `${META}.Patch`, `${META}.WatchEvent`, `${META}.APIResourceList`];
/** What a custom resource's document adds besides its kind and list (the builder's response and body types). */
const CRD_COMMON = [`${META}.ObjectMeta`, `${META}.ListMeta`, `${META}.Status`, `${META}.DeleteOptions`, `${META}.Patch`];
const V3_PREFIX = '#/components/schemas/';

function rewriteRefs(node: unknown, prefix: string, visit: (id: string) => void): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, prefix, visit));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const id = value.replace('#/definitions/', '');
      visit(id);
      out.$ref = `${prefix}${id}`;
    } else {
      out[key] = rewriteRefs(value, prefix, visit);
    }
  }
  return out;
}

/** Keywords whose values are data, not schemas: left alone by `wrapRefs`. */
const DATA_KEYWORDS = new Set(['enum', 'default', 'example', 'x-kubernetes-group-version-kind', 'x-kubernetes-list-map-keys', 'required']);

/** OpenAPI 3.0 ignores the siblings of `$ref`: `{ $ref, description }` becomes `{ allOf: [{ $ref }], description }` (kube-openapi's WrapRefs). */
export function wrapRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(wrapRefs);
  if (!isObj(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = DATA_KEYWORDS.has(key) ? value : wrapRefs(value);
  const ref = out.$ref;
  if (typeof ref !== 'string' || Object.keys(out).length === 1) return out;
  delete out.$ref;
  return { ...out, allOf: [{ $ref: ref }] };
}

/** Real servers describe IntOrString and Quantity as strings with a format, not as oneOf. */
function normalized(id: string, node: SchemaNode): SchemaNode {
  if (id === 'io.k8s.apimachinery.pkg.util.intstr.IntOrString')
    return { description: node.description ?? '', type: 'string', format: 'int-or-string' };
  if (id === 'io.k8s.apimachinery.pkg.api.resource.Quantity') return { description: node.description ?? '', type: 'string' };
  return node;
}

/** The definitions reachable from `roots`, with `$ref`s pointing at `prefix`. */
function closure(schema: Schema, roots: readonly string[], prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const queue = [...roots];
  while (queue.length > 0) {
    const id = queue.pop() ?? '';
    if (id in out) continue;
    const node = schema.definition(id);
    if (!node) continue;
    out[id] = rewriteRefs(normalized(id, node), prefix, (ref) => queue.push(ref));
  }
  return out;
}

/** v3 components: the closure, `$ref`s wrapped, in name order (as Go marshals maps). */
function v3Components(schemas: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((id) => [id, wrapRefs(schemas[id])]),
  );
}

/** kube-openapi's ToValidOperationID: letters, `_` and (not first) digits; what follows anything else is capitalized. */
function validOperationId(text: string, capitalizeFirst: boolean): string {
  let out = '';
  let capitalize = capitalizeFirst;
  [...text].forEach((ch, i) => {
    if (/[A-Za-z_]/.test(ch) || (i !== 0 && /\d/.test(ch))) {
      out += capitalize ? ch.toUpperCase() : ch;
      capitalize = false;
    } else {
      capitalize = true;
    }
  });
  return out;
}

/** The operation id and tag of a route, as the API server's GetOperationIDAndTags makes them: `listStableExampleComV1NamespacedCronTab`, `stableExampleCom_v1`. */
export function operationIdAndTag(verb: string, rest: string, path: string): { operationId: string; tag: string } {
  let parts = path.replace(/^\/+|\/+$/g, '').split('/');
  if (parts[0] === 'api') parts = ['apis', 'core', ...parts.slice(1)];
  let prefix = verb;
  let tag = validOperationId(parts[0] ?? '', false);
  if (parts.length >= 2 && parts[0] === 'apis') {
    const trimmed = (parts[1] ?? '').replace(/\.k8s\.io$/, '');
    prefix += validOperationId(trimmed, true);
    tag = validOperationId(trimmed, false);
    if (parts.length > 2) {
      prefix += validOperationId(parts[2] ?? '', true);
      tag += `_${validOperationId(parts[2] ?? '', false)}`;
    }
  }
  return { operationId: prefix + validOperationId(rest, true), tag };
}

function queryParam(name: string, type: string, description: string): unknown {
  return { name, in: 'query', description, schema: { type, uniqueItems: true } };
}

function operation(verb: string, rest: string, path: string, fields: Record<string, unknown>): Record<string, unknown> {
  const { operationId, tag } = operationIdAndTag(verb, rest, path);
  return { tags: [tag], operationId, ...fields };
}

function operations(t: ResourceType, prefix: string, listDefinition: string | undefined): Record<string, unknown> {
  const gvk = { group: t.group, version: t.version, kind: t.kind };
  const ref = { $ref: `${prefix}${t.definition}` };
  const listRef = listDefinition ? { $ref: `${prefix}${listDefinition}` } : undefined;
  const statusRef = { $ref: `${prefix}${META}.Status` };
  const json = (schema: unknown): unknown => ({ 'application/json': { schema }, 'application/yaml': { schema } });
  const body = { content: { '*/*': { schema: ref } }, required: true };
  const ok = { 200: { description: 'OK', content: json(ref) } };
  const list = { 200: { description: 'OK', content: json(listRef ?? { type: 'object' }) } };
  const status = { 200: { description: 'OK', content: json(statusRef) } };
  const write = [
    queryParam('dryRun', 'string', 'dry run'),
    queryParam('fieldManager', 'string', 'field manager'),
    queryParam('fieldValidation', 'string', 'field validation'),
  ];
  const listParams = [
    queryParam('labelSelector', 'string', 'label selector'),
    queryParam('fieldSelector', 'string', 'field selector'),
    queryParam('watch', 'boolean', 'watch'),
  ];
  const kindPart = `${t.namespaced ? 'Namespaced' : ''}${t.kind}`;
  const base = t.group === '' ? `/api/${t.version}` : `/apis/${t.group}/${t.version}`;
  const ns = t.namespaced ? '/namespaces/{namespace}' : '';
  const namespaceParam = {
    name: 'namespace',
    in: 'path',
    description: 'object name and auth scope, such as for teams and projects',
    required: true,
    schema: { type: 'string', uniqueItems: true },
  };
  const pathParams = t.namespaced ? [namespaceParam] : [];
  const nameParam = {
    name: 'name',
    in: 'path',
    description: `name of the ${t.kind}`,
    required: true,
    schema: { type: 'string', uniqueItems: true },
  };
  const patchTypes = [
    'application/apply-patch+yaml',
    'application/json-patch+json',
    'application/merge-patch+json',
    'application/strategic-merge-patch+json',
  ];
  const collection = `${base}${ns}/${t.resource}`;
  const item = `${collection}/{name}`;
  const meta = (action: string): Record<string, unknown> => ({ 'x-kubernetes-action': action, 'x-kubernetes-group-version-kind': gvk });
  const out: Record<string, unknown> = {
    [collection]: {
      get: operation('list', kindPart, collection, { ...meta('list'), parameters: listParams, responses: list }),
      post: operation('create', kindPart, collection, {
        ...meta('post'),
        requestBody: body,
        parameters: write,
        responses: { ...ok, 201: { description: 'Created', content: json(ref) }, 202: { description: 'Accepted', content: json(ref) } },
      }),
      delete: operation('deletecollection', kindPart, collection, {
        ...meta('deletecollection'),
        parameters: listParams,
        responses: status,
      }),
      parameters: pathParams,
    },
    [item]: {
      get: operation('read', kindPart, item, { ...meta('get'), responses: ok }),
      put: operation('replace', kindPart, item, {
        ...meta('put'),
        requestBody: body,
        parameters: write,
        responses: { ...ok, 201: { description: 'Created', content: json(ref) } },
      }),
      patch: operation('patch', kindPart, item, {
        ...meta('patch'),
        requestBody: {
          content: Object.fromEntries(patchTypes.map((p) => [p, { schema: { $ref: `${prefix}${META}.Patch` } }])),
          required: true,
        },
        parameters: [...write, queryParam('force', 'boolean', 'force')],
        responses: { ...ok, 201: { description: 'Created', content: json(ref) } },
      }),
      delete: operation('delete', kindPart, item, {
        ...meta('delete'),
        parameters: [queryParam('gracePeriodSeconds', 'integer', 'grace period')],
        responses: status,
      }),
      parameters: [nameParam, ...pathParams],
    },
  };
  if (t.namespaced) {
    const all = `${base}/${t.resource}`;
    out[all] = { get: operation('list', `${t.kind}ForAllNamespaces`, all, { ...meta('list'), parameters: listParams, responses: list }) };
  }
  if (t.subresources.some((s) => s.name === 'status')) {
    const statusPath = `${item}/status`;
    out[statusPath] = {
      get: operation('read', `${kindPart}Status`, statusPath, { ...meta('get'), responses: ok }),
      put: operation('replace', `${kindPart}Status`, statusPath, { ...meta('put'), requestBody: body, parameters: write, responses: ok }),
      patch: operation('patch', `${kindPart}Status`, statusPath, { ...meta('patch'), parameters: write, responses: ok }),
      parameters: [nameParam, ...pathParams],
    };
  }
  return out;
}

/** The SHA-512 of the document's JSON, upper-case hex: the `hash` of its serverRelativeURL and its ETag. */
export function documentHash(text: string): string {
  return createHash('sha512').update(text).digest('hex').toUpperCase();
}

export interface V3Document {
  readonly doc: unknown;
  /** The JSON sent (the hash is over these bytes). */
  readonly text: string;
  readonly hash: string;
}

function discoveryGet(operationId: string, tag: string, response: unknown): unknown {
  return {
    get: {
      tags: [tag],
      description: 'get available resources',
      operationId,
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: response } } },
        401: { description: 'Unauthorized' },
      },
    },
  };
}

export class OpenApiDocuments {
  private readonly v3 = new Map<string, V3Document>();

  constructor(
    private readonly schema: Schema,
    private readonly customResources: CustomResourceRegistry,
  ) {
    // A changed CRD publishes a new document (with a new hash) for each of its versions.
    customResources.onChange((crd) => {
      for (const version of servedVersions(crd)) this.v3.delete(`apis/${crd.spec.group}/${version.name}`);
    });
  }

  /** Built-in group versions by discovery key (`api/v1`, `apis/apps/v1`). */
  private builtInGroupVersions(): Map<string, ResourceType[]> {
    const out = new Map<string, ResourceType[]>();
    for (const t of RESOURCE_TYPES) {
      if (t.crd !== undefined) continue;
      const key = t.group === '' ? `api/${t.version}` : `apis/${groupVersion(t)}`;
      out.set(key, [...(out.get(key) ?? []), t]);
    }
    return out;
  }

  /** Every document key the server publishes, in the order Go marshals the discovery map (sorted). */
  private keys(): string[] {
    const builtInGroups = apiGroups()
      .map((g) => g.group)
      .filter((g) => RESOURCE_TYPES.some((t) => t.group === g && t.crd === undefined));
    const custom = this.customResources.all.flatMap((crd) => servedVersions(crd).map((v) => `apis/${crd.spec.group}/${v.name}`));
    return [
      ...this.builtInGroupVersions().keys(),
      ...builtInGroups.map((g) => `apis/${g}`),
      ...custom,
      'api',
      'apis',
      'version',
      'logs',
      '.well-known/openid-configuration',
      'openid/v1/jwks',
    ].sort();
  }

  private build(key: string): unknown {
    const types = this.builtInGroupVersions().get(key);
    if (types) return this.groupVersionDocument(types);
    const parts = key.split('/');
    if (parts[0] === 'apis' && parts.length === 3) {
      const crd = this.customResources.forGroupVersion(parts[1] ?? '', parts[2] ?? '');
      return crd ? this.customResourceDocument(crd, parts[2] ?? '') : undefined;
    }
    if (parts[0] === 'apis' && parts.length === 2) {
      const group = parts[1] ?? '';
      if (!RESOURCE_TYPES.some((t) => t.group === group && t.crd === undefined)) return undefined;
      const { operationId, tag } = operationIdAndTag('get', 'APIGroup', `/apis/${group}/`);
      return this.discoveryDocument(`/apis/${group}/`, discoveryGet(operationId, tag, { $ref: `${V3_PREFIX}${META}.APIGroup` }), [
        `${META}.APIGroup`,
      ]);
    }
    switch (key) {
      case 'api':
        return this.discoveryDocument('/api/', discoveryGet('getCoreAPIVersions', 'core', { $ref: `${V3_PREFIX}${META}.APIVersions` }), [
          `${META}.APIVersions`,
        ]);
      case 'apis':
        return this.discoveryDocument('/apis/', discoveryGet('getAPIVersions', 'apis', { $ref: `${V3_PREFIX}${META}.APIGroupList` }), [
          `${META}.APIGroupList`,
        ]);
      case 'version':
        return this.discoveryDocument(
          '/version/',
          {
            get: {
              tags: ['version'],
              description: 'get the version information for this server',
              operationId: 'getCodeVersion',
              responses: {
                200: {
                  description: 'OK',
                  content: { 'application/json': { schema: { $ref: `${V3_PREFIX}io.k8s.apimachinery.pkg.version.Info` } } },
                },
              },
            },
          },
          ['io.k8s.apimachinery.pkg.version.Info'],
        );
      case 'logs':
        return {
          openapi: '3.0.0',
          info: { title: 'Kubernetes', version: this.schema.version },
          paths: {
            '/logs/': { get: { tags: ['logs'], operationId: 'logFileListHandler', responses: { 401: { description: 'Unauthorized' } } } },
            '/logs/{logpath}': {
              get: { tags: ['logs'], operationId: 'logFileHandler', responses: { 401: { description: 'Unauthorized' } } },
              parameters: [
                {
                  name: 'logpath',
                  in: 'path',
                  description: 'path to the log',
                  required: true,
                  schema: { type: 'string', uniqueItems: true },
                },
              ],
            },
          },
          components: {},
        };
      case '.well-known/openid-configuration':
        return this.discoveryDocument(
          '/.well-known/openid-configuration/',
          {
            get: {
              tags: ['WellKnown'],
              description: "get service account issuer OpenID configuration, also known as the 'OIDC discovery doc'",
              operationId: 'getServiceAccountIssuerOpenIDConfiguration',
              responses: {
                200: { description: 'OK', content: { 'application/json': { schema: { type: 'string' } } } },
                401: { description: 'Unauthorized' },
              },
            },
          },
          [],
        );
      case 'openid/v1/jwks':
        return this.discoveryDocument(
          '/openid/v1/jwks/',
          {
            get: {
              tags: ['openid'],
              description: 'get service account issuer OpenID JSON Web Key Set (contains public token verification keys)',
              operationId: 'getServiceAccountIssuerOpenIDKeyset',
              responses: {
                200: { description: 'OK', content: { 'application/jwk-set+json': { schema: { type: 'string' } } } },
                401: { description: 'Unauthorized' },
              },
            },
          },
          [],
        );
      default:
        return undefined;
    }
  }

  private discoveryDocument(path: string, item: unknown, roots: readonly string[]): unknown {
    return {
      openapi: '3.0.0',
      info: { title: 'Kubernetes', version: this.schema.version },
      paths: { [path]: item },
      components: { schemas: v3Components(closure(this.schema, roots, V3_PREFIX)) },
    };
  }

  private groupVersionDocument(types: readonly ResourceType[]): unknown {
    const paths = Object.assign(
      {},
      ...types.map((t) => operations(t, V3_PREFIX, this.schema.definition(`${t.definition}List`) ? `${t.definition}List` : undefined)),
    ) as Record<string, unknown>;
    const roots = [...types.flatMap((t) => [t.definition, `${t.definition}List`]), ...COMMON];
    return {
      openapi: '3.0.0',
      info: { title: 'Kubernetes', version: this.schema.version },
      paths,
      components: { schemas: v3Components(closure(this.schema, roots, V3_PREFIX)) },
    };
  }

  /** A description the release data has for a TypeMeta/ObjectMeta field (kept out of our source). */
  private description(definition: string, field: string): string {
    return this.schema.definition(definition)?.properties?.[field]?.description ?? '';
  }

  /** What apiextensions-apiserver's builder publishes for one served version of a CRD. */
  private customResourceDocument(crd: CustomResourceDefinition, version: string): unknown {
    const { group, names } = crd.spec;
    const kindId = customDefinitionName(group, version, names.kind);
    const listId = customDefinitionName(group, version, names.listKind);
    const served = crd.spec.versions.find((v) => v.name === version);
    const schema = structuredClone(served?.schema.openAPIV3Schema ?? { type: 'object' });
    const properties = isObj(schema.properties) ? schema.properties : {};
    const typeMeta = {
      apiVersion: { description: this.description('io.k8s.api.core.v1.ConfigMap', 'apiVersion'), type: 'string' },
      kind: { description: this.description('io.k8s.api.core.v1.ConfigMap', 'kind'), type: 'string' },
    };
    const kindSchema = {
      ...schema,
      properties: {
        ...properties,
        ...typeMeta,
        metadata: { $ref: `${V3_PREFIX}${META}.ObjectMeta`, description: this.description('io.k8s.api.core.v1.ConfigMap', 'metadata') },
      },
      'x-kubernetes-group-version-kind': [{ group, kind: names.kind, version }],
    };
    const listSchema = {
      description: `${names.listKind} is a list of ${names.kind}`,
      type: 'object',
      required: ['items'],
      properties: {
        ...typeMeta,
        items: {
          description: `List of ${names.plural}. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md`,
          type: 'array',
          items: { $ref: `${V3_PREFIX}${kindId}` },
        },
        metadata: { $ref: `${V3_PREFIX}${META}.ListMeta`, description: this.description('io.k8s.api.core.v1.ConfigMapList', 'metadata') },
      },
      'x-kubernetes-group-version-kind': [{ group, kind: names.listKind, version }],
    };
    const type = RESOURCE_TYPES.find((t) => t.crd === crd.metadata.name && t.version === version);
    const paths = type ? operations(type, V3_PREFIX, listId) : {};
    return {
      openapi: '3.0.0',
      info: { title: 'Kubernetes CRD Swagger', version: 'v0.1.0' },
      paths,
      components: { schemas: v3Components({ ...closure(this.schema, CRD_COMMON, V3_PREFIX), [kindId]: kindSchema, [listId]: listSchema }) },
    };
  }

  /** The document of a discovery key (`apis/apps/v1`, `api`, `version`), or undefined. */
  v3Document(key: string): V3Document | undefined {
    const cached = this.v3.get(key);
    if (cached) return cached;
    const doc = this.build(key);
    if (doc === undefined) return undefined;
    const text = JSON.stringify(doc);
    const entry = { doc, text, hash: documentHash(text) };
    this.v3.set(key, entry);
    return entry;
  }

  v3Index(): unknown {
    const paths: Record<string, unknown> = {};
    for (const key of this.keys()) {
      const entry = this.v3Document(key);
      if (entry) paths[key] = { serverRelativeURL: `/openapi/v3/${key}?hash=${entry.hash}` };
    }
    return { paths };
  }

  v2(): unknown {
    const prefix = '#/definitions/';
    return {
      swagger: '2.0',
      info: { title: 'Kubernetes', version: this.schema.version },
      paths: {},
      definitions: closure(this.schema, [...RESOURCE_TYPES.map((t) => t.definition), ...COMMON], prefix),
    };
  }
}
