import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventCount, eventRow, eventsTable, recentWarnings, sortEventsOldestFirst } from '../../../../../client/src/core/present/eventRows';
import type { KubeEvent } from '../../../../../client/src/core/kube/kubeTypes';
import { NOW } from './podFixtures';

const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

function event(name: string, fields: Partial<KubeEvent>): KubeEvent {
  return {
    metadata: { name },
    involvedObject: { kind: 'Pod', name: 'web-1', uid: 'u1' },
    type: 'Normal',
    reason: 'Pulled',
    message: 'ok',
    ...fields,
  };
}

describe('event rows', () => {
  it('reads the deprecated count and lastTimestamp', () => {
    const row = eventRow(
      event('a', {
        type: 'Warning',
        reason: 'BackOff',
        count: 5,
        firstTimestamp: ago(600),
        lastTimestamp: ago(20),
        message: 'Back-off restarting failed container',
      }),
      NOW,
    );
    assert.deepEqual(row, {
      warning: true,
      type: 'Warning',
      reason: 'BackOff',
      object: 'pod/web-1',
      age: '20s',
      count: 5,
      message: 'Back-off restarting failed container',
    });
  });

  it('reads an events.k8s.io-style series (eventTime, series.count, series.lastObservedTime) over the deprecated fields', () => {
    const e = event('b', { eventTime: ago(900), series: { count: 7, lastObservedTime: ago(65) }, count: 0 });
    assert.equal(eventCount(e), 7);
    assert.equal(eventRow(e, NOW).age, '65s');
  });

  it('counts an event without count or series once and says when it has no time', () => {
    const row = eventRow(event('c', {}), NOW);
    assert.equal(row.count, 1);
    assert.equal(row.age, '<unknown>');
  });

  it('keeps a multi-line message on its row', () => {
    assert.equal(eventRow(event('d', { message: 'first line\n  second line\n' }), NOW).message, 'first line second line');
  });

  it('orders oldest first by when each was last seen, then by name', () => {
    const events = [
      event('late', { lastTimestamp: ago(5) }),
      event('old-but-repeated', { firstTimestamp: ago(3000), lastTimestamp: ago(10), count: 3 }),
      event('b-tie', { lastTimestamp: ago(100) }),
      event('a-tie', { lastTimestamp: ago(100) }),
    ];
    assert.deepEqual(
      sortEventsOldestFirst(events).map((e) => e.metadata?.name),
      ['a-tie', 'b-tie', 'old-but-repeated', 'late'],
    );
  });

  it('lays the table out in aligned columns with Warning rows named as such', () => {
    const table = eventsTable(
      [
        event('w', {
          type: 'Warning',
          reason: 'BackOff',
          lastTimestamp: ago(10),
          count: 4,
          involvedObject: { kind: 'Pod', name: 'web-1' },
          message: 'Back-off',
        }),
        event('n', {
          reason: 'ScalingReplicaSet',
          lastTimestamp: ago(300),
          involvedObject: { kind: 'Deployment', name: 'web' },
          message: 'Scaled up replica set web-7d to 1',
        }),
      ],
      NOW,
    );
    assert.equal(
      table,
      [
        '  Type     Reason             Object          Age  Count  Message',
        '  ----     ------             ------          ---  -----  -------',
        '  Normal   ScalingReplicaSet  deployment/web  5m   1      Scaled up replica set web-7d to 1',
        '  Warning  BackOff            pod/web-1       10s  4      Back-off',
        '',
      ].join('\n'),
    );
    assert.equal(eventsTable([], NOW), undefined);
  });

  it('picks the newest warnings for a tooltip, oldest of them first', () => {
    const events = [1, 2, 3, 4, 5].map((i) => event(`w${i}`, { type: 'Warning', lastTimestamp: ago(100 - i) }));
    events.push(event('normal', { lastTimestamp: ago(1) }));
    assert.deepEqual(
      recentWarnings(events, 3).map((e) => e.metadata?.name),
      ['w3', 'w4', 'w5'],
    );
  });
});
