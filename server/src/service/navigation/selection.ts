// Which pods a selector selects: a Service's selector or a budget's `matchLabels` selects the pod
// templates of any object in a namespace it may share; a workload's own selector, its own template.
// Lookups go through the index's label keys, so a selector only meets the pods that carry its labels.
import { labelKey } from '../workspace/links/mention';
import { mayShareNamespace, type IndexedObject } from '../workspace/workspaceIndex';
import { matchesSelector } from '../workspace/selectors';
import { objectId, sameObject, visibleHits, type NavigationScope } from './scope';

export function selectsPods(selector: IndexedObject, pods: IndexedObject, own = false): boolean {
  const labels = pods.pod?.labels;
  if (!labels) return false;
  if (own) return sameObject(selector, pods);
  const wanted = selector.links?.selects;
  if (!wanted || !mayShareNamespace(selector.namespace, pods.namespace)) return false;
  return matchesSelector(wanted, labels);
}

export interface Selecting {
  readonly object: IndexedObject;
  /** The workload's own selector (rather than a Service's or a budget's). */
  readonly own: boolean;
}

/** Every selector that selects the pods of `pods`: Services, budgets, and the workload's own. */
export function selectorsOf(scope: NavigationScope, pods: IndexedObject): Selecting[] {
  const out = new Map<string, Selecting>();
  if (pods.links?.ownSelector && pods.pod) out.set(`own${objectId(pods)}`, { object: pods, own: true });
  for (const [key, value] of Object.entries(pods.pod?.labels ?? {})) {
    for (const hit of visibleHits(scope, labelKey(key, value), 'references')) {
      if (hit.mention.type !== 'label' || hit.mention.role !== 'selector' || hit.mention.part !== 'value') continue;
      const id = objectId(hit.object);
      if (!out.has(id) && selectsPods(hit.object, pods)) out.set(id, { object: hit.object, own: false });
    }
  }
  return [...out.values()];
}

/** The objects whose pods `selector` selects, found through its rarest label pair. */
export function podsSelectedBy(scope: NavigationScope, selector: IndexedObject, own = false): IndexedObject[] {
  if (own) return selector.pod ? [selector] : [];
  const pairs = Object.entries(selector.links?.selects ?? {});
  if (pairs.length === 0) return [];
  let narrowest = pairs[0];
  let fewest = Number.POSITIVE_INFINITY;
  for (const pair of pairs) {
    const count = scope.index.mentionFileCount(labelKey(...pair), 'declarations');
    if (count < fewest) [narrowest, fewest] = [pair, count];
  }
  if (!narrowest) return [];
  const out = new Map<string, IndexedObject>();
  for (const hit of visibleHits(scope, labelKey(...narrowest), 'declarations')) {
    const id = objectId(hit.object);
    if (!out.has(id) && selectsPods(selector, hit.object)) out.set(id, hit.object);
  }
  return [...out.values()];
}
