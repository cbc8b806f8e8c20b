// Log document addresses round-trip exactly (contexts with slashes, several containers), and the
// log settings read like kubectl's flags.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logUriParts, parseLogQuery } from '../../../../../client/src/models/logs/logAddress';
import { boundedInteger, parseSince, showsEnd } from '../../../../../client/src/models/logs/logSettings';

describe('log addresses', () => {
  it('names the tab after the pod and container, and keeps the full address in the query', () => {
    const address = {
      context: 'arn:aws:eks:eu-west-1:123:cluster/live',
      namespace: 'shop',
      pod: 'web-1',
      containers: ['app'],
      previous: true,
    };
    const parts = logUriParts(address);
    assert.equal(parts.path, '/web-1 · app (previous)');
    assert.deepEqual(parseLogQuery(parts.query), address);
    const all = { ...address, containers: ['init-db', 'app', 'proxy'], previous: false };
    assert.equal(logUriParts(all).path, '/web-1');
    assert.deepEqual(parseLogQuery(logUriParts(all).query), all);
    assert.equal(parseLogQuery('pod=x'), undefined);
  });
});

describe('log settings', () => {
  it('reads --since durations', () => {
    assert.equal(parseSince(''), undefined);
    assert.equal(parseSince('30s'), 30);
    assert.equal(parseSince('5m'), 300);
    assert.equal(parseSince('1h30m'), 5400);
    assert.equal(parseSince('2d'), 172800);
    assert.ok(Number.isNaN(parseSince('5 minutes') ?? 0));
    assert.ok(Number.isNaN(parseSince('10') ?? 0));
  });

  it('clamps numbers and falls back for non-numbers', () => {
    assert.equal(boundedInteger(50, 10_000, 100, 1_000_000), 100);
    assert.equal(boundedInteger(2.7e9, 10_000, 100, 1_000_000), 1_000_000);
    assert.equal(boundedInteger('many', 10_000, 100, 1_000_000), 10_000);
    assert.equal(boundedInteger(2500.9, 10_000, 100, 1_000_000), 2500);
  });

  it('counts an editor as following when its last visible line is the end (or one before it)', () => {
    assert.equal(showsEnd(99, 100), true);
    assert.equal(showsEnd(98, 100), true);
    assert.equal(showsEnd(60, 100), false);
  });
});
