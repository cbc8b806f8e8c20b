// OpenAPI documents built from the release's swagger 2 definitions: /openapi/v2 (swagger) and
// /openapi/v3 (an index plus one OpenAPI 3 document per group version). kubectl reads the v3
// PATCH operations to learn that the server supports server-side field validation.
import { createHash } from 'node:crypto';
import { groupVersion, RESOURCE_TYPES, type ResourceType } from '../resources';
import type { Schema, SchemaNode } from '../schema';

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
const COMMON = [`${META}.Status`, `${META}.DeleteOptions`, `${META}.Patch`, `${META}.WatchEvent`, `${META}.APIResourceList`];

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

/** Real servers describe IntOrString and Quantity as strings with a format, not as oneOf. */
function normalized(id: string, node: SchemaNode): SchemaNode {
  if (id === 'io.k8s.apimachinery.pkg.util.intstr.IntOrString') return { description: node.description ?? '', type: 'string', format: 'int-or-string' };
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

function queryParam(name: string, type: string, description: string): unknown {
  return { name, in: 'query', description, schema: { type, uniqueItems: true } };
}

function operations(t: ResourceType, prefix: string): Record<string, unknown> {
  const gvk = { group: t.group, version: t.version, kind: t.kind };
  const ref = { $ref: `${prefix}${t.definition}` };
  const body = { content: { '*/*': { schema: ref } }, required: true };
  const ok = { 200: { description: 'OK', content: { 'application/json': { schema: ref } } } };
  const write = [queryParam('dryRun', 'string', 'dry run'), queryParam('fieldManager', 'string', 'field manager'), queryParam('fieldValidation', 'string', 'field validation')];
  const id = `${t.kind}${t.namespaced ? 'Namespaced' : ''}`;
  const base = t.group === '' ? `/api/${t.version}` : `/apis/${t.group}/${t.version}`;
  const ns = t.namespaced ? '/namespaces/{namespace}' : '';
  const pathParams = [
    ...(t.namespaced ? [{ name: 'namespace', in: 'path', required: true, schema: { type: 'string', uniqueItems: true } }] : []),
  ];
  const nameParam = { name: 'name', in: 'path', required: true, schema: { type: 'string', uniqueItems: true } };
  const patchTypes = ['application/apply-patch+yaml', 'application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json'];
  return {
    [`${base}${ns}/${t.resource}`]: {
      get: { operationId: `list${id}`, 'x-kubernetes-action': 'list', 'x-kubernetes-group-version-kind': gvk, responses: { 200: { description: 'OK' } } },
      post: { operationId: `create${id}`, 'x-kubernetes-action': 'post', 'x-kubernetes-group-version-kind': gvk, requestBody: body, parameters: write, responses: { ...ok, 201: ok[200] } },
      parameters: pathParams,
    },
    [`${base}${ns}/${t.resource}/{name}`]: {
      get: { operationId: `read${id}`, 'x-kubernetes-action': 'get', 'x-kubernetes-group-version-kind': gvk, responses: ok },
      put: { operationId: `replace${id}`, 'x-kubernetes-action': 'put', 'x-kubernetes-group-version-kind': gvk, requestBody: body, parameters: write, responses: ok },
      patch: {
        operationId: `patch${id}`, 'x-kubernetes-action': 'patch', 'x-kubernetes-group-version-kind': gvk,
        requestBody: { content: Object.fromEntries(patchTypes.map((p) => [p, { schema: { $ref: `${prefix}${META}.Patch` } }])), required: true },
        parameters: [...write, queryParam('force', 'boolean', 'force')],
        responses: { ...ok, 201: ok[200] },
      },
      delete: { operationId: `delete${id}`, 'x-kubernetes-action': 'delete', 'x-kubernetes-group-version-kind': gvk, parameters: [queryParam('gracePeriodSeconds', 'integer', 'grace period')], responses: ok },
      parameters: [nameParam, ...pathParams],
    },
  };
}

function hash(value: unknown): string {
  return createHash('sha512').update(JSON.stringify(value)).digest('hex').slice(0, 128).toUpperCase();
}

export class OpenApiDocuments {
  private readonly v3 = new Map<string, { doc: unknown; hash: string }>();

  constructor(private readonly schema: Schema) {}

  private groupVersions(): Map<string, ResourceType[]> {
    const out = new Map<string, ResourceType[]>();
    for (const t of RESOURCE_TYPES) {
      const key = t.group === '' ? `api/${t.version}` : `apis/${groupVersion(t)}`;
      out.set(key, [...(out.get(key) ?? []), t]);
    }
    return out;
  }

  v3Document(path: string): { doc: unknown; hash: string } | undefined {
    const cached = this.v3.get(path);
    if (cached) return cached;
    const types = this.groupVersions().get(path);
    if (!types) return undefined;
    const prefix = '#/components/schemas/';
    const paths = Object.assign({}, ...types.map((t) => operations(t, prefix))) as Record<string, unknown>;
    const doc = {
      openapi: '3.0.0',
      info: { title: 'Kubernetes', version: this.schema.version },
      paths,
      components: { schemas: closure(this.schema, [...types.map((t) => t.definition), ...COMMON], prefix) },
    };
    const entry = { doc, hash: hash(doc) };
    this.v3.set(path, entry);
    return entry;
  }

  v3Index(): unknown {
    const paths: Record<string, unknown> = {};
    for (const key of this.groupVersions().keys()) {
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
