// Credentials that change while Podwright works: a kubeconfig `tokenFile` (read as kubectl reads it,
// and read again after a 401), and an exec plugin's token revoked while a watch and a followed log
// are open. The server ends the stream (as a watch timeout or a dropped connection does), the
// reconnect meets 401, a fresh credential is fetched once, and the stream resumes: the watch from
// its last resourceVersion (no relist, no event twice), the log from where it was (no line lost).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ClusterSession, type ClusterError, type KubeObject, type WatchEventType } from '../../client/src/cluster';
import { LogSession } from '../../client/src/models/logs/logSession';
import { repoRoot } from '../../packages/kube-test-apiserver/src/schema';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { waitForLines } from './logSessionWait';

const PLUGIN = join(repoRoot(), 'test', 'fixtures', 'cluster', 'exec-credential.js');

describe('credentials refreshed on 401', () => {
  let cluster: ClusterUnderTest;
  const cleanups: (() => void)[] = [];
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    for (const cleanup of cleanups) cleanup();
    await cluster.stop();
  });

  function kubeconfig(name: string, user: Record<string, unknown>): string {
    const server = cluster.server;
    assert.ok(server);
    const path = join(server.dir, `${name}.kubeconfig`);
    writeFileSync(
      path,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'under-test',
        clusters: [{ name: 'c', cluster: { server: server.url, 'certificate-authority': server.caFile } }],
        users: [{ name: 'u', user }],
        contexts: [{ name: 'under-test', context: { cluster: 'c', user: 'u', namespace: cluster.namespace } }],
      }),
    );
    return path;
  }

  async function open(path: string): Promise<ClusterSession> {
    const session = await ClusterSession.open({ paths: [path], watch: false });
    cleanups.push(() => session.dispose());
    return session;
  }

  it('reads a tokenFile as kubectl does (relative to the kubeconfig), and again after a 401', async (t) => {
    if (!needsTestServer(t, cluster, 'tokens the test server accepts')) return;
    const server = cluster.server;
    writeFileSync(join(server.dir, 'rotating-token'), 'file-1\n');
    server.authn.addToken('file-1', 'file-user');
    const session = await open(kubeconfig('token-file', { tokenFile: 'rotating-token' }));
    const api = await session.api();
    assert.ok(Array.isArray(await api.list('v1', 'Pod')));
    // The token is rotated on disk, and the old one stops working.
    writeFileSync(join(server.dir, 'rotating-token'), 'file-2\n');
    server.authn.addToken('file-2', 'file-user');
    server.authn.revokeToken('file-1');
    assert.ok(Array.isArray(await api.list('v1', 'Pod')));
  });

  it("resumes a watch from its last resourceVersion after the plugin's token was revoked", async (t) => {
    if (!needsTestServer(t, cluster, 'revoking tokens and ending watches on the test server')) return;
    const server = cluster.server;
    const state = join(server.dir, 'watch-plugin-runs');
    if (existsSync(state)) writeFileSync(state, '0');
    for (const n of [1, 2]) server.authn.addToken(`watcher-${n}`, 'watcher');
    const session = await open(
      kubeconfig('watch-plugin', {
        exec: {
          apiVersion: 'client.authentication.k8s.io/v1',
          command: process.execPath,
          args: [PLUGIN],
          env: [
            { name: 'PLUGIN_STATE', value: state },
            { name: 'PLUGIN_PREFIX', value: 'watcher' },
          ],
        },
      }),
    );
    const api = await session.api();
    const label = uniqueName('watched');
    const lists: number[] = [];
    const events: string[] = [];
    const errors: ClusterError[] = [];
    const waiters: { name: string; resolve: () => void }[] = [];
    const handle = await api.watch(
      'v1',
      'Pod',
      {
        onList: (items) => lists.push(items.length),
        onEvent: (type: WatchEventType, object: KubeObject) => {
          if (type !== 'ADDED') return;
          events.push(object.metadata?.name ?? '');
          for (const w of waiters.filter((x) => x.name === object.metadata?.name)) w.resolve();
        },
        onError: (error) => errors.push(error),
      },
      { labelSelector: `test=${label}`, retryDelayMs: 50 },
    );
    cleanups.push(() => handle.stop());
    const added = (name: string): Promise<void> =>
      new Promise((resolve, reject) => {
        if (events.includes(name)) return resolve();
        waiters.push({ name, resolve });
        setTimeout(
          () => reject(new Error(`no ADDED for ${name}; saw ${events.join(', ')}; errors ${errors.map((e) => e.message).join('; ')}`)),
          cluster.patienceMs,
        ).unref();
      });
    const pod = (name: string): KubeObject => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, labels: { test: label } },
      spec: { containers: [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }] },
    });
    const first = `${label}-a`;
    const second = `${label}-b`;
    await cluster.api.applyDocuments([{ index: 0, object: pod(first) }]);
    await added(first);
    server.authn.revokeToken('watcher-1');
    server.endWatches();
    await cluster.api.applyDocuments([{ index: 0, object: pod(second) }]);
    await added(second);
    assert.deepEqual(lists, [0], 'listed once: the watch resumed, it did not relist');
    assert.deepEqual(events, [first, second], 'each pod added once');
    assert.equal(readFileSync(state, 'utf8'), '2', 'the plugin ran once more for a fresh token');
    assert.deepEqual(
      errors.filter((e) => e.kind === 'unauthorized'),
      [],
      'the 401 was answered by renewing, not reported',
    );
  });

  it("resumes a followed log after the plugin's token was revoked, losing no line", async (t) => {
    if (!needsTestServer(t, cluster, 'revoking tokens and cutting log streams on the test server')) return;
    const server = cluster.server;
    const state = join(server.dir, 'log-plugin-runs');
    if (existsSync(state)) writeFileSync(state, '0');
    for (const n of [1, 2]) server.authn.addToken(`reader-${n}`, 'reader');
    const session = await open(
      kubeconfig('log-plugin', {
        exec: {
          apiVersion: 'client.authentication.k8s.io/v1',
          command: process.execPath,
          args: [PLUGIN],
          env: [
            { name: 'PLUGIN_STATE', value: state },
            { name: 'PLUGIN_PREFIX', value: 'reader' },
          ],
        },
      }),
    );
    const api = await session.api();
    const name = uniqueName('chatty');
    await cluster.api.applyDocuments([
      {
        index: 0,
        object: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name },
          spec: { containers: [{ name: 'app', image: 'podwright/logger', env: [{ name: 'LOG_INTERVAL_MS', value: '20' }] }] },
        },
      },
    ]);
    const logs = new LogSession(
      api,
      { namespace: cluster.namespace, pod: name, containers: ['app'] },
      { follow: true, maxLines: 1000, reconnect: { firstDelayMs: 20 } },
    );
    cleanups.push(() => logs.dispose());
    logs.start();
    const numbers = (lines: string[]): number[] => lines.flatMap((l) => /^log line (\d+)$/.exec(l)?.slice(1).map(Number) ?? []);
    let lines = await waitForLines(logs, 'twenty lines', (l) => numbers(l).length >= 20, cluster.patienceMs);
    server.authn.revokeToken('reader-1');
    assert.equal(server.dropLogStreams(cluster.namespace, name), 1, "the session's stream was open");
    // Lines already on their way when the stream was cut still arrive; count those after the reconnection mark.
    const marker = '--- log stream of container app interrupted; reconnected ---';
    const afterMark = (l: string[]): number[] => numbers(l.slice(l.indexOf(marker) + 1));
    lines = await waitForLines(
      logs,
      'twenty lines after the reconnection',
      (l) => l.includes(marker) && afterMark(l).length >= 20,
      cluster.patienceMs,
    );
    const seen = numbers(lines);
    assert.deepEqual(
      seen,
      seen.map((_, i) => i + 1),
      'every tick once, in order, from the first',
    );
    assert.deepEqual(
      lines.filter((l) => !/^log line \d+$/.test(l)),
      [marker],
      'one reconnection, and no error shown',
    );
    assert.equal(readFileSync(state, 'utf8'), '2', 'the plugin ran once more for a fresh token');
    assert.equal(logs.state, 'following');
  });
});
