// The non-apply PATCH types: JSON patch (RFC 6902), JSON merge patch (RFC 7386) and strategic
// merge patch (merge lists by their patch merge key, as kubectl edit and client-side apply send).
import { clone, deepEqual, isObj, type Obj } from '../objects';
import type { Schema, Shape } from '../schema';
import { badRequest } from '../status';
import { itemKey } from './typed';

export const PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/apply-patch+yaml',
  'application/apply-patch+cbor',
] as const;

export function jsonMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return clone(patch);
  const out: Obj = isObj(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = jsonMergePatch(out[key], value);
  }
  return out;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw badRequest(`invalid JSON pointer: ${path}`);
  return path
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, parts: string[]): { parent: unknown; last: string } {
  let current = doc;
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isObj(current)) current = current[part];
    else throw badRequest(`doc is missing path: "/${parts.join('/')}"`);
  }
  if (current === undefined) throw badRequest(`doc is missing path: "/${parts.join('/')}": missing value`);
  return { parent: current, last: parts[parts.length - 1] ?? '' };
}

function getAt(doc: unknown, parts: string[]): unknown {
  let current = doc;
  for (const part of parts) {
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isObj(current)) current = current[part];
    else return undefined;
  }
  return current;
}

export function jsonPatch(target: Obj, operations: unknown): Obj {
  if (!Array.isArray(operations)) throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let doc: Obj = clone(target);
  for (const op of operations) {
    if (!isObj(op) || typeof op.op !== 'string' || typeof op.path !== 'string') throw badRequest('invalid JSON patch operation');
    const opPath = op.path;
    const parts = pointer(opPath);
    const apply = (value: unknown, mode: 'add' | 'replace'): void => {
      if (parts.length === 0) {
        doc = clone(value) as Obj;
        return;
      }
      const { parent, last } = parentOf(doc, parts);
      if (Array.isArray(parent)) {
        const index = last === '-' ? parent.length : Number(last);
        if (mode === 'add') parent.splice(index, 0, clone(value));
        else parent[index] = clone(value);
      } else if (isObj(parent)) {
        if (mode === 'replace' && !(last in parent))
          throw badRequest(`replace operation does not apply: doc is missing key: ${opPath}: missing value`);
        parent[last] = clone(value);
      }
    };
    const remove = (): void => {
      const { parent, last } = parentOf(doc, parts);
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else if (isObj(parent)) {
        if (!(last in parent)) throw badRequest(`remove operation does not apply: doc is missing path: "${opPath}": missing value`);
        delete parent[last];
      }
    };
    switch (op.op) {
      case 'add':
        apply(op.value, 'add');
        break;
      case 'replace':
        apply(op.value, 'replace');
        break;
      case 'remove':
        remove();
        break;
      case 'test':
        if (!deepEqual(getAt(doc, parts), op.value)) throw badRequest('testing value failed');
        break;
      case 'copy':
      case 'move': {
        if (typeof op.from !== 'string') throw badRequest('missing from');
        const value = getAt(doc, pointer(op.from));
        if (op.op === 'move') {
          const { parent, last } = parentOf(doc, pointer(op.from));
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else if (isObj(parent)) delete parent[last];
        }
        apply(value, 'add');
        break;
      }
      default:
        throw badRequest(`Unexpected kind: ${op.op}`);
    }
  }
  return doc;
}

/**
 * Strategic merge: like a merge patch, but lists with a merge key merge item by item, and the
 * patch may carry directives (`$patch: delete|replace`, `$deleteFromPrimitiveList/NAME`,
 * `$setElementOrder/NAME`, `$retainKeys`), as kubectl's client-side apply sends them.
 */
function strategic(schema: Schema, shape: Shape, live: unknown, patch: unknown): unknown {
  if (!isObj(patch)) {
    if (!Array.isArray(patch) || shape.kind !== 'list' || shape.listType !== 'map' || !Array.isArray(live)) return clone(patch);
    const itemShape = schema.shape(shape.items);
    const out = clone(live);
    for (const item of patch) {
      const key = itemKey(shape.keys, item);
      const index = key ? out.findIndex((x) => deepEqual(itemKey(shape.keys, x), key)) : -1;
      if (isObj(item) && item.$patch === 'delete') {
        if (index >= 0) out.splice(index, 1);
      } else if (index >= 0) {
        out[index] = strategic(schema, itemShape, out[index], item);
      } else {
        out.push(strategic(schema, itemShape, undefined, item));
      }
    }
    return out;
  }
  if (patch.$patch === 'delete') return undefined;
  const replace = patch.$patch === 'replace';
  const out: Obj = isObj(live) && !replace ? clone(live) : {};
  const removals: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$deleteFromPrimitiveList/')) {
      removals.push([key.slice('$deleteFromPrimitiveList/'.length), Array.isArray(value) ? value : []]);
      continue;
    }
    if (key.startsWith('$')) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    const node = shape.kind === 'struct' ? shape.properties[key] : shape.kind === 'map' ? shape.values : undefined;
    const merged = strategic(schema, node ? schema.shape(node) : { kind: 'any', node: {} }, out[key], value);
    if (merged === undefined) delete out[key];
    else out[key] = merged;
  }
  for (const [key, values] of removals) {
    const list = out[key];
    if (Array.isArray(list)) out[key] = list.filter((v) => !values.some((x) => deepEqual(x, v)));
  }
  return out;
}

export function strategicMergePatch(schema: Schema, shape: Shape, target: Obj, patch: unknown): Obj {
  if (!isObj(patch)) throw badRequest('strategic merge patch must be an object');
  return strategic(schema, shape, target, patch) as Obj;
}
