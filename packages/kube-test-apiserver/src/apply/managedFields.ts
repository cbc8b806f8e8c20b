// metadata.managedFields: who owns which fields, updated on every write. Apply entries hold what a
// manager last applied; Update entries hold what a writer last changed (and take it from others).
import { asArray, asString, deepEqual, isObj, meta, timestamp, type Obj } from '../objects';
import type { Schema, Shape } from '../schema';
import { FieldSet } from './fieldSet';
import { fieldSetOf, locate } from './typed';

export interface ManagerEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  subresource?: string;
  set: FieldSet;
}

export function readManagers(obj: Obj): ManagerEntry[] {
  return asArray(meta(obj).managedFields)
    .filter(isObj)
    .map((raw) => {
      const entry: ManagerEntry = {
        manager: asString(raw.manager) ?? '',
        operation: raw.operation === 'Apply' ? 'Apply' : 'Update',
        apiVersion: asString(raw.apiVersion) ?? '',
        time: asString(raw.time) ?? timestamp(),
        set: FieldSet.fromFieldsV1(raw.fieldsV1),
      };
      const subresource = asString(raw.subresource);
      if (subresource) entry.subresource = subresource;
      return entry;
    });
}

export function writeManagers(obj: Obj, entries: readonly ManagerEntry[]): void {
  const kept = entries.filter((e) => !e.set.isEmpty());
  const m = meta(obj);
  if (kept.length === 0) {
    delete m.managedFields;
    return;
  }
  m.managedFields = kept.map((e) => {
    const out: Obj = {
      manager: e.manager,
      operation: e.operation,
      apiVersion: e.apiVersion,
      time: e.time,
      fieldsType: 'FieldsV1',
      fieldsV1: e.set.toFieldsV1(),
    };
    if (e.subresource) out.subresource = e.subresource;
    return out;
  });
}

export function sameEntry(e: ManagerEntry, manager: string, operation: 'Apply' | 'Update', subresource: string | undefined): boolean {
  return e.manager === manager && e.operation === operation && (e.subresource ?? '') === (subresource ?? '');
}

/** A leaf (not a container) path whose value differs between two objects. */
function changed(before: Obj | undefined, after: Obj, path: readonly string[]): boolean {
  const a = before ? locate(before, path) : { found: false };
  const b = locate(after, path);
  if (!a.found) return true;
  const last = path[path.length - 1] ?? '';
  if (last.startsWith('k:') || last.startsWith('v:')) return false;
  return !deepEqual(a.value, b.value);
}

/**
 * Records a non-apply write by `manager`: it owns what it changed, others lose those fields, and
 * fields that disappeared are owned by nobody.
 */
export function recordUpdate(
  schema: Schema,
  shape: Shape,
  entries: ManagerEntry[],
  manager: string,
  apiVersion: string,
  before: Obj | undefined,
  after: Obj,
  subresource?: string,
): ManagerEntry[] {
  const options = { ignoreStatus: subresource !== 'status' };
  const afterSet = fieldSetOf(schema, shape, after, options);
  const beforeSet = before ? fieldSetOf(schema, shape, before, options) : new FieldSet();
  const gone = beforeSet.difference(afterSet);
  const taken = new FieldSet();
  for (const path of afterSet.members()) if (changed(before, after, path)) taken.add(path);
  const out = entries.map((e) => ({ ...e, set: e.set.difference(taken).difference(gone) }));
  for (const [i, e] of out.entries()) {
    const original = entries[i];
    if (original && original.set.members().length !== e.set.members().length) e.time = timestamp();
  }
  if (taken.isEmpty()) return out;
  const own = out.find((e) => sameEntry(e, manager, 'Update', subresource));
  if (own) {
    own.set = own.set.union(taken);
    own.time = timestamp();
    own.apiVersion = apiVersion;
  } else {
    const entry: ManagerEntry = { manager, operation: 'Update', apiVersion, time: timestamp(), set: taken };
    if (subresource) entry.subresource = subresource;
    out.push(entry);
  }
  return out;
}
