// Watching through the cluster layer, and the watch wire protocol itself: events in order and
// nothing after DELETED, bookmarks, and 410 Gone leading to a relist.
import assert from 'node:assert/strict';
import { request } from 'node:https';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { KubeObject, WatchEventType } from '../../client/src/cluster';
import { resourceByName } from '../../packages/kube-test-apiserver/src/resources';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';

function configMap(name: string, value: string): KubeObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { value } };
}

/** Collects watch activity and lets a test wait for a condition on it. */
class Recorder {
  readonly events: [WatchEventType, string, string][] = [];
  lists = 0;
  bookmarks = 0;
  private waiters: { test: () => boolean; resolve: () => void }[] = [];

  record(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.test()) return true;
      w.resolve();
      return false;
    });
  }

  until(test: () => boolean, what: string, timeoutMs: number): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; saw ${JSON.stringify(this.events)}`)), timeoutMs);
      this.waiters.push({
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }
}

describe('watch', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it('delivers ADDED, MODIFIED and DELETED in order, and nothing after DELETED', async () => {
    const name = uniqueName('cm');
    const recorder = new Recorder();
    const other = uniqueName('after');
    const handle = await cluster.api.watch('v1', 'ConfigMap', {
      onList: () => {
        recorder.lists++;
        recorder.record();
      },
      onEvent: (type, obj) => {
        const objName = obj.metadata?.name ?? '';
        if (objName === name || objName === other)
          recorder.events.push([type, objName, (obj.data as { value?: string } | undefined)?.value ?? '']);
        recorder.record();
      },
    });
    try {
      await recorder.until(() => recorder.lists === 1, 'the initial list', cluster.patienceMs);
      await cluster.api.applyDocuments([{ index: 0, object: configMap(name, 'one') }]);
      await cluster.api.applyDocuments([{ index: 0, object: configMap(name, 'two') }]);
      await cluster.api.delete({ apiVersion: 'v1', kind: 'ConfigMap', name });
      await cluster.api.applyDocuments([{ index: 0, object: configMap(other, 'x') }]);
      // The next object's event proves the stream went on past the deletion.
      await recorder.until(() => recorder.events.some((e) => e[1] === other), 'the next object', cluster.patienceMs);
      assert.deepEqual(recorder.events, [
        ['ADDED', name, 'one'],
        ['MODIFIED', name, 'two'],
        ['DELETED', name, 'two'],
        ['ADDED', other, 'x'],
      ]);
      await cluster.api.delete({ apiVersion: 'v1', kind: 'ConfigMap', name: other });
    } finally {
      handle.stop();
      await handle.done;
    }
  });

  it('receives bookmarks, and relists after 410 Gone when history was compacted', async (t) => {
    if (!needsTestServer(t, cluster, 'compacting history and ending watches on demand')) return;
    const server = cluster.server;
    const recorder = new Recorder();
    let listedNames: string[] = [];
    const handle = await cluster.api.watch(
      'v1',
      'ConfigMap',
      {
        onList: (items) => {
          recorder.lists++;
          listedNames = items.map((i) => i.metadata?.name ?? '');
          recorder.record();
        },
        onEvent: (type, obj) => {
          recorder.events.push([type, obj.metadata?.name ?? '', '']);
          recorder.record();
        },
        onBookmark: () => {
          recorder.bookmarks++;
          recorder.record();
        },
      },
      { retryDelayMs: 50 },
    );
    try {
      await recorder.until(() => recorder.bookmarks >= 1, 'a bookmark', cluster.patienceMs);
      const missed = uniqueName('missed');
      // When the client reconnects, an object appears and history is compacted before its request
      // is served: it gets 410 Gone, and only a relist can show it the object.
      server.beforeRequest((req) => {
        if (!(req.url ?? '').includes('watch=true')) return;
        server.beforeRequest(undefined);
        server.core.create(resourceByName('configmaps'), 'default', configMap(missed, 'x'), {
          dryRun: false,
          fieldManager: 'test',
          fieldValidation: 'Strict',
        });
        server.store.compact();
      });
      server.endWatches();
      await recorder.until(
        () => recorder.lists >= 2 && listedNames.includes(missed),
        'a relist that includes the new object',
        cluster.patienceMs,
      );
      assert.ok(!recorder.events.some((e) => e[1] === missed), 'the object came from the relist, not from an event');
    } finally {
      handle.stop();
      await handle.done;
    }
  });

  it('answers a watch from a compacted resourceVersion with an ERROR event carrying 410', async (t) => {
    if (!needsTestServer(t, cluster, 'compacting history on demand')) return;
    const server = cluster.server;
    server.store.compact();
    const lines = await new Promise<string[]>((resolve, reject) => {
      const req = request(
        `${server.url}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=1`,
        {
          ca: readFileSync(server.caFile),
          headers: { Authorization: `Bearer ${server.adminToken}` },
        },
        (res) => {
          assert.equal(res.statusCode, 200);
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve(body.split('\n').filter((l) => l !== '')));
        },
      );
      req.on('error', reject);
      req.end();
    });
    assert.equal(lines.length, 1);
    const event = JSON.parse(lines[0] ?? '{}') as { type: string; object: { kind: string; code: number; reason: string } };
    assert.equal(event.type, 'ERROR');
    assert.deepEqual([event.object.kind, event.object.code, event.object.reason], ['Status', 410, 'Expired']);
  });
});
