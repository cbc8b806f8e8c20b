// One notification per frame, whatever arrives during it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FrameBatcher } from '../../../../../client/src/models/explorer/frameBatcher';
import { FakeClock } from '../../../../helpers/fakeClock';

describe('FrameBatcher', () => {
  it('delivers every key added during a frame once, when the frame ends', () => {
    const clock = new FakeClock();
    const batches: string[][] = [];
    const batcher = new FrameBatcher<string>(clock, 100, (batch) => batches.push([...batch].sort()));
    batcher.add('b');
    clock.advance(50);
    batcher.add('a');
    batcher.add('b');
    clock.advance(49);
    assert.deepEqual(batches, []);
    clock.advance(1);
    assert.deepEqual(batches, [['a', 'b']]);
    batcher.add('c');
    clock.advance(100);
    assert.deepEqual(batches, [['a', 'b'], ['c']]);
    clock.advance(1000);
    assert.equal(batches.length, 2, 'a quiet period delivers nothing');
  });

  it('flushes a keyless touch as an empty batch, flushes early on demand, and forgets everything on dispose', () => {
    const clock = new FakeClock();
    const batches: number[] = [];
    const batcher = new FrameBatcher<string>(clock, 100, (batch) => batches.push(batch.size));
    batcher.touch();
    clock.advance(100);
    assert.deepEqual(batches, [0]);
    batcher.add('x');
    batcher.flush();
    assert.deepEqual(batches, [0, 1]);
    clock.advance(100);
    assert.deepEqual(batches, [0, 1], 'the cancelled frame does not fire again');
    batcher.add('y');
    batcher.dispose();
    clock.advance(100);
    assert.deepEqual(batches, [0, 1]);
  });
});
