// A real kubectl (v1.34) against the same cluster for the debug loop: `kubectl debug -i --target`
// adds an ephemeral container through pods/ephemeralcontainers and attaches to it, and Podwright's
// debug flow sees it; `kubectl exec` reaches Podwright's debugger; the subresource reads and
// replaces (PUT) through `kubectl --raw`; and `kubectl port-forward`, which speaks SPDY tunnelled
// in WebSocket, carries the same bytes both ways as Podwright's port-forward.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import type { Pod } from '../../client/src/core/kube/kubeTypes';
import { startDebugger } from '../../client/src/models/debug/debugSession';
import { kubectl, kubectlPath, type KubectlResult } from './kubectl';
import { startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { containerStatus, isRunningAndReady, waitForObject } from './waitFor';

const DATA_PORT = 8080;
const PAYLOAD_BYTES = 3 * 1024 * 1024 + 17;

/** A node server: "P" gets a fixed 3 MiB payload then the end; "E" gets every later byte echoed back. */
const SERVER = `const net = require('net');
const payload = Buffer.alloc(${PAYLOAD_BYTES});
for (let i = 0; i < payload.length; i++) payload[i] = (i * 31 + (i >> 9)) & 255;
net.createServer((s) => {
  s.once('data', (d) => {
    if (d[0] === 80) { s.end(payload); return; }
    s.write(d.subarray(1));
    s.pipe(s);
  });
  s.on('error', () => undefined);
}).listen(${DATA_PORT}, process.env.PODWRIGHT_POD_IP || '0.0.0.0');`;

function dataServer(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: {
      containers: [
        {
          name: 'data',
          image: 'node:22',
          command: ['node', '-e', SERVER],
          ports: [{ containerPort: DATA_PORT }],
          readinessProbe: { tcpSocket: { port: DATA_PORT }, periodSeconds: 1 },
        },
      ],
    },
  };
}

function sha(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Everything the server sends after `request`, until it ends the connection. */
function download(port: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write('P'));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => {
      socket.destroy();
      resolve(Buffer.concat(chunks));
    });
    socket.on('error', reject);
  });
}

/** Sends `data` in echo mode and reads as many bytes back. */
function echo(port: number, data: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(Buffer.concat([Buffer.from('E'), data])));
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      length += c.length;
      if (length >= data.length) {
        socket.destroy();
        resolve(Buffer.concat(chunks));
      }
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

/** `kubectl port-forward POD :PORT`, resolved with the local port it chose. */
function kubectlPortForward(
  kubeconfig: string,
  namespace: string,
  pod: string,
  port: number,
): Promise<{ child: ChildProcess; localPort: number }> {
  const child = spawn(kubectlPath(), [
    '--kubeconfig',
    kubeconfig,
    '-n',
    namespace,
    'port-forward',
    `pod/${pod}`,
    `:${port}`,
    '--address',
    '127.0.0.1',
  ]);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Forwarding from 127\.0\.0\.1:(\d+) ->/.exec(output);
      if (match) resolve({ child, localPort: Number(match[1]) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`kubectl port-forward exited with ${String(code)}: ${output}`)));
  });
}

describe('kubectl debug and port-forward against the same cluster', () => {
  let cluster: ClusterUnderTest;
  let run: (args: string[], input?: string) => Promise<KubectlResult>;
  const target = uniqueName('target');
  const server = uniqueName('data');
  before(async () => {
    cluster = await startCluster();
    run = (args, input) => kubectl(cluster.kubeconfigPath, ['-n', cluster.namespace, ...args], input === undefined ? {} : { input });
    await cluster.api.applyDocuments([
      {
        index: 0,
        object: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: target },
          spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }] },
        },
      },
      { index: 1, object: dataServer(server) },
    ]);
    await waitForObject(cluster.api, 'v1', 'Pod', target, (p) => containerStatus(p)?.state?.running !== undefined, {
      timeoutMs: cluster.patienceMs,
      what: 'running',
    });
    await waitForObject(cluster.api, 'v1', 'Pod', server, isRunningAndReady, { timeoutMs: cluster.patienceMs, what: 'ready' });
  });
  after(async () => {
    await cluster.stop();
  });

  it("kubectl debug -i --target adds and attaches to a debugger; Podwright and kubectl see each other's", async () => {
    const debugged = await run(
      ['debug', '-i', target, '--image=busybox', '--target=main', '--profile=general', '--', 'sh'],
      'echo "inside $HOSTNAME"\nexit 0\n',
    );
    assert.equal(debugged.code, 0, debugged.stderr);
    assert.match(debugged.stdout, new RegExp(`inside ${target}\\n`));
    const name = /Defaulting debug container name to (debugger-[a-z0-9]+)\./.exec(debugged.stdout + debugged.stderr)?.[1];
    assert.ok(name, debugged.stdout + debugged.stderr);
    const pod = await cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name: target });
    assert.equal(pod.spec?.ephemeralContainers?.find((c) => c.name === name)?.targetContainerName, 'main');
    assert.ok(
      pod.status?.ephemeralContainerStatuses?.find((s) => s.name === name)?.state?.terminated,
      "kubectl's debugger exited with its shell",
    );

    // kubectl's debugger has exited, so Podwright adds its own, which kubectl can exec into.
    const ours = await startDebugger(cluster.api, { namespace: cluster.namespace, pod: target, container: 'main' }, 'busybox');
    assert.equal(ours.reused, false);
    const exec = await run(['exec', target, '-c', ours.name, '--', 'sh', '-c', 'echo "from kubectl in $HOSTNAME"']);
    assert.equal(exec.code, 0, exec.stderr);
    assert.equal(exec.stdout, `from kubectl in ${target}\n`);
    const listed = await run(['get', 'pod', target, '-o', 'jsonpath={.spec.ephemeralContainers[*].name}']);
    assert.equal(listed.stdout, `${name} ${ours.name}`);
  });

  it('reads and replaces the ephemeralcontainers subresource with kubectl --raw', async (t) => {
    if (!cluster.server) {
      t.skip('a real cluster keeps what this would add');
      return;
    }
    const path = `/api/v1/namespaces/${cluster.namespace}/pods/${target}/ephemeralcontainers`;
    const got = await run(['get', '--raw', path]);
    assert.equal(got.code, 0, got.stderr);
    const pod = JSON.parse(got.stdout) as Pod & { kind: string };
    assert.equal(pod.kind, 'Pod');
    const added = { name: 'debugger-raw22', image: 'busybox', targetContainerName: 'main', stdin: true, tty: true };
    // No resourceVersion: the kubelet's status writes move it, and pods allow unconditional updates.
    const metadata: Record<string, unknown> = { ...pod.metadata };
    delete metadata.resourceVersion;
    const body = { ...pod, metadata, spec: { ...pod.spec, ephemeralContainers: [...(pod.spec?.ephemeralContainers ?? []), added] } };
    const file = join(tmpdir(), `${uniqueName('ephemeral')}.json`);
    writeFileSync(file, JSON.stringify(body));
    const replaced = await run(['replace', '--raw', path, '-f', file]);
    assert.equal(replaced.code, 0, replaced.stderr);
    const removing = { ...pod, metadata, spec: { ...pod.spec, ephemeralContainers: [] } };
    writeFileSync(file, JSON.stringify(removing));
    const refused = await run(['replace', '--raw', path, '-f', file]);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /existing ephemeral containers "debugger-raw22" may not be removed/);
    await waitForObject(
      cluster.api,
      'v1',
      'Pod',
      target,
      (p) =>
        (p as unknown as Pod).status?.ephemeralContainerStatuses?.find((s) => s.name === 'debugger-raw22')?.state?.running !== undefined,
      { timeoutMs: cluster.patienceMs, what: 'the replaced-in debugger running' },
    );
  });

  it("kubectl port-forward and Podwright's port-forward carry the same bytes both ways", async () => {
    const forwarded = await kubectlPortForward(cluster.kubeconfigPath, cluster.namespace, server, DATA_PORT);
    const ours = await cluster.api.portForward(server, DATA_PORT);
    try {
      const [viaKubectl, viaPodwright] = [await download(forwarded.localPort), await download(ours.localPort)];
      assert.equal(viaKubectl.length, PAYLOAD_BYTES);
      assert.equal(sha(viaKubectl), sha(viaPodwright));
      const upload = randomBytes(512 * 1024 + 3);
      const [backViaKubectl, backViaPodwright] = await Promise.all([echo(forwarded.localPort, upload), echo(ours.localPort, upload)]);
      assert.equal(sha(backViaKubectl), sha(upload));
      assert.equal(sha(backViaPodwright), sha(upload));
      // A second connection through the same kubectl forward opens new SPDY streams on the session.
      assert.equal(sha(await download(forwarded.localPort)), sha(viaPodwright));
      if (cluster.server) {
        const protocols = cluster.server.upgrades.filter((u) => u.subresource === 'portforward').map((u) => u.protocol);
        assert.ok(protocols.includes('SPDY/3.1+portforward.k8s.io'), protocols.join(', '));
        assert.ok(protocols.includes('v4.channel.k8s.io'), protocols.join(', '));
      }
    } finally {
      forwarded.child.kill();
      await ours.close();
    }
  });
});
