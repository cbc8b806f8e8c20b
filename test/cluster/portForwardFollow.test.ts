// Podwright's port-forwards against the cluster: an HTTP request through the forward reaches the
// pod's nginx; when the pod is deleted and another with the same labels takes its place, the same
// local port answers from the new pod; when a Deployment rolls out a new template, the pod of its
// new ReplicaSet is followed through the owner chain even though its labels changed.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { get } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { PortForward, type ForwardState } from '../../client/src/models/portForward/forward';
import { forwardClusterOf } from '../../client/src/models/portForward/forwardCluster';
import { anyFreePort } from '../../client/src/models/portForward/localPort';
import { withDeadline } from '../helpers/deadline';
import { startCluster, uniqueName, webPort, type ClusterUnderTest } from './harness';
import { waitForAll } from './waitForAll';
import { isRunningAndReady, waitForDeletion, waitForLog, waitForObject } from './waitFor';

const PORT = webPort();

function httpGet(port: number, path: string): Promise<{ status: number; server: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, server: String(res.headers.server ?? '') }));
    }).on('error', reject);
  });
}

function nginx(name: string, labels: Record<string, string>, owner?: { kind: string; name: string; uid: string }): KubeObject {
  const metadata: Record<string, unknown> = { name, labels };
  if (owner) metadata.ownerReferences = [{ apiVersion: 'apps/v1', ...owner, controller: true }];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec: {
      containers: [
        { name: 'web', image: 'nginx', ports: [{ containerPort: PORT }], readinessProbe: { tcpSocket: { port: PORT }, periodSeconds: 1 } },
      ],
    },
  };
}

describe('port-forwards that follow their pod', () => {
  let cluster: ClusterUnderTest;
  const forwards: PortForward[] = [];
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await Promise.all(forwards.map((f) => f.stop()));
    await cluster.stop();
  });

  async function ready(object: KubeObject): Promise<void> {
    await cluster.api.applyDocuments([{ index: 0, object }]);
    await waitForObject(cluster.api, 'v1', 'Pod', object.metadata?.name ?? '', isRunningAndReady, {
      timeoutMs: cluster.patienceMs,
      what: 'ready',
    });
  }

  async function forwardTo(pod: string): Promise<PortForward> {
    const forward = new PortForward(
      { context: cluster.api.context, namespace: cluster.namespace, pod, remotePort: PORT, localPort: await anyFreePort() },
      forwardClusterOf(cluster.api),
    );
    forwards.push(forward);
    await forward.start();
    await withDeadline(state(forward, 'active'), cluster.patienceMs, `forward to ${pod} active`);
    return forward;
  }

  function state(forward: PortForward, wanted: ForwardState): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (forward.state !== wanted) return;
        forward.off('changed', check);
        resolve();
      };
      forward.on('changed', check);
      check();
    });
  }

  async function served(pod: string, path: string): Promise<void> {
    await withDeadline(waitForLog(cluster, pod, `GET ${path} `), cluster.patienceMs, `${pod} logging GET ${path}`);
  }

  it("carries an HTTP request to the pod's nginx", async () => {
    const pod = uniqueName('web');
    await ready(nginx(pod, { app: pod }));
    const forward = await forwardTo(pod);
    const answer = await httpGet(forward.spec.localPort, '/');
    assert.equal(answer.status, 200);
    assert.match(answer.server, /^nginx/);
    assert.equal(forward.stats.total, 1);
    assert.ok(forward.stats.received > 0 && forward.stats.sent > 0);
  });

  it('answers from the new pod on the same local port after the pod is deleted and recreated', async () => {
    const app = uniqueName('app');
    const first = `${app}-1`;
    const second = `${app}-2`;
    await ready(nginx(first, { app }));
    const forward = await forwardTo(first);
    assert.equal((await httpGet(forward.spec.localPort, '/to-first')).status, 404);
    await served(first, '/to-first');
    const retargeted = once(forward, 'retargeted');
    await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name: first, namespace: cluster.namespace });
    await waitForDeletion(cluster.api, 'v1', 'Pod', first, cluster.patienceMs);
    await ready(nginx(second, { app }));
    assert.deepEqual(await withDeadline(retargeted, cluster.patienceMs, 'retargeting'), [{ from: first, to: second }]);
    assert.equal((await httpGet(forward.spec.localPort, '/to-second')).status, 404);
    await served(second, '/to-second');
    assert.equal(forward.state, 'active');
  });

  it("follows a Deployment's pod to the pod of its next ReplicaSet", async () => {
    const name = uniqueName('deploy');
    const deployment = (version: string): KubeObject => {
      const pod = nginx('unused', { app: name, version });
      return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: name } },
          template: { metadata: { labels: { app: name, version } }, spec: pod.spec },
        },
      };
    };
    const readyPodOf = async (version: string): Promise<string> => {
      const [pod] = await waitForAll(
        cluster.api,
        'v1',
        'Pod',
        `app=${name},version=${version}`,
        (ps) => ps.length === 1 && ps.every(isRunningAndReady),
        { timeoutMs: cluster.patienceMs, what: `the ${version} pod ready` },
      );
      return pod?.metadata?.name ?? '';
    };
    await cluster.api.applyDocuments([{ index: 0, object: deployment('v1') }]);
    const old = await readyPodOf('v1');
    const forward = await forwardTo(old);
    assert.deepEqual(forward.followed, { name: old, selector: { matchLabels: { app: name } }, owner: `Deployment/${name}` });
    const retargeted = once(forward, 'retargeted');
    // The new template's pod (another ReplicaSet, other labels) is ready before the old pod goes.
    await cluster.api.applyDocuments([{ index: 0, object: deployment('v2') }]);
    const next = await readyPodOf('v2');
    assert.deepEqual(await withDeadline(retargeted, cluster.patienceMs, 'retargeting'), [{ from: old, to: next }]);
    assert.equal((await httpGet(forward.spec.localPort, '/rolled')).status, 404);
    await served(next, '/rolled');
  });
});
