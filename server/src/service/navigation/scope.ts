// What navigation sees from the file it runs in: the index, limited to the files of the same scope
// (one workspace folder), and small helpers over mention hits.
import { isDeclaration, mentionText, type Mention, type MentionSide } from '../workspace/links/mention';
import type { IndexedObject, MentionHit, WorkspaceIndex } from '../workspace/workspaceIndex';

export interface NavigationScope {
  readonly index: WorkspaceIndex;
  /** Whether the objects of a file are visible from the file navigated in. */
  visible(uri: string): boolean;
  /** The place of an object as messages show it (`k8s/app.yaml:12`). */
  describe(object: IndexedObject): string;
}

/** The visible mentions under a link key: all, or only its definitions or uses. */
export function visibleHits(scope: NavigationScope, key: string | undefined, side: MentionSide = 'all'): MentionHit[] {
  if (key === undefined) return [];
  return scope.index.mentioned(key, side, (uri) => scope.visible(uri));
}

/** Every mention an object holds. */
export function hitsIn(object: IndexedObject): MentionHit[] {
  return (object.links?.mentions ?? []).map((mention, index) => ({ object, index, mention }));
}

export function sameObject(a: IndexedObject, b: IndexedObject): boolean {
  return a.uri === b.uri && a.document === b.document;
}

export function objectId(object: IndexedObject): string {
  return `${object.document}#${object.uri}`;
}

export function declarations(hits: readonly MentionHit[]): MentionHit[] {
  return hits.filter((hit) => isDeclaration(hit.mention));
}

/** The same name (a label mention: the same pair) written in the same part. */
export function sameName(a: Mention, b: Mention): boolean {
  if (a.type === 'label' && b.type === 'label') return a.part === b.part && a.key === b.key && a.value === b.value;
  return a.type === b.type && mentionText(a) === mentionText(b);
}

/** The namespace a mention lives in: the one it names explicitly, else its object's. */
export function namespaceOf(hit: MentionHit): string | undefined {
  return hit.mention.type === 'object' && hit.mention.namespace !== undefined ? hit.mention.namespace : hit.object.namespace;
}

/**
 * The hits that may be in the same namespace as the origin, and those that may share one with
 * them in turn: a reference without a namespace goes wherever it is applied, so it ties together
 * every namespace's object of that name (renaming one must rename it, and then the others).
 */
export function namespaceClosure(hits: readonly MentionHit[], origin: MentionHit, clusterScoped: boolean): MentionHit[] {
  if (clusterScoped) return [...hits];
  const namespaces = new Set<string | undefined>([namespaceOf(origin)]);
  // Some namespace met so far may be shared with `namespace` (see mayShareNamespace).
  const reaches = (namespace: string | undefined): boolean =>
    namespace === undefined || namespaces.has(undefined) || namespaces.has(namespace);
  const taken = new Set<MentionHit>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const hit of hits) {
      if (taken.has(hit)) continue;
      const namespace = namespaceOf(hit);
      if (!reaches(namespace)) continue;
      taken.add(hit);
      if (!namespaces.has(namespace)) {
        namespaces.add(namespace);
        grew = true;
      }
    }
  }
  return taken.size === hits.length ? [...hits] : hits.filter((hit) => taken.has(hit));
}
