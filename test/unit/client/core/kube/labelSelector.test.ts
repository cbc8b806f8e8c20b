// One label selector module for both forms: a structured selector (a port-forward's controller) and
// kubectl's `-l` text (the explorer's filter) select the same pods.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  matchesRequirements,
  parseLabelSelector,
  requirementsOf,
  selectorMatches,
  selectorText,
  type LabelSelector,
} from '../../../../../client/src/core/kube/labelSelector';

const pods: Record<string, string>[] = [
  { app: 'web', tier: 'front' },
  { app: 'web', tier: 'edge', canary: 'true' },
  { app: 'web', tier: 'back', env: 'prod' },
  { app: 'db', tier: 'front', env: 'dev' },
  {},
];

describe('label selectors', () => {
  it('a structured selector and its text form select the same pods', () => {
    const selectors: LabelSelector[] = [
      { matchLabels: { app: 'web' } },
      { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'edge'] }] },
      {
        matchExpressions: [
          { key: 'canary', operator: 'DoesNotExist' },
          { key: 'env', operator: 'NotIn', values: ['prod'] },
        ],
      },
      { matchExpressions: [{ key: 'env', operator: 'Exists' }] },
    ];
    for (const selector of selectors) {
      const parsed = parseLabelSelector(selectorText(selector));
      assert.ok(parsed.ok, selectorText(selector));
      const byText = pods.map((labels) => matchesRequirements(parsed.requirements, labels));
      const byStructure = pods.map((labels) => selectorMatches(selector, labels));
      assert.deepEqual(byStructure, byText, selectorText(selector));
    }
    assert.deepEqual(
      pods.map((labels) => selectorMatches(selectors[1], labels)),
      [true, true, false, false, false],
    );
  });

  it('an operator Kubernetes does not define selects nothing', () => {
    const selector: LabelSelector = { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'Gt', values: ['1'] }] };
    assert.equal(requirementsOf(selector), undefined);
    assert.deepEqual(
      pods.map((labels) => selectorMatches(selector, labels)),
      [false, false, false, false, false],
    );
  });

  it('reads only the pod’s own labels, so a key named like an object method is absent until set', () => {
    const parsed = parseLabelSelector('toString');
    assert.ok(parsed.ok);
    assert.equal(matchesRequirements(parsed.requirements, { app: 'web' }), false);
    assert.equal(matchesRequirements(parsed.requirements, { toString: 'yes' }), true);
    assert.equal(selectorMatches({ matchExpressions: [{ key: 'constructor', operator: 'Exists' }] }, { app: 'web' }), false);
  });
});
