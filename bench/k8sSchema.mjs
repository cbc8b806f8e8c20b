// A strict JSON Schema for Kubernetes built offline from the pinned OpenAPI definitions, for the
// peer server in the bench: every object with declared properties refuses unknown ones (the
// "strict" variant people configure for yaml-language-server), each top-level kind pins its
// apiVersion and kind, and the root is a oneOf over every kind, as in the usual all-kinds schema.
import { writeFileSync } from 'node:fs';

function strictCopy(node) {
  if (Array.isArray(node)) return node.map(strictCopy);
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    // Extension keywords mean nothing to a JSON Schema validator.
    if (key.startsWith('x-kubernetes-')) continue;
    copy[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strictCopy(v)])) : strictCopy(value);
  }
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

function groupVersion({ group, version }) {
  return group ? `${group}/${version}` : version;
}

/** Writes the schema made from one release's definitions (their JSON text) to `outFile`; returns how many kinds its root accepts. */
export function writeStrictKubernetesSchema(openapiText, outFile) {
  const { definitions } = JSON.parse(openapiText);
  const strict = {};
  const roots = [];
  for (const [id, definition] of Object.entries(definitions)) {
    const copy = strictCopy(definition);
    const kinds = definition['x-kubernetes-group-version-kind'];
    if (Array.isArray(kinds) && kinds.length === 1 && copy.properties?.apiVersion && copy.properties?.kind) {
      const [gvk] = kinds;
      copy.properties.apiVersion = { ...copy.properties.apiVersion, enum: [groupVersion(gvk)] };
      copy.properties.kind = { ...copy.properties.kind, enum: [gvk.kind] };
      roots.push({ $ref: `#/definitions/${id}` });
    }
    strict[id] = copy;
  }
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', definitions: strict, oneOf: roots };
  writeFileSync(outFile, JSON.stringify(schema));
  return roots.length;
}
