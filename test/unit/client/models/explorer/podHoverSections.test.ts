import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { podHoverSections, type HoverWords } from '../../../../../client/src/models/explorer/podHoverSections';
import type { KubeEvent } from '../../../../../client/src/core/kube/kubeTypes';

const NOW = Date.parse('2026-01-01T12:00:00Z');
const WORDS: HoverWords = {
  recentWarnings: 'Recent warnings',
  resourceUse: 'Resource use',
  noMetricsApi: 'no metrics API',
  noMetrics: 'no metrics yet',
  repeated: (count, age) => `${count} times, last ${age} ago`,
  ago: (age) => `${age} ago`,
};

function warning(reason: string, secondsAgo: number, count: number, message: string): KubeEvent {
  return {
    type: 'Warning',
    reason,
    count,
    message,
    lastTimestamp: new Date(NOW - secondsAgo * 1000).toISOString(),
    involvedObject: { kind: 'Pod', name: 'web' },
  };
}

describe("the pod tooltip's warnings and usage", () => {
  it('lists warnings with how often and when, escaping their Markdown', () => {
    const text = podHoverSections(
      {
        warnings: [warning('BackOff', 20, 5, 'Back-off restarting *failed* container'), warning('Unhealthy', 90, 1, 'probe failed')],
        usage: 'unknown',
      },
      WORDS,
      NOW,
    );
    assert.equal(
      text,
      [
        '**$(warning) Recent warnings**',
        '',
        '- `BackOff` (5 times, last 20s ago): Back\\-off restarting \\*failed\\* container',
        '- `Unhealthy` (90s ago): probe failed',
      ].join('\n'),
    );
  });

  it('shows usage lines, or says why there are none, and nothing when it is unknown', () => {
    assert.equal(
      podHoverSections({ warnings: [], usage: ['main: memory 240Mi of 256Mi limit, 94 %'] }, WORDS, NOW),
      '**Resource use**\n\n- main: memory 240Mi of 256Mi limit, 94 %',
    );
    assert.equal(podHoverSections({ warnings: [], usage: 'unavailable' }, WORDS, NOW), 'Resource use: no metrics API');
    assert.equal(podHoverSections({ warnings: [], usage: 'none' }, WORDS, NOW), 'Resource use: no metrics yet');
    assert.equal(podHoverSections({ warnings: [], usage: 'unknown' }, WORDS, NOW), '');
  });
});
