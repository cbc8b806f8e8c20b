// Full label selectors as the API server matches them, and what is refused rather than guessed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { readLabelSelector, selectorMatches, isEmptySelector } from '../../../server/src/service/workspace/labelSelector';

const read = (text: string) => readLabelSelector(parseDocument(text).contents);

describe('label selectors', () => {
  it('match matchLabels and every operator of matchExpressions', () => {
    const selector = read(
      'matchLabels: {app: web}\nmatchExpressions:\n  - {key: tier, operator: In, values: [front, edge]}\n  - {key: env, operator: NotIn, values: [dev]}\n  - {key: team, operator: Exists}\n  - {key: canary, operator: DoesNotExist}\n',
    );
    assert.ok(selector);
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'front', team: 'a' }), true);
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'front', team: 'a', env: 'prod' }), true);
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'back', team: 'a' }), false, 'In');
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'front', team: 'a', env: 'dev' }), false, 'NotIn');
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'front' }), false, 'Exists');
    assert.equal(selectorMatches(selector, { app: 'web', tier: 'front', team: 'a', canary: 'yes' }), false, 'DoesNotExist');
    assert.equal(selectorMatches(selector, { app: 'api', tier: 'front', team: 'a' }), false, 'matchLabels');
  });

  it('tells an empty selector, and refuses what it cannot read', () => {
    const empty = read('{}');
    assert.ok(empty && isEmptySelector(empty));
    assert.equal(read('matchExpressions:\n  - {key: a, operator: Near}\n'), undefined);
    assert.equal(read('matchExpressions:\n  - {key: a, operator: In, values: {x: 1}}\n'), undefined);
    assert.equal(read('matchLabels: [a]\n'), undefined);
    assert.equal(read('just text'), undefined);
  });
});
