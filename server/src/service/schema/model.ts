// The Kubernetes type model as the service sees it. The data is produced at build time
// (scripts/build-model.mjs → dist/model.json) and handed to the service; this file only reads it.

export interface EnumValue {
  readonly v: string;
  /** The official note on this value, when the API has one. */
  readonly d?: string;
}

export interface FieldDef {
  /** Compact type: a scalar name, `#TypeId`, `[]T` for lists, `{}T` for maps. */
  readonly t: string;
  /** 1 when the API marks the field required. */
  readonly r?: 1;
  /** First Kubernetes minor version that has the field, when it is newer than the oldest modelled. */
  readonly since?: string;
  /** Last version that has the field, when it was removed before the newest modelled. */
  readonly until?: string;
  /** List-map keys (`x-kubernetes-list-map-keys`) for lists merged by key. */
  readonly keys?: readonly string[];
  /** Official description. */
  readonly d: string;
  readonly enum?: readonly EnumValue[];
}

export interface TypeDef {
  readonly description: string;
  readonly fields: Readonly<Record<string, FieldDef>>;
}

export interface KindDef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly type: string;
  /** First Kubernetes minor version that serves the kind under this apiVersion, when newer than the oldest modelled. */
  readonly since?: string;
  /** Last version that serves it, when it stopped before the newest modelled. */
  readonly until?: string;
}

export interface ModelData {
  readonly source: string;
  readonly versions: readonly string[];
  readonly kinds: readonly KindDef[];
  /** Every kind each built-in group version serves (`apps/v1` → Deployment, …), modelled or not. */
  readonly servedKinds: Readonly<Record<string, readonly string[]>>;
  /** The types the pod-bearing kinds reach; the rest of the API comes from `loadMoreTypes`. */
  readonly types: Readonly<Record<string, TypeDef>>;
  /** The pod-bearing kinds (`apiVersion|kind`), whose types are all in `types`. */
  readonly podKinds?: readonly string[];
  /** Every other type, read on first need so that a file of Pods does not pay for the whole API. */
  readonly loadMoreTypes?: () => Readonly<Record<string, TypeDef>>;
}

export type ScalarName =
  | 'string'
  | 'bytes'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'int-or-string'
  | 'quantity'
  | 'time'
  | 'any';

/** A compact type string decoded. */
export type FieldType =
  | { readonly kind: 'scalar'; readonly name: ScalarName }
  | { readonly kind: 'object'; readonly typeId: string }
  | { readonly kind: 'array'; readonly items: FieldType }
  | { readonly kind: 'map'; readonly values: FieldType };

const typeCache = new Map<string, FieldType>();

export function decodeType(compact: string): FieldType {
  const cached = typeCache.get(compact);
  if (cached) return cached;
  let decoded: FieldType;
  if (compact.startsWith('[]')) decoded = { kind: 'array', items: decodeType(compact.slice(2)) };
  else if (compact.startsWith('{}')) decoded = { kind: 'map', values: decodeType(compact.slice(2)) };
  else if (compact.startsWith('#')) decoded = { kind: 'object', typeId: compact.slice(1) };
  else decoded = { kind: 'scalar', name: compact as ScalarName };
  typeCache.set(compact, decoded);
  return decoded;
}

/** Human-readable type name, as shown in hovers and completion details. */
export function typeLabel(type: FieldType): string {
  switch (type.kind) {
    case 'scalar':
      return type.name === 'int-or-string' ? 'integer or string' : type.name === 'any' ? 'object' : type.name;
    case 'object':
      return shortTypeName(type.typeId);
    case 'array':
      return `${typeLabel(type.items)}[]`;
    case 'map':
      return `map[string]${typeLabel(type.values)}`;
  }
}

/** `io.k8s.api.core.v1.Container` → `Container`. */
export function shortTypeName(typeId: string): string {
  return typeId.slice(typeId.lastIndexOf('.') + 1);
}

export interface ResolvedField {
  readonly name: string;
  readonly ownerTypeId: string;
  readonly def: FieldDef;
  readonly type: FieldType;
}

/** Read access to the model with the lookups every feature needs. */
export class TypeModel {
  private readonly kindIndex = new Map<string, KindDef>();
  private readonly kindTypes = new Set<string>();
  private moreTypes: Readonly<Record<string, TypeDef>> | undefined;

  constructor(readonly data: ModelData) {
    for (const k of data.kinds) {
      this.kindIndex.set(`${k.apiVersion}|${k.kind}`, k);
      this.kindTypes.add(k.type);
    }
  }

  /** Whether the type is the root of a kind (a document's top level), not a nested object. */
  isKindType(typeId: string): boolean {
    return this.kindTypes.has(typeId);
  }

  /** Whether the rest of the API has been read (for tests and the bench). */
  get loadedWholeApi(): boolean {
    return this.moreTypes !== undefined;
  }

  get versions(): readonly string[] {
    return this.data.versions;
  }

  get newestVersion(): string {
    return this.data.versions[this.data.versions.length - 1] ?? '';
  }

  get kinds(): readonly KindDef[] {
    return this.data.kinds;
  }

  kind(apiVersion: string, kind: string): KindDef | undefined {
    return this.kindIndex.get(`${apiVersion}|${kind}`);
  }

  /** Kinds we model with this name, whatever their apiVersion, the preferred apiVersion first. */
  kindsNamed(kind: string): KindDef[] {
    return this.data.kinds.filter((k) => k.kind === kind);
  }

  /** The kinds a built-in group version serves; undefined for group versions Kubernetes itself does not have. */
  kindsServedBy(groupVersion: string): readonly string[] | undefined {
    // Own keys only: `apiVersion: constructor` must not find Object.prototype's.
    return Object.hasOwn(this.data.servedKinds, groupVersion) ? this.data.servedKinds[groupVersion] : undefined;
  }

  type(typeId: string): TypeDef | undefined {
    if (Object.hasOwn(this.data.types, typeId)) return this.data.types[typeId];
    const more = this.moreTypes ?? this.loadMore();
    return Object.hasOwn(more, typeId) ? more[typeId] : undefined;
  }

  private loadMore(): Readonly<Record<string, TypeDef>> {
    this.moreTypes = this.data.loadMoreTypes?.() ?? {};
    return this.moreTypes;
  }

  field(typeId: string, name: string): ResolvedField | undefined {
    const fields = this.type(typeId)?.fields;
    const def = fields && Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!def) return undefined;
    return { name, ownerTypeId: typeId, def, type: decodeType(def.t) };
  }

  fields(typeId: string): ResolvedField[] {
    const type = this.type(typeId);
    if (!type) return [];
    return Object.entries(type.fields).map(([name, def]) => ({ name, ownerTypeId: typeId, def, type: decodeType(def.t) }));
  }
}

/** Whether `version` (e.g. "1.30") has the field. */
export function fieldAvailableIn(def: FieldDef, version: string): boolean {
  const minor = minorOf(version);
  if (def.since !== undefined && minor < minorOf(def.since)) return false;
  if (def.until !== undefined && minor > minorOf(def.until)) return false;
  return true;
}

export function minorOf(version: string): number {
  const match = /^v?1\.(\d+)/.exec(version);
  return match ? Number(match[1]) : Number.NaN;
}
