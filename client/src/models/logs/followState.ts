// Whether an editor follows the end of a growing log. Decided by what the reader did, not by
// timing: an editor follows until the reader scrolls above the last line Podwright revealed, and
// follows again once they scroll back to the end. (Judging from the visible range at each update
// would drop a following editor whenever an update arrives before the previous scroll landed.)
import { showsEnd } from './logSettings';

/** Lines above the revealed end a reader may drift before it counts as scrolling up. */
const SLACK = 2;

export class FollowState {
  private revealedTo = 0;

  constructor(private isFollowing = true) {}

  get following(): boolean {
    return this.isFollowing;
  }

  /** The editor's visible range changed (the reader scrolled, or a reveal landed). */
  scrolled(lastVisibleLine: number, lineCount: number): void {
    if (showsEnd(lastVisibleLine, lineCount)) this.isFollowing = true;
    else if (lastVisibleLine < this.revealedTo - SLACK) this.isFollowing = false;
  }

  /** Podwright scrolled the editor to `line` (the end at that moment). */
  revealed(line: number): void {
    this.revealedTo = line;
  }
}
