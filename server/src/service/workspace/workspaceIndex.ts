// Every Kubernetes object of the workspace, by file: what checks across resources read (a Service's
// pods, a ConfigMap's keys, the same object defined twice). The language server feeds it from the
// workspace folders and open editors, the CLI from the files it is given; it never reads files itself.
import type { Range } from 'vscode-languageserver-types';
import type { Manifest, ManifestDocument } from '../document/manifest';
import type { LineIndex } from '../document/lineIndex';
import { listItems } from '../document/listItems';
import { indexKey, type Mention, type MentionSide } from './links/mention';
import { MentionIndex } from './mentionIndex';
import { FileLists } from './fileLists';
import { summarize, type ObjectSummary } from './objectSummary';

export interface IndexedObject extends ObjectSummary {
  /** The cached summary this entry was made from (same document text, same object). */
  readonly source: ObjectSummary;
  readonly uri: string;
  /** Index of the document in its file. */
  readonly document: number;
  /** Where the object's name (or kind) is, in its file. */
  readonly range: Range;
  /** The file line where the object's document starts (its mentions' ranges count from there). */
  readonly line: number;
}

/** One mention of a name in an indexed object. */
export interface MentionHit {
  readonly object: IndexedObject;
  /** Index of the mention in the object's `links.mentions`. */
  readonly index: number;
  readonly mention: Mention;
}

/** Where a mention is in its file. */
export function mentionRange(hit: Pick<MentionHit, 'object' | 'index'>): Range {
  const ranges = hit.object.links?.ranges;
  const at = hit.index * 4;
  const base = hit.object.line;
  return {
    start: { line: base + (ranges?.[at] ?? 0), character: ranges?.[at + 1] ?? 0 },
    end: { line: base + (ranges?.[at + 2] ?? 0), character: ranges?.[at + 3] ?? 0 },
  };
}

/** An indexed object as plain data, without the reference to its cached summary (for other threads). */
export type PortableObject = Omit<IndexedObject, 'source'>;

/** The entries `WorkspaceIndex.set` makes of a parsed file: one per object (the items of a List each). */
export function indexedObjects(uri: string, manifest: Manifest): IndexedObject[] {
  return manifest.documents.flatMap((doc) => documentObjects(uri, doc, manifest.lines));
}

/** The entries of one parsed document of a file. */
export function documentObjects(uri: string, doc: ManifestDocument, lines: LineIndex): IndexedObject[] {
  const objects: IndexedObject[] = [];
  // The objects of a `List` are indexed one by one; the wrapper is no object of the cluster.
  for (const chunk of listItems(doc.chunk) ?? [doc.chunk]) {
    const summary = summarize(chunk);
    if (summary) objects.push(placedObject(summary, uri, doc.index, doc.start, lines));
  }
  return objects;
}

/** The last entry made of each summary: an unchanged document at the same place keeps its entry. */
const placed = new WeakMap<ObjectSummary, IndexedObject>();

/** The entry of a summary of document `document` (which starts at offset `start` of the file). */
export function placedObject(summary: ObjectSummary, uri: string, document: number, start: number, lines: LineIndex): IndexedObject {
  const range = lines.rangeOf(start + summary.spot.start, start + summary.spot.end);
  const line = lines.positionAt(start).line;
  const previous = placed.get(summary);
  if (previous && previous.uri === uri && previous.document === document && previous.line === line && sameRange(previous.range, range))
    return previous;
  const object = indexedObject(summary, uri, document, range, line);
  placed.set(summary, object);
  return object;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function indexedObject(summary: ObjectSummary, uri: string, document: number, range: Range, line: number): IndexedObject {
  return { ...summary, source: summary, uri, document, range, line };
}

/** The entries as plain data: what `setObjects` takes (in this thread or another). */
export function portableObjects(objects: readonly IndexedObject[]): PortableObject[] {
  return objects.map(({ source: _source, ...rest }) => rest);
}

/** Entries from `portableObjects` (maybe of another thread) as index entries of `uri` again. */
export function fromPortable(uri: string, objects: readonly PortableObject[]): IndexedObject[] {
  return objects.map(({ uri: _uri, document, range, line, ...summary }) => indexedObject(summary, uri, document, range, line));
}

/**
 * Kinds that live outside namespaces. Their names are unique cluster-wide, so `metadata.namespace`
 * (which the API server ignores for them) does not tell two of them apart.
 */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'StorageClass',
  'CustomResourceDefinition',
  'IngressClass',
  'PriorityClass',
  'RuntimeClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'APIService',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'CertificateSigningRequest',
  'FlowSchema',
  'PriorityLevelConfiguration',
  'VolumeAttributesClass',
  'DeviceClass',
]);

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/**
 * Whether two namespaces as written may be the same one. An object without `metadata.namespace`
 * goes wherever it is applied, so it may share a namespace with any other: checks that say
 * "nothing matches" must not assume otherwise.
 */
export function mayShareNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

const nameKey = (kind: string, name: string): string => `${kind}|${name}`;
const labelKey = (key: string, value: string): string => `${key}\u0000${value}`;

export class WorkspaceIndex {
  private readonly files = new Map<string, readonly IndexedObject[]>();
  /** Kept up to date on every change, so a check made while files are being indexed reads them at once. */
  private readonly byName = new FileLists<IndexedObject>();
  private readonly byLabel = new FileLists<IndexedObject>();
  private podMakersCache: IndexedObject[] | undefined;
  /** Objects by kind (Services, PodDisruptionBudgets…), filled on first ask after each change. */
  private readonly kindCache = new Map<string, IndexedObject[]>();
  private readonly mentionIndex = new MentionIndex();
  private changes = 0;

  /** Grows on every change, so callers can tell whether what they computed is stale. */
  get generation(): number {
    return this.changes;
  }

  get fileCount(): number {
    return this.files.size;
  }

  /** Replaces what the index holds for `uri` with the objects of `manifest`. */
  set(uri: string, manifest: Manifest): void {
    this.setObjects(uri, indexedObjects(uri, manifest));
  }

  /**
   * Replaces what the index holds for `uri` with objects summarized elsewhere (another thread, a
   * cheaper reading of the file): the entries `set` would make of the file's parse.
   */
  setObjects(uri: string, objects: readonly IndexedObject[]): void {
    const before = this.files.get(uri);
    if (objects.length === 0 && !before) return;
    // A keystroke changes one document: the other entries are the very same objects.
    if (before?.length === objects.length && before.every((object, i) => object === objects[i])) return;
    this.mentionIndex.mark(uri);
    const same = before !== undefined && sameObjects(before, objects);
    if (before?.length === objects.length) this.relink(uri, before, objects);
    else {
      this.unlink(uri);
      if (objects.length > 0) {
        this.files.set(uri, objects);
        this.link(uri, objects);
      }
    }
    // Positions may have moved; when identities and facts did not, dependants need no re-check.
    if (!same) this.touch();
  }

  /** Replaces a file's entries by as many others: only the lists of the entries that differ are redone. */
  private relink(uri: string, before: readonly IndexedObject[], objects: readonly IndexedObject[]): void {
    // kind → names, label key → values, of the entries that changed (before or after).
    const names = new Map<string, Set<string>>();
    const labels = new Map<string, Set<string>>();
    const note = (map: Map<string, Set<string>>, a: string, b: string): void => {
      let set = map.get(a);
      if (!set) map.set(a, (set = new Set()));
      set.add(b);
    };
    const keysOf = (object: IndexedObject): void => {
      if (object.name !== undefined) note(names, object.kind, object.name);
      for (const [key, value] of Object.entries(object.pod?.labels ?? {})) note(labels, key, value);
    };
    objects.forEach((object, i) => {
      const old = before[i];
      if (old === object) return;
      if (old) keysOf(old);
      keysOf(object);
    });
    // The file's new lists under those keys, in file order, in one pass.
    const nameLists = new Map<string, IndexedObject[]>();
    const labelLists = new Map<string, IndexedObject[]>();
    for (const [kind, set] of names) for (const name of set) nameLists.set(nameKey(kind, name), []);
    for (const [key, set] of labels) for (const value of set) labelLists.set(labelKey(key, value), []);
    for (const object of objects) {
      if (object.name !== undefined && names.get(object.kind)?.has(object.name))
        nameLists.get(nameKey(object.kind, object.name))?.push(object);
      if (!object.pod) continue;
      for (const [key, value] of Object.entries(object.pod.labels))
        if (labels.get(key)?.has(value)) labelLists.get(labelKey(key, value))?.push(object);
    }
    this.files.set(uri, objects);
    this.podMakersCache = undefined;
    this.kindCache.clear();
    for (const [key, list] of nameLists) this.byName.setFile(key, uri, list);
    for (const [key, list] of labelLists) this.byLabel.setFile(key, uri, list);
  }

  delete(uri: string): void {
    if (this.unlink(uri)) this.touch();
  }

  /** Removes every file whose uri starts with `prefix` (a deleted folder). */
  deleteUnder(prefix: string): void {
    let changed = false;
    for (const uri of [...this.files.keys()]) {
      if (uri.startsWith(prefix)) changed = this.unlink(uri) || changed;
    }
    if (changed) this.touch();
  }

  private link(uri: string, objects: readonly IndexedObject[]): void {
    this.podMakersCache = undefined;
    this.kindCache.clear();
    for (const object of objects) {
      if (object.name !== undefined) this.byName.add(nameKey(object.kind, object.name), uri, object);
      if (object.pod) for (const [key, value] of Object.entries(object.pod.labels)) this.byLabel.add(labelKey(key, value), uri, object);
    }
  }

  /** Forgets the file's entries; false when it had none. */
  private unlink(uri: string): boolean {
    const objects = this.files.get(uri);
    if (!objects) return false;
    this.mentionIndex.mark(uri);
    this.files.delete(uri);
    for (const object of objects) {
      if (object.name !== undefined) this.byName.remove(nameKey(object.kind, object.name), uri);
      if (object.pod) for (const [key, value] of Object.entries(object.pod.labels)) this.byLabel.remove(labelKey(key, value), uri);
    }
    this.podMakersCache = undefined;
    this.kindCache.clear();
    return true;
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  objectsIn(uri: string): readonly IndexedObject[] {
    return this.files.get(uri) ?? [];
  }

  /** The uris of every indexed file, in no particular order. */
  uris(): IterableIterator<string> {
    return this.files.keys();
  }

  /**
   * The mentions under a link key (see links/mention.ts) with the objects that hold them: all, or
   * only definitions or uses; only in the files `visible` accepts.
   */
  mentioned(key: string, side: MentionSide = 'all', visible?: (uri: string) => boolean): MentionHit[] {
    const hits: MentionHit[] = [];
    const sides = side === 'all' ? [indexKey(key, true), indexKey(key, false)] : [indexKey(key, side === 'declarations')];
    for (const sideKey of sides) {
      for (const uri of this.mentionIndex.filesWith(sideKey, (u) => this.keysOf(u))) {
        if (visible && !visible(uri)) continue;
        for (const object of this.files.get(uri) ?? []) {
          const links = object.links;
          for (const index of links?.byKey.get(sideKey) ?? []) {
            const mention = links?.mentions[index];
            if (mention) hits.push({ object, index, mention });
          }
        }
      }
    }
    return hits;
  }

  /** How many files hold mentions under a link key on one side (to pick the narrowest lookup). */
  mentionFileCount(key: string, side: 'declarations' | 'references'): number {
    return this.mentionIndex.filesWith(indexKey(key, side === 'declarations'), (u) => this.keysOf(u)).size;
  }

  private keysOf(uri: string): readonly string[] {
    const objects = this.files.get(uri) ?? [];
    if (objects.length === 1) return [...(objects[0]?.links?.byKey.keys() ?? [])];
    return [...new Set(objects.flatMap((o) => [...(o.links?.byKey.keys() ?? [])]))];
  }

  /** The objects of a kind with this name, in a stable order (by file, then document). */
  named(kind: string, name: string): readonly IndexedObject[] {
    return this.byName.get(nameKey(kind, name));
  }

  /** Every object that makes pods (Pods and workloads with a template), in a stable order. */
  podMakers(): readonly IndexedObject[] {
    if (!this.podMakersCache) {
      const out: IndexedObject[] = [];
      for (const objects of this.sortedFiles()) for (const object of objects) if (object.pod) out.push(object);
      this.podMakersCache = out;
    }
    return this.podMakersCache;
  }

  /** The pod makers whose pods carry the label `key: value`, in the order of `podMakers`. */
  podMakersLabelled(key: string, value: string): readonly IndexedObject[] {
    return this.byLabel.get(labelKey(key, value));
  }

  /** Every object of a kind, in the order of `podMakers` (by file, then document). */
  ofKind(kind: string): readonly IndexedObject[] {
    let list = this.kindCache.get(kind);
    if (!list) {
      list = [];
      for (const objects of this.sortedFiles()) for (const object of objects) if (object.kind === kind) list.push(object);
      this.kindCache.set(kind, list);
    }
    return list;
  }

  /** The object of this kind and name that may live in `namespace`. */
  find(kind: string, name: string, namespace: string | undefined): IndexedObject | undefined {
    return this.named(kind, name).find((o) => mayShareNamespace(o.namespace, namespace));
  }

  private sortedFiles(): (readonly IndexedObject[])[] {
    return [...this.files.keys()].sort().map((uri) => this.files.get(uri) ?? []);
  }

  /** Something the index's readers depend on changed outside it (custom kinds from a CRD). */
  markChanged(): void {
    this.touch();
  }

  private touch(): void {
    this.changes++;
  }
}

/** Same objects with the same facts, wherever they now sit in the file. */
function sameObjects(a: readonly IndexedObject[], b: readonly IndexedObject[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return y !== undefined && (x.source === y.source || factsOf(x.source) === factsOf(y.source));
  });
}

const factsCache = new WeakMap<ObjectSummary, string>();

function factsOf(object: ObjectSummary): string {
  let facts = factsCache.get(object);
  if (facts === undefined) {
    // Positions are left out: moving an object within its file changes no other file's findings.
    // Links serve navigation only, which reads the index afresh on every request.
    facts = JSON.stringify(object, (key, value: unknown) => (key === 'range' || key === 'spot' || key === 'links' ? undefined : value));
    factsCache.set(object, facts);
  }
  return facts;
}

/** The index as seen from one file: only the objects of files in the same scope. */
export interface IndexView {
  readonly generation: number;
  named(kind: string, name: string): readonly IndexedObject[];
  podMakers(): readonly IndexedObject[];
  /** The pod makers whose pods carry the label `key: value`, in the order of `podMakers`. */
  podMakersLabelled(key: string, value: string): readonly IndexedObject[];
  /** Every object of a kind, by file then document. */
  ofKind(kind: string): readonly IndexedObject[];
  find(kind: string, name: string, namespace: string | undefined): IndexedObject | undefined;
}

/** A view for one generation of the index; it remembers its filtered lists. */
export function scopedView(index: WorkspaceIndex, inScope: (uri: string) => boolean): IndexView {
  let podMakers: readonly IndexedObject[] | undefined;
  return {
    generation: index.generation,
    named: (kind, name) => index.named(kind, name).filter((o) => inScope(o.uri)),
    podMakers: () => (podMakers ??= index.podMakers().filter((o) => inScope(o.uri))),
    podMakersLabelled: (key, value) => index.podMakersLabelled(key, value).filter((o) => inScope(o.uri)),
    ofKind: (kind) => index.ofKind(kind).filter((o) => inScope(o.uri)),
    find: (kind, name, namespace) => index.named(kind, name).find((o) => mayShareNamespace(o.namespace, namespace) && inScope(o.uri)),
  };
}
