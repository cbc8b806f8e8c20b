// Kubeconfig handling without a cluster: kubectl's loading rules, Podwright's own context and
// namespace (the files change only when asked), and reloading when a file changes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ClusterError, ClusterSession, defaultKubeconfigPaths, loadKubeconfig, type ChangeReason } from '../../client/src/cluster';

const FIRST = `# team kubeconfig
apiVersion: v1
kind: Config
current-context: dev
clusters:
- name: dev-cluster
  cluster:
    server: https://dev.example:6443
contexts:
- name: dev
  context:
    cluster: dev-cluster
    user: dev-user
    namespace: team
users:
- name: dev-user
  user:
    token: abc
`;

const SECOND = `apiVersion: v1
kind: Config
current-context: prod
clusters:
- name: prod-cluster
  cluster:
    server: https://prod.example:6443
contexts:
- name: prod
  context:
    cluster: prod-cluster
    user: prod-user
- name: dev
  context:
    cluster: prod-cluster
    user: prod-user
    namespace: shadowed
users:
- name: prod-user
  user:
    token: xyz
`;

describe('kubeconfig', () => {
  let dir: string;
  let first: string;
  let second: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'podwright-kubeconfig-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const reset = (): void => {
    first = join(dir, 'first.yaml');
    second = join(dir, 'second.yaml');
    writeFileSync(first, FIRST);
    writeFileSync(second, SECOND);
  };

  it('finds files by KUBECONFIG, else ~/.kube/config', () => {
    assert.deepEqual(defaultKubeconfigPaths({ KUBECONFIG: `/a${delimiter}/b${delimiter}${delimiter}/a` }, '/home/x'), ['/a', '/b']);
    assert.deepEqual(defaultKubeconfigPaths({}, '/home/x'), [join('/home/x', '.kube', 'config')]);
    assert.deepEqual(
      defaultKubeconfigPaths({ KUBECONFIG: 'C:\\k\\a;D:\\b' }, '/home/x', 'win32'),
      ['C:\\k\\a', 'D:\\b'],
      'Windows separates with ;, keeping drive letters',
    );
    assert.deepEqual(defaultKubeconfigPaths({ KUBECONFIG: '/a:/b' }, '/home/x', 'darwin'), ['/a', '/b']);
  });

  it('merges files: the first definition of a name and the first current-context win', async () => {
    reset();
    const missing = join(dir, 'missing.yaml');
    const loaded = await loadKubeconfig([first, missing, second]);
    assert.equal(loaded.currentContext, 'dev');
    assert.deepEqual(
      loaded.contexts.map((c) => [c.name, c.namespace ?? '', c.server ?? '', c.file]),
      [
        ['dev', 'team', 'https://dev.example:6443', first],
        ['prod', '', 'https://prod.example:6443', second],
      ],
    );
    assert.deepEqual(loaded.missing, [missing]);
  });

  it('notes which contexts get credentials from a plugin, and whether it may prompt', async () => {
    const plugin = join(dir, 'plugin.yaml');
    writeFileSync(
      plugin,
      SECOND.replace(
        '    token: xyz\n',
        '    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: aws\n      interactiveMode: Always\n',
      ),
    );
    const loaded = await loadKubeconfig([plugin]);
    assert.deepEqual(
      loaded.contexts.map((c) => c.authPlugin),
      [
        { command: 'aws', interactiveMode: 'Always' },
        { command: 'aws', interactiveMode: 'Always' },
      ],
    );
  });

  it('reports a broken file and still loads the others', async () => {
    reset();
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'clusters: [ {');
    const loaded = await loadKubeconfig([broken, second]);
    assert.equal(loaded.problems.length, 1);
    assert.equal(loaded.problems[0]?.file, broken);
    assert.deepEqual(
      loaded.contexts.map((c) => c.name),
      ['prod', 'dev'],
    );
  });

  it('refuses the API with the first-run state: no file, or a file without contexts', async () => {
    const missing = join(dir, 'nowhere', 'config');
    const none = await ClusterSession.open({ paths: [missing], watch: false });
    const noFile = await none.api().then(
      () => undefined,
      (error: unknown) => error,
    );
    none.dispose();
    assert.ok(noFile instanceof ClusterError);
    assert.equal(noFile.kind, 'config');
    assert.deepEqual(noFile.kubeconfig, { kind: 'no-file', paths: [missing], fromEnv: false });
    assert.equal(noFile.message, `No kubeconfig found at ${missing} (KUBECONFIG is not set).`);
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n');
    const session = await ClusterSession.open({ paths: [empty], watch: false });
    const noContexts = await session.api().then(
      () => undefined,
      (error: unknown) => error,
    );
    session.dispose();
    assert.ok(noContexts instanceof ClusterError);
    assert.deepEqual(noContexts.kubeconfig, { kind: 'no-contexts', files: [empty], fromEnv: false });
  });

  it("switches Podwright's context and namespace without touching the files", async () => {
    reset();
    const session = await ClusterSession.open({ paths: [first, second], watch: false });
    try {
      assert.equal(session.contextName, 'dev');
      assert.equal(session.namespace, 'team');
      const changes: ChangeReason[] = [];
      session.on('changed', (reason) => changes.push(reason));
      await session.useContext('prod');
      assert.equal(session.contextName, 'prod');
      assert.equal(session.namespace, 'default');
      await session.useNamespace('payments');
      assert.equal(session.namespace, 'payments');
      const api = await session.api();
      assert.deepEqual([api.context, api.server, api.namespace], ['prod', 'https://prod.example:6443', 'payments']);
      assert.deepEqual(changes, ['context', 'namespace']);
      assert.equal(readFileSync(first, 'utf8'), FIRST);
      assert.equal(readFileSync(second, 'utf8'), SECOND);
      await assert.rejects(session.useContext('nope'), /No context named "nope"/);
    } finally {
      session.dispose();
    }
  });

  it('also sets them in the kubeconfig when asked, keeping comments', async () => {
    reset();
    const session = await ClusterSession.open({ paths: [first, second], watch: false });
    try {
      await session.useContext('prod', { alsoWriteKubeconfig: true });
      assert.match(readFileSync(first, 'utf8'), /^# team kubeconfig\n/);
      assert.match(readFileSync(first, 'utf8'), /current-context: prod\n/);
      assert.equal((await loadKubeconfig([first, second])).currentContext, 'prod');
      await session.useNamespace('payments', { alsoWriteKubeconfig: true });
      const prod = (await loadKubeconfig([first, second])).contexts.find((c) => c.name === 'prod');
      assert.equal(prod?.namespace, 'payments');
      assert.equal(readFileSync(first, 'utf8').includes('payments'), false, 'written where the context is defined');
    } finally {
      session.dispose();
    }
  });

  it('watches every file, and a named file that appears later', async () => {
    reset();
    const later = join(dir, 'later.yaml');
    rmSync(later, { force: true });
    const session = await ClusterSession.open({ paths: [first, later, second], debounceMs: 20 });
    try {
      let changed = new Promise<ChangeReason>((resolve) => session.once('changed', resolve));
      writeFileSync(second, SECOND.replace('name: prod\n  context:', 'name: production\n  context:'));
      assert.equal(await changed, 'reload');
      assert.deepEqual(
        session.contexts.map((c) => c.name),
        ['dev', 'production'],
      );
      changed = new Promise<ChangeReason>((resolve) => session.once('changed', resolve));
      writeFileSync(later, SECOND.replace(/prod/g, 'qa').replace('current-context: qa\n', ''));
      assert.equal(await changed, 'reload');
      assert.deepEqual(
        session.contexts.map((c) => c.name),
        ['dev', 'qa', 'production'],
      );
      assert.equal(session.contexts.find((c) => c.name === 'dev')?.namespace, 'team', 'the first definition still wins');
    } finally {
      session.dispose();
      rmSync(later, { force: true });
    }
  });

  it('reloads when a kubeconfig file changes', async () => {
    reset();
    const session = await ClusterSession.open({ paths: [first], debounceMs: 20 });
    try {
      const changed = new Promise<ChangeReason>((resolve) => session.once('changed', resolve));
      writeFileSync(
        first,
        FIRST.replace(
          '- name: dev\n  context:',
          '- name: staging\n  context:\n    cluster: dev-cluster\n    user: dev-user\n- name: dev\n  context:',
        ),
      );
      assert.equal(await changed, 'reload');
      assert.deepEqual(
        session.contexts.map((c) => c.name),
        ['staging', 'dev'],
      );
    } finally {
      session.dispose();
    }
  });
});
