// Decoding request bodies: JSON or YAML, the kind check, and field validation (Strict/Warn/Ignore)
// for unknown fields, with the messages and statuses the API server uses.
import { parse } from 'yaml';
import { isObj, type Obj } from '../objects';
import { groupVersion, type ResourceType } from '../resources';
import type { Schema } from '../schema';
import { badRequest } from '../status';
import { dropUnknownFields, unknownFields } from '../validation/requiredFields';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export function fieldValidationParam(value: string | null): FieldValidation {
  if (value === null || value === '' || value === 'Warn') return 'Warn';
  if (value === 'Strict' || value === 'Ignore') return value;
  throw badRequest(`fieldValidation parameter unsupported: ${value}. Supported values: Ignore, Warn, Strict`);
}

export function parseBody(text: string, yaml: boolean): unknown {
  try {
    return yaml ? parse(text) : JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw badRequest(yaml ? `error converting YAML to JSON: ${message}` : `couldn't get version/kind; json parse error: ${message}`);
  }
}

/** Checks that a body is an object of the type the URL names. */
export function expectKind(type: ResourceType, body: unknown): Obj {
  if (!isObj(body)) throw badRequest("Object 'Kind' is missing in 'null'");
  const gv = groupVersion(type);
  const kind = body.kind;
  const apiVersion = body.apiVersion;
  if (kind === undefined || kind === '') throw badRequest(`Object 'Kind' is missing in '${JSON.stringify(body)}'`);
  if (kind !== type.kind || (apiVersion !== undefined && apiVersion !== gv)) {
    throw badRequest(`the API version in the data (${String(apiVersion)}) does not match the expected API version (${gv})`);
  }
  return body;
}

/** Applies strict/warn/ignore handling of unknown fields; returns warnings to send back. */
export function checkUnknownFields(schema: Schema, type: ResourceType, body: Obj, mode: FieldValidation): string[] {
  const shape = schema.shapeOfDefinition(type.definition);
  const unknown = unknownFields(schema, shape, body);
  if (unknown.length === 0 || mode === 'Ignore') {
    dropUnknownFields(schema, shape, body);
    return [];
  }
  if (mode === 'Strict') {
    const list = unknown.map((u) => `unknown field "${u}"`).join(', ');
    throw badRequest(`${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: strict decoding error: ${list}`);
  }
  dropUnknownFields(schema, shape, body);
  return unknown.map((u) => `unknown field "${u}"`);
}
