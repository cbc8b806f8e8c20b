// The pod explorer's store (client/src/explorer) against the test API server: it goes live with
// the namespace's pods, follows changes, and when the connection to the server is cut it shows no
// stale pods, retries with growing delays, and comes back with what changed in the meantime.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ClusterSession, type KubeObject } from '../../client/src/cluster';
import { PodStore } from '../../client/src/models/explorer/podStore';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { TcpProxy } from './tcpProxy';

function sleeper(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: 'explorer-test' } },
    spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }] },
  };
}

/** Resolves when the store satisfies `condition`, re-checked on each of its change batches. */
function waitForStore(store: PodStore, what: string, condition: () => boolean, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      off();
    };
    const off = store.onChange(() => {
      if (!condition()) return;
      done();
      resolve();
    });
    const timer = setTimeout(() => {
      done();
      reject(
        new Error(`timed out waiting for ${what}; state ${JSON.stringify(store.state.kind)}, pods ${[...store.pods.keys()].join(', ')}`),
      );
    }, timeoutMs);
    if (condition()) {
      done();
      resolve();
    }
  });
}

describe('pod explorer store', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it("lists the namespace's pods, then follows additions and deletions by watch", async () => {
    const first = uniqueName('listed');
    await cluster.api.applyDocuments([{ index: 0, object: sleeper(first) }]);
    const store = new PodStore(cluster.api, cluster.namespace);
    store.start();
    try {
      await waitForStore(store, 'the first list', () => store.state.kind === 'live' && store.pods.has(first), cluster.patienceMs);
      const second = uniqueName('added');
      await cluster.api.applyDocuments([{ index: 0, object: sleeper(second) }]);
      await waitForStore(store, 'the added pod', () => store.pods.has(second), cluster.patienceMs);
      await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name: first }, { gracePeriodSeconds: 0 });
      await waitForStore(store, 'the deleted pod to leave', () => !store.pods.has(first), cluster.patienceMs);
    } finally {
      store.dispose();
    }
  });

  it('drops stale pods when the connection is cut, backs off, and reconnects with the changes it missed', async (t) => {
    if (!needsTestServer(t, cluster, 'a relay in front of the server that the test can cut')) return;
    const server = cluster.server;
    const proxy = await TcpProxy.start(Number(new URL(server.url).port));
    const kubeconfig = join(server.dir, 'proxied.kubeconfig');
    writeFileSync(kubeconfig, server.kubeconfig().replace(server.url, `https://127.0.0.1:${proxy.port}`), { mode: 0o600 });
    const session = await ClusterSession.open({ paths: [kubeconfig], watch: false });
    // Frames shorter than the delays, so each failed attempt reaches the listener.
    const store = new PodStore(await session.api(), 'default', { frameMs: 10, backoff: { initialMs: 50, maxMs: 400 } });
    const before = uniqueName('before');
    await cluster.api.applyDocuments([{ index: 0, object: sleeper(before) }]);
    const delays: number[] = [];
    store.onChange(() => {
      const state = store.state;
      if (state.kind === 'disconnected' && delays.at(-1) !== state.delayMs) delays.push(state.delayMs);
    });
    store.start();
    try {
      await waitForStore(store, 'live through the relay', () => store.state.kind === 'live' && store.pods.has(before), cluster.patienceMs);
      proxy.drop();
      await waitForStore(
        store,
        'disconnected without stale pods',
        () => store.state.kind === 'disconnected' && store.pods.size === 0,
        cluster.patienceMs,
      );
      const during = uniqueName('during');
      await cluster.api.applyDocuments([{ index: 0, object: sleeper(during) }]);
      await waitForStore(
        store,
        'three failed attempts',
        () => store.state.kind === 'disconnected' && store.state.attempt >= 3,
        cluster.patienceMs,
      );
      proxy.resume();
      await waitForStore(
        store,
        'live again with the pod created while cut off',
        () => store.state.kind === 'live' && store.pods.has(before) && store.pods.has(during),
        cluster.patienceMs,
      );
      assert.deepEqual(delays.slice(0, 3), [50, 100, 200]);
    } finally {
      store.dispose();
      session.dispose();
      await proxy.close();
    }
  });
});
