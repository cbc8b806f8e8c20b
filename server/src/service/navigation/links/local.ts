// Names that live in one pod spec: a volume and its mounts (and a StatefulSet's claim templates),
// a container and the default-container annotations that name it.
import { isDeclaration } from '../../workspace/links/mention';
import { declarations, hitsIn, sameName } from '../scope';
import type { LinkResolver } from './resolver';

export const localLinks: LinkResolver = {
  closure: (_scope, origin) => hitsIn(origin.object).filter((hit) => sameName(hit.mention, origin.mention)),
  definitions(scope, origin) {
    return isDeclaration(origin.mention) ? [origin] : declarations(this.closure(scope, origin));
  },
};
