import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitTimestamp, type LogTime } from '../../../../../client/src/models/logs/logTimestamp';
import { TimestampMerge } from '../../../../../client/src/models/logs/timestampMerge';

function at(text: string): LogTime {
  const stamped = splitTimestamp(`${text} x`);
  if (!stamped) throw new Error(`not a timestamp: ${text}`);
  return stamped.time;
}

describe('merging log streams by timestamp', () => {
  it('orders lines of several streams by their timestamps within the reorder window', () => {
    const merge = new TimestampMerge(200);
    merge.add('[b] second', at('2026-01-01T00:00:00.200000000Z'), 1000);
    merge.add('[a] first', at('2026-01-01T00:00:00.100000000Z'), 1050);
    merge.add('[a] third', at('2026-01-01T00:00:00.300000000Z'), 1060);
    assert.deepEqual(merge.drain(1100), [], 'every line still waits for slower streams');
    assert.deepEqual(merge.drain(1260), ['[a] first', '[b] second', '[a] third']);
    assert.equal(merge.size, 0);
  });

  it('releases the oldest line only when its own wait is over, and keeps later lines waiting', () => {
    const merge = new TimestampMerge(200);
    merge.add('early', at('2026-01-01T00:00:01Z'), 0);
    merge.add('late', at('2026-01-01T00:00:02Z'), 150);
    assert.deepEqual(merge.drain(200), ['early']);
    assert.deepEqual(merge.drain(349), []);
    assert.deepEqual(merge.drain(350), ['late']);
  });

  it('compares nanoseconds within the same second', () => {
    const merge = new TimestampMerge(0);
    merge.add('b', at('2026-01-01T00:00:00.000000002Z'), 0);
    merge.add('a', at('2026-01-01T00:00:00.000000001Z'), 0);
    assert.deepEqual(merge.drain(0), ['a', 'b']);
  });

  it('keeps lines of equal time in arrival order', () => {
    const merge = new TimestampMerge(0);
    const time = at('2026-01-01T00:00:00Z');
    for (const line of ['1', '2', '3']) merge.add(line, time, 0);
    assert.deepEqual(merge.drain(0), ['1', '2', '3']);
  });

  it('places a marker line without a time after the newest stamped line held', () => {
    const merge = new TimestampMerge(100);
    merge.add('a 1', at('2026-01-01T00:00:01Z'), 0);
    merge.add('b 3', at('2026-01-01T00:00:03Z'), 0);
    merge.add('--- pod b deleted ---', undefined, 0);
    merge.add('a 2', at('2026-01-01T00:00:02Z'), 0);
    assert.deepEqual(merge.drain(100), ['a 1', 'a 2', 'b 3', '--- pod b deleted ---']);
  });

  it('flushes everything held, in order', () => {
    const merge = new TimestampMerge(10_000);
    merge.add('y', at('2026-01-01T00:00:02Z'), 0);
    merge.add('x', at('2026-01-01T00:00:01Z'), 0);
    assert.deepEqual(merge.flush(), ['x', 'y']);
    assert.equal(merge.size, 0);
  });

  it("holds no more than the window's worth after a long run", () => {
    const merge = new TimestampMerge(50);
    const base = Date.parse('2026-01-01T00:00:00Z');
    let released = 0;
    for (let i = 0; i < 20_000; i++) {
      const time = new Date(base + i).toISOString();
      merge.add(`line ${i}`, at(time), i);
      released += merge.drain(i).length;
    }
    assert.ok(merge.size <= 51, `held ${merge.size}`);
    assert.equal(released + merge.size, 20_000);
  });
});
