// Resolves a path of keys and list indexes (`spec.containers[0].image`) against the model.
import type { PathSegment } from '../document/nodeAt';
import { decodeType, type FieldType, type ResolvedField, type TypeModel } from './model';

export type { PathSegment };

export interface ResolvedPath {
  /** The type expected at the end of the path. */
  readonly type: FieldType;
  /** The last field stepped through by name (for `ports[0]` it is `ports`). */
  readonly field?: ResolvedField;
}

export function resolvePath(model: TypeModel, rootTypeId: string, path: readonly PathSegment[]): ResolvedPath | undefined {
  let current: ResolvedPath = { type: decodeType(`#${rootTypeId}`) };
  for (const segment of path) {
    const type = current.type;
    if (typeof segment === 'number') {
      if (type.kind !== 'array') return undefined;
      current = { type: type.items, ...(current.field ? { field: current.field } : {}) };
    } else if (type.kind === 'object') {
      const field = model.field(type.typeId, segment);
      if (!field) return undefined;
      current = { type: field.type, field };
    } else if (type.kind === 'map') {
      current = { type: type.values, ...(current.field ? { field: current.field } : {}) };
    } else {
      return undefined;
    }
  }
  return current;
}

/** `['spec','containers',0,'image']` → `spec.containers[0].image`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
