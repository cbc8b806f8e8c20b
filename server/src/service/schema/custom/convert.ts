// Custom resource schemas → the model's own shape. Reads plain objects (YAML or JSON already parsed):
// `apiextensions.k8s.io/v1` CustomResourceDefinitions (and lists of them), and OpenAPI v3 documents
// whose `components.schemas` carry `x-kubernetes-group-version-kind` (what a cluster's
// `/openapi/v3/apis/<group>/<version>` returns; Swagger 2 `definitions` too). Every served version
// becomes a kind whose root type is converted from its schema, with descriptions, `required`,
// enums and value constraints. A broken schema never throws: it yields problems, and the part
// that is broken is typed as "anything".
import { rankSuggestions } from '../../util/suggest';
import { CUSTOM_TYPE_PREFIX, type Constraints, type EnumValue, type FieldDef, type KindDef, type TypeDef } from '../model';
import type { PathSegment } from '../resolvePath';
import type { SchemaProblem, SchemaProblemKind } from './problems';

export interface ConvertOptions {
  /**
   * Start of every type id made (after `crd:`): type ids of different sources must differ. The
   * converter appends a serial number and `|` and the type's readable name.
   */
  readonly idPrefix: string;
  /** Whether a built-in type has this id: OpenAPI `$ref`s to `io.k8s.…` components use the built-in type. */
  readonly builtInType?: (typeId: string) => boolean;
  /** The fields every kind has, as the built-in model describes them (for their descriptions). */
  readonly standardFields?: StandardFields;
}

export interface StandardFields {
  readonly apiVersion?: FieldDef;
  readonly kind?: FieldDef;
  readonly metadata?: FieldDef;
}

export interface ConvertedSchemas {
  readonly kinds: KindDef[];
  readonly types: Record<string, TypeDef>;
  readonly problems: SchemaProblem[];
  /** How many of the documents were CRDs or OpenAPI documents (the others are ignored). */
  readonly recognized: number;
}

export const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
const JSON_TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array'];
/** Deeper than any real schema: only self-referring YAML aliases get there. */
const MAX_DEPTH = 64;
/** Types made from one source at most; past it, the rest is typed as anything. */
const MAX_TYPES = 20_000;

type Schema = Readonly<Record<string, unknown>>;

function isSchemaObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function countOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

interface Context {
  readonly options: ConvertOptions;
  readonly document: number;
  /** The whole document, for `$ref` pointers. */
  readonly root: unknown;
  readonly inCrd: boolean;
  readonly types: Record<string, TypeDef>;
  readonly problems: SchemaProblem[];
  /** Schema object → what it converted to, so shared (aliased, `$ref`'d) schemas are converted once. */
  readonly memo: Map<object, Converted>;
  /** Schemas being converted right now: meeting one again without an object in between is a cycle. */
  readonly active: Set<object>;
  serial: { next: number };
}

function problem(context: Context, path: readonly PathSegment[], kind: SchemaProblemKind): void {
  context.problems.push({ document: context.document, path, problem: kind });
}

function newTypeId(context: Context, name: string): string {
  return `${CUSTOM_TYPE_PREFIX}${context.options.idPrefix}${context.serial.next++}|${name}`;
}

/** `#/components/schemas/a~1b` → the value there and its path, or undefined. */
function followPointer(root: unknown, ref: string): { value: unknown; path: PathSegment[] } | undefined {
  if (!ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  if (pointer === '') return { value: root, path: [] };
  if (!pointer.startsWith('/')) return undefined;
  let value: unknown = root;
  const path: PathSegment[] = [];
  for (const raw of pointer.slice(1).split('/')) {
    let token: string;
    try {
      token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return undefined;
    }
    if (Array.isArray(value)) {
      const index = /^\d+$/.test(token) ? Number(token) : Number.NaN;
      if (!(index < value.length)) return undefined;
      value = value[index] as unknown;
      path.push(index);
    } else if (isSchemaObject(value) && Object.hasOwn(value, token)) {
      value = value[token];
      path.push(token);
    } else {
      return undefined;
    }
  }
  return { value, path };
}

/** The readable name of a `$ref` target: a component's name after its last dot (`WidgetSpec`). */
function refName(ref: string): string | undefined {
  const match = /^#\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(ref);
  if (!match?.[1]) return undefined;
  const name = match[1].replace(/~1/g, '/').replace(/~0/g, '~');
  return name.slice(name.lastIndexOf('.') + 1);
}

function componentId(ref: string): string | undefined {
  const match = /^#\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(ref);
  return match?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
}

function constraintsOf(schema: Schema, items: Constraints | undefined): Constraints | undefined {
  const out: { -readonly [K in keyof Constraints]: Constraints[K] } = {};
  const minimum = numberOf(schema.minimum);
  const maximum = numberOf(schema.maximum);
  if (minimum !== undefined) out.minimum = minimum;
  if (maximum !== undefined) out.maximum = maximum;
  // OpenAPI 3.0: a boolean next to minimum/maximum; JSON Schema 2019+: the bound itself.
  if (schema.exclusiveMinimum === true && minimum !== undefined) out.exclusiveMinimum = true;
  if (schema.exclusiveMaximum === true && maximum !== undefined) out.exclusiveMaximum = true;
  const exclusiveMin = numberOf(schema.exclusiveMinimum);
  const exclusiveMax = numberOf(schema.exclusiveMaximum);
  if (exclusiveMin !== undefined && (minimum === undefined || exclusiveMin >= minimum)) {
    out.minimum = exclusiveMin;
    out.exclusiveMinimum = true;
  }
  if (exclusiveMax !== undefined && (maximum === undefined || exclusiveMax <= maximum)) {
    out.maximum = exclusiveMax;
    out.exclusiveMaximum = true;
  }
  const multipleOf = numberOf(schema.multipleOf);
  if (multipleOf !== undefined && multipleOf > 0) out.multipleOf = multipleOf;
  const pattern = stringOf(schema.pattern);
  if (pattern !== undefined && pattern !== '') out.pattern = pattern;
  for (const key of ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const) {
    const count = countOf(schema[key]);
    if (count !== undefined) out[key] = count;
  }
  const format = stringOf(schema.format);
  if (format !== undefined && format !== '') out.format = format;
  if (schema.nullable === true) out.nullable = true;
  if (items) out.items = items;
  return Object.keys(out).length > 0 ? out : undefined;
}

function enumOf(schema: Schema): EnumValue[] | undefined {
  if (!Array.isArray(schema.enum)) return undefined;
  const values: EnumValue[] = [];
  for (const value of schema.enum as unknown[]) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values.push({ v: String(value) });
  }
  return values.length > 0 ? values : undefined;
}

/** What a field's schema converts to: its compact type, and what a FieldDef carries besides. */
interface Converted {
  readonly t: string;
  readonly description?: string;
  /** The enum of the scalar at the bottom (of a list of enum strings too). */
  readonly enum?: EnumValue[];
  readonly constraints?: Constraints;
  readonly keys?: readonly string[];
}

const ANY: Converted = { t: 'any' };

interface Place {
  readonly path: readonly PathSegment[];
  /** Readable type name for an object here: `Widget.spec.template`. */
  readonly name: string;
  readonly depth: number;
}

/** `allOf` of one schema (how OpenAPI v3 adds a description to a `$ref`) and merged `allOf`s. */
function mergedAllOf(context: Context, schema: Schema, place: Place): Schema {
  const parts = schema.allOf;
  if (!Array.isArray(parts) || parts.length === 0) return schema;
  const rest: Record<string, unknown> = { ...schema };
  delete rest.allOf;
  if (parts.length === 1 && isSchemaObject(parts[0])) {
    // `{allOf: [{$ref: X}], description: …}`: the reference, with the outer words.
    return { ...parts[0], ...rest };
  }
  const properties: Record<string, unknown> = {};
  const required: unknown[] = [];
  let type: unknown = rest.type;
  parts.forEach((part, index) => {
    let resolved: unknown = part;
    if (isSchemaObject(part) && typeof part.$ref === 'string') resolved = followPointer(context.root, part.$ref)?.value;
    if (!isSchemaObject(resolved)) {
      if (!isSchemaObject(part)) problem(context, [...place.path, 'allOf', index], { kind: 'notASchema' });
      return;
    }
    if (isSchemaObject(resolved.properties)) Object.assign(properties, resolved.properties);
    if (Array.isArray(resolved.required)) required.push(...(resolved.required as unknown[]));
    type ??= resolved.type;
  });
  const merged: Record<string, unknown> = { ...rest };
  if (type !== undefined) merged.type = type;
  if (Object.keys(properties).length > 0)
    merged.properties = { ...(isSchemaObject(rest.properties) ? rest.properties : {}), ...properties };
  if (required.length > 0) merged.required = [...(Array.isArray(rest.required) ? (rest.required as unknown[]) : []), ...required];
  return merged;
}

function convertSchema(context: Context, value: unknown, place: Place): Converted {
  if (!isSchemaObject(value)) {
    problem(context, place.path, { kind: 'notASchema' });
    return ANY;
  }
  if (place.depth > MAX_DEPTH) {
    problem(context, place.path, { kind: 'tooDeep' });
    return ANY;
  }
  const known = context.memo.get(value);
  if (known !== undefined) return known;
  if (context.active.has(value)) {
    problem(context, place.path, { kind: 'tooDeep' });
    return ANY;
  }
  context.active.add(value);
  try {
    const converted = convertFresh(context, value, place);
    // Objects are remembered as soon as their id exists (so recursion finds them); the rest here.
    context.memo.set(value, converted);
    return converted;
  } finally {
    context.active.delete(value);
  }
}

function described(schema: Schema): { description?: string } {
  const description = stringOf(schema.description);
  return description !== undefined ? { description } : {};
}

function convertRef(context: Context, schema: Schema, ref: string, place: Place): Converted {
  const refPath = [...place.path, '$ref'];
  const target = followPointer(context.root, ref);
  if (!target || target.value === undefined) {
    problem(context, refPath, { kind: 'danglingRef', ref });
    return { ...ANY, ...described(schema) };
  }
  if (isSchemaObject(target.value) && context.active.has(target.value) && !context.memo.has(target.value)) {
    problem(context, refPath, { kind: 'cyclicRef', ref });
    return { ...ANY, ...described(schema) };
  }
  if (context.inCrd) problem(context, refPath, { kind: 'refInCrd', ref });
  const id = componentId(ref);
  if (id !== undefined && context.options.builtInType?.(id)) return { t: `#${id}`, ...described(schema) };
  const name = refName(ref) ?? place.name;
  const converted = convertSchema(context, target.value, { path: target.path, name, depth: place.depth + 1 });
  // The referring schema's own words and limits come first.
  const own = constraintsOf(schema, undefined);
  const values = enumOf(schema);
  return {
    ...converted,
    ...described(schema),
    ...(own ? { constraints: { ...converted.constraints, ...own } } : {}),
    ...(values ? { enum: values } : {}),
  };
}

function convertFresh(context: Context, raw: Schema, place: Place): Converted {
  const schema = mergedAllOf(context, raw, place);
  const ref = stringOf(schema.$ref);
  if (ref !== undefined) return convertRef(context, schema, ref, place);
  const base = { ...described(schema) };
  if (schema['x-kubernetes-int-or-string'] === true) {
    return { t: 'int-or-string', ...base, ...withExtras(schema, constraintsOf(schema, undefined)) };
  }
  let type = schema.type;
  if (type !== undefined && (typeof type !== 'string' || !JSON_TYPES.includes(type))) {
    const written = typeof type === 'string' ? type : JSON.stringify(type);
    const suggestion = typeof type === 'string' ? rankSuggestions(type, JSON_TYPES, 1)[0] : undefined;
    problem(context, [...place.path, 'type'], { kind: 'badType', value: written, ...(suggestion !== undefined ? { suggestion } : {}) });
    type = undefined;
  }
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  const embedded = schema['x-kubernetes-embedded-resource'] === true;
  if (type === undefined) {
    if (isSchemaObject(schema.properties) || embedded) type = 'object';
    else if (schema.items !== undefined) type = 'array';
    else if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) type = 'object';
  }
  switch (type) {
    case 'string': {
      const format = stringOf(schema.format);
      const t = format === 'date-time' ? 'time' : format === 'byte' ? 'bytes' : 'string';
      return { t, ...base, ...withExtras(schema, constraintsOf(schema, undefined)) };
    }
    case 'integer':
    case 'number':
    case 'boolean':
      return { t: type, ...base, ...withExtras(schema, constraintsOf(schema, undefined)) };
    case 'array': {
      const items = schema.items;
      // A tuple (`items: [...]`) is not something Kubernetes schemas use: any entries.
      const inner =
        items === undefined || Array.isArray(items)
          ? ANY
          : convertSchema(context, items, { path: [...place.path, 'items'], name: `${place.name}[]`, depth: place.depth + 1 });
      const keys = Array.isArray(schema['x-kubernetes-list-map-keys'])
        ? (schema['x-kubernetes-list-map-keys'] as unknown[]).filter((k): k is string => typeof k === 'string')
        : undefined;
      return {
        t: `[]${inner.t}`,
        ...base,
        ...(inner.enum ? { enum: inner.enum } : {}),
        ...withExtras(schema, constraintsOf(schema, inner.constraints)),
        ...(keys && keys.length > 0 ? { keys } : {}),
      };
    }
    case 'object':
      return convertObject(context, schema, raw, place, base, preserve, embedded);
    default:
      // No type: only `x-kubernetes-preserve-unknown-fields` (any value) or a schema we cannot read.
      return { ...ANY, ...base };
  }
}

function withExtras(schema: Schema, constraints: Constraints | undefined): { enum?: EnumValue[]; constraints?: Constraints } {
  const values = enumOf(schema);
  return { ...(values ? { enum: values } : {}), ...(constraints ? { constraints } : {}) };
}

function convertObject(
  context: Context,
  schema: Schema,
  raw: Schema,
  place: Place,
  base: { description?: string },
  preserve: boolean,
  embedded: boolean,
): Converted {
  const properties = schema.properties;
  const additional = schema.additionalProperties;
  if (properties !== undefined && !isSchemaObject(properties)) problem(context, [...place.path, 'properties'], { kind: 'notASchema' });
  const hasProperties = isSchemaObject(properties) && Object.keys(properties).length > 0;
  if (!hasProperties && !embedded && !preserve && additional !== undefined && additional !== false) {
    // A map: `additionalProperties: {type: string}`, or `true` for any values.
    const values =
      additional === true
        ? ANY
        : convertSchema(context, additional, {
            path: [...place.path, 'additionalProperties'],
            name: `${place.name}{}`,
            depth: place.depth + 1,
          });
    return {
      t: `{}${values.t}`,
      ...base,
      ...(values.enum ? { enum: values.enum } : {}),
      ...withConstraintsOnly(constraintsOf(schema, values.constraints)),
    };
  }
  const id = objectType(context, schema, raw, place, { preserve, embedded, root: false });
  return { t: `#${id}`, ...base, ...withConstraintsOnly(constraintsOf(schema, undefined)) };
}

function withConstraintsOnly(constraints: Constraints | undefined): { constraints?: Constraints } {
  return constraints ? { constraints } : {};
}

function fieldDef(converted: Converted, required: boolean): FieldDef {
  return {
    t: converted.t,
    d: converted.description ?? '',
    ...(required ? { r: 1 as const } : {}),
    ...(converted.enum ? { enum: converted.enum } : {}),
    ...(converted.constraints ? { c: converted.constraints } : {}),
    ...(converted.keys ? { keys: converted.keys } : {}),
  };
}

interface ObjectOptions {
  readonly preserve: boolean;
  readonly embedded: boolean;
  /** The top of a kind: apiVersion, kind and the standard metadata, whatever the schema says of them. */
  readonly root: boolean;
}

function objectType(context: Context, schema: Schema, raw: Schema, place: Place, options: ObjectOptions): string {
  const id = newTypeId(context, place.name);
  context.memo.set(raw, { t: `#${id}` });
  if (context.serial.next > MAX_TYPES) {
    context.types[id] = { description: stringOf(schema.description) ?? '', fields: {}, open: true };
    return id;
  }
  // Registered before its fields are converted, so a field that refers back finds it.
  const fields: Record<string, FieldDef> = {};
  const type: { description: string; fields: Record<string, FieldDef>; open?: true } = {
    description: stringOf(schema.description) ?? '',
    fields,
  };
  if (options.preserve) type.open = true;
  context.types[id] = type;
  const required = new Set(
    Array.isArray(schema.required) ? (schema.required as unknown[]).filter((r): r is string => typeof r === 'string') : [],
  );
  const properties = isSchemaObject(schema.properties) ? schema.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    const propertyPath = [...place.path, 'properties', name];
    if (options.root && (name === 'apiVersion' || name === 'kind' || name === 'metadata')) {
      // Still read, for the problems it may have; the standard field replaces it below.
      convertSchema(context, property, { path: propertyPath, name: `${place.name}.${name}`, depth: place.depth + 1 });
      continue;
    }
    const converted = convertSchema(context, property, { path: propertyPath, name: `${place.name}.${name}`, depth: place.depth + 1 });
    fields[name] = fieldDef(converted, required.has(name));
  }
  if (options.root || options.embedded) {
    const standard = context.options.standardFields ?? {};
    const metadataWords = isSchemaObject(properties.metadata) ? stringOf(properties.metadata.description) : undefined;
    // An embedded object (`x-kubernetes-embedded-resource`) must say what it is.
    const requiredHere = options.embedded && !options.root;
    fields.apiVersion = { ...(standard.apiVersion ?? { d: '' }), t: 'string', ...(requiredHere ? { r: 1 as const } : {}) };
    fields.kind = { ...(standard.kind ?? { d: '' }), t: 'string', ...(requiredHere ? { r: 1 as const } : {}) };
    fields.metadata = {
      ...(standard.metadata ?? { d: '' }),
      ...(metadataWords !== undefined ? { d: metadataWords } : {}),
      t: `#${OBJECT_META}`,
    };
  }
  return id;
}

function convertRoot(context: Context, value: unknown, place: Place): string | undefined {
  if (!isSchemaObject(value)) {
    problem(context, place.path, { kind: 'notASchema' });
    return undefined;
  }
  const known = context.memo.get(value)?.t;
  if (known?.startsWith('#')) return known.slice(1);
  const schema = mergedAllOf(context, value, place);
  const type = schema.type;
  if (type !== 'object') {
    if (type !== undefined && (typeof type !== 'string' || !JSON_TYPES.includes(type))) {
      const written = typeof type === 'string' ? type : JSON.stringify(type);
      const suggestion = typeof type === 'string' ? rankSuggestions(type, JSON_TYPES, 1)[0] : undefined;
      problem(context, [...place.path, 'type'], { kind: 'badType', value: written, ...(suggestion !== undefined ? { suggestion } : {}) });
    } else {
      problem(context, type === undefined ? place.path : [...place.path, 'type'], {
        kind: 'rootNotObject',
        ...(typeof type === 'string' ? { value: type } : {}),
      });
    }
  }
  context.active.add(value);
  try {
    return objectType(context, schema, value, place, {
      preserve: schema['x-kubernetes-preserve-unknown-fields'] === true,
      embedded: false,
      root: true,
    });
  } finally {
    context.active.delete(value);
  }
}

function newContext(
  options: ConvertOptions,
  document: number,
  root: unknown,
  inCrd: boolean,
  out: ConvertedSchemas,
  serial: { next: number },
): Context {
  return { options, document, root, inCrd, types: out.types, problems: out.problems, memo: new Map(), active: new Set(), serial };
}

function isCrd(value: Schema): boolean {
  return (
    value.kind === 'CustomResourceDefinition' &&
    typeof value.apiVersion === 'string' &&
    value.apiVersion.startsWith('apiextensions.k8s.io/')
  );
}

function convertCrd(context: Context, crd: Schema, at: readonly PathSegment[], out: ConvertedSchemas): void {
  const spec = crd.spec;
  if (!isSchemaObject(spec)) return;
  const group = stringOf(spec.group);
  const names = isSchemaObject(spec.names) ? spec.names : undefined;
  const kind = stringOf(names?.kind);
  const versions = spec.versions;
  if (group === undefined || group === '' || kind === undefined || kind === '' || !Array.isArray(versions)) return;
  const metadata = isSchemaObject(crd.metadata) ? crd.metadata : undefined;
  const crdName = stringOf(metadata?.name) ?? `${stringOf(names?.plural) ?? kind.toLowerCase()}.${group}`;
  (versions as unknown[]).forEach((version, index) => {
    if (!isSchemaObject(version)) return;
    const name = stringOf(version.name);
    if (name === undefined || name === '') return;
    const versionPath = [...at, 'spec', 'versions', index];
    const schemaHolder = isSchemaObject(version.schema) ? version.schema : undefined;
    const schema = schemaHolder?.openAPIV3Schema;
    if (schema === undefined) {
      problem(context, [...versionPath, 'name'], { kind: 'missingSchema', version: name });
      return;
    }
    const typeId = convertRoot(context, schema, { path: [...versionPath, 'schema', 'openAPIV3Schema'], name: kind, depth: 0 });
    if (typeId === undefined || version.served !== true) return;
    out.kinds.push({ apiVersion: `${group}/${name}`, kind, type: typeId, origin: `CustomResourceDefinition ${crdName}` });
  });
}

interface GroupVersionKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}

function gvksOf(schema: Schema): GroupVersionKind[] {
  const list = schema['x-kubernetes-group-version-kind'];
  if (!Array.isArray(list)) return [];
  const out: GroupVersionKind[] = [];
  for (const entry of list as unknown[]) {
    if (!isSchemaObject(entry)) continue;
    const { group, version, kind } = entry;
    if (typeof group === 'string' && typeof version === 'string' && typeof kind === 'string' && version !== '' && kind !== '')
      out.push({ group, version, kind });
  }
  return out;
}

function convertOpenApi(context: Context, components: Schema, componentsPath: readonly PathSegment[], out: ConvertedSchemas): void {
  for (const [id, schema] of Object.entries(components)) {
    if (!isSchemaObject(schema) || context.options.builtInType?.(id)) continue;
    // Custom groups only: the core group and Kubernetes' own kinds are built in.
    const gvks = gvksOf(schema).filter((g) => g.group !== '');
    if (gvks.length === 0) continue;
    const typeId = convertRoot(context, schema, { path: [...componentsPath, id], name: id.slice(id.lastIndexOf('.') + 1), depth: 0 });
    if (typeId === undefined) continue;
    for (const gvk of gvks)
      out.kinds.push({ apiVersion: `${gvk.group}/${gvk.version}`, kind: gvk.kind, type: typeId, origin: `OpenAPI ${id}` });
  }
}

/**
 * Converts the CRDs and OpenAPI documents among `documents` (other documents are skipped). Type ids
 * are `crd:<idPrefix><serial>|<name>`; the problems name the document by its index.
 */
export function convertSchemaDocuments(documents: readonly unknown[], options: ConvertOptions): ConvertedSchemas {
  const out: ConvertedSchemas = { kinds: [], types: {}, problems: [], recognized: 0 };
  const serial = { next: 0 };
  let recognized = 0;
  documents.forEach((document, index) => {
    if (!isSchemaObject(document)) return;
    if (isCrd(document)) {
      recognized++;
      convertCrd(newContext(options, index, document, true, out, serial), document, [], out);
      return;
    }
    // `kubectl get crd -o yaml`: a List of CRDs.
    if (Array.isArray(document.items) && typeof document.kind === 'string' && document.kind.endsWith('List')) {
      let found = false;
      (document.items as unknown[]).forEach((item, itemIndex) => {
        if (!isSchemaObject(item) || !isCrd(item)) return;
        found = true;
        // `$ref` pointers of an item are relative to the item.
        convertCrd(newContext(options, index, item, true, out, serial), item, ['items', itemIndex], out);
      });
      if (found) recognized++;
      return;
    }
    const components = isSchemaObject(document.components) ? document.components.schemas : undefined;
    if (isSchemaObject(components)) {
      recognized++;
      convertOpenApi(newContext(options, index, document, false, out, serial), components, ['components', 'schemas'], out);
    } else if (isSchemaObject(document.definitions) && (typeof document.swagger === 'string' || typeof document.openapi === 'string')) {
      recognized++;
      convertOpenApi(newContext(options, index, document, false, out, serial), document.definitions, ['definitions'], out);
    }
  });
  return { ...out, types: reachableTypes(out.kinds, out.types), recognized };
}

/** Only the types some kind reaches: schemas read just for their problems (versions not served, the schema's own `metadata`) are dropped. */
function reachableTypes(kinds: readonly KindDef[], types: Readonly<Record<string, TypeDef>>): Record<string, TypeDef> {
  const kept: Record<string, TypeDef> = {};
  const pending = kinds.map((k) => k.type);
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (Object.hasOwn(kept, id)) continue;
    const type = types[id];
    if (!type) continue;
    kept[id] = type;
    for (const field of Object.values(type.fields)) {
      const at = field.t.indexOf('#');
      if (at >= 0) pending.push(field.t.slice(at + 1));
    }
  }
  return kept;
}
