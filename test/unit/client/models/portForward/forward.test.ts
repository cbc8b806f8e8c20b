// A port-forward over a fake cluster: bytes and connections are counted, a deleted pod's
// replacement takes new connections on the same local port, connections made in between wait for
// it, and a busy local port is refused with the reason.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { PortForward, type ForwardState } from '../../../../../client/src/models/portForward/forward';
import { anyFreePort } from '../../../../../client/src/models/portForward/localPort';
import { PortForwardManager } from '../../../../../client/src/models/portForward/manager';
import { ask, FakeCluster, readyPod } from './fakeCluster';

function until(forward: PortForward, state: ForwardState): Promise<void> {
  if (forward.state === state) return Promise.resolve();
  return new Promise((resolve) => {
    const check = (): void => {
      if (forward.state !== state) return;
      forward.off('changed', check);
      resolve();
    };
    forward.on('changed', check);
  });
}

describe('PortForward', () => {
  let cluster: FakeCluster;
  let forward: PortForward | undefined;
  beforeEach(async () => {
    cluster = new FakeCluster();
    await cluster.addPod(readyPod('web-a', { app: 'web' }));
  });
  afterEach(async () => {
    await forward?.stop();
    forward = undefined;
    cluster.close();
  });

  async function started(pod = 'web-a'): Promise<PortForward> {
    forward = new PortForward({ context: 'fake', namespace: 'default', pod, remotePort: 80, localPort: await anyFreePort() }, cluster);
    await forward.start();
    await until(forward, 'active');
    return forward;
  }

  it('carries a connection to the pod and counts its bytes and connections', async () => {
    const f = await started();
    const { answer, socket } = await ask(f.spec.localPort, 'hello');
    assert.equal(answer, 'web-a:hello');
    assert.deepEqual(f.stats, { sent: 'hello'.length, received: 'web-a:hello'.length, open: 1, total: 1 });
    socket.end();
    await once(socket, 'close');
    const second = await ask(f.spec.localPort, 'hi');
    second.socket.destroy();
    await once(second.socket, 'close');
    await until(f, 'active');
    // The forward's side of the sockets closes a moment after the client's.
    while (f.stats.open > 0) await once(f, 'changed');
    assert.deepEqual(f.stats, {
      sent: 'hello'.length + 'hi'.length,
      received: 'web-a:hello'.length + 'web-a:hi'.length,
      open: 0,
      total: 2,
    });
  });

  it("follows the pod's replacement on the same local port", async () => {
    const f = await started();
    const retargeted = once(f, 'retargeted');
    cluster.deletePod('web-a');
    await until(f, 'reconnecting');
    assert.deepEqual(f.issue, { kind: 'pod-gone', pod: 'web-a' });
    await cluster.addPod(readyPod('web-b', { app: 'web' }));
    assert.deepEqual(await retargeted, [{ from: 'web-a', to: 'web-b' }]);
    assert.equal(f.state, 'active');
    const { answer, socket } = await ask(f.spec.localPort, 'again');
    socket.destroy();
    assert.equal(answer, 'web-b:again');
  });

  it('holds connections made while no pod is ready and delivers them to the replacement', async () => {
    const f = await started();
    cluster.deletePod('web-a');
    await until(f, 'reconnecting');
    const asked = ask(f.spec.localPort, 'waiting');
    // The connection is accepted and counted, and waits.
    while (f.stats.total < 1) await once(f, 'changed');
    assert.deepEqual(cluster.tunnels, []);
    await cluster.addPod(readyPod('web-c', { app: 'web' }));
    const { answer, socket } = await asked;
    socket.destroy();
    assert.equal(answer, 'web-c:waiting');
    assert.deepEqual(cluster.tunnels, ['web-c']);
  });

  it('ignores new pods that the forward does not follow', async () => {
    const f = await started();
    cluster.deletePod('web-a');
    await until(f, 'reconnecting');
    await cluster.addPod(readyPod('db-0', { app: 'db' }));
    assert.equal(f.state, 'reconnecting');
    assert.equal(f.pod, 'web-a');
  });

  it('refuses a local port another program listens on, saying so', async () => {
    const other = createServer();
    other.listen(0, '127.0.0.1');
    await once(other, 'listening');
    const address = other.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      forward = new PortForward({ context: 'fake', namespace: 'default', pod: 'web-a', remotePort: 80, localPort: port }, cluster);
      await assert.rejects(forward.start(), /EADDRINUSE/);
      assert.equal(forward.state, 'error');
      assert.deepEqual(forward.issue, { kind: 'port-busy', port });
      assert.equal(cluster.activeWatches, 0);
    } finally {
      other.close();
    }
  });

  it('stops listening and watching when stopped', async () => {
    const f = await started();
    await f.stop();
    assert.equal(f.state, 'stopped');
    assert.equal(cluster.activeWatches, 0);
    await assert.rejects(ask(f.spec.localPort, 'x'), /ECONNREFUSED/);
  });
});

describe('PortForwardManager', () => {
  it('restores a saved forward whose pod is gone by what it followed', async () => {
    const cluster = new FakeCluster();
    const manager = new PortForwardManager(() => Promise.resolve(cluster));
    try {
      await cluster.addPod(readyPod('web-new', { app: 'web' }));
      const localPort = await anyFreePort();
      const f = await manager.start({
        context: 'fake',
        namespace: 'default',
        pod: 'web-old',
        remotePort: 80,
        localPort,
        followed: { name: 'web-old', selector: { matchLabels: { app: 'web' } } },
      });
      await until(f, 'active');
      assert.equal(f.pod, 'web-new');
      const { answer, socket } = await ask(localPort, 'restored');
      socket.destroy();
      assert.equal(answer, 'web-new:restored');
      assert.deepEqual(manager.saved(), [
        {
          context: 'fake',
          namespace: 'default',
          pod: 'web-new',
          remotePort: 80,
          localPort,
          followed: { name: 'web-old', selector: { matchLabels: { app: 'web' } } },
        },
      ]);
    } finally {
      await manager.dispose();
      cluster.close();
    }
  });

  it('refuses a second forward on a local port it already forwards, and forgets stopped ones', async () => {
    const cluster = new FakeCluster();
    const manager = new PortForwardManager(() => Promise.resolve(cluster));
    try {
      await cluster.addPod(readyPod('web-a', { app: 'web' }));
      const localPort = await anyFreePort();
      const first = await manager.start({ context: 'fake', namespace: 'default', pod: 'web-a', remotePort: 80, localPort });
      await assert.rejects(
        manager.start({ context: 'fake', namespace: 'default', pod: 'web-a', remotePort: 81, localPort }),
        /already forwards to web-a:80/,
      );
      assert.equal(manager.list().length, 1);
      await manager.stop(first);
      assert.deepEqual(manager.saved(), []);
    } finally {
      await manager.dispose();
      cluster.close();
    }
  });

  it('restarts a forward on the same local port', async () => {
    const cluster = new FakeCluster();
    const manager = new PortForwardManager(() => Promise.resolve(cluster));
    try {
      await cluster.addPod(readyPod('web-a', { app: 'web' }));
      const localPort = await anyFreePort();
      const first = await manager.start({ context: 'fake', namespace: 'default', pod: 'web-a', remotePort: 80, localPort });
      const second = await manager.restart(first);
      assert.notEqual(second, first);
      assert.equal(first.state, 'stopped');
      await until(second, 'active');
      const { answer, socket } = await ask(localPort, 'x');
      socket.destroy();
      assert.equal(answer, 'web-a:x');
      assert.deepEqual(manager.list(), [second]);
    } finally {
      await manager.dispose();
      cluster.close();
    }
  });
});
