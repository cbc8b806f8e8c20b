// Many connections through one port-forward at once, both directions: a pod echoes every byte it
// gets, and each connection must get back exactly what it sent. One connection stops reading for a
// while (its bytes back up through the tunnel) and must still get everything once it reads again,
// while the others finish meanwhile. Runs against a real cluster too (image node:20).
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { KubeObject, PortForwardHandle } from '../../client/src/cluster';
import { startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { isRunningAndReady, waitForObject } from './waitFor';

const PORT = 7070;
// Echoes each connection's bytes back; listens on the pod's own address in the test server.
const ECHO = `require('net').createServer((s) => s.pipe(s)).listen(${PORT}, process.env.PODWRIGHT_POD_IP);`;

function echoPod(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: {
      containers: [
        {
          name: 'echo',
          image: 'node:20',
          command: ['node', '-e', ECHO],
          ports: [{ containerPort: PORT }],
          readinessProbe: { tcpSocket: { port: PORT }, periodSeconds: 1 },
        },
      ],
    },
  };
}

const digest = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** Sends `payload` on a new connection; resolves with what came back once `payload.length` bytes did. */
function roundTrip(port: number, payload: Buffer, options: { readAfter?: Promise<void> } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let received = 0;
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`closed after ${received} of ${payload.length} bytes`)));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      if (received >= payload.length) {
        socket.removeAllListeners('close');
        socket.destroy();
        resolve(Buffer.concat(chunks));
      }
    });
    if (options.readAfter) {
      socket.pause();
      void options.readAfter.then(() => socket.resume());
    }
    socket.write(payload);
  });
}

describe('port-forward with many connections', () => {
  let cluster: ClusterUnderTest;
  let forward: PortForwardHandle;
  const pod = uniqueName('echo');
  before(async () => {
    cluster = await startCluster();
    await cluster.api.applyDocuments([{ index: 0, object: echoPod(pod) }]);
    await waitForObject(cluster.api, 'v1', 'Pod', pod, isRunningAndReady, { timeoutMs: cluster.patienceMs, what: 'ready' });
    forward = await cluster.api.portForward(pod, PORT);
  });
  after(async () => {
    await forward.close();
    await cluster.stop();
  });

  it('carries 24 connections at once, every byte back in order', async () => {
    const payloads = Array.from({ length: 24 }, (_, i) => randomBytes(256 * 1024 + i * 997));
    const echoed = await Promise.all(payloads.map((payload) => roundTrip(forward.localPort, payload)));
    echoed.forEach((back, i) => {
      assert.equal(back.length, payloads[i]?.length, `connection ${i} got as many bytes as it sent`);
      assert.equal(digest(back), digest(payloads[i] ?? Buffer.alloc(0)), `connection ${i} got its own bytes back`);
    });
  });

  it('lets the others finish while one connection does not read, and loses nothing of it', async () => {
    let readNow = (): void => undefined;
    const later = new Promise<void>((resolve) => (readNow = resolve));
    const big = randomBytes(16 * 1024 * 1024);
    const stalled = roundTrip(forward.localPort, big, { readAfter: later });
    const others = Array.from({ length: 8 }, () => randomBytes(512 * 1024));
    const echoed = await Promise.all(others.map((payload) => roundTrip(forward.localPort, payload)));
    echoed.forEach((back, i) =>
      assert.equal(digest(back), digest(others[i] ?? Buffer.alloc(0)), `connection ${i} finished while one was not reading`),
    );
    readNow();
    const back = await stalled;
    assert.equal(back.length, big.length);
    assert.equal(digest(back), digest(big), 'the connection that paused got all its bytes, in order');
  });
});
