// How one type of name links places: what changes together with it, and where it is defined.
import type { MentionHit } from '../../workspace/workspaceIndex';
import type { NavigationScope } from '../scope';

export interface LinkResolver {
  /** Every mention linked to the origin (the origin included): what references list and a rename changes. */
  closure(scope: NavigationScope, origin: MentionHit): MentionHit[];
  /** Where the origin's name is defined (the origin itself when it is a definition). */
  definitions(scope: NavigationScope, origin: MentionHit): MentionHit[];
}
