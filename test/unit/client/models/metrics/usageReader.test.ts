import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PodMetricsResult } from '../../../../../client/src/cluster/index';
import { UsageReader, type MetricsApi } from '../../../../../client/src/models/metrics/usageReader';

function fakeApi(context: string, answer: () => Promise<PodMetricsResult>): MetricsApi & { asked: number } {
  const api = {
    context,
    asked: 0,
    podMetrics: () => {
      api.asked++;
      return answer();
    },
  };
  return api;
}

describe('reading usage once per context without a metrics API', () => {
  it('tells once and stops asking a context without metrics-server; other contexts are still asked', async () => {
    const told: string[] = [];
    const reader = new UsageReader((context) => told.push(context));
    const bare = fakeApi('kind-bare', () => Promise.resolve({ kind: 'unavailable' }));
    const full = fakeApi('prod', () => Promise.resolve({ kind: 'metrics', metrics: { containers: [] } }));
    assert.deepEqual(await reader.read(bare, 'default', 'web'), { kind: 'unavailable' });
    assert.deepEqual(await reader.read(bare, 'default', 'db'), { kind: 'unavailable' });
    assert.equal(bare.asked, 1);
    assert.deepEqual(told, ['kind-bare']);
    assert.equal(reader.isUnavailable('kind-bare'), true);
    assert.deepEqual(await reader.quietly(full, 'default', 'web'), { containers: [] });
    assert.equal(full.asked, 1);
    reader.forget('kind-bare');
    await reader.read(bare, 'default', 'web');
    assert.equal(bare.asked, 2);
  });

  it('keeps asking when a pod just has no metrics yet, and quietly swallows errors', async () => {
    const reader = new UsageReader();
    const none = fakeApi('c', () => Promise.resolve({ kind: 'none' }));
    await reader.read(none, 'default', 'web');
    await reader.read(none, 'default', 'web');
    assert.equal(none.asked, 2);
    const failing = fakeApi('d', () => Promise.reject(new Error('unreachable')));
    await assert.rejects(reader.read(failing, 'default', 'web'), /unreachable/);
    assert.equal(await reader.quietly(failing, 'default', 'web'), undefined);
    assert.equal(reader.isUnavailable('d'), false);
  });
});
