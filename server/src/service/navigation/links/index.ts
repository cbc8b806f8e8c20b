// The resolver of each type of name.
import type { Mention } from '../../workspace/links/mention';
import { labelLinks } from './labels';
import { localLinks } from './local';
import { objectLinks } from './objects';
import { portLinks } from './ports';
import type { LinkResolver } from './resolver';

export function resolverOf(mention: Mention): LinkResolver {
  switch (mention.type) {
    case 'volume':
    case 'container':
      return localLinks;
    case 'port':
      return portLinks;
    case 'label':
      return labelLinks;
    case 'object':
    case 'servicePort':
    case 'dataKey':
      return objectLinks;
  }
}

export type { LinkResolver } from './resolver';
