// The pieces of resuming a log: reading the kubelet's line timestamps, deciding which lines of a
// resumed stream were already shown, and the waits between reconnect attempts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareLogTimes, splitTimestamp } from '../../../../../client/src/models/logs/logTimestamp';
import { reconnectPolicy } from '../../../../../client/src/models/logs/reconnectPolicy';
import { ResumeCursor } from '../../../../../client/src/models/logs/resumeCursor';

function time(stamp: string): NonNullable<ReturnType<typeof splitTimestamp>>['time'] {
  const split = splitTimestamp(`${stamp} x`);
  if (!split) throw new Error(`not a timestamp: ${stamp}`);
  return split.time;
}

describe('log timestamps', () => {
  it('splits the timestamp off a line and orders timestamps to the nanosecond, whatever the zone', () => {
    assert.deepEqual(splitTimestamp('2025-03-10T12:00:01.123456789Z GET / 200'), {
      time: { seconds: 1741608001, nanos: 123456789, text: '2025-03-10T12:00:01.123456789Z' },
      text: 'GET / 200',
    });
    assert.equal(splitTimestamp('2025-03-10T12:00:01Z ')?.text, '', 'an empty line keeps its timestamp');
    assert.equal(splitTimestamp('plain output'), undefined);
    assert.equal(splitTimestamp('2025-03-10T12:00:01.5Zno space'), undefined);
    assert.equal(splitTimestamp('2025-13-40T12:00:01Z not a date'), undefined);
    assert.equal(splitTimestamp('2025-03-10T12:00:01.Z no fraction digits'), undefined);
    assert.equal(splitTimestamp('2025-03-10T12:00:01+0900 zone without colon'), undefined);
    // A cached second must not leak into the next line's time.
    assert.equal(time('2025-03-10T12:00:02Z').seconds - time('2025-03-10T12:00:01Z').seconds, 1);
    assert.ok(compareLogTimes(time('2025-03-10T12:00:01.000000001Z'), time('2025-03-10T12:00:01.000000002Z')) < 0);
    assert.equal(compareLogTimes(time('2025-03-10T21:00:01.5+09:00'), time('2025-03-10T12:00:01.500000000Z')), 0);
    assert.ok(compareLogTimes(time('2025-03-10T12:00:02Z'), time('2025-03-10T12:00:01.999999999Z')) > 0);
  });
});

describe('ResumeCursor', () => {
  it('shows everything until a resume, then skips what was shown, counting lines that share a timestamp', () => {
    const cursor = new ResumeCursor();
    assert.equal(cursor.since, undefined);
    const t1 = time('2025-03-10T12:00:01.1Z');
    const t2 = time('2025-03-10T12:00:01.2Z');
    const t3 = time('2025-03-10T12:00:01.3Z');
    assert.deepEqual(
      [t1, t2, t2].map((t) => cursor.admit(t)),
      [true, true, true],
    );
    assert.equal(cursor.since, t2.text);
    cursor.resume();
    assert.equal(cursor.isNew(t2), false);
    assert.deepEqual(
      [t1, t2, t2, t2, t3, t1].map((t) => cursor.admit(t)),
      [false, false, false, true, true, true],
      'the third line at t2 is new; once past the resume point nothing is skipped',
    );
    assert.equal(cursor.admit(undefined), true, 'an unstamped line cannot be matched, so it is shown');
  });

  it('a resume before anything was shown skips nothing', () => {
    const cursor = new ResumeCursor();
    cursor.resume();
    assert.equal(cursor.admit(time('2025-03-10T12:00:01Z')), true);
  });
});

describe('reconnectPolicy', () => {
  it('doubles the wait from half a second up to ten seconds, gives up after five attempts by default', () => {
    const policy = reconnectPolicy();
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 50].map((n) => policy.delay(n)),
      [500, 1000, 2000, 4000, 8000, 10000, 10000, 10000],
    );
    assert.equal(policy.maxAttempts, 5);
    assert.deepEqual(
      [0, 1, 2].map((n) => reconnectPolicy({ firstDelayMs: 20, maxDelayMs: 50 }).delay(n)),
      [20, 40, 50],
    );
  });
});
