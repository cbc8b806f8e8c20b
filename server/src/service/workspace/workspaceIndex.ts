// Every Kubernetes object of the workspace, by file: what checks across resources read (a Service's
// pods, a ConfigMap's keys, the same object defined twice). The language server feeds it from the
// workspace folders and open editors, the CLI from the files it is given; it never reads files itself.
import type { Range } from 'vscode-languageserver-types';
import type { Manifest } from '../document/manifest';
import { listItems } from '../document/listItems';
import { indexKey, type Mention, type MentionSide } from './links/mention';
import { MentionIndex } from './mentionIndex';
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

/**
 * Kinds that live outside namespaces. Their names are unique cluster-wide, so `metadata.namespace`
 * (which the API server ignores for them) does not tell two of them apart.
 */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'StorageClass', 'CustomResourceDefinition',
  'IngressClass', 'PriorityClass', 'RuntimeClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'APIService', 'CSIDriver', 'CSINode', 'VolumeAttachment',
  'CertificateSigningRequest', 'FlowSchema', 'PriorityLevelConfiguration', 'VolumeAttributesClass', 'DeviceClass',
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

export class WorkspaceIndex {
  private readonly files = new Map<string, readonly IndexedObject[]>();
  private byNameCache: Map<string, IndexedObject[]> | undefined;
  private podMakersCache: IndexedObject[] | undefined;
  private readonly mentionIndex = new MentionIndex();
  private changes = 0;

  /** Grows on every change, so callers can tell whether what they computed is stale. */
  get generation(): number {
    return this.changes;
  }

  /** Replaces what the index holds for `uri` with the objects of `manifest`. */
  set(uri: string, manifest: Manifest): void {
    const found: { summary: ObjectSummary; document: number; start: number; line: number }[] = [];
    for (const doc of manifest.documents) {
      // The objects of a `List` are indexed one by one; the wrapper is no object of the cluster.
      for (const chunk of listItems(doc.chunk) ?? [doc.chunk]) {
        const summary = summarize(chunk);
        if (summary) found.push({ summary, document: doc.index, start: doc.start, line: manifest.lines.positionAt(doc.start).line });
      }
    }
    const kept = this.files.get(uri);
    // The same parses at the same lines (a request between two edits): nothing to replace.
    if (kept?.length === found.length && found.every((f, i) => kept[i]?.source === f.summary && kept[i]?.document === f.document && kept[i]?.line === f.line)) return;
    const objects: IndexedObject[] = found.map(({ summary, document, start, line }) => {
      const range = manifest.lines.rangeOf(start + summary.spot.start, start + summary.spot.end);
      return { ...summary, source: summary, uri, document, range, line };
    });
    if (objects.length === 0 && !kept) return;
    this.mentionIndex.mark(uri);
    if (kept && sameObjects(kept, objects)) {
      // Positions may have moved; identities and facts did not, so dependants need no re-check.
      this.files.set(uri, objects);
      return;
    }
    if (objects.length === 0) this.files.delete(uri);
    else this.files.set(uri, objects);
    this.touch();
  }

  delete(uri: string): void {
    this.mentionIndex.mark(uri);
    if (this.files.delete(uri)) this.touch();
  }

  /** Removes every file whose uri starts with `prefix` (a deleted folder). */
  deleteUnder(prefix: string): void {
    let changed = false;
    for (const uri of [...this.files.keys()]) {
      if (!uri.startsWith(prefix)) continue;
      this.mentionIndex.mark(uri);
      changed = this.files.delete(uri) || changed;
    }
    if (changed) this.touch();
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

  /** The objects of a kind with this name, in a stable order. */
  named(kind: string, name: string): readonly IndexedObject[] {
    if (!this.byNameCache) {
      const byName = new Map<string, IndexedObject[]>();
      for (const uri of [...this.files.keys()].sort()) {
        for (const object of this.files.get(uri) ?? []) {
          if (object.name === undefined) continue;
          const key = `${object.kind}|${object.name}`;
          let list = byName.get(key);
          if (!list) byName.set(key, (list = []));
          list.push(object);
        }
      }
      this.byNameCache = byName;
    }
    return this.byNameCache.get(`${kind}|${name}`) ?? [];
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
    this.byNameCache = undefined;
    this.podMakersCache = undefined;
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
  find(kind: string, name: string, namespace: string | undefined): IndexedObject | undefined;
}

/** A view for one generation of the index; it remembers its filtered lists. */
export function scopedView(index: WorkspaceIndex, inScope: (uri: string) => boolean): IndexView {
  let podMakers: readonly IndexedObject[] | undefined;
  return {
    generation: index.generation,
    named: (kind, name) => index.named(kind, name).filter((o) => inScope(o.uri)),
    podMakers: () => (podMakers ??= index.podMakers().filter((o) => inScope(o.uri))),
    find: (kind, name, namespace) => index.named(kind, name).find((o) => mayShareNamespace(o.namespace, namespace) && inScope(o.uri)),
  };
}
