// The official Kubernetes definitions (swagger 2 `definitions`, one file per release) turned into a
// JSON Schema that ajv validates strictly: every object that lists its properties accepts no others.
// This is an independent check of manifests, sharing nothing with Podwright's own type model.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { vendoredFiles } from './vendored';

export const defaultSchemaVersion = '1.36';

type Schema = Record<string, unknown>;

interface GroupVersionKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}

/** Adds `additionalProperties: false` wherever `properties` are listed, recursively; returns a copy. */
export function strictCopy(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strictCopy);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === 'properties' && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, sub]) => [name, strictCopy(sub)]));
    } else if (
      key === 'items' ||
      key === 'additionalProperties' ||
      key === 'oneOf' ||
      key === 'anyOf' ||
      key === 'allOf' ||
      key === 'not'
    ) {
      out[key] = strictCopy(value);
    } else {
      // Annotations and vendor extensions (description, enum, x-kubernetes-*) are data, not schemas.
      out[key] = value;
    }
  }
  if (out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** Every `x-…` keyword the definitions use, so ajv can know them instead of running non-strict. */
function vendorKeywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) {
    for (const item of schema) vendorKeywords(item, found);
  } else if (schema !== null && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema as Schema)) {
      if (key.startsWith('x-')) found.add(key);
      else if (key !== 'enum') vendorKeywords(value, found);
    }
  }
  return found;
}

export interface SchemaCheck {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

/** Validators for the kinds of one Kubernetes release, looked up by apiVersion and kind. */
export class KubernetesSchema {
  private readonly ajv: Ajv;
  private readonly rootId: string;
  private readonly byKind = new Map<string, string>();
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly version: string) {
    const text = vendoredFiles('kubernetes-openapi').get(`v${version}.0.json`);
    if (text === undefined) throw new Error(`no Kubernetes definitions for ${version} in vendor/kubernetes-openapi.json.br`);
    const definitions = (JSON.parse(text) as { definitions: Record<string, Schema> }).definitions;
    for (const [id, def] of Object.entries(definitions)) {
      for (const gvk of (def['x-kubernetes-group-version-kind'] as GroupVersionKind[] | undefined) ?? []) {
        this.byKind.set(`${gvk.group ? `${gvk.group}/` : ''}${gvk.version}|${gvk.kind}`, id);
      }
    }
    // strictTypes would only complain about the definitions' own style (properties without type).
    this.ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    addFormats(this.ajv);
    for (const keyword of vendorKeywords(definitions)) this.ajv.addKeyword({ keyword });
    this.rootId = `https://podwright.invalid/kubernetes/v${version}`;
    const strict = Object.fromEntries(Object.entries(definitions).map(([id, def]) => [id, strictCopy(def)]));
    this.ajv.addSchema({ $id: this.rootId, definitions: strict });
  }

  /** The definition id for a document's apiVersion and kind, if the release serves it. */
  definitionOf(apiVersion: string, kind: string): string | undefined {
    return this.byKind.get(`${apiVersion}|${kind}`);
  }

  check(document: unknown): SchemaCheck {
    const identity = document as { apiVersion?: unknown; kind?: unknown } | null;
    const apiVersion = typeof identity?.apiVersion === 'string' ? identity.apiVersion : '';
    const kind = typeof identity?.kind === 'string' ? identity.kind : '';
    const id = this.definitionOf(apiVersion, kind);
    if (!id) return { valid: false, errors: [`Kubernetes ${this.version} serves no kind "${kind}" in "${apiVersion}"`] };
    let validate = this.compiled.get(id);
    if (!validate) {
      validate = this.ajv.getSchema(`${this.rootId}#/definitions/${id}`);
      if (!validate) throw new Error(`cannot compile ${id}`);
      this.compiled.set(id, validate);
    }
    const valid = validate(document);
    return { valid, errors: valid ? [] : (validate.errors ?? []).map(describeError) };
  }
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown property "${String((error.params as { additionalProperty?: string }).additionalProperty)}"`;
  }
  return `${where}: ${error.message ?? error.keyword}`;
}
