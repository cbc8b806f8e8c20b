// Required fields from the API schema, reported with JSON paths (`spec.containers[0].name`), and
// unknown fields as strict decoding reports them.
import { isObj } from '../objects';
import type { Schema, Shape } from '../schema';
import type { FieldError } from '../status';
import { required } from './fieldErrors';

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function missingRequired(schema: Schema, shape: Shape, value: unknown, path = ''): FieldError[] {
  if (value === null || value === undefined) return [];
  switch (shape.kind) {
    case 'struct': {
      if (!isObj(value)) return [];
      const errors: FieldError[] = [];
      for (const name of shape.required) {
        if (value[name] === undefined || value[name] === null) errors.push(required(join(path, name)));
      }
      for (const [key, child] of Object.entries(value)) {
        const node = shape.properties[key];
        if (node) errors.push(...missingRequired(schema, schema.shape(node), child, join(path, key)));
      }
      return errors;
    }
    case 'map': {
      if (!isObj(value)) return [];
      const valueShape = schema.shape(shape.values);
      return Object.entries(value).flatMap(([key, child]) => missingRequired(schema, valueShape, child, `${path}[${key}]`));
    }
    case 'list': {
      if (!Array.isArray(value)) return [];
      const itemShape = schema.shape(shape.items);
      return value.flatMap((item, index) => missingRequired(schema, itemShape, item, `${path}[${index}]`));
    }
    default:
      return [];
  }
}

/** Unknown fields with the paths strict decoding prints: `spec.containers[0].imagePullPolice`. */
export function unknownFields(schema: Schema, shape: Shape, value: unknown, path = ''): string[] {
  if (value === null || value === undefined) return [];
  if (shape.kind === 'struct' && isObj(value)) {
    return Object.entries(value).flatMap(([key, child]) => {
      const node = shape.properties[key];
      return node ? unknownFields(schema, schema.shape(node), child, join(path, key)) : [join(path, key)];
    });
  }
  if (shape.kind === 'map' && isObj(value)) {
    const valueShape = schema.shape(shape.values);
    return Object.entries(value).flatMap(([key, child]) => unknownFields(schema, valueShape, child, join(path, key)));
  }
  if (shape.kind === 'list' && Array.isArray(value)) {
    const itemShape = schema.shape(shape.items);
    return value.flatMap((item, index) => unknownFields(schema, itemShape, item, `${path}[${index}]`));
  }
  return [];
}

/** Deletes the unknown fields (what Warn and Ignore field validation do). */
export function dropUnknownFields(schema: Schema, shape: Shape, value: unknown): void {
  if (shape.kind === 'struct' && isObj(value)) {
    for (const [key, child] of Object.entries(value)) {
      const node = shape.properties[key];
      if (node) dropUnknownFields(schema, schema.shape(node), child);
      else delete value[key];
    }
  } else if (shape.kind === 'map' && isObj(value)) {
    const valueShape = schema.shape(shape.values);
    for (const child of Object.values(value)) dropUnknownFields(schema, valueShape, child);
  } else if (shape.kind === 'list' && Array.isArray(value)) {
    const itemShape = schema.shape(shape.items);
    for (const item of value) dropUnknownFields(schema, itemShape, item);
  }
}
