// The client's layer rules, checked over resolved modules and followed transitively, so a re-export
// or a helper in between cannot hide a forbidden dependency (ESLint's no-restricted-imports sees
// only a file's own import lines):
//   core/    (pure)       reaches nothing of cluster/, models/, ui/ or the composition root,
//                         and neither `vscode` nor `@kubernetes/client-node`;
//   cluster/              reaches nothing of models/, ui/ or the root, and not `vscode`;
//   models/  (no vscode)  reaches nothing of ui/ or the root, and not `vscode`.
// Type-only imports count. Relative imports are followed wherever they lead (protocol/, the
// service's manifestKit); package imports end the walk. `@kubernetes/client-node` is allowed only
// in cluster/ (where clientNode.ts loads it): every other layer reaches it only through cluster/.
// Usage: node scripts/layers.mjs [clientSrc]   (default client/src). Exit 1 on a violation.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// folders and packages: never reached, however indirectly; direct: never imported by the file itself.
const RULES = {
  core: { folders: ['cluster', 'models', 'ui', '.'], packages: ['vscode', '@kubernetes/client-node'], direct: [] },
  cluster: { folders: ['models', 'ui', '.'], packages: ['vscode'], direct: [] },
  models: { folders: ['ui', '.'], packages: ['vscode'], direct: ['@kubernetes/client-node'] },
  ui: { folders: [], packages: [], direct: ['@kubernetes/client-node'] },
  '.': { folders: [], packages: [], direct: ['@kubernetes/client-node'] },
};

function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

function resolveRelative(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

/** The package a bare specifier names (`@scope/name` or `name`). */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const importsCache = new Map();
/** A file's imports: resolved relative files and bare package names. */
function importsOf(file) {
  let found = importsCache.get(file);
  if (found) return found;
  found = { files: [], packages: [] };
  if (file.endsWith('.ts')) {
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (fileName.startsWith('.')) {
        const target = resolveRelative(file, fileName);
        if (target) found.files.push(target);
      } else {
        found.packages.push(packageOf(fileName.replace(/^node:/, 'node:')));
      }
    }
  }
  importsCache.set(file, found);
  return found;
}

/** Every violation of the layer rules under `clientSrc`: { file, rule, reached, chain }. */
export function layerViolations(clientSrc) {
  const root = resolve(clientSrc);
  const layerOf = (file) => {
    const rel = relative(root, file);
    if (rel.startsWith('..')) return undefined;
    const parts = rel.split(sep);
    return parts.length === 1 ? '.' : parts[0];
  };
  const violations = [];
  for (const file of sourceFiles(root)) {
    const rule = RULES[layerOf(file)];
    if (!rule) continue;
    // Breadth-first, so each chain reported is a shortest one.
    const previous = new Map([[file, undefined]]);
    const queue = [file];
    const chainTo = (end) => {
      const chain = [];
      for (let at = end; at !== undefined; at = previous.get(at)) chain.unshift(relative(root, at).split(sep).join('/'));
      return chain;
    };
    const seenPackages = new Set();
    for (const name of importsOf(file).packages) {
      if (rule.direct.includes(name))
        violations.push({
          file: relative(root, file).split(sep).join('/'),
          reached: name,
          chain: [relative(root, file).split(sep).join('/'), name],
        });
    }
    while (queue.length > 0) {
      const current = queue.shift();
      const { files, packages } = importsOf(current);
      for (const name of packages) {
        if (rule.packages.includes(name) && !seenPackages.has(name)) {
          seenPackages.add(name);
          violations.push({ file: relative(root, file).split(sep).join('/'), reached: name, chain: [...chainTo(current), name] });
        }
      }
      for (const next of files) {
        if (previous.has(next)) continue;
        previous.set(next, current);
        const layer = layerOf(next);
        if (layer !== undefined && rule.folders.includes(layer)) {
          violations.push({
            file: relative(root, file).split(sep).join('/'),
            reached: layer === '.' ? 'the composition root' : `${layer}/`,
            chain: chainTo(next),
          });
          continue;
        }
        queue.push(next);
      }
    }
  }
  return violations;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const violations = layerViolations(process.argv[2] ?? 'client/src');
  for (const v of violations) console.log(`${v.file} reaches ${v.reached}: ${v.chain.join(' → ')}`);
  console.log(violations.length === 0 ? 'layer rules hold' : `${violations.length} layer violation(s)`);
  process.exitCode = violations.length === 0 ? 0 : 1;
}
