// Server-side apply: merges an applied configuration into the live object, detects conflicts with
// other field managers, removes fields the manager stopped applying, and records ownership.
import { clone, deepEqual, isObj, meta, timestamp, type Obj } from '../objects';
import type { Schema, Shape } from '../schema';
import { ApiError, status, type StatusCause } from '../status';
import { FieldSet, formatFieldPath } from './fieldSet';
import { readManagers, sameEntry, writeManagers, type ManagerEntry } from './managedFields';
import { mergeValue, removePath } from './merge';
import { fieldSetOf, locate } from './typed';

export interface ApplyRequest {
  readonly schema: Schema;
  readonly shape: Shape;
  readonly hasStatus: boolean;
  readonly live: Obj | undefined;
  readonly config: Obj;
  readonly manager: string;
  readonly force: boolean;
  readonly apiVersion: string;
}

interface Conflict {
  readonly manager: string;
  readonly apiVersion: string;
  readonly path: string[];
}

function isLeafChange(live: Obj, config: Obj, path: string[]): boolean {
  const last = path[path.length - 1] ?? '';
  if (last.startsWith('k:') || last.startsWith('v:')) return false;
  const current = locate(live, path);
  const wanted = locate(config, path);
  return current.found && !deepEqual(current.value, wanted.value);
}

function conflictError(conflicts: readonly Conflict[]): ApiError {
  const groups = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    const label = `"${c.manager}" using ${c.apiVersion}`;
    groups.set(label, [...(groups.get(label) ?? []), c]);
  }
  const count = conflicts.length;
  let message = `Apply failed with ${count} conflict${count === 1 ? '' : 's'}: `;
  if (count === 1 && conflicts[0]) {
    message += `conflict with "${conflicts[0].manager}" using ${conflicts[0].apiVersion}: ${formatFieldPath(conflicts[0].path)}`;
  } else {
    message += [...groups]
      .map(([label, list]) => `conflicts with ${label}:\n${list.map((c) => `- ${formatFieldPath(c.path)}`).join('\n')}`)
      .join('\n');
  }
  const causes: StatusCause[] = conflicts.map((c) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with "${c.manager}" using ${c.apiVersion}`,
    field: formatFieldPath(c.path),
  }));
  return new ApiError(status(409, 'Conflict', message, { causes }));
}

/** Removes containers a removal left empty, unless someone still owns them or they were applied. */
function dropEmptyParents(obj: Obj, path: string[], owners: readonly FieldSet[]): void {
  for (let i = path.length - 1; i >= 1; i--) {
    const parentPath = path.slice(0, i);
    const { found, value } = locate(obj, parentPath);
    const empty = found && ((isObj(value) && Object.keys(value).length === 0) || (Array.isArray(value) && value.length === 0));
    if (!empty || owners.some((s) => s.ownsWithin(parentPath))) return;
    removePath(obj, parentPath);
  }
}

export function serverSideApply(request: ApplyRequest): Obj {
  const { schema, shape, live, config, manager, force, apiVersion } = request;
  const configSet = fieldSetOf(schema, shape, config, { ignoreStatus: request.hasStatus });
  const entries: ManagerEntry[] = live ? readManagers(live) : [];
  const others = entries.filter((e) => !sameEntry(e, manager, 'Apply', undefined));

  const conflicts: Conflict[] = [];
  if (live) {
    for (const entry of others) {
      if ((entry.subresource ?? '') !== '') continue;
      for (const path of configSet.members()) {
        if (entry.set.has(path) && isLeafChange(live, config, path))
          conflicts.push({ manager: entry.manager, apiVersion: entry.apiVersion, path });
      }
    }
  }
  if (conflicts.length > 0 && !force) throw conflictError(conflicts);
  for (const c of conflicts) {
    const entry = others.find((e) => e.manager === c.manager && e.set.has(c.path));
    if (entry) {
      entry.set = entry.set.difference(single(c.path));
      entry.time = timestamp();
    }
  }

  const merged = mergeValue(schema, shape, live ?? {}, config, { nullDeletes: true }) as Obj;
  if (request.hasStatus) {
    if (live && live.status !== undefined) merged.status = clone(live.status);
    else delete merged.status;
  }
  if (live) {
    const m = meta(merged);
    const lm = meta(live);
    m.uid = lm.uid;
    m.resourceVersion = lm.resourceVersion;
    m.creationTimestamp = lm.creationTimestamp;
  }

  const previous = entries.find((e) => sameEntry(e, manager, 'Apply', undefined))?.set ?? new FieldSet();
  const otherSets = others.map((e) => e.set);
  const dropped = previous
    .difference(configSet)
    .members()
    .sort((a, b) => b.length - a.length);
  for (const path of dropped) {
    if (otherSets.some((s) => s.ownsWithin(path)) || configSet.ownsWithin(path)) continue;
    removePath(merged, path);
    dropEmptyParents(merged, path, [...otherSets, configSet]);
  }

  const own = entries.find((e) => sameEntry(e, manager, 'Apply', undefined));
  const unchanged =
    own !== undefined &&
    live !== undefined &&
    deepEqual(own.set.toFieldsV1(), configSet.toFieldsV1()) &&
    deepEqual(stripManaged(live), stripManaged(merged));
  const next: ManagerEntry[] = [...others];
  const entry: ManagerEntry = { manager, operation: 'Apply', apiVersion, time: unchanged && own ? own.time : timestamp(), set: configSet };
  const ownIndex = entries.findIndex((e) => sameEntry(e, manager, 'Apply', undefined));
  next.splice(ownIndex >= 0 ? ownIndex : next.length, 0, entry);
  writeManagers(merged, next);
  return merged;
}

function single(path: string[]): FieldSet {
  const set = new FieldSet();
  set.add(path);
  return set;
}

function stripManaged(obj: Obj): Obj {
  const copy = clone(obj);
  delete meta(copy).managedFields;
  return copy;
}
