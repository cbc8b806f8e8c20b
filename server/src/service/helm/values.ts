// A chart's values files, and what they say at a `.Values` path.
import { pathToFileURL } from 'node:url';
import { isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { LineIndex } from '../document/lineIndex';
import type { FileAccess } from './chartFiles';

export interface ValuesFile {
  /** `values.yaml`, `values-prod.yaml`, `ci/test-values.yaml`: relative to the chart. */
  readonly name: string;
  readonly uri: string;
  readonly text: string;
  readonly yaml: Document.Parsed;
  readonly lines: LineIndex;
}

export type Lookup =
  | { readonly found: true; readonly key?: Node; readonly value: Node | null }
  /** `depth`: how many segments of the path the file has. */
  | { readonly found: false; readonly depth: number };

const VALUES_NAME = /^values(?:[-.][^/]*)?\.ya?ml$/i;
const parsed = new Map<string, ValuesFile>();

function load(files: FileAccess, path: string, name: string): ValuesFile | undefined {
  const text = files.read(path);
  if (text === undefined) return undefined;
  const known = parsed.get(path);
  if (known?.text === text) return known;
  const file: ValuesFile = {
    name,
    uri: pathToFileURL(path).href,
    text,
    yaml: parseDocument(text, { uniqueKeys: false, strict: false }),
    lines: new LineIndex(text),
  };
  if (parsed.size > 100) parsed.clear();
  parsed.set(path, file);
  return file;
}

/** The chart's values files: `values.yaml` first (what `helm install` reads by default), then the rest. */
export function valuesFilesOf(chartRoot: string, files: FileAccess): ValuesFile[] {
  const found: ValuesFile[] = [];
  const names = files.list(chartRoot).filter((name) => VALUES_NAME.test(name));
  names.sort((a, b) => (a === 'values.yaml' ? -1 : b === 'values.yaml' ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const file = load(files, `${chartRoot}/${name}`, name);
    if (file) found.push(file);
  }
  for (const name of files.list(`${chartRoot}/ci`).filter((n) => /\.ya?ml$/i.test(n))) {
    const file = load(files, `${chartRoot}/ci/${name}`, `ci/${name}`);
    if (file) found.push(file);
  }
  return found;
}

export function lookup(file: ValuesFile, path: readonly string[]): Lookup {
  let node: Node | null = file.yaml.contents;
  let key: Node | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    if (!isMap(node)) return { found: false, depth };
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === path[depth]);
    if (!pair) return { found: false, depth };
    key = pair.key as Node;
    node = (pair.value ?? null) as Node | null;
  }
  const value = node;
  return key === undefined ? { found: true, value } : { found: true, key, value };
}

/** The keys a values map offers below `path`, for completion. */
export function keysBelow(file: ValuesFile, path: readonly string[]): { name: string; value: Node | null }[] {
  const at = lookup(file, path);
  if (!at.found || !isMap(at.value)) return [];
  return at.value.items
    .filter((item) => isScalar(item.key))
    .map((item) => ({ name: String((item.key as { value: unknown }).value), value: (item.value ?? null) as Node | null }));
}
