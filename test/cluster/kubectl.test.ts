// Cross-checks with a real kubectl (v1.34): if kubectl and the cluster layer agree on what they
// see and do, the test API server speaks the wire protocols faithfully.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { kubectl, type KubectlResult } from './kubectl';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { containerStatus, waitForLog, waitForObject } from './waitFor';

function podManifest(name: string, image: string, command?: string[]): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: main
    image: ${image}
${command ? `    command: ${JSON.stringify(command)}\n` : ''}`;
}

describe('kubectl against the same cluster', () => {
  let cluster: ClusterUnderTest;
  let run: (args: string[], input?: string) => Promise<KubectlResult>;
  let shell: string;
  before(async () => {
    cluster = await startCluster();
    run = (args, input) => kubectl(cluster.kubeconfigPath, ['-n', cluster.namespace, ...args], input === undefined ? {} : { input });
    shell = uniqueName('shell');
    const result = await run(['apply', '--server-side', '-f', '-'], podManifest(shell, 'busybox', ['sh', '-c', 'echo ready; sleep 3600']));
    assert.equal(result.code, 0, result.stderr);
    await waitForObject(cluster.api, 'v1', 'Pod', shell, (p) => containerStatus(p)?.state?.running !== undefined, {
      timeoutMs: cluster.patienceMs,
      what: 'running',
    });
  });
  after(async () => {
    await cluster.stop();
  });

  it('applies server-side and reports it, with kubectl as the field manager', async () => {
    const name = uniqueName('applied');
    const first = await run(['apply', '--server-side', '-f', '-'], podManifest(name, 'nginx:1.27'));
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout.trim(), `pod/${name} serverside-applied`);
    const live = await cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name });
    assert.ok(live.metadata?.managedFields?.some((m) => m.manager === 'kubectl' && m.operation === 'Apply'));
    // Podwright changing kubectl's image is a conflict naming kubectl.
    const [result] = await cluster.api.applyDocuments([
      {
        index: 0,
        object: { ...live, metadata: { name }, spec: { containers: [{ name: 'main', image: 'nginx:1.28' }] }, status: undefined },
      },
    ]);
    assert.equal(result?.error?.kind, 'conflict');
    assert.equal(result?.error?.conflicts[0]?.manager, 'kubectl');
  });

  it('sees what the cluster layer sees with get -o json', async () => {
    const viaKubectl = await run(['get', 'pods', '-o', 'json']);
    assert.equal(viaKubectl.code, 0, viaKubectl.stderr);
    const items = (JSON.parse(viaKubectl.stdout) as { items: KubeObject[] }).items;
    const ours = await cluster.api.list('v1', 'Pod');
    assert.deepEqual(items.map((p) => p.metadata?.name).sort(), ours.map((p) => p.metadata?.name).sort());
    assert.ok(items.every((p) => p.kind === 'Pod' && p.apiVersion === 'v1'));
    const table = await run(['get', 'pod', shell]);
    assert.match(table.stdout, new RegExp(`^NAME\\s+READY\\s+STATUS\\s+RESTARTS\\s+AGE\\n${shell}\\s+1/1\\s+Running\\s+0\\s+`));
  });

  it('rejects an invalid manifest with the fields named', async () => {
    const bad = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${uniqueName('bad')}\nspec:\n  restartPolicy: Sometimes\n  containers:\n  - name: main\n    image: busybox\n`;
    const result = await run(['apply', '--server-side', '-f', '-'], bad);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /is invalid/);
    assert.match(result.stderr, /spec\.restartPolicy: Unsupported value: "Sometimes"/);
  });

  it('reads logs, as the cluster layer does', async () => {
    await waitForLog(cluster, shell, 'ready\n');
    const logs = await run(['logs', shell]);
    assert.equal(logs.code, 0, logs.stderr);
    assert.equal(logs.stdout, await cluster.api.logs(shell));
    assert.equal(logs.stdout, 'ready\n');
  });

  it('execs over WebSocket with exit codes, and a missing bash fails like a runtime', async () => {
    const ok = await run(['exec', shell, '--', 'sh', '-c', 'echo "in $HOSTNAME"']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.stdout, `in ${shell}\n`);
    const failing = await run(['exec', shell, '--', 'sh', '-c', 'exit 3']);
    assert.equal(failing.code, 3);
    assert.match(failing.stderr, /command terminated with exit code 3/);
    const stdin = await run(['exec', '-i', shell, '--', 'cat'], 'through stdin\n');
    assert.equal(stdin.stdout, 'through stdin\n');
    const bash = await run(['exec', shell, '--', 'bash']);
    assert.notEqual(bash.code, 0);
    if (cluster.server) {
      assert.equal(bash.code, 126);
      assert.match(bash.stdout + bash.stderr, /exec: "bash": executable file not found in \$PATH/);
      // The test server speaks only WebSocket, so these worked over kubectl 1.34's v5 protocol.
      assert.ok(cluster.server.upgrades.some((u) => u.subresource === 'exec' && u.protocol === 'v5.channel.k8s.io'));
    }
  });

  it("attaches to a container's stdin and output", async () => {
    const name = uniqueName('echo');
    const manifest =
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  restartPolicy: Never\n  containers:\n  - name: main\n    image: busybox\n` +
      '    stdin: true\n    stdinOnce: true\n    command: ["sh", "-c", "while read line; do echo \\"got $line\\"; done; echo bye"]\n';
    assert.equal((await run(['apply', '--server-side', '-f', '-'], manifest)).code, 0);
    await waitForObject(cluster.api, 'v1', 'Pod', name, (p) => containerStatus(p)?.state?.running !== undefined, {
      timeoutMs: cluster.patienceMs,
      what: 'running',
    });
    const attached = await run(['attach', '-i', name], 'hello\n');
    assert.equal(attached.code, 0, attached.stderr);
    assert.equal(attached.stdout, 'got hello\nbye\n');
  });

  it('reads the CronTab custom resource from OpenAPI v3 (explain) and applies, lists and deletes one', async (t) => {
    if (!needsTestServer(t, cluster, 'the CronTab CRD of the test server')) return;
    const explained = await run(['explain', 'crontab.spec']);
    assert.equal(explained.code, 0, explained.stderr);
    assert.match(explained.stdout, /GROUP:\s+stable\.example\.com\nKIND:\s+CronTab\nVERSION:\s+v1/);
    assert.match(explained.stdout, /cronSpec\t<string> -required-\n\s+When to run, in cron format\./);
    assert.match(explained.stdout, /replicas\t<integer>/);
    // Built-in kinds still explain through `allOf`-wrapped references.
    const metadata = await run(['explain', 'deployment.spec.template.metadata']);
    assert.equal(metadata.code, 0, metadata.stderr);
    assert.match(metadata.stdout, /FIELD: metadata <ObjectMeta>/);
    const name = uniqueName('nightly');
    const applied = await run(
      ['apply', '--server-side', '-f', '-'],
      `apiVersion: stable.example.com/v1\nkind: CronTab\nmetadata:\n  name: ${name}\nspec:\n  cronSpec: "0 3 * * *"\n  image: backup:1\n`,
    );
    assert.equal(applied.code, 0, applied.stderr);
    assert.equal(applied.stdout, `crontab.stable.example.com/${name} serverside-applied\n`);
    const listed = await run(['get', 'ct']);
    assert.match(listed.stdout, new RegExp(`^NAME\\s+AGE\\n${name}\\s+\\d+s\\n$`));
    const refused = await run(
      ['apply', '--server-side', '-f', '-'],
      `apiVersion: stable.example.com/v1\nkind: CronTab\nmetadata:\n  name: ${name}\nspec:\n  imagee: backup:1\n`,
    );
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /\.spec\.imagee: field not declared in schema/);
    assert.equal((await run(['delete', 'ct', name])).code, 0);
  });

  it('describes a pod with its events, and deletes it', async () => {
    const described = await run(['describe', 'pod', shell]);
    assert.equal(described.code, 0, described.stderr);
    assert.match(described.stdout, new RegExp(`Name:\\s+${shell}`));
    assert.match(described.stdout, /Status:\s+Running/);
    assert.match(described.stdout, /Events:[\s\S]*Started\s+\S+\s+kubelet\s+Started container main/);
    const deleted = await run(['delete', 'pod', shell, '--wait=true']);
    assert.equal(deleted.code, 0, deleted.stderr);
    assert.match(deleted.stdout, new RegExp(`pod "${shell}" deleted`));
    const gone = await run(['get', 'pod', shell]);
    assert.match(gone.stderr, new RegExp(`pods "${shell}" not found`));
  });
});
