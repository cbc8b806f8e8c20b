// Exec credential plugins as a desktop-started VS Code meets them: a plugin found only on the login
// shell's PATH (a fake login shell whose "profile" adds a directory), a plugin that fails and says
// why on stderr, and plugins that are not installed (the kubeconfig's installHint, a known hint).
// Real plugin scripts in a temporary directory; the first case needs the test server's tokens.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ClusterError, ClusterSession, loginShellPath } from '../../client/src/cluster';
import { repoRoot } from '../../packages/kube-test-apiserver/src/schema';
import { needsTestServer, startCluster, type ClusterUnderTest } from './harness';

const PLUGIN_SCRIPT = join(repoRoot(), 'test', 'fixtures', 'cluster', 'exec-credential.js');

describe('exec credential plugins', () => {
  let cluster: ClusterUnderTest;
  let dir: string;
  let loginBin: string;
  let loginShell: string;
  before(async () => {
    cluster = await startCluster();
    dir = mkdtempSync(join(tmpdir(), 'podwright-plugins-'));
    loginBin = join(dir, 'login-bin');
    mkdirSync(loginBin);
    // A plugin on no PATH that VS Code has: only the login shell's profile adds its directory.
    const plugin = join(loginBin, 'podwright-login-plugin');
    writeFileSync(plugin, `#!/bin/sh\nexec "${process.execPath}" "${PLUGIN_SCRIPT}"\n`);
    chmodSync(plugin, 0o755);
    loginShell = join(dir, 'login-shell');
    writeFileSync(
      loginShell,
      `#!/bin/sh\n# prints a banner as some profiles do, then runs the script with the profile's PATH\necho "welcome"\n[ "$1" = "-l" ] && shift\nPATH="${loginBin}:$PATH"\nexport PATH\nexec /bin/sh "$@"\n`,
    );
    chmodSync(loginShell, 0o755);
  });
  after(async () => {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function kubeconfig(name: string, exec: Record<string, unknown>): string {
    const path = join(dir, `${name}.kubeconfig`);
    const server = cluster.server;
    writeFileSync(
      path,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': 'under-test',
        clusters: [
          {
            name: 'c',
            cluster: { server: server?.url ?? 'https://127.0.0.1:1', ...(server ? { 'certificate-authority': server.caFile } : {}) },
          },
        ],
        users: [{ name: 'u', user: { exec: { apiVersion: 'client.authentication.k8s.io/v1', ...exec } } }],
        contexts: [{ name: 'under-test', context: { cluster: 'c', user: 'u', namespace: 'default' } }],
      }),
    );
    return path;
  }

  async function listWith(path: string, shell: string): Promise<unknown> {
    const session = await ClusterSession.open({ paths: [path], watch: false, loginShell: shell });
    try {
      return await (await session.api()).list('v1', 'Pod');
    } finally {
      session.dispose();
    }
  }

  it("reads the login shell's PATH past what its profile prints", async () => {
    const path = await loginShellPath(loginShell);
    assert.ok(path?.split(':').includes(loginBin), `login PATH ${path ?? '(none)'} has the profile's directory`);
  });

  it("runs a plugin found only on the login shell's PATH", async (t) => {
    if (!needsTestServer(t, cluster, 'tokens the test server accepts')) return;
    cluster.server.authn.addToken('login-1', 'login-user');
    const path = kubeconfig('login', {
      command: 'podwright-login-plugin',
      env: [
        { name: 'PLUGIN_STATE', value: join(dir, 'login-runs') },
        { name: 'PLUGIN_PREFIX', value: 'login' },
      ],
    });
    assert.ok(Array.isArray(await listWith(path, loginShell)));
    // A login shell without that directory: the plugin is not found, and the error says so.
    await assert.rejects(listWith(path, '/bin/sh'), (error: unknown) => {
      assert.ok(error instanceof ClusterError);
      assert.equal(error.kind, 'credentials');
      assert.deepEqual(error.plugin, { command: 'podwright-login-plugin', reason: 'not-found' });
      return true;
    });
  });

  it('shows what a failing plugin wrote to stderr', async () => {
    const failing = join(dir, 'failing-plugin');
    writeFileSync(failing, '#!/bin/sh\necho "starting" >&2\necho "error: the refresh token expired; run: cloud auth login" >&2\nexit 1\n');
    chmodSync(failing, 0o755);
    await assert.rejects(listWith(kubeconfig('failing', { command: failing }), loginShell), (error: unknown) => {
      assert.ok(error instanceof ClusterError);
      assert.equal(error.kind, 'credentials');
      assert.equal(error.plugin?.reason, 'failed');
      assert.equal(error.plugin?.stderr, 'starting\nerror: the refresh token expired; run: cloud auth login');
      assert.match(error.message, /failing-plugin failed \(context "under-test"\): starting/);
      return true;
    });
  });

  it("says how to install a missing plugin: the kubeconfig's installHint, else a known one", async () => {
    const hint = 'Get it from https://plugins.example/install';
    await assert.rejects(
      listWith(kubeconfig('hinted', { command: 'podwright-no-such-plugin', installHint: hint }), loginShell),
      (error: unknown) => {
        assert.ok(error instanceof ClusterError);
        assert.deepEqual(error.plugin, { command: 'podwright-no-such-plugin', reason: 'not-found', installHint: hint });
        assert.equal(error.message, `podwright-no-such-plugin not found (context "under-test"): install it with ${hint}`);
        return true;
      },
    );
    const gke = join(dir, 'missing-dir', 'gke-gcloud-auth-plugin');
    await assert.rejects(listWith(kubeconfig('gke', { command: gke }), loginShell), (error: unknown) => {
      assert.ok(error instanceof ClusterError);
      assert.equal(error.plugin?.reason, 'not-found');
      assert.equal(error.plugin?.installHint, 'gcloud components install gke-gcloud-auth-plugin');
      return true;
    });
  });
});
