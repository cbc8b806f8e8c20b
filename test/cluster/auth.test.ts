// Credentials as kubeconfigs give them: client certificates, tokens (a wrong one is explained as
// 401 with the context), and an exec credential plugin whose token is renewed when it expires.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ClusterError, ClusterSession } from '../../client/src/cluster';
import { CERT_CONTEXT } from '../../packages/kube-test-apiserver/src';
import { kubeconfigText } from '../../packages/kube-test-apiserver/src/kubeconfig';
import { repoRoot } from '../../packages/kube-test-apiserver/src/schema';
import { needsTestServer, startCluster, type ClusterUnderTest } from './harness';

describe('authentication', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  function kubeconfigWith(t: { name: string }, user: Parameters<typeof kubeconfigText>[0]['users'][number]): string {
    const server = cluster.server;
    assert.ok(server);
    const path = join(server.dir, `${t.name.replace(/\W+/g, '-')}.kubeconfig`);
    writeFileSync(
      path,
      kubeconfigText({
        clusterName: 'podwright-test',
        server: server.url,
        caFile: server.caFile,
        users: [user],
        contexts: [{ name: 'under-test', user: user.name, namespace: 'default' }],
        currentContext: 'under-test',
      }),
    );
    return path;
  }

  it('authenticates with a client certificate (the user comes from its CN)', async (t) => {
    if (!needsTestServer(t, cluster, 'the test CA and client certificates')) return;
    const session = await ClusterSession.open({ paths: [cluster.kubeconfigPath], watch: false, selection: { context: CERT_CONTEXT } });
    try {
      const api = await session.api();
      assert.ok(Array.isArray(await api.list('v1', 'Pod')));
      const undo = cluster.server.forbid({ user: 'cert-user', verb: 'list', resource: 'pods' });
      try {
        await assert.rejects(
          api.list('v1', 'Pod'),
          (e: unknown) => e instanceof ClusterError && e.kind === 'forbidden' && e.forbidden?.user === 'cert-user',
        );
      } finally {
        undo();
      }
    } finally {
      session.dispose();
    }
  });

  it('explains a rejected token as 401 for the context', async (t) => {
    if (!needsTestServer(t, cluster, 'a kubeconfig with a wrong token for the test server')) return;
    const session = await ClusterSession.open({ paths: [kubeconfigWith(t, { name: 'stale', token: 'not-a-valid-token' })], watch: false });
    try {
      const api = await session.api();
      await assert.rejects(api.list('v1', 'Pod'), (error: unknown) => {
        assert.ok(error instanceof ClusterError);
        assert.equal(error.kind, 'unauthorized');
        assert.equal(error.statusCode, 401);
        assert.match(error.message, /context "under-test"/);
        return true;
      });
    } finally {
      session.dispose();
    }
  });

  it('renews an exec plugin token that the server stopped accepting', async (t) => {
    if (!needsTestServer(t, cluster, 'expiring a token on the server')) return;
    const server = cluster.server;
    const state = join(server.dir, 'plugin-runs');
    for (const n of [1, 2]) server.authn.addToken(`plugin-${n}`, 'plugin-user');
    const path = kubeconfigWith(t, {
      name: 'plugin-user',
      exec: {
        command: process.execPath,
        args: [join(repoRoot(), 'test', 'fixtures', 'cluster', 'exec-credential.js')],
        env: { PLUGIN_STATE: state, PLUGIN_PREFIX: 'plugin' },
      },
    });
    const session = await ClusterSession.open({ paths: [path], watch: false });
    try {
      const api = await session.api();
      await api.list('v1', 'Pod');
      await api.list('v1', 'Pod');
      assert.equal(readFileSync(state, 'utf8'), '1', 'the token is cached until it expires');
      server.authn.revokeToken('plugin-1');
      const pods = await api.list('v1', 'Pod');
      assert.ok(Array.isArray(pods));
      assert.equal(readFileSync(state, 'utf8'), '2', 'the plugin ran again for a fresh token');
    } finally {
      session.dispose();
      if (existsSync(state)) writeFileSync(state, '0');
    }
  });
});
