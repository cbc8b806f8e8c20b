// Reads an object against its schema: the field set it sets (for managedFields), the fields the
// schema does not declare, and values at field-set paths.
import { isObj, deepEqual, type Obj } from '../objects';
import type { Schema, Shape } from '../schema';
import { FieldSet, formatFieldPath, type FieldPath } from './fieldSet';

/** Metadata fields that identify an object or belong to the server; nobody "owns" them. */
const UNOWNED_METADATA = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
]);

/** Key values for list-map items; `protocol` defaults to TCP, as the API schema declares for ports. */
export function itemKey(keys: readonly string[], item: unknown): Record<string, unknown> | undefined {
  if (!isObj(item)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of [...keys].sort()) {
    const value = item[key] ?? (key === 'protocol' ? 'TCP' : undefined);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}

export function keyElement(key: Record<string, unknown>): string {
  return `k:${JSON.stringify(key)}`;
}

function scalarMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === 'string' || typeof value === 'number';
  }
}

export interface TypedIssue {
  /** Field-set style path, `.spec.containers[name="x"].foo`. */
  readonly path: string;
  readonly message: string;
}

/** What a structured-merge conversion of `value` would reject: unknown fields, wrong types, keyless items. */
export function typedIssues(schema: Schema, shape: Shape, value: unknown, path: string[] = []): TypedIssue[] {
  if (value === null || value === undefined) return [];
  const here = formatFieldPath(path);
  switch (shape.kind) {
    case 'any':
      return [];
    case 'scalar': {
      if (scalarMatches(shape.type, value)) return [];
      const expected =
        shape.type === 'string'
          ? 'string'
          : shape.type === 'boolean'
            ? 'bool'
            : shape.type === 'integer' || shape.type === 'number'
              ? 'numeric (int or float)'
              : 'string or numeric';
      return [
        {
          path: here,
          message: `expected ${expected}, got ${Array.isArray(value) ? 'list' : typeof value === 'object' ? 'map' : typeof value}`,
        },
      ];
    }
    case 'struct': {
      if (!isObj(value)) return [{ path: here, message: `expected map, got ${Array.isArray(value) ? 'list' : typeof value}` }];
      const issues: TypedIssue[] = [];
      for (const [key, child] of Object.entries(value)) {
        const childNode = shape.properties[key];
        if (!childNode) {
          issues.push({ path: formatFieldPath([...path, `f:${key}`]), message: 'field not declared in schema' });
          continue;
        }
        issues.push(...typedIssues(schema, schema.shape(childNode), child, [...path, `f:${key}`]));
      }
      return issues;
    }
    case 'map': {
      if (!isObj(value)) return [{ path: here, message: `expected map, got ${Array.isArray(value) ? 'list' : typeof value}` }];
      const valueShape = schema.shape(shape.values);
      return Object.entries(value).flatMap(([key, child]) => typedIssues(schema, valueShape, child, [...path, `f:${key}`]));
    }
    case 'list': {
      if (!Array.isArray(value)) return [{ path: here, message: `expected list, got ${typeof value === 'object' ? 'map' : typeof value}` }];
      const itemShape = schema.shape(shape.items);
      const issues: TypedIssue[] = [];
      value.forEach((item, index) => {
        if (shape.listType === 'map') {
          const key = itemKey(shape.keys, item);
          const missing = shape.keys.find((k) => !isObj(item) || (item[k] === undefined && k !== 'protocol'));
          if (!key) {
            issues.push({
              path: here,
              message: `element ${index}: associative list with keys has an element that omits key field "${missing ?? shape.keys[0] ?? ''}" (and doesn't have default value)`,
            });
            return;
          }
          issues.push(...typedIssues(schema, itemShape, item, [...path, keyElement(key)]));
        } else {
          issues.push(...typedIssues(schema, itemShape, item, [...path, `i:${index}`]));
        }
      });
      return issues;
    }
  }
}

/** The fields an object sets, as managedFields records them. */
export function fieldSetOf(schema: Schema, root: Shape, obj: Obj, options: { ignoreStatus: boolean }): FieldSet {
  const set = new FieldSet();
  const visit = (shape: Shape, value: unknown, path: string[]): void => {
    if (shape.kind === 'struct' && !shape.atomic && isObj(value)) {
      const entries = Object.entries(value).filter(([key]) => {
        if (path.length === 0) return key !== 'apiVersion' && key !== 'kind' && !(options.ignoreStatus && key === 'status');
        if (path.length === 1 && path[0] === 'f:metadata') return !UNOWNED_METADATA.has(key);
        return true;
      });
      // Metadata holding only what nobody owns (name, namespace) is not a field of its own.
      const onlyUnowned = path.length === 1 && path[0] === 'f:metadata' && Object.keys(value).length > 0;
      if (entries.length === 0 && path.length > 0 && !onlyUnowned) set.add(path);
      for (const [key, child] of entries) {
        const node = shape.properties[key];
        if (node) visit(schema.shape(node), child, [...path, `f:${key}`]);
      }
    } else if (shape.kind === 'map' && !shape.atomic && isObj(value)) {
      if (Object.keys(value).length === 0) set.add(path);
      const valueShape = schema.shape(shape.values);
      for (const [key, child] of Object.entries(value)) visit(valueShape, child, [...path, `f:${key}`]);
    } else if (shape.kind === 'list' && shape.listType !== 'atomic' && Array.isArray(value)) {
      if (value.length === 0) set.add(path);
      const itemShape = schema.shape(shape.items);
      for (const item of value) {
        if (shape.listType === 'set') {
          set.add([...path, `v:${JSON.stringify(item)}`]);
          continue;
        }
        const key = itemKey(shape.keys, item);
        if (!key) continue;
        const itemPath = [...path, keyElement(key)];
        set.add(itemPath);
        visit(itemShape, item, itemPath);
      }
    } else if (path.length > 0) {
      set.add(path);
    }
  };
  visit(root, obj, []);
  return set;
}

export interface Located {
  readonly found: boolean;
  readonly value?: unknown;
  /** The container holding the value and how to address it there. */
  readonly parent?: Obj | unknown[];
  readonly at?: string | number;
}

/** Finds the value a field-set path points at. */
export function locate(obj: unknown, path: FieldPath): Located {
  let current: unknown = obj;
  let parent: Obj | unknown[] | undefined;
  let at: string | number | undefined;
  for (const element of path) {
    const body = element.slice(2);
    if (element.startsWith('f:')) {
      if (!isObj(current) || !(body in current)) return { found: false };
      parent = current;
      at = body;
      current = current[body];
    } else if (Array.isArray(current)) {
      let index = -1;
      if (element.startsWith('k:')) {
        const key = JSON.parse(body) as Record<string, unknown>;
        index = current.findIndex((item) => deepEqual(itemKey(Object.keys(key), item), key));
      } else if (element.startsWith('v:')) {
        const wanted: unknown = JSON.parse(body);
        index = current.findIndex((item) => deepEqual(item, wanted));
      } else {
        index = Number(body);
      }
      if (index < 0 || index >= current.length) return { found: false };
      parent = current;
      at = index;
      current = current[index];
    } else {
      return { found: false };
    }
  }
  return parent === undefined || at === undefined ? { found: true, value: current } : { found: true, value: current, parent, at };
}
