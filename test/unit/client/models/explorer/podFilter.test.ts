// The explorer filter: names by substring, label selectors with kubectl's syntax, clear errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLabelSelector } from '../../../../../client/src/core/kube/labelSelector';
import { parsePodFilter, podMatchesFilter, type PodFilter } from '../../../../../client/src/models/explorer/podFilter';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';

const pod = (name: string, labels?: Record<string, string>): Pod => ({ metadata: { name, ...(labels ? { labels } : {}) } });
const pods = [
  pod('web-7d4b9-abcde', { app: 'web', tier: 'front', env: 'prod' }),
  pod('web-7d4b9-fghij', { app: 'web', tier: 'front', env: 'dev', canary: 'true' }),
  pod('db-0', { app: 'db', tier: 'back', env: 'prod' }),
  pod('debug-shell'),
];

function filtered(text: string): string[] {
  const parsed = parsePodFilter(text);
  assert.ok(parsed.ok, `${text} should parse`);
  const filter: PodFilter | undefined = parsed.filter;
  return pods.filter((p) => podMatchesFilter(filter, p)).map((p) => p.metadata.name ?? '');
}

describe('pod filter', () => {
  it('matches names by case-insensitive substring when the text is not a selector', () => {
    assert.deepEqual(filtered('WEB'), ['web-7d4b9-abcde', 'web-7d4b9-fghij']);
    assert.deepEqual(filtered('ShElL'), ['debug-shell']);
    assert.deepEqual(filtered('db'), ['db-0']);
    assert.deepEqual(
      filtered('   '),
      pods.map((p) => p.metadata.name),
    );
  });

  it('matches label selectors: equality, inequality, sets, existence', () => {
    assert.deepEqual(filtered('app=web'), ['web-7d4b9-abcde', 'web-7d4b9-fghij']);
    assert.deepEqual(filtered('app==web,env=prod'), ['web-7d4b9-abcde']);
    assert.deepEqual(filtered('tier!=front'), ['db-0', 'debug-shell']);
    assert.deepEqual(filtered('env in (dev, qa)'), ['web-7d4b9-fghij']);
    assert.deepEqual(filtered('app notin (web)'), ['db-0', 'debug-shell']);
    assert.deepEqual(filtered('!canary'), ['web-7d4b9-abcde', 'db-0', 'debug-shell']);
    assert.deepEqual(filtered('app=web, !canary'), ['web-7d4b9-abcde']);
    assert.deepEqual(filtered('app.kubernetes.io/name=x'), []);
  });

  it('says what is wrong with a malformed selector', () => {
    for (const [text, error] of [
      ['app=web,', /empty requirement/],
      ['env in (dev', /parentheses/],
      ['app=we b', /not a (valid label value|label requirement)/],
      ['-bad=1', /not a valid label key/],
    ] as const) {
      const parsed = parsePodFilter(text);
      assert.equal(parsed.ok, false, text);
      if (!parsed.ok) assert.match(parsed.error, error, text);
    }
    assert.equal(parseLabelSelector('gpu').ok, true, 'a bare key is an existence requirement');
  });
});
