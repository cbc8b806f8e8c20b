// Podwright's port-forwards against the cluster: an HTTP request through the forward reaches the
// pod's nginx; when the pod is deleted and another with the same labels takes its place, the same
// local port answers from the new pod; a Deployment's new ReplicaSet's pod is followed through the
// owner chain even when its labels changed.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { get } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { PortForward, type ForwardState } from '../../client/src/portForward/forward';
import { forwardClusterOf } from '../../client/src/portForward/forwardCluster';
import { anyFreePort } from '../../client/src/portForward/localPort';
import { withDeadline } from '../helpers/deadline';
import { startCluster, uniqueName, webPort, type ClusterUnderTest } from './harness';
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
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: PORT }], readinessProbe: { tcpSocket: { port: PORT }, periodSeconds: 1 } }] } };
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
    await waitForObject(cluster.api, 'v1', 'Pod', object.metadata?.name ?? '', isRunningAndReady, { timeoutMs: cluster.patienceMs, what: 'ready' });
  }

  async function forwardTo(pod: string): Promise<PortForward> {
    const forward = new PortForward({ context: cluster.api.context, namespace: cluster.namespace, pod, remotePort: PORT, localPort: await anyFreePort() }, forwardClusterOf(cluster.api));
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

  it('carries an HTTP request to the pod\'s nginx', async () => {
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

  it('follows a Deployment\'s pod to the pod of its next ReplicaSet', async () => {
    const name = uniqueName('deploy');
    const apply = async (object: KubeObject): Promise<KubeObject> => {
      const [applied] = await cluster.api.applyDocuments([{ index: 0, object }]);
      assert.equal(applied?.error, undefined, applied?.error?.message);
      assert.ok(applied?.result?.metadata?.uid, 'the server gave the object a uid');
      return applied.result;
    };
    const template = { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } };
    const deployment = await apply({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name }, spec: { replicas: 1, selector: { matchLabels: { app: name } }, template } });
    const replicaSet = async (hash: string): Promise<KubeObject> => apply({
      apiVersion: 'apps/v1', kind: 'ReplicaSet',
      metadata: { name: `${name}-${hash}`, labels: { app: name, 'pod-template-hash': hash }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name, uid: deployment.metadata?.uid ?? '', controller: true }] },
      spec: { replicas: 1, selector: { matchLabels: { app: name, 'pod-template-hash': hash } }, template: { ...template, metadata: { labels: { app: name, 'pod-template-hash': hash } } } },
    });
    const rs1 = await replicaSet('aaa');
    const old = `${name}-aaa-x1`;
    await ready(nginx(old, { app: name, 'pod-template-hash': 'aaa', version: 'v1' }, { kind: 'ReplicaSet', name: `${name}-aaa`, uid: rs1.metadata?.uid ?? '' }));
    const forward = await forwardTo(old);
    assert.deepEqual(forward.followed, { name: old, selector: { matchLabels: { app: name } }, owner: `Deployment/${name}` });
    const retargeted = once(forward, 'retargeted');
    const rs2 = await replicaSet('bbb');
    const next = `${name}-bbb-y2`;
    await ready(nginx(next, { app: name, 'pod-template-hash': 'bbb', version: 'v2' }, { kind: 'ReplicaSet', name: `${name}-bbb`, uid: rs2.metadata?.uid ?? '' }));
    await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name: old, namespace: cluster.namespace });
    assert.deepEqual(await withDeadline(retargeted, cluster.patienceMs, 'retargeting'), [{ from: old, to: next }]);
    assert.equal((await httpGet(forward.spec.localPort, '/rolled')).status, 404);
    await served(next, '/rolled');
  });
});
