// Following the end of a log: the reader's scrolling decides, not the timing of updates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FollowState } from '../../../../../client/src/models/logs/followState';

describe('FollowState', () => {
  it('keeps following while updates outpace the scrolling, and stops when the reader scrolls up', () => {
    const state = new FollowState();
    state.revealed(99);
    // The next update already made the document longer before the reveal to 99 landed.
    state.scrolled(99, 140);
    assert.equal(state.following, true, 'behind the growing end, but not scrolled up');
    state.revealed(139);
    state.scrolled(120, 160);
    assert.equal(state.following, false, 'the reader scrolled above what was revealed');
    state.revealed(139);
    state.scrolled(130, 180);
    assert.equal(state.following, false, 'stays put until the reader comes back');
    state.scrolled(179, 180);
    assert.equal(state.following, true, 'scrolling to the end follows again');
  });

  it('starts as told (a new editor that shows the end follows, one in the middle does not)', () => {
    assert.equal(new FollowState(false).following, false);
    const middle = new FollowState(false);
    middle.scrolled(10, 100);
    assert.equal(middle.following, false);
  });
});
