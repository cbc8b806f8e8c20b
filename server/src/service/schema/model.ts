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
  /** Value constraints of a schema the structural rules do not know (custom resources' CRD schemas). */
  readonly c?: Constraints;
}

/**
 * OpenAPI value constraints (`minimum`, `pattern`, `maxItems`, …), checked by the schema-constraint
 * rules. For a list or map field, `items` holds the constraints of its entries (nested for lists of lists).
 */
export interface Constraints {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: true;
  readonly exclusiveMaximum?: true;
  readonly multipleOf?: number;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly format?: string;
  /** `nullable: true`: `null` is a value of its own, not a missing one. */
  readonly nullable?: true;
  readonly items?: Constraints;
}

export interface TypeDef {
  readonly description: string;
  readonly fields: Readonly<Record<string, FieldDef>>;
  /** Keys beyond `fields` are accepted (`x-kubernetes-preserve-unknown-fields`): no unknown-field checks. */
  readonly open?: true;
}

export interface KindDef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly type: string;
  /** First Kubernetes minor version that serves the kind under this apiVersion, when newer than the oldest modelled. */
  readonly since?: string;
  /** Last version that serves it, when it stopped before the newest modelled. */
  readonly until?: string;
  /** Custom kinds only: where the schema came from (`CustomResourceDefinition widgets.example.com`). */
  readonly origin?: string;
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

export type ScalarName = 'string' | 'bytes' | 'integer' | 'number' | 'boolean' | 'int-or-string' | 'quantity' | 'time' | 'any';

/** A compact type string decoded. */
export type FieldType =
  | { readonly kind: 'scalar'; readonly name: ScalarName }
  | { readonly kind: 'object'; readonly typeId: string }
  | { readonly kind: 'array'; readonly items: FieldType }
  | { readonly kind: 'map'; readonly values: FieldType };

/** Type ids of custom resources' types start so; built-in ids never do. */
export const CUSTOM_TYPE_PREFIX = 'crd:';

const typeCache = new Map<string, FieldType>();

export function decodeType(compact: string): FieldType {
  const cached = typeCache.get(compact);
  if (cached) return cached;
  let decoded: FieldType;
  if (compact.startsWith('[]')) decoded = { kind: 'array', items: decodeType(compact.slice(2)) };
  else if (compact.startsWith('{}')) decoded = { kind: 'map', values: decodeType(compact.slice(2)) };
  else if (compact.startsWith('#')) decoded = { kind: 'object', typeId: compact.slice(1) };
  else decoded = { kind: 'scalar', name: compact as ScalarName };
  // Custom types come and go with their schemas: caching their ids would only grow.
  if (!compact.includes(CUSTOM_TYPE_PREFIX)) typeCache.set(compact, decoded);
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

export function isCustomTypeId(typeId: string): boolean {
  return typeId.startsWith(CUSTOM_TYPE_PREFIX);
}

/**
 * `io.k8s.api.core.v1.Container` → `Container`. A custom type's id is `crd:<serial>|<name>`, where
 * the name reads as the place in its kind (`Widget.spec.template`, `Widget.spec.rules[]`) or the
 * schema's component name (`WidgetSpec`): that name is what messages show.
 */
export function shortTypeName(typeId: string): string {
  if (isCustomTypeId(typeId)) {
    const bar = typeId.indexOf('|');
    return bar < 0 ? typeId.slice(CUSTOM_TYPE_PREFIX.length) : typeId.slice(bar + 1);
  }
  return typeId.slice(typeId.lastIndexOf('.') + 1);
}

export interface ResolvedField {
  readonly name: string;
  readonly ownerTypeId: string;
  readonly def: FieldDef;
  readonly type: FieldType;
}

/** Custom kinds and their types from one source (a CRD file, a cluster's OpenAPI document, …). */
export interface CustomSchemaSet {
  readonly kinds: readonly KindDef[];
  /** Ids start with `crd:` (CUSTOM_TYPE_PREFIX). */
  readonly types: Readonly<Record<string, TypeDef>>;
}

interface CustomOverlay {
  readonly kinds: readonly KindDef[];
  readonly kindIndex: ReadonlyMap<string, KindDef>;
  readonly kindTypes: ReadonlySet<string>;
  readonly types: ReadonlyMap<string, TypeDef>;
  /** Custom group version → the kinds it serves. */
  readonly served: ReadonlyMap<string, readonly string[]>;
}

const NO_OVERLAY: CustomOverlay = { kinds: [], kindIndex: new Map(), kindTypes: new Set(), types: new Map(), served: new Map() };

/** Read access to the model with the lookups every feature needs. */
export class TypeModel {
  private readonly kindIndex = new Map<string, KindDef>();
  private readonly kindTypes = new Set<string>();
  private moreTypes: Readonly<Record<string, TypeDef>> | undefined;
  private readonly customSources = new Map<string, CustomSchemaSet>();
  private overlay: CustomOverlay = NO_OVERLAY;
  private allKinds: readonly KindDef[];
  private generationCount = 0;

  constructor(readonly data: ModelData) {
    for (const k of data.kinds) {
      this.kindIndex.set(`${k.apiVersion}|${k.kind}`, k);
      this.kindTypes.add(k.type);
    }
    this.allKinds = data.kinds;
  }

  /**
   * Changes whenever the custom kinds change: anything derived from the model (cached findings,
   * requirements) is stale once it moves on.
   */
  get generation(): number {
    return this.generationCount;
  }

  /**
   * Sets (replaces) the custom kinds and types of one source. Built-in kinds always win: a custom
   * kind of a group version Kubernetes serves is ignored. When two sources define the same kind,
   * the source set first wins.
   */
  setCustom(sourceId: string, schemas: CustomSchemaSet): void {
    this.customSources.set(sourceId, schemas);
    this.rebuildOverlay();
  }

  /** Forgets a source's custom kinds; false when there was no such source. */
  deleteCustom(sourceId: string): boolean {
    if (!this.customSources.delete(sourceId)) return false;
    this.rebuildOverlay();
    return true;
  }

  /** The ids of the sources that have custom kinds set. */
  get customSourceIds(): readonly string[] {
    return [...this.customSources.keys()];
  }

  private rebuildOverlay(): void {
    const kinds: KindDef[] = [];
    const kindIndex = new Map<string, KindDef>();
    const kindTypes = new Set<string>();
    const types = new Map<string, TypeDef>();
    const served = new Map<string, string[]>();
    for (const source of this.customSources.values()) {
      for (const [id, type] of Object.entries(source.types)) if (isCustomTypeId(id)) types.set(id, type);
      for (const k of source.kinds) {
        const key = `${k.apiVersion}|${k.kind}`;
        if (this.isBuiltInGroupVersion(k.apiVersion) || this.kindIndex.has(key) || kindIndex.has(key)) continue;
        kindIndex.set(key, k);
        kindTypes.add(k.type);
        kinds.push(k);
        const list = served.get(k.apiVersion);
        if (list) list.push(k.kind);
        else served.set(k.apiVersion, [k.kind]);
      }
    }
    this.overlay = kinds.length === 0 && types.size === 0 ? NO_OVERLAY : { kinds, kindIndex, kindTypes, types, served };
    this.allKinds = kinds.length === 0 ? this.data.kinds : [...this.data.kinds, ...kinds];
    this.generationCount++;
  }

  /** Whether the type is the root of a kind (a document's top level), not a nested object. */
  isKindType(typeId: string): boolean {
    return this.kindTypes.has(typeId) || this.overlay.kindTypes.has(typeId);
  }

  get versions(): readonly string[] {
    return this.data.versions;
  }

  get newestVersion(): string {
    return this.data.versions[this.data.versions.length - 1] ?? '';
  }

  /** Every kind: the built-in ones, then the custom ones. */
  get kinds(): readonly KindDef[] {
    return this.allKinds;
  }

  kind(apiVersion: string, kind: string): KindDef | undefined {
    const key = `${apiVersion}|${kind}`;
    return this.kindIndex.get(key) ?? this.overlay.kindIndex.get(key);
  }

  /** Kinds we model with this name, whatever their apiVersion, the preferred apiVersion first (built-in ones before custom ones). */
  kindsNamed(kind: string): KindDef[] {
    return this.allKinds.filter((k) => k.kind === kind);
  }

  /**
   * The kinds a group version serves: a built-in one (all of them, modelled or not), or a custom one
   * with kinds from custom schemas; undefined for any other group version.
   */
  kindsServedBy(groupVersion: string): readonly string[] | undefined {
    // Own keys only: `apiVersion: constructor` must not find Object.prototype's.
    if (Object.hasOwn(this.data.servedKinds, groupVersion)) return this.data.servedKinds[groupVersion];
    return this.overlay.served.get(groupVersion);
  }

  /** Whether Kubernetes itself serves this group version (custom schemas aside). */
  isBuiltInGroupVersion(groupVersion: string): boolean {
    return Object.hasOwn(this.data.servedKinds, groupVersion);
  }

  /** The custom kinds of an API group (`example.com`), every version. */
  customKindsOfGroup(group: string): KindDef[] {
    return this.overlay.kinds.filter((k) => k.apiVersion.slice(0, k.apiVersion.lastIndexOf('/')) === group);
  }

  type(typeId: string): TypeDef | undefined {
    if (isCustomTypeId(typeId)) return this.overlay.types.get(typeId);
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
