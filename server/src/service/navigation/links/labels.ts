// Label pairs: a pod template's labels and the selectors that select them (Services and
// PodDisruptionBudgets across files, a workload's own selector in its document). Everything a
// selector selects through a pair is tied together: renaming the pair in one place breaks the
// selection unless every selector and every selected template change with it.
import type { LabelMention } from '../../workspace/links/mention';
import type { IndexedObject, MentionHit } from '../../workspace/workspaceIndex';
import { hitsIn, objectId } from '../scope';
import { podsSelectedBy, selectorsOf } from '../selection';
import type { LinkResolver } from './resolver';

/** The object's mentions of the pair, in one part and role. */
function pairHits(object: IndexedObject, pair: LabelMention, role: LabelMention['role']): MentionHit[] {
  return hitsIn(object).filter(
    ({ mention: m }) => m.type === 'label' && m.role === role && m.part === pair.part && m.key === pair.key && m.value === pair.value,
  );
}

export const labelLinks: LinkResolver = {
  closure(scope, origin) {
    const pair = origin.mention;
    if (pair.type !== 'label') return [origin];
    const visited = new Map<string, MentionHit[]>();
    const queue: { object: IndexedObject; role: LabelMention['role'] }[] = [{ object: origin.object, role: pair.role }];
    while (queue.length > 0) {
      const next = queue.pop();
      if (!next) continue;
      const { object, role } = next;
      const id = `${role}${objectId(object)}`;
      if (visited.has(id)) continue;
      visited.set(id, pairHits(object, pair, role));
      if (role === 'template') {
        for (const selector of selectorsOf(scope, object)) {
          const selectorRole = selector.own ? 'ownSelector' : 'selector';
          if (pairHits(selector.object, pair, selectorRole).length > 0) queue.push({ object: selector.object, role: selectorRole });
        }
      } else {
        for (const pods of podsSelectedBy(scope, object, role === 'ownSelector')) {
          if (pairHits(pods, pair, 'template').length > 0) queue.push({ object: pods, role: 'template' });
        }
      }
    }
    return [...visited.values()].flat();
  },
  definitions(scope, origin) {
    const pair = origin.mention;
    if (pair.type !== 'label' || pair.role === 'template') return [origin];
    return podsSelectedBy(scope, origin.object, pair.role === 'ownSelector').flatMap((pods) => pairHits(pods, pair, 'template'));
  },
};
