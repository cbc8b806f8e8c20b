// Where a key that is unknown at its place belongs instead: a field of a nearby type (a child object,
// an entry of a child list, the parent, a sibling, the grandparent). Most such keys are indentation
// slips, so the answer names a real place in the same document rather than guessing a spelling.
import { isPair, isScalar, type YAMLMap } from 'yaml';
import { decodeType, type FieldType, type TypeModel } from '../schema/model';
import { resolvePath, type PathSegment } from '../schema/resolvePath';
import { rankSuggestions } from '../util/suggest';
import { isRequiredField } from './requirements';
import type { UnknownKey } from './typedWalk';
import { keyText } from './yamlText';

/** One step down from an object: the field name, and whether it is a list of objects. */
export interface Hop {
  readonly name: string;
  readonly list: boolean;
}

export interface Placement {
  /** `child`: under a field below the key's map; `up`: in an enclosing object. */
  readonly relation: 'child' | 'up';
  /** Path (from the document root) of the object the key belongs in. */
  readonly ownerPath: readonly PathSegment[];
  /** For `child`: the steps from the key's map down to that object. */
  readonly hops: readonly Hop[];
  /** `spec.containers[].image` — the full place, `[]` standing for "an entry of this list". */
  readonly display: string;
  /** The object the key belongs in, for the message: `spec.containers[]`, or '' for the top level. */
  readonly container: string;
  /** How many levels away; 1 is a plain indentation slip. */
  readonly distance: number;
}

/** Parts of an object a person writes; `status` is filled in by Kubernetes. */
const SKIPPED = new Set(['status']);

function objectTypeOf(type: FieldType): { typeId: string; list: boolean } | undefined {
  if (type.kind === 'object') return { typeId: type.typeId, list: false };
  if (type.kind === 'array' && type.items.kind === 'object') return { typeId: type.items.typeId, list: true };
  return undefined;
}

function display(path: readonly (PathSegment | Hop)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string') out += out === '' ? segment : `.${segment}`;
    else out += (out === '' ? segment.name : `.${segment.name}`) + (segment.list ? '[]' : '');
  }
  return out;
}

interface Route {
  readonly typeId: string;
  readonly hops: Hop[];
}

/** Object types one step below `typeId`, the usual ones first (present in the YAML, then required). */
function children(model: TypeModel, route: Route, path: readonly PathSegment[], present: ReadonlySet<string>, strict: boolean): Route[] {
  const out: { route: Route; rank: number }[] = [];
  for (const field of model.fields(route.typeId)) {
    if (SKIPPED.has(field.name)) continue;
    const target = objectTypeOf(field.type);
    if (!target) continue;
    // Written in the key's own map (a list flattened into its parent shows up there: `ports:` next to `protocol:`).
    const isPresent = present.has(field.name);
    const required = isRequiredField(model, route.typeId, [...path, ...route.hops.map((h) => h.name)], field.name);
    // Two levels down, only the paths everyone takes (template.spec) are worth naming.
    if (strict && !isPresent && !required) continue;
    out.push({
      route: { typeId: target.typeId, hops: [...route.hops, { name: field.name, list: target.list }] },
      rank: isPresent ? 0 : required ? 1 : 2,
    });
  }
  return out.sort((a, b) => a.rank - b.rank).map((c) => c.route);
}

function childPlacement(ownerPath: readonly PathSegment[], key: string, route: Route): Placement {
  const container = display([...ownerPath, ...route.hops]);
  return { relation: 'child', ownerPath, hops: route.hops, container, display: `${container}.${key}`, distance: route.hops.length };
}

/** Enclosing objects of the map at `ownerPath`, nearest first, with their paths. */
function ancestors(model: TypeModel, rootTypeId: string, ownerPath: readonly PathSegment[]): { path: PathSegment[]; typeId: string }[] {
  const out: { path: PathSegment[]; typeId: string }[] = [];
  for (let length = ownerPath.length - 1; length >= 0 && out.length < 2; length--) {
    if (typeof ownerPath[length] === 'number') continue;
    const path = ownerPath.slice(0, length);
    const type = path.length === 0 ? decodeType(`#${rootTypeId}`) : resolvePath(model, rootTypeId, path)?.type;
    if (type?.kind === 'object') out.push({ path, typeId: type.typeId });
  }
  return out;
}

/**
 * Where `key`, unknown in the map at `ownerPath` (of type `ownerTypeId`), belongs. `present` holds
 * the keys written in that map. Undefined when no nearby type has such a field.
 */
export function findPlacement(
  model: TypeModel,
  rootTypeId: string,
  ownerPath: readonly PathSegment[],
  ownerTypeId: string,
  key: string,
  present: ReadonlySet<string>,
): Placement | undefined {
  const start: Route = { typeId: ownerTypeId, hops: [] };
  const level1 = children(model, start, ownerPath, present, false);
  const direct = level1.find((route) => model.field(route.typeId, key));
  if (direct) return childPlacement(ownerPath, key, direct);

  const enclosing = ancestors(model, rootTypeId, ownerPath);
  const parent = enclosing[0];
  if (parent && model.field(parent.typeId, key)) {
    const container = display(parent.path);
    return {
      relation: 'up',
      ownerPath: parent.path,
      hops: [],
      container,
      display: container === '' ? key : `${container}.${key}`,
      distance: 1,
    };
  }
  if (parent) {
    // A sibling of the key's map: `containerPort` written under `resources` instead of `ports`.
    const ownField = ownerPath.slice(parent.path.length).find((s): s is string => typeof s === 'string');
    for (const route of children(model, { typeId: parent.typeId, hops: [] }, parent.path, new Set(), false)) {
      if (route.hops[0]?.name === ownField || !model.field(route.typeId, key)) continue;
      const container = display([...parent.path, ...route.hops]);
      return { relation: 'up', ownerPath: parent.path, hops: route.hops, container, display: `${container}.${key}`, distance: 2 };
    }
  }
  for (const route of children(model, start, ownerPath, present, true)) {
    for (const deeper of children(model, route, ownerPath, present, true)) {
      if (model.field(deeper.typeId, key)) return childPlacement(ownerPath, key, deeper);
    }
  }
  const grandparent = enclosing[1];
  if (grandparent && model.field(grandparent.typeId, key)) {
    const container = display(grandparent.path);
    return {
      relation: 'up',
      ownerPath: grandparent.path,
      hops: [],
      container,
      display: container === '' ? key : `${container}.${key}`,
      distance: 2,
    };
  }
  return undefined;
}

/** The keys written in a map, for ranking "where it belongs" by what the user already has. */
export function keysOf(map: YAMLMap): Set<string> {
  const keys = new Set<string>();
  for (const item of map.items) if (isPair(item) && isScalar(item.key)) keys.add(keyText(item.key.value));
  return keys;
}

/** `image:nginx` read as one key: the colon lacks its space. yaml-syntax reports it. */
export const GLUED_KEY = /^([A-Za-z][\w.-]*):[^\s/]/;

/** Keys that are not fields at all: merge keys (`<<: *base`), null keys and glued `key:value` text. */
export function ignorableKey(visit: UnknownKey): boolean {
  const value = visit.keyNode.value;
  return (
    value === null || value === undefined || value === '<<' || !visit.keyNode.range || (typeof value === 'string' && GLUED_KEY.test(value))
  );
}

/**
 * Where an unknown key belongs, when that explains it better than a typo would: a near spelling at
 * the same level beats a place two levels away (`imagePullpolicy` is a typo, not a far-off field).
 */
export function misplacementOf(model: TypeModel, rootTypeId: string, visit: UnknownKey): Placement | undefined {
  if (ignorableKey(visit)) return undefined;
  const key = keyText(visit.keyNode.value);
  const placement = findPlacement(model, rootTypeId, visit.path.slice(0, -1), visit.ownerTypeId, key, keysOf(visit.ownerNode));
  if (!placement || placement.distance <= 1) return placement;
  const suggestions = rankSuggestions(
    key,
    model.fields(visit.ownerTypeId).map((f) => f.name),
    1,
  );
  return suggestions.length === 0 ? placement : undefined;
}

/** A path with list indexes as `[]`, to compare a document path with a placement's `display`. */
export function listAgnostic(path: readonly PathSegment[] | string): string {
  const text = typeof path === 'string' ? path : display(path);
  return text.replace(/\[\d+\]/g, '[]');
}
