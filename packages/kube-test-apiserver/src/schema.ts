// The Kubernetes API definitions (swagger 2 `definitions` of one release) as the server's schema:
// field types, required fields and list semantics (map lists keyed by fields, sets, atomic lists).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string;
  readonly format?: string;
  readonly description?: string;
  readonly items?: SchemaNode;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly properties?: Record<string, SchemaNode>;
  readonly required?: readonly string[];
  readonly oneOf?: readonly SchemaNode[];
  readonly enum?: readonly unknown[];
  readonly 'x-kubernetes-list-type'?: string;
  readonly 'x-kubernetes-list-map-keys'?: readonly string[];
  readonly 'x-kubernetes-patch-merge-key'?: string;
  readonly 'x-kubernetes-patch-strategy'?: string;
  readonly 'x-kubernetes-map-type'?: string;
  readonly 'x-kubernetes-group-version-kind'?: readonly { group: string; version: string; kind: string }[];
}

export type Shape =
  | { kind: 'struct'; node: SchemaNode; properties: Record<string, SchemaNode>; required: readonly string[]; atomic: boolean }
  | { kind: 'map'; node: SchemaNode; values: SchemaNode; atomic: boolean }
  | { kind: 'list'; node: SchemaNode; items: SchemaNode; listType: 'map' | 'set' | 'atomic'; keys: readonly string[] }
  | { kind: 'scalar'; node: SchemaNode; type: 'string' | 'integer' | 'number' | 'boolean' | 'int-or-string' | 'quantity' }
  | { kind: 'any'; node: SchemaNode };

const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

/** The repository root: the nearest directory up from here with our package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 10; i++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'podwright') return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the podwright repository root');
}

/**
 * One release's definitions (`v1.34.0.json`): from the directory PODWRIGHT_OPENAPI_DIR when set,
 * else from the bundle the repository vendors (vendor/kubernetes-openapi.json.br, brotli-compressed
 * JSON of file name → text), found in the nearest directory up from here that has one.
 */
function openapiText(fileName: string): string {
  const dir = process.env.PODWRIGHT_OPENAPI_DIR;
  if (dir) return readFileSync(join(dir, fileName), 'utf8');
  const text = vendoredOpenapi()[fileName];
  if (text === undefined) throw new Error(`no Kubernetes definitions ${fileName} in vendor/kubernetes-openapi.json.br`);
  return text;
}

let vendored: Record<string, string> | undefined;

function vendoredOpenapi(): Record<string, string> {
  if (vendored) return vendored;
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const bundle = join(dir, 'vendor', 'kubernetes-openapi.json.br');
    if (existsSync(bundle))
      return (vendored = JSON.parse(brotliDecompressSync(readFileSync(bundle)).toString('utf8')) as Record<string, string>);
  }
  throw new Error('no vendor/kubernetes-openapi.json.br above the test API server, and PODWRIGHT_OPENAPI_DIR is not set');
}

const cache = new Map<string, Schema>();

export class Schema {
  private constructor(
    readonly version: string,
    private readonly defined: Record<string, SchemaNode>,
  ) {}

  get definitions(): Readonly<Record<string, SchemaNode>> {
    return this.defined;
  }

  /** A schema of this cluster's own: these definitions added (custom resources); the release's stays shared and unchanged. */
  withDefinitions(extra: Readonly<Record<string, SchemaNode>>): Schema {
    return new Schema(this.version, { ...this.defined, ...extra });
  }

  /** Replaces one definition of a cluster's own schema (a custom resource's schema changed). */
  define(id: string, node: SchemaNode): void {
    this.defined[id] = node;
  }

  /** Loads the definitions of the release closest to `version` (e.g. "1.34"). */
  static load(version: string): Schema {
    const minor = /^v?1\.(\d+)/.exec(version)?.[1] ?? '34';
    const file = `v1.${minor}.0.json`;
    const cached = cache.get(file);
    if (cached) return cached;
    const raw = JSON.parse(openapiText(file)) as { definitions: Record<string, SchemaNode> };
    const schema = new Schema(`v1.${minor}.0`, raw.definitions);
    cache.set(file, schema);
    return schema;
  }

  definition(id: string): SchemaNode | undefined {
    return Object.hasOwn(this.defined, id) ? this.defined[id] : undefined;
  }

  static refId(node: SchemaNode): string | undefined {
    return node.$ref?.replace('#/definitions/', '');
  }

  /** What a schema node describes, with `$ref`s followed. */
  shape(node: SchemaNode): Shape {
    const id = Schema.refId(node);
    if (id === INT_OR_STRING) return { kind: 'scalar', node, type: 'int-or-string' };
    if (id === QUANTITY) return { kind: 'scalar', node, type: 'quantity' };
    const target = id ? (this.definition(id) ?? {}) : node;
    if (target.properties) {
      return {
        kind: 'struct',
        node: target,
        properties: target.properties,
        required: target.required ?? [],
        atomic: target['x-kubernetes-map-type'] === 'atomic',
      };
    }
    if (target.type === 'array' && target.items) {
      const listType = target['x-kubernetes-list-type'];
      const mergeKey = target['x-kubernetes-patch-merge-key'];
      if (listType === 'map' || (listType === undefined && mergeKey !== undefined)) {
        return {
          kind: 'list',
          node: target,
          items: target.items,
          listType: 'map',
          keys: target['x-kubernetes-list-map-keys'] ?? (mergeKey ? [mergeKey] : []),
        };
      }
      return { kind: 'list', node: target, items: target.items, listType: listType === 'set' ? 'set' : 'atomic', keys: [] };
    }
    if (target.type === 'object' && typeof target.additionalProperties === 'object') {
      return { kind: 'map', node: target, values: target.additionalProperties, atomic: target['x-kubernetes-map-type'] === 'atomic' };
    }
    if (target.type === 'string' || target.type === 'integer' || target.type === 'number' || target.type === 'boolean') {
      if (target.format === 'int-or-string') return { kind: 'scalar', node: target, type: 'int-or-string' };
      return { kind: 'scalar', node: target, type: target.type };
    }
    return { kind: 'any', node: target };
  }

  shapeOfDefinition(id: string): Shape {
    return this.shape({ $ref: `#/definitions/${id}` });
  }
}
