// Generates server/src/service/schema/facts/structure.json: the shape of every type reachable from
// every kind Kubernetes serves, in which Kubernetes versions each field and each kind exists. Source: the official
// API definitions vendored in vendor/kubernetes-openapi.json.br (one swagger file per minor version),
// or those in OPENAPI_DIR when given.
// Descriptions are deliberately left out: they come from an npm dependency at build time.
// Usage: node scripts/gen-field-versions.mjs [OPENAPI_DIR]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vendoredFiles } from './vendored.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2];
const outFile = join(root, 'server', 'src', 'service', 'schema', 'facts', 'structure.json');

// The pod-bearing kinds: their types are the model's base chunk, loaded at once; the rest of the
// API loads on first use (see scripts/build-model.mjs).
export const POD_KINDS = [
  ['v1', 'Pod', 'io.k8s.api.core.v1.Pod'],
  ['v1', 'PodTemplate', 'io.k8s.api.core.v1.PodTemplate'],
  ['v1', 'ReplicationController', 'io.k8s.api.core.v1.ReplicationController'],
  ['apps/v1', 'Deployment', 'io.k8s.api.apps.v1.Deployment'],
  ['apps/v1', 'ReplicaSet', 'io.k8s.api.apps.v1.ReplicaSet'],
  ['apps/v1', 'StatefulSet', 'io.k8s.api.apps.v1.StatefulSet'],
  ['apps/v1', 'DaemonSet', 'io.k8s.api.apps.v1.DaemonSet'],
  ['batch/v1', 'Job', 'io.k8s.api.batch.v1.Job'],
  ['batch/v1', 'CronJob', 'io.k8s.api.batch.v1.CronJob'],
];

// Types whose wire form is a scalar (or another type), whatever their definition says.
const SCALAR_TYPES = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': 'int-or-string',
  'io.k8s.apimachinery.pkg.api.resource.Quantity': 'quantity',
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': 'time',
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': 'time',
  'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1': 'any',
  'io.k8s.apimachinery.pkg.runtime.RawExtension': 'any',
  // A CRD's schema holds JSON values (`enum`, `default`) and schema-or-something unions
  // (`additionalProperties: true` or a schema): their definitions have no properties, but any value
  // is fine. `items` may only be one schema in apiextensions.k8s.io/v1 (never a list of them).
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON': 'any',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray':
    '#io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool': 'any',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray': 'any',
};

function refId(ref) {
  return ref.replace('#/definitions/', '');
}

/** Compact type notation: scalar name, `#TypeId`, `[]T` for lists, `{}T` for maps. */
function compactType(prop, visit) {
  if (prop.$ref) {
    const id = refId(prop.$ref);
    if (SCALAR_TYPES[id]) return SCALAR_TYPES[id];
    visit(id);
    return `#${id}`;
  }
  if (prop.allOf?.length === 1) return compactType(prop.allOf[0], visit);
  switch (prop.type) {
    case 'array':
      return `[]${compactType(prop.items ?? {}, visit)}`;
    case 'object':
      return prop.additionalProperties ? `{}${compactType(prop.additionalProperties, visit)}` : 'any';
    case 'string':
      return prop.format === 'byte' ? 'bytes' : 'string';
    case 'integer':
    case 'number':
    case 'boolean':
      return prop.type;
    default:
      return 'any';
  }
}

/** Each release's definitions file, oldest first, from a directory or else from the vendored bundle. */
function versionsIn(dir) {
  const files = dir
    ? Object.fromEntries(readdirSync(dir).map((f) => [f, () => readFileSync(join(dir, f), 'utf8')]))
    : Object.fromEntries(Object.entries(vendoredFiles('kubernetes-openapi')).map(([f, text]) => [f, () => text]));
  return Object.entries(files)
    .filter(([f]) => /^v\d+\.\d+\.\d+\.json$/.test(f))
    .map(([f, read]) => ({ read, version: f.replace(/^v(\d+\.\d+)\.\d+\.json$/, '$1') }))
    .sort((a, b) => Number(a.version.split('.')[1]) - Number(b.version.split('.')[1]));
}

/** Every object kind a version serves: definitions with a group-version-kind and object metadata. */
function rootKinds(definitions) {
  const roots = [];
  for (const [id, def] of Object.entries(definitions)) {
    if (id.startsWith('io.k8s.apimachinery.')) continue; // Status, DeleteOptions, WatchEvent, APIGroup…
    if (!def.properties?.metadata || !def.properties?.kind) continue;
    for (const gvk of def['x-kubernetes-group-version-kind'] ?? []) {
      roots.push([gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version, gvk.kind, id]);
    }
  }
  return roots;
}

function walkVersion(definitions, roots) {
  const types = {};
  const pending = roots.map(([, , id]) => id);
  const visit = (id) => {
    if (!types[id] && !pending.includes(id)) pending.push(id);
  };
  while (pending.length > 0) {
    const id = pending.shift();
    if (types[id]) continue;
    const def = definitions[id];
    if (!def) throw new Error(`definition ${id} is missing`);
    const required = new Set(def.required ?? []);
    const fields = {};
    for (const [name, prop] of Object.entries(def.properties ?? {})) {
      const field = { t: compactType(prop, visit) };
      if (required.has(name)) field.r = 1;
      if (prop['x-kubernetes-list-map-keys']) field.keys = prop['x-kubernetes-list-map-keys'];
      fields[name] = field;
    }
    types[id] = fields;
  }
  return types;
}

/** Every kind each group version serves, so a misspelt kind can be told from one we merely do not model. */
function servedKinds(definitions, into) {
  for (const def of Object.values(definitions)) {
    for (const gvk of def['x-kubernetes-group-version-kind'] ?? []) {
      const groupVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
      (into[groupVersion] ??= new Set()).add(gvk.kind);
    }
  }
}

/** `v1` > `v1beta2` > `v1beta1` > `v1alpha1`: the order in which to suggest a kind's apiVersions. */
function stability(apiVersion) {
  const m = /v(\d+)(?:(alpha|beta)(\d+))?$/.exec(apiVersion);
  if (!m) return 0;
  const level = m[2] === 'alpha' ? 0 : m[2] === 'beta' ? 1 : 2;
  return level * 1e6 + Number(m[1]) * 1e3 + Number(m[3] ?? 0);
}

/** Every kind once per apiVersion, with the first and last modelled Kubernetes version that serves it. */
function kindsWithVersions(perVersion, oldest, newest) {
  const seen = new Map();
  for (const { version, roots } of perVersion) {
    for (const [apiVersion, kind, type] of roots) {
      const key = `${apiVersion}|${kind}`;
      const entry = seen.get(key);
      if (entry) Object.assign(entry, { type, until: version });
      else seen.set(key, { apiVersion, kind, type, since: version, until: version });
    }
  }
  const podOrder = POD_KINDS.map(([apiVersion, kind]) => `${apiVersion}|${kind}`);
  const rank = (k) => {
    const pod = podOrder.indexOf(`${k.apiVersion}|${k.kind}`);
    return pod >= 0 ? pod : podOrder.length;
  };
  return [...seen.values()]
    .sort((a, b) => rank(a) - rank(b) || a.kind.localeCompare(b.kind) || stability(b.apiVersion) - stability(a.apiVersion))
    .map(({ since, until, ...k }) => ({
      ...k,
      ...(since !== oldest ? { since } : {}),
      ...(until !== newest ? { until } : {}),
    }));
}

function main() {
  const versions = versionsIn(dataDir);
  if (versions.length === 0) throw new Error(`no API definitions found in ${dataDir ?? 'vendor/kubernetes-openapi.json.br'}`);
  const served = { v1: new Set(['List']) }; // kubectl's client-side list wrapper has no definition
  const perVersion = versions.map(({ read, version }) => {
    const definitions = JSON.parse(read()).definitions;
    servedKinds(definitions, served);
    const roots = rootKinds(definitions);
    return { version, roots, types: walkVersion(definitions, roots) };
  });
  const newest = perVersion[perVersion.length - 1].version;
  const merged = {};
  for (const { version, types } of perVersion) {
    for (const [typeId, fields] of Object.entries(types)) {
      merged[typeId] ??= {};
      for (const [name, field] of Object.entries(fields)) {
        // The newest version that has the field decides its shape and whether it is required.
        const since = merged[typeId][name]?.since ?? version;
        merged[typeId][name] = { ...field, since, until: version };
      }
    }
  }
  const oldest = perVersion[0].version;
  const types = {};
  for (const typeId of Object.keys(merged).sort()) {
    types[typeId] = {};
    for (const name of Object.keys(merged[typeId]).sort()) {
      const { since, until, ...rest } = merged[typeId][name];
      types[typeId][name] = {
        ...rest,
        ...(since !== oldest ? { since } : {}),
        ...(until !== newest ? { until } : {}),
      };
    }
  }
  const out = {
    comment: 'Generated by scripts/gen-field-versions.mjs from the official Kubernetes API definitions. Do not edit.',
    versions: perVersion.map((v) => v.version),
    kinds: kindsWithVersions(perVersion, oldest, newest),
    podKinds: POD_KINDS.map(([apiVersion, kind]) => `${apiVersion}|${kind}`),
    servedKinds: Object.fromEntries(
      Object.keys(served)
        .sort()
        .map((gv) => [gv, [...served[gv]].sort()]),
    ),
    types,
  };
  writeFileSync(outFile, JSON.stringify(out, null, 1) + '\n');
  console.log(`wrote ${outFile}: ${Object.keys(types).length} types, versions ${out.versions.join(', ')}`);
}

main();
