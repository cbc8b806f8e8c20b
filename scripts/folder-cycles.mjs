// Reports import cycles between folders: a folder depends on another when one of its TypeScript
// files imports a file of the other (type-only imports count: they tie the designs together too).
// Folders are compared with their siblings (each standing for its subtree), at every depth: a
// folder's own files compose its children and may import them (see folderGraph). A cycle is a strongly connected component of more than one folder; for each, one edge
// file → file is printed per step so the cycle can be cut where it is cheapest.
// Usage: node scripts/folder-cycles.mjs [root ...]   (default: client/src server/src)
// Exit 0 with no cycles, 1 with cycles. `findFolderCycles` is exported for the unit test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

/** Path parts of `file`'s folder relative to `root`. */
const folderParts = (root, file) => relative(root, dirname(file)).split(sep).filter(Boolean);

/**
 * The import edges between sibling folders under `root`: Map<fromFolder, Map<toFolder, [fromFile, toFile]>>.
 * An import from a/b/x.ts to a/c/d/y.ts is an edge a/b → a/c (the children of their deepest common
 * folder, each standing for its whole subtree); imports to or from a file directly in that common
 * folder are not edges: such a folder is the composition root of its children.
 */
export function folderGraph(root) {
  const absRoot = resolve(root);
  const graph = new Map();
  for (const file of sourceFiles(absRoot)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      const target = resolveImport(file, fileName);
      if (!target || relative(absRoot, target).startsWith('..')) continue;
      const a = folderParts(absRoot, file);
      const b = folderParts(absRoot, target);
      let common = 0;
      while (common < a.length && common < b.length && a[common] === b[common]) common++;
      if (common === a.length || common === b.length) continue;
      const from = a.slice(0, common + 1).join('/');
      const to = b.slice(0, common + 1).join('/');
      if (!graph.has(from)) graph.set(from, new Map());
      const edges = graph.get(from);
      if (!edges.has(to))
        edges.set(
          to,
          [relative(absRoot, file), relative(absRoot, target)].map((p) => p.split(sep).join('/')),
        );
    }
  }
  return graph;
}

/** Strongly connected components of more than one folder (Tarjan), each sorted. */
function components(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** Every folder cycle under `root`: the folders and the file edges that join them. */
export function findFolderCycles(root) {
  const graph = folderGraph(root);
  return components(graph).map((folders) => {
    const members = new Set(folders);
    const edges = [];
    for (const from of folders) {
      for (const [to, [fromFile, toFile]] of graph.get(from) ?? []) {
        if (members.has(to)) edges.push({ from, to, fromFile, toFile });
      }
    }
    return { folders, edges };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const roots = process.argv.slice(2);
  let total = 0;
  for (const root of roots.length > 0 ? roots : ['client/src', 'server/src']) {
    for (const cycle of findFolderCycles(root)) {
      total++;
      console.log(`${root}: ${cycle.folders.join(' ↔ ')}`);
      for (const edge of cycle.edges) console.log(`  ${edge.from} → ${edge.to}  (${edge.fromFile} imports ${edge.toFile})`);
    }
  }
  console.log(total === 0 ? 'no folder cycles' : `${total} folder cycle(s)`);
  process.exitCode = total === 0 ? 0 : 1;
}
