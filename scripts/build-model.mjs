// Builds dist/model.json: the committed structure facts (structure.json) joined with the official
// field descriptions and enum values carried by the pinned npm package kubernetes-models (its .d.ts
// JSDoc, read with the TypeScript compiler API). Runs at build time only; nothing is fetched at run time.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const structure = JSON.parse(readFileSync(join(root, 'server', 'src', 'service', 'schema', 'facts', 'structure.json'), 'utf8'));

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

function* declarationFiles(dir) {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === '_schemas') continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) yield* declarationFiles(full);
    else if (entry.endsWith('.d.ts')) yield full;
  }
}

/** `io.k8s.api.core.v1.Container` → `IoK8sApiCoreV1Container`, the package's canonical name. */
function canonicalName(typeId) {
  return typeId
    .split('.')
    .flatMap((part) => part.split('-'))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function jsDocText(node) {
  const docs = node.jsDoc ?? [];
  return docs
    .map((d) => (typeof d.comment === 'string' ? d.comment : (ts.getTextOfJSDocComment(d.comment) ?? '')))
    .join('\n')
    .trim();
}

/** Splits "Possible enum values:" off a description; returns the prose and the value notes. */
function splitEnumNotes(text) {
  const marker = text.indexOf('Possible enum values:');
  if (marker < 0) return { description: text, notes: {} };
  const notes = {};
  for (const m of text.slice(marker).matchAll(/^[ \t]*- `"([^"]*)"`[ \t]*(.*)$/gm)) notes[m[1]] = m[2].trim();
  return { description: text.slice(0, marker).trim(), notes };
}

function stringLiterals(typeNode) {
  if (!typeNode || !ts.isUnionTypeNode(typeNode)) return undefined;
  const values = [];
  for (const member of typeNode.types) {
    if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) values.push(member.literal.text);
    else return undefined;
  }
  return values;
}

function readDocs() {
  const docs = new Map(); // canonical name → { description, fields: Map }
  const roots = [packageDir('kubernetes-models'), packageDir('@kubernetes-models/apimachinery')];
  for (const dir of roots) {
    for (const file of declarationFiles(dir)) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const interfaces = new Map();
      const aliases = new Map();
      for (const stmt of source.statements) {
        if (ts.isInterfaceDeclaration(stmt)) interfaces.set(stmt.name.text, stmt);
        if (ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
          for (const el of stmt.exportClause.elements) {
            if (el.propertyName) aliases.set(el.propertyName.text, el.name.text);
          }
        }
      }
      for (const [local, decl] of interfaces) {
        const exported = aliases.get(local);
        if (!exported?.startsWith('I')) continue;
        const fields = new Map();
        for (const member of decl.members) {
          if (!ts.isPropertySignature(member) || !member.name) continue;
          const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : undefined;
          if (!name) continue;
          fields.set(name, { text: jsDocText(member), literals: stringLiterals(member.type) });
        }
        docs.set(exported.slice(1), { description: jsDocText(decl), fields });
      }
    }
  }
  return docs;
}

/** Type ids reachable from the given roots through field types. */
function reachableFrom(roots) {
  const seen = new Set();
  const pending = [...roots];
  while (pending.length > 0) {
    const id = pending.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    for (const field of Object.values(structure.types[id] ?? {})) {
      for (const m of field.t.matchAll(/#([\w.-]+)/g)) pending.push(m[1]);
    }
  }
  return seen;
}

function main() {
  const docs = readDocs();
  let described = 0;
  let total = 0;
  let stableDescribed = 0;
  let stableTotal = 0;
  const types = {};
  for (const [typeId, fields] of Object.entries(structure.types)) {
    const doc = docs.get(canonicalName(typeId));
    const out = { description: doc?.description ?? '', fields: {} };
    for (const [name, field] of Object.entries(fields)) {
      total++;
      const fieldDoc = doc?.fields.get(name);
      const { description, notes } = splitEnumNotes(fieldDoc?.text ?? '');
      if (description) described++;
      if (!/(alpha|beta)\d/.test(typeId) && name !== 'apiVersion' && name !== 'kind') {
        stableTotal++;
        if (description) stableDescribed++;
      }
      const entry = { ...field, d: description };
      // apiVersion/kind carry a single literal in the package; they are not user-choosable enums
      if (fieldDoc?.literals && name !== 'kind' && name !== 'apiVersion') {
        entry.enum = fieldDoc.literals.map((v) => (notes[v] ? { v, d: notes[v] } : { v }));
      }
      out.fields[name] = entry;
    }
    types[typeId] = out;
  }
  // A file of Pods must not pay for the whole API: the types the pod-bearing kinds reach are the
  // base chunk (model.json); every other type waits in model-kinds.json until a document needs it.
  const base = reachableFrom(structure.kinds.filter((k) => structure.podKinds.includes(`${k.apiVersion}|${k.kind}`)).map((k) => k.type));
  const baseTypes = {};
  const restTypes = {};
  for (const [typeId, def] of Object.entries(types)) (base.has(typeId) ? baseTypes : restTypes)[typeId] = def;
  const model = {
    source: 'Kubernetes API definitions (structure, per version) + kubernetes-models@5.1.0 (descriptions, enums)',
    versions: structure.versions,
    kinds: structure.kinds,
    podKinds: structure.podKinds,
    servedKinds: structure.servedKinds,
    types: baseTypes,
    lazyTypes: 'model-kinds.json',
  };
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'model.json'), JSON.stringify(model));
  writeFileSync(join(root, 'dist', 'model-kinds.json'), JSON.stringify(restTypes));
  console.log(
    `dist/model.json: ${Object.keys(baseTypes).length} types (+${Object.keys(restTypes).length} in model-kinds.json), ${described}/${total} fields described (${stableDescribed}/${stableTotal} of stable APIs)`,
  );
  // kubernetes-models trails the newest alpha and beta APIs; the stable ones must be described.
  if (stableDescribed / stableTotal < 0.95) {
    throw new Error(`only ${stableDescribed}/${stableTotal} stable fields have descriptions: is kubernetes-models the pinned version?`);
  }
}

main();
