// Port-forwarding over WebSocket to a pod's own address: an HTTP GET through the forward reaches
// the pod's nginx, two pods can both serve port 80, and a closed port is reported.
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { ClusterError, KubeObject } from '../../client/src/cluster';
import { startCluster, uniqueName, webPort, type ClusterUnderTest } from './harness';
import { isRunningAndReady, waitForObject } from './waitFor';

const PORT = webPort();

function httpGet(port: number, path = '/'): Promise<{ status: number; server: string; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, server: String(res.headers.server ?? ''), body }));
    }).on('error', reject);
  });
}

function nginx(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: {
      containers: [
        { name: 'web', image: 'nginx', ports: [{ containerPort: PORT }], readinessProbe: { tcpSocket: { port: PORT }, periodSeconds: 1 } },
      ],
    },
  };
}

describe('port-forward', () => {
  let cluster: ClusterUnderTest;
  const pods = [uniqueName('web-a'), uniqueName('web-b')];
  before(async () => {
    cluster = await startCluster();
    await cluster.api.applyDocuments(pods.map((name, index) => ({ index, object: nginx(name) })));
    for (const name of pods) {
      await waitForObject(cluster.api, 'v1', 'Pod', name, isRunningAndReady, { timeoutMs: cluster.patienceMs, what: 'ready' });
    }
  });
  after(async () => {
    await cluster.stop();
  });

  it("carries an HTTP request to the pod's web server and back", async () => {
    const forward = await cluster.api.portForward(pods[0] ?? '', PORT);
    try {
      const first = await httpGet(forward.localPort);
      assert.equal(first.status, 200);
      assert.match(first.server, /^nginx/);
      assert.match(first.body, /Welcome to nginx!/);
      const missing = await httpGet(forward.localPort, '/nope');
      assert.equal(missing.status, 404);
    } finally {
      await forward.close();
    }
  });

  it('lets two pods listen on the same port, each reached through its own forward', async () => {
    const forwards = await Promise.all(pods.map((name) => cluster.api.portForward(name, PORT)));
    try {
      for (const forward of forwards) assert.equal((await httpGet(forward.localPort, '/from-test')).status, 404);
      for (const name of pods) {
        const log = await cluster.api.logs(name);
        assert.equal(log.split('\n').filter((l) => l.includes('GET /from-test')).length, 1, `${name} served exactly one request`);
      }
    } finally {
      await Promise.all(forwards.map((f) => f.close()));
    }
  });

  it('reports a port nothing listens on', async () => {
    const forward = await cluster.api.portForward(pods[0] ?? '', 9);
    try {
      const problem = new Promise<ClusterError>((resolve) => forward.once('problem', resolve));
      await httpGet(forward.localPort).catch(() => undefined);
      const error = await problem;
      assert.match(error.message, /connection refused/);
    } finally {
      await forward.close();
    }
  });
});
