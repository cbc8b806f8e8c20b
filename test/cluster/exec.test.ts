// Running commands in containers over the WebSocket exec protocol: output streams, exit codes,
// stdin, and an executable the image does not have (bash in busybox).
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { containerStatus, waitForObject } from './waitFor';

describe('exec', () => {
  let cluster: ClusterUnderTest;
  let busybox: string;
  before(async () => {
    cluster = await startCluster();
    busybox = uniqueName('box');
    const pods: KubeObject[] = [
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: busybox },
        spec: { containers: [{ name: 'box', image: 'busybox', command: ['sleep', '3600'] }] },
      },
    ];
    await cluster.api.applyDocuments(pods.map((object, index) => ({ index, object })));
    await waitForObject(cluster.api, 'v1', 'Pod', busybox, (p) => containerStatus(p)?.state?.running !== undefined, {
      timeoutMs: cluster.patienceMs,
      what: 'running',
    });
  });
  after(async () => {
    await cluster.stop();
  });

  it('returns stdout, stderr and the exit code', async () => {
    const result = await cluster.api.execCapture(busybox, 'box', ['sh', '-c', 'echo out; echo err >&2; exit 3']);
    assert.deepEqual(
      { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr },
      { exitCode: 3, stdout: 'out\n', stderr: 'err\n' },
    );
    assert.match(result.message ?? '', /exit code 3/);
    const ok = await cluster.api.execCapture(busybox, 'box', ['sh', '-c', 'echo "$HOSTNAME"']);
    assert.deepEqual({ exitCode: ok.exitCode, stdout: ok.stdout }, { exitCode: 0, stdout: `${busybox}\n` });
  });

  it('feeds stdin to the command', async () => {
    let stdout = '';
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    out.on('data', (c: Buffer) => (stdout += c.toString()));
    const outcome = await cluster.api.exec(busybox, {
      container: 'box',
      command: ['cat'],
      stdin: Readable.from(['hello ', 'pod\n']),
      stdout: out,
    });
    assert.equal(outcome.exitCode, 0);
    assert.equal(stdout, 'hello pod\n');
  });

  it('fails like a container runtime when the image has no bash', async () => {
    const result = await cluster.api.execCapture(busybox, 'box', ['bash']);
    assert.notEqual(result.exitCode, 0);
    if (cluster.server) {
      assert.equal(result.exitCode, 126);
      assert.match(result.stdout, /exec: "bash": executable file not found in \$PATH/);
    }
    const viaShell = await cluster.api.execCapture(busybox, 'box', ['sh', '-c', 'bash -c true']);
    assert.equal(viaShell.exitCode, 127, 'the shell reports a missing command as 127');
  });

  it('runs bash where the image has it', async () => {
    const name = uniqueName('ubuntu');
    await cluster.api.applyDocuments([
      {
        index: 0,
        object: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name },
          spec: { containers: [{ name: 'os', image: 'ubuntu', command: ['sleep', '3600'] }] },
        },
      },
    ]);
    await waitForObject(cluster.api, 'v1', 'Pod', name, (p) => containerStatus(p)?.state?.running !== undefined, {
      timeoutMs: cluster.patienceMs,
      what: 'running',
    });
    const result = await cluster.api.execCapture(name, 'os', ['bash', '-c', 'echo "bash ${BASH_VERSION%%.*}"']);
    assert.equal(result.exitCode, 0, result.stderr);
    assert.match(result.stdout, /^bash \d+\n$/);
  });
});
