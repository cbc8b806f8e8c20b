// Schema-aware merging: an applied configuration (or a strategic merge patch) over a live object.
// Structs and maps merge by key, map lists by their key fields, sets by value; atomic values replace.
import { clone, deepEqual, isObj, type Obj } from '../objects';
import type { Schema, Shape } from '../schema';
import type { FieldPath } from './fieldSet';
import { itemKey, locate } from './typed';

export interface MergeOptions {
  /** Strategic merge patch: `null` deletes a field. Apply: `null` deletes as well. */
  readonly nullDeletes: boolean;
}

export function mergeValue(schema: Schema, shape: Shape, live: unknown, config: unknown, options: MergeOptions): unknown {
  if (config === undefined) return clone(live);
  if (config === null) return null;
  if ((shape.kind === 'struct' && !shape.atomic) || (shape.kind === 'map' && !shape.atomic) || shape.kind === 'any') {
    if (!isObj(config)) return clone(config);
    if (shape.kind === 'any') return isObj(live) ? mergeAny(live, config) : clone(config);
    const out: Obj = isObj(live) ? clone(live) : {};
    for (const [key, value] of Object.entries(config)) {
      if (value === null && options.nullDeletes) {
        delete out[key];
        continue;
      }
      const childNode = shape.kind === 'struct' ? shape.properties[key] : shape.values;
      const childShape: Shape = childNode ? schema.shape(childNode) : { kind: 'any', node: {} };
      out[key] = mergeValue(schema, childShape, out[key], value, options);
    }
    return out;
  }
  if (shape.kind === 'list' && Array.isArray(config)) {
    if (shape.listType === 'atomic' || !Array.isArray(live)) return clone(config);
    if (shape.listType === 'set') {
      const out = clone(live);
      for (const item of config) if (!out.some((x) => deepEqual(x, item))) out.push(clone(item));
      return out;
    }
    const itemShape = schema.shape(shape.items);
    const out = clone(live);
    for (const item of config) {
      const key = itemKey(shape.keys, item);
      const index = key ? out.findIndex((x) => deepEqual(itemKey(shape.keys, x), key)) : -1;
      if (index >= 0) out[index] = mergeValue(schema, itemShape, out[index], item, options);
      else out.push(clone(item));
    }
    return out;
  }
  return clone(config);
}

function mergeAny(live: Obj, config: Obj): Obj {
  const out = clone(live);
  for (const [key, value] of Object.entries(config)) {
    out[key] = isObj(value) && isObj(out[key]) ? mergeAny(out[key], value) : clone(value);
  }
  return out;
}

/** Removes the value a field-set path points at (a field, a keyed list item or a set value). */
export function removePath(obj: Obj, path: FieldPath): void {
  const located = locate(obj, path);
  if (!located.found || located.parent === undefined || located.at === undefined) return;
  if (Array.isArray(located.parent) && typeof located.at === 'number') located.parent.splice(located.at, 1);
  else if (isObj(located.parent) && typeof located.at === 'string') delete located.parent[located.at];
}
