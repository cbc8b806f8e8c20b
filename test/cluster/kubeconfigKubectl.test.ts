// Podwright reads and writes several kubeconfig files as the real kubectl 1.34 does: the merged view
// (`kubectl config view --merge`), the current context, and which file a context switch or a
// namespace change is written to. No cluster needed: kubectl only reads and writes the files.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ClusterSession, loadKubeconfig } from '../../client/src/cluster';
import { kubectlPath } from './kubectl';

// A sets no current-context; B sets one and redefines A's names; C sets another current-context.
const FILES: Record<string, string> = {
  'a.yaml': `apiVersion: v1
kind: Config
clusters:
- name: shared
  cluster: { server: 'https://a.example:6443' }
users:
- name: alice
  user: { token: from-a }
contexts:
- name: alpha
  context: { cluster: shared, user: alice, namespace: team-a }
`,
  'b.yaml': `apiVersion: v1
kind: Config
current-context: beta
clusters:
- name: shared
  cluster: { server: 'https://b.example:6443' }
- name: b-cluster
  cluster: { server: 'https://b2.example:6443' }
users:
- name: alice
  user: { token: from-b }
- name: bob
  user: { token: bob }
contexts:
- name: alpha
  context: { cluster: b-cluster, user: bob, namespace: shadowed }
- name: beta
  context: { cluster: b-cluster, user: bob }
`,
  'c.yaml': `apiVersion: v1
kind: Config
current-context: gamma
clusters: []
users: []
contexts:
- name: gamma
  context: { cluster: shared, user: bob, namespace: team-c }
`,
};
const ORDER = ['a.yaml', 'missing.yaml', 'b.yaml', 'c.yaml'];

interface KubectlView {
  'current-context'?: string;
  clusters?: { name: string; cluster: { server: string } }[];
  users?: { name: string; user: { token?: string } }[];
  contexts?: { name: string; context: { cluster: string; user: string; namespace?: string } }[];
}

function kubectl(dir: string, args: readonly string[]): Promise<string> {
  const env = { ...process.env, KUBECONFIG: ORDER.map((f) => join(dir, f)).join(delimiter) };
  return new Promise((resolve, reject) => {
    execFile(kubectlPath(), [...args], { env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`kubectl ${args.join(' ')}: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

describe('kubeconfig files as kubectl merges and writes them', () => {
  let root: string;
  let serial = 0;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'podwright-kubectl-config-'));
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const freshCopy = (): string => {
    const dir = join(root, `copy-${serial++}`);
    cpSync(join(root, 'copy-template'), dir, { recursive: true });
    return dir;
  };
  const changedFiles = (dir: string): string[] => Object.keys(FILES).filter((f) => readFileSync(join(dir, f), 'utf8') !== FILES[f]);
  before(() => {
    mkdirSync(join(root, 'copy-template'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(root, 'copy-template', name), text);
  });

  it('merges like `kubectl config view --merge`, with the same current context', async () => {
    const dir = freshCopy();
    const view = JSON.parse(await kubectl(dir, ['config', 'view', '--merge', '--raw', '-o', 'json'])) as KubectlView;
    const loaded = await loadKubeconfig(ORDER.map((f) => join(dir, f)));
    assert.equal(loaded.currentContext, view['current-context']);
    assert.equal(loaded.currentContext, (await kubectl(dir, ['config', 'current-context'])).trim());
    const sortByName = <T extends { name: string }>(items: T[]): T[] => [...items].sort((x, y) => x.name.localeCompare(y.name));
    assert.deepEqual(
      sortByName(loaded.contexts.map((c) => ({ name: c.name, cluster: c.cluster, user: c.user, namespace: c.namespace ?? '' }))),
      sortByName(
        (view.contexts ?? []).map((c) => ({
          name: c.name,
          cluster: c.context.cluster,
          user: c.context.user,
          namespace: c.context.namespace ?? '',
        })),
      ),
    );
    assert.deepEqual(
      sortByName(loaded.kubeConfig.getClusters().map((c) => ({ name: c.name, server: c.server }))),
      sortByName((view.clusters ?? []).map((c) => ({ name: c.name, server: c.cluster.server }))),
    );
    assert.deepEqual(
      sortByName(loaded.kubeConfig.getUsers().map((u) => ({ name: u.name, token: u.token ?? '' }))),
      sortByName((view.users ?? []).map((u) => ({ name: u.name, token: u.user.token ?? '' }))),
    );
    assert.deepEqual(loaded.missing, [join(dir, 'missing.yaml')], 'kubectl skips the missing file too');
  });

  it('writes a context switch to the file kubectl writes it to', async () => {
    const theirs = freshCopy();
    await kubectl(theirs, ['config', 'use-context', 'gamma']);
    const ours = freshCopy();
    const session = await ClusterSession.open({ paths: ORDER.map((f) => join(ours, f)), watch: false });
    try {
      await session.useContext('gamma', { alsoWriteKubeconfig: true });
    } finally {
      session.dispose();
    }
    assert.deepEqual(changedFiles(ours), changedFiles(theirs));
    assert.equal((await kubectl(ours, ['config', 'current-context'])).trim(), 'gamma');
  });

  it('writes a namespace change to the file that defines the context, as kubectl does', async () => {
    const theirs = freshCopy();
    await kubectl(theirs, ['config', 'set-context', 'beta', '--namespace', 'payments']);
    const ours = freshCopy();
    const session = await ClusterSession.open({ paths: ORDER.map((f) => join(ours, f)), watch: false });
    try {
      await session.useNamespace('payments', { alsoWriteKubeconfig: true });
    } finally {
      session.dispose();
    }
    assert.deepEqual(changedFiles(ours), changedFiles(theirs));
    assert.deepEqual(changedFiles(ours), ['b.yaml']);
    assert.equal(
      (await kubectl(ours, ['config', 'view', '--minify', '-o', 'jsonpath={.contexts[0].context.namespace}'])).trim(),
      'payments',
    );
  });
});
