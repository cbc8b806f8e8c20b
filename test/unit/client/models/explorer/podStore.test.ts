// The explorer's pod store: informer-style list + watch, one notification per frame however many
// events arrive, a relist (after 410 Gone) that reports only real changes, and reconnects that
// back off exponentially while showing no stale pods.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PodStore, type StoreChange } from '../../../../../client/src/models/explorer/podStore';
import { visiblePods } from '../../../../../client/src/models/explorer/podList';
import { FakeClock } from '../../../../helpers/fakeClock';
import { clusterError, FakeClusterApi, podObject, settle } from '../../../../helpers/fakeClusterApi';

/** Read through a function so TypeScript does not narrow the state across calls that change it. */
function kindOf(store: PodStore): string {
  return store.state.kind;
}

/** Milliseconds until the store's next reconnect, or -1 when it is not waiting to retry. */
function retryIn(store: PodStore, clock: FakeClock): number {
  const state = store.state;
  return state.kind === 'disconnected' ? state.retryAt - clock.now() : -1;
}

function setup(): { api: FakeClusterApi; clock: FakeClock; store: PodStore; changes: StoreChange[] } {
  const api = new FakeClusterApi();
  const clock = new FakeClock();
  const store = new PodStore(api, 'shop', { clock, frameMs: 100 });
  const changes: StoreChange[] = [];
  store.onChange((change) => changes.push(change));
  return { api, clock, store, changes };
}

describe('PodStore', () => {
  it('touches nothing until started, then watches pods in its namespace and goes live on the first list', async () => {
    const { api, clock, store, changes } = setup();
    assert.equal(api.watches.length, 0);
    assert.equal(kindOf(store), 'idle');
    store.start();
    await settle();
    assert.equal(api.watches.length, 1);
    assert.equal(api.lastWatch.kind, 'Pod');
    assert.equal(api.lastWatch.options.namespace, 'shop');
    assert.equal(kindOf(store), 'connecting');
    api.lastWatch.handler.onList([podObject('web-1'), podObject('web-2'), podObject('db-0')]);
    assert.equal(kindOf(store), 'live');
    assert.equal(changes.length, 0, 'nothing is delivered before the frame ends');
    clock.advance(100);
    assert.equal(changes.length, 1);
    assert.deepEqual([...(changes[0]?.names ?? [])].sort(), ['db-0', 'web-1', 'web-2']);
    assert.equal(changes[0]?.membership, true);
    assert.equal(changes[0]?.state, true);
    assert.deepEqual(
      visiblePods(store.pods, undefined).map((p) => p.metadata.name),
      ['db-0', 'web-1', 'web-2'],
    );
  });

  it('coalesces a burst of events into one change per frame', async () => {
    const { api, clock, store, changes } = setup();
    store.start();
    await settle();
    api.lastWatch.handler.onList([podObject('web-1')]);
    clock.advance(100);
    changes.length = 0;
    for (let i = 0; i < 300; i++) api.lastWatch.handler.onEvent('MODIFIED', podObject('web-1', { resourceVersion: String(10 + i) }));
    api.lastWatch.handler.onEvent('ADDED', podObject('web-2', { resourceVersion: '400' }));
    clock.advance(99);
    assert.equal(changes.length, 0);
    clock.advance(1);
    assert.equal(changes.length, 1);
    assert.deepEqual([...(changes[0]?.names ?? [])].sort(), ['web-1', 'web-2']);
    assert.equal(changes[0]?.membership, true);
    assert.equal(changes[0]?.state, false);
    assert.equal((store.pods.get('web-1')?.metadata as { resourceVersion?: string }).resourceVersion, '309', 'the last event wins');
    // A modification alone does not change the list's membership.
    api.lastWatch.handler.onEvent('MODIFIED', podObject('web-2', { resourceVersion: '401' }));
    clock.advance(100);
    assert.equal(changes[1]?.membership, false);
    api.lastWatch.handler.onEvent('DELETED', podObject('web-2', { resourceVersion: '402' }));
    clock.advance(100);
    assert.equal(changes[2]?.membership, true);
    assert.equal(store.pods.has('web-2'), false);
  });

  it('applies a relist (as after 410 Gone) as a diff: gone pods leave, unchanged pods are not news', async () => {
    const { api, clock, store, changes } = setup();
    store.start();
    await settle();
    api.lastWatch.handler.onList([
      podObject('a', { resourceVersion: '5' }),
      podObject('b', { resourceVersion: '6' }),
      podObject('c', { resourceVersion: '7' }),
    ]);
    clock.advance(100);
    changes.length = 0;
    api.lastWatch.handler.onList([
      podObject('b', { resourceVersion: '6' }),
      podObject('c', { resourceVersion: '9' }),
      podObject('d', { resourceVersion: '10' }),
    ]);
    clock.advance(100);
    assert.equal(changes.length, 1);
    assert.deepEqual([...(changes[0]?.names ?? [])].sort(), ['a', 'c', 'd']);
    assert.equal(changes[0]?.membership, true);
    assert.deepEqual([...store.pods.keys()].sort(), ['b', 'c', 'd']);
  });

  it('drops its pods and reconnects with exponential backoff after a dropped watch, resetting once live', async () => {
    const { api, clock, store, changes } = setup();
    store.start();
    await settle();
    api.lastWatch.handler.onList([podObject('web-1')]);
    clock.advance(100);
    changes.length = 0;

    const first = api.lastWatch;
    first.handler.onError?.(clusterError('unreachable', 'connect ECONNREFUSED 127.0.0.1:6443'), true);
    assert.equal(first.stopped, true, 'the store takes over retrying');
    assert.equal(kindOf(store), 'disconnected');
    assert.equal(retryIn(store, clock), 1000);
    assert.equal(store.pods.size, 0, 'no stale pods while disconnected');
    clock.advance(100);
    assert.equal(changes.at(-1)?.state, true);
    assert.equal(changes.at(-1)?.membership, true);

    const delays: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      assert.equal(kindOf(store), 'disconnected');
      const delay = retryIn(store, clock);
      delays.push(delay);
      const watches = api.watches.length;
      clock.advance(delay - 1);
      await settle();
      assert.equal(api.watches.length, watches, 'no reconnect before the delay');
      clock.advance(1);
      await settle();
      assert.equal(api.watches.length, watches + 1, 'a reconnect when the delay is over');
      assert.equal(kindOf(store), 'connecting');
      api.lastWatch.handler.onError?.(clusterError('unreachable'), true);
    }
    // The last failure above scheduled the next delay.
    delays.push(retryIn(store, clock));
    assert.deepEqual(delays, [900, 2000, 4000, 8000, 16000, 30000, 30000]);

    clock.advance(30000);
    await settle();
    api.lastWatch.handler.onList([podObject('web-1'), podObject('web-2')]);
    assert.equal(kindOf(store), 'live');
    assert.equal(store.pods.size, 2);
    api.lastWatch.handler.onError?.(clusterError('unreachable'), true);
    assert.equal(retryIn(store, clock), 1000, 'backoff starts over after a success');
  });

  it('retries when the watch cannot even start, and stops for good on a permanent error until refreshed', async () => {
    const { api, clock, store } = setup();
    api.watchFailure = clusterError('unreachable');
    store.start();
    await settle();
    assert.equal(kindOf(store), 'disconnected');
    clock.advance(1000);
    await settle();
    assert.equal(api.watches.length, 1);
    api.lastWatch.handler.onError?.(clusterError('forbidden', 'pods is forbidden: User "dev" cannot watch resource "pods"'), false);
    assert.equal(kindOf(store), 'failed');
    assert.equal(clock.pending, 1, 'only the frame timer is left, no retry');
    clock.advance(60_000);
    await settle();
    assert.equal(api.watches.length, 1);
    store.refresh();
    await settle();
    assert.equal(api.watches.length, 2);
    assert.equal(kindOf(store), 'connecting');
  });

  it('ignores events from a watch it has abandoned, and stops cleanly', async () => {
    const { api, clock, store } = setup();
    store.start();
    await settle();
    const old = api.lastWatch;
    store.refresh();
    await settle();
    assert.equal(old.stopped, true);
    old.handler.onList([podObject('ghost')]);
    old.handler.onEvent('ADDED', podObject('ghost2'));
    assert.equal(store.pods.size, 0);
    assert.equal(kindOf(store), 'connecting');
    api.lastWatch.handler.onList([podObject('real')]);
    store.stop();
    assert.equal(api.lastWatch.stopped, true);
    assert.equal(kindOf(store), 'idle');
    assert.equal(store.pods.size, 0);
    clock.advance(100_000);
    assert.equal(api.watches.length, 2);
  });

  it('holds 5,000 pods and turns a burst of 1,000 events into a single batch of 1,000 names', async () => {
    const { api, clock, store, changes } = setup();
    store.start();
    await settle();
    const pods = Array.from({ length: 5000 }, (_, i) => podObject(`pod-${String(i).padStart(4, '0')}`, { resourceVersion: '1' }));
    api.lastWatch.handler.onList(pods);
    clock.advance(100);
    assert.equal(changes.length, 1);
    assert.equal(changes[0]?.names.size, 5000);
    const sorted = visiblePods(store.pods, undefined);
    assert.equal(sorted.length, 5000);
    assert.equal(sorted[0]?.metadata.name, 'pod-0000');
    assert.equal(sorted[4999]?.metadata.name, 'pod-4999');

    for (let i = 0; i < 1000; i++)
      api.lastWatch.handler.onEvent('MODIFIED', podObject(`pod-${String(i * 5).padStart(4, '0')}`, { resourceVersion: '2' }));
    clock.advance(100);
    assert.equal(changes.length, 2);
    assert.equal(changes[1]?.names.size, 1000);
    assert.equal(changes[1]?.membership, false);
    assert.equal(store.pods.size, 5000);
  });
});
