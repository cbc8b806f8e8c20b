// Container port names: declared in a container's `ports`, used by its probes and lifecycle handlers,
// and by the `targetPort` of every Service that selects the pod, in any file of the workspace. A
// Service that selects several workloads ties their port names together. Services and pods meet
// through their labels (selection.ts), not through the port name, which most pods share (`http`).
import type { IndexedObject, MentionHit } from '../../workspace/workspaceIndex';
import { hitsIn, objectId } from '../scope';
import { podsSelectedBy, selectorsOf } from '../selection';
import type { LinkResolver } from './resolver';

type Role = 'declaration' | 'probe' | 'target';

/** The port-name mentions of an object with this name, in the given roles. */
function portHits(object: IndexedObject, name: string, roles: readonly Role[]): MentionHit[] {
  return hitsIn(object).filter((hit) => hit.mention.type === 'port' && hit.mention.name === name && roles.includes(hit.mention.role));
}

const POD_ROLES: readonly Role[] = ['declaration', 'probe'];

export const portLinks: LinkResolver = {
  closure(scope, origin) {
    const { mention } = origin;
    if (mention.type !== 'port') return [origin];
    const name = mention.name;
    const visited = new Map<string, MentionHit[]>();
    const queue: { object: IndexedObject; service: boolean }[] = [{ object: origin.object, service: mention.role === 'target' }];
    while (queue.length > 0) {
      const next = queue.pop();
      if (!next || visited.has(objectId(next.object))) continue;
      const { object, service } = next;
      visited.set(objectId(object), portHits(object, name, service ? ['target'] : POD_ROLES));
      if (service) {
        for (const pods of podsSelectedBy(scope, object))
          if (portHits(pods, name, POD_ROLES).length > 0) queue.push({ object: pods, service: false });
      } else {
        for (const selector of selectorsOf(scope, object)) {
          if (!selector.own && portHits(selector.object, name, ['target']).length > 0)
            queue.push({ object: selector.object, service: true });
        }
      }
    }
    return [...visited.values()].flat();
  },
  definitions(scope, origin) {
    const { mention } = origin;
    if (mention.type !== 'port' || mention.role === 'declaration') return [origin];
    if (mention.role === 'probe') return portHits(origin.object, mention.name, ['declaration']);
    return podsSelectedBy(scope, origin.object).flatMap((pods) => portHits(pods, mention.name, ['declaration']));
  },
};
