// Containers that start and die, reproduced on the cluster: exit 1 with the previous log as
// evidence, a command that is not found (127), an init container in a crash loop, and an OOM kill
// (137) pointed at resources.limits.memory with a raised limit to offer.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applyYaml, gather, lineAt, only, restartCount, waitingReason, waitPod } from './diagnoseHarness';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';

describe('diagnosing crashing containers on a cluster', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  function looping(name: string, container: string): Promise<unknown> {
    return waitPod(
      cluster,
      name,
      `${container} in CrashLoopBackOff after a restart`,
      (p) => waitingReason(p, container) === 'CrashLoopBackOff' && restartCount(p, container) >= 1,
    );
  }

  it('exit code 1 in a crash loop: the previous log tail is the evidence, the command line the place', async () => {
    const name = uniqueName('exit1');
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: api
      image: busybox:1.36
      command:
        - sh
        - -c
        - 'echo "connecting to the database"; echo "fatal: DATABASE_URL is not set" >&2; exit 1'
`;
    await applyYaml(cluster, text);
    await looping(name, 'api');
    const d = only(await gather(cluster, name), 'crash-exit-code');
    assert.equal(d.container, 'api');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'command']);
    assert.equal(lineAt(text, 'Pod', d), 'command:');
    assert.ok(d.evidence.includes('fatal: DATABASE_URL is not set'), d.evidence.join('\n'));
    assert.ok(d.evidence.includes('connecting to the database'), d.evidence.join('\n'));
    assert.equal(d.quickFix?.kind, 'open-previous-logs');
  });

  it('exit code 127 (command not found in the shell): names the missing program, points at command', async () => {
    const name = uniqueName('exit127');
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: web
      image: busybox
      command: ["sh", "-c", "pythn -m http.server 8080"]
`;
    await applyYaml(cluster, text);
    await looping(name, 'web');
    const gathered = await gather(cluster, name);
    const d = only(gathered, 'crash-command-not-found');
    assert.equal(lineAt(text, 'Pod', d), 'command: ["sh", "-c", "pythn -m http.server 8080"]');
    assert.match(d.title + d.whatHappened, /pythn/);
    const status = gathered.pod.status?.containerStatuses?.[0];
    assert.equal(status?.lastState?.terminated?.exitCode, 127);
  });

  it('an executable that is not in the image at all (StartError): the same diagnosis, from the runtime message', async () => {
    const name = uniqueName('noexec');
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: tool
      image: alpine:3.20
      command: ["bash", "-c", "echo hi"]
`;
    await applyYaml(cluster, text);
    await looping(name, 'tool');
    const d = only(await gather(cluster, name), 'crash-command-not-found');
    assert.equal(lineAt(text, 'Pod', d), 'command: ["bash", "-c", "echo hi"]');
    assert.ok(
      d.evidence.some((e) => /executable file not found/.test(e)),
      d.evidence.join('\n'),
    );
  });

  it('Init:CrashLoopBackOff: the init container and its command', async () => {
    const name = uniqueName('init');
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  initContainers:
    - name: migrate
      image: busybox
      command: ["sh", "-c", "echo 'migration 42 failed: table exists'; exit 3"]
  containers:
    - name: app
      image: nginx:1.27
`;
    await applyYaml(cluster, text);
    await looping(name, 'migrate');
    const d = only(await gather(cluster, name), 'crash-exit-code');
    assert.equal(d.container, 'migrate');
    assert.equal(d.initContainer, true);
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'initContainers', 0, 'command']);
    assert.match(lineAt(text, 'Pod', d), /^command: \["sh"/);
    assert.ok(d.evidence.includes('migration 42 failed: table exists'), d.evidence.join('\n'));
  });

  it('OOMKilled: resources.limits.memory, with a doubled limit as the quick fix', async (t) => {
    if (!needsTestServer(t, cluster, 'the podwright/memhog image')) return;
    const name = uniqueName('oom');
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: cache
      image: podwright/memhog
      resources:
        requests:
          memory: 32Mi
        limits:
          memory: 64Mi
`;
    await applyYaml(cluster, text);
    await looping(name, 'cache');
    const gathered = await gather(cluster, name);
    const d = only(gathered, 'oom-killed');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'resources', 'limits', 'memory']);
    assert.equal(lineAt(text, 'Pod', d), 'memory: 64Mi');
    assert.deepEqual(d.quickFix?.kind === 'raise-memory-limit' ? [d.quickFix.current, d.quickFix.value] : d.quickFix, ['64Mi', '128Mi']);
    assert.equal(gathered.pod.status?.containerStatuses?.[0]?.lastState?.terminated?.exitCode, 137);
  });
});
