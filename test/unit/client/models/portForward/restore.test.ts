// Restoring saved forwards: each keeps its port when free, moves to the next free one when another
// program took it, and one failure does not stop the others; malformed saved state is dropped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatBytes } from '../../../../../client/src/models/portForward/formatBytes';
import { anyFreePort } from '../../../../../client/src/models/portForward/localPort';
import { PortForwardManager, type SavedForward } from '../../../../../client/src/models/portForward/manager';
import { readSavedForwards, restoreForwards } from '../../../../../client/src/models/portForward/restore';
import { FakeCluster, readyPod } from './fakeCluster';

describe('restoreForwards', () => {
  it('keeps free ports, moves a busy one to the next free port, and reports a failure without stopping', async () => {
    const cluster = new FakeCluster();
    await cluster.addPod(readyPod('web', { app: 'web' }));
    const manager = new PortForwardManager((context) =>
      context === 'gone' ? Promise.reject(new Error('no context named "gone"')) : Promise.resolve(cluster),
    );
    try {
      const free = await anyFreePort();
      const busy = await anyFreePort();
      const saved: SavedForward[] = [
        { context: 'fake', namespace: 'default', pod: 'web', remotePort: 80, localPort: free },
        { context: 'gone', namespace: 'default', pod: 'web', remotePort: 80, localPort: 1 },
        { context: 'fake', namespace: 'default', pod: 'web', remotePort: 81, localPort: busy },
      ];
      // Port `busy` is taken and so is the one after it: the machine as the probe sees it.
      const taken = new Set([busy, busy + 1]);
      const results = await restoreForwards(manager, saved, (port) => Promise.resolve(taken.has(port) ? 'busy' : 'free'));
      assert.equal(results.length, 3);
      const [first, second, third] = results;
      assert.ok(first && 'forward' in first && first.forward.spec.localPort === free && first.movedFrom === undefined);
      assert.ok(second && 'error' in second);
      assert.match(String((second.error as Error).message), /no context named "gone"/);
      assert.ok(third && 'forward' in third);
      assert.equal(third.movedFrom, busy);
      assert.equal(third.forward.spec.localPort, busy + 2);
      assert.deepEqual(
        manager.list().map((f) => f.spec.localPort),
        [free, busy + 2],
      );
    } finally {
      await manager.dispose();
      cluster.close();
    }
  });
});

describe('readSavedForwards', () => {
  it('keeps well-formed records and drops the rest', () => {
    const good = { context: 'c', namespace: 'n', pod: 'p', remotePort: 80, localPort: 8080 };
    assert.deepEqual(readSavedForwards([good, { ...good, localPort: '8080' }, null, 'x', { context: 'c' }]), [good]);
    assert.deepEqual(readSavedForwards(undefined), []);
    assert.deepEqual(readSavedForwards({ 0: good }), []);
  });
});

describe('formatBytes', () => {
  it('uses B below a kilobyte, then KB, MB, GB with one decimal below ten', () => {
    assert.deepEqual([0, 1023, 1024, 1536, 10 * 1024, 5 * 1024 * 1024 + 1, 3 * 1024 ** 3].map(formatBytes), [
      '0 B',
      '1023 B',
      '1.0 KB',
      '1.5 KB',
      '10 KB',
      '5.0 MB',
      '3.0 GB',
    ]);
  });
});
