// `kind: List` (kubectl's wrapper, as `kubectl get -o yaml` writes it) and the typed `…List` kinds hold
// objects in `items`. Each item is an object of its own: it is checked and indexed as if it were a
// document, with offsets that stay those of the file's text.
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import type { DocumentIdentity, ParsedChunk } from './manifest';

const cache = new WeakMap<ParsedChunk, readonly ParsedChunk[] | null>();

/** Whether a document is a list wrapper: `v1 List`, or a `…List` kind holding an `items` sequence. */
function isListWrapper(chunk: ParsedChunk): boolean {
  const { kind } = chunk.identity;
  if (!kind?.endsWith('List') || !isMap(chunk.yaml.contents)) return false;
  return isSeq(chunk.yaml.contents.get('items', true));
}

/** The items of a list wrapper as chunks of their own; undefined for any other document. */
export function listItems(chunk: ParsedChunk): readonly ParsedChunk[] | undefined {
  const cached = cache.get(chunk);
  if (cached !== undefined) return cached ?? undefined;
  const items = isListWrapper(chunk) ? readItems(chunk) : undefined;
  cache.set(chunk, items ?? null);
  return items;
}

function scalarString(map: YAMLMap, key: string): string | undefined {
  const value = map.get(key, true);
  return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
}

function readItems(chunk: ParsedChunk): ParsedChunk[] {
  const root = chunk.yaml.contents as YAMLMap;
  const seq = root.get('items', true);
  if (!isSeq(seq)) return [];
  const listKind = chunk.identity.kind ?? '';
  // Items of a typed list (`DeploymentList`) may leave out what the list already says.
  const impliedKind = listKind === 'List' ? undefined : listKind.slice(0, -'List'.length);
  const out: ParsedChunk[] = [];
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const apiVersion = scalarString(item, 'apiVersion') ?? (impliedKind ? chunk.identity.apiVersion : undefined);
    const kind = scalarString(item, 'kind') ?? impliedKind;
    const identity: DocumentIdentity = { ...(apiVersion !== undefined ? { apiVersion } : {}), ...(kind !== undefined ? { kind } : {}) };
    out.push({ text: chunk.text, yaml: itemDocument(chunk.yaml, item), identity });
  }
  return out;
}

/** A view of the list's parse whose root is the item; syntax errors stay with the list itself. */
function itemDocument(list: Document.Parsed, item: YAMLMap): Document.Parsed {
  const view = Object.create(Object.getPrototypeOf(list) as object) as Document.Parsed;
  Object.assign(view, list, { contents: item, errors: [], warnings: [] });
  return view;
}
