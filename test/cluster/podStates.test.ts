// Pods move through states as a kubelet moves them: scheduling and start with events, readiness
// from a probe, image pull failures, crash loops with previous logs, OOM kills, missing config,
// and graceful deletion.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { needsTestServer, startCluster, uniqueName, webPort, type ClusterUnderTest } from './harness';
import { containerStatus, isRunningAndReady, podStatus, waitForDeletion, waitForEvent, waitForLog, waitForObject } from './waitFor';

function pod(name: string, container: Record<string, unknown>, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: name } },
    spec: { ...spec, containers: [{ name: 'main', ...container }] },
  };
}

const PORT = webPort();

describe('pod states', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  async function create(obj: KubeObject): Promise<void> {
    const [result] = await cluster.api.applyDocuments([{ index: 0, object: obj }]);
    assert.equal(result?.outcome, 'created', result?.error?.message);
  }

  function waitPod(name: string, what: string, condition: (p: KubeObject) => boolean): Promise<KubeObject> {
    return waitForObject(cluster.api, 'v1', 'Pod', name, condition, { timeoutMs: cluster.patienceMs, what });
  }

  async function reasons(name: string): Promise<string[]> {
    const data = await cluster.api.describe({ apiVersion: 'v1', kind: 'Pod', name });
    return data.events.map((e) => String(e.reason));
  }

  it('schedules, pulls, starts and becomes ready through its readiness probe', async () => {
    const name = uniqueName('ready');
    await create(
      pod(name, {
        image: 'nginx',
        ports: [{ containerPort: PORT }],
        readinessProbe: { httpGet: { path: '/', port: PORT }, periodSeconds: 2 },
      }),
    );
    const ready = await waitPod(name, 'Running and Ready', isRunningAndReady);
    const status = ready.status as { podIP?: string; startTime?: string; conditions?: { type: string; status: string }[] };
    assert.ok(status.podIP, 'has a pod IP');
    assert.ok(status.startTime, 'has a start time');
    assert.deepEqual(
      status.conditions
        ?.filter((c) => c.status === 'True')
        .map((c) => c.type)
        .sort(),
      ['ContainersReady', 'Initialized', 'PodReadyToStartContainers', 'PodScheduled', 'Ready'],
    );
    const container = containerStatus(ready) as { containerID?: string; imageID?: string; started?: boolean } | undefined;
    assert.match(container?.containerID ?? '', /^\w+:\/\/[0-9a-f]{64}$/);
    assert.ok(container?.imageID, 'has an image ID');
    const seen = await reasons(name);
    for (const reason of ['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started'])
      assert.ok(seen.includes(reason), `${reason} in ${seen.join(', ')}`);
  });

  it('reports ErrImagePull, then ImagePullBackOff, for an image that does not exist', async () => {
    const name = uniqueName('typo');
    await create(pod(name, { image: 'nginxx-podwright-does-not-exist' }));
    const waiting: string[] = [];
    const backOff = await waitPod(name, 'ImagePullBackOff', (p) => {
      const reason = containerStatus(p)?.state?.waiting?.reason;
      if (reason && waiting[waiting.length - 1] !== reason) waiting.push(reason);
      return reason === 'ImagePullBackOff';
    });
    assert.ok(waiting.includes('ErrImagePull'), `states seen: ${waiting.join(' → ')}`);
    assert.equal(podStatus(backOff).phase, 'Pending');
    assert.equal(containerStatus(backOff)?.restartCount, 0);
    if (cluster.server) {
      assert.match(
        containerStatus(backOff)?.state?.waiting?.message ?? '',
        /failed to pull and unpack image "docker\.io\/library\/nginxx-podwright-does-not-exist:latest"/,
      );
    }
    const seen = await reasons(name);
    assert.ok(seen.includes('Failed') && seen.includes('BackOff'), seen.join(', '));
  });

  it('explains that a private registry refused the pull', async (t) => {
    if (!needsTestServer(t, cluster, "the test registry's answers")) return;
    const name = uniqueName('private');
    await create(pod(name, { image: 'registry.example.com/team/app:1.0' }));
    const failed = await waitPod(name, 'ErrImagePull', (p) => containerStatus(p)?.state?.waiting?.reason === 'ErrImagePull');
    assert.match(containerStatus(failed)?.state?.waiting?.message ?? '', /failed to authorize: .*401 Unauthorized/);
  });

  it('turns ready when an exec readiness probe starts to pass, recording Unhealthy before', async () => {
    const name = uniqueName('probe');
    await create(
      pod(name, {
        image: 'busybox',
        command: ['sleep', '3600'],
        readinessProbe: { exec: { command: ['cat', 'ready-flag'] }, periodSeconds: 1 },
      }),
    );
    const notReady = await waitPod(name, 'running, not ready', (p) => containerStatus(p)?.state?.running !== undefined);
    assert.equal(containerStatus(notReady)?.ready, false);
    const unhealthy = await waitForEvent(cluster.api, name, 'Unhealthy', cluster.patienceMs);
    assert.match(String(unhealthy.message), /^Readiness probe failed: /);
    const touched = await cluster.api.execCapture(name, 'main', ['touch', 'ready-flag']);
    assert.equal(touched.exitCode, 0, touched.stderr);
    await waitPod(name, 'Ready', isRunningAndReady);
  });

  it('restarts a failing container with CrashLoopBackOff and keeps the previous logs', async () => {
    const name = uniqueName('crash');
    await create(pod(name, { image: 'busybox', command: ['sh', '-c', 'echo run started; exit 2'] }));
    const states: string[] = [];
    const looping = await waitPod(name, 'two restarts in CrashLoopBackOff', (p) => {
      const reason = containerStatus(p)?.state?.waiting?.reason;
      if (reason) states.push(reason);
      return states.includes('CrashLoopBackOff') && (containerStatus(p)?.restartCount ?? 0) >= 2;
    });
    const status = containerStatus(looping);
    assert.equal(status?.lastState?.terminated?.exitCode, 2);
    assert.equal(status?.lastState?.terminated?.reason, 'Error');
    assert.equal(podStatus(looping).phase, 'Running', 'restartPolicy Always keeps the pod Running');
    assert.equal(await cluster.api.logs(name, { previous: true }), 'run started\n');
    assert.ok((await reasons(name)).includes('BackOff'));
  });

  it('ends a pod whose command fails with restartPolicy Never as Failed with the exit code', async () => {
    const name = uniqueName('fails');
    await create(pod(name, { image: 'busybox', command: ['sh', '-c', 'exit 3'] }, { restartPolicy: 'Never' }));
    const failed = await waitPod(name, 'phase Failed', (p) => podStatus(p).phase === 'Failed');
    assert.equal(containerStatus(failed)?.state?.terminated?.exitCode, 3);
    assert.equal(containerStatus(failed)?.state?.terminated?.reason, 'Error');
  });

  it('kills a container that goes over its memory limit with OOMKilled (137)', async (t) => {
    if (!needsTestServer(t, cluster, 'the podwright/memhog image')) return;
    const name = uniqueName('hog');
    await create(pod(name, { image: 'podwright/memhog', resources: { limits: { memory: '64Mi' } } }, { restartPolicy: 'Never' }));
    const killed = await waitPod(name, 'OOMKilled', (p) => containerStatus(p)?.state?.terminated !== undefined);
    assert.deepEqual(
      containerStatus(killed)?.state?.terminated && {
        reason: containerStatus(killed)?.state?.terminated?.reason,
        exitCode: containerStatus(killed)?.state?.terminated?.exitCode,
      },
      { reason: 'OOMKilled', exitCode: 137 },
    );
  });

  it('waits with CreateContainerConfigError until a referenced ConfigMap exists', async () => {
    const name = uniqueName('config');
    const cm = uniqueName('settings');
    await create(
      pod(name, {
        image: 'busybox',
        command: ['sh', '-c', 'echo "mode=$MODE"; sleep 3600'],
        env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: cm, key: 'mode' } } }],
      }),
    );
    const blocked = await waitPod(
      name,
      'CreateContainerConfigError',
      (p) => containerStatus(p)?.state?.waiting?.reason === 'CreateContainerConfigError',
    );
    assert.match(containerStatus(blocked)?.state?.waiting?.message ?? '', new RegExp(`configmap "${cm}" not found`));
    await cluster.api.applyDocuments([
      { index: 0, object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: cm }, data: { mode: 'fast' } } },
    ]);
    await waitPod(name, 'Running', (p) => containerStatus(p)?.state?.running !== undefined);
    assert.equal(await waitForLog(cluster, name, 'mode=fast\n'), 'mode=fast\n');
  });

  it('terminates a deleted pod gracefully, and its process is gone', async (t) => {
    if (!needsTestServer(t, cluster, 'reaching a pod address directly')) return;
    const name = uniqueName('bye');
    await create(
      pod(name, { image: 'nginx', ports: [{ containerPort: PORT }], readinessProbe: { tcpSocket: { port: PORT }, periodSeconds: 1 } }),
    );
    const running = await waitPod(name, 'Ready', isRunningAndReady);
    const ip = (running.status as { podIP: string }).podIP;
    const deleting = await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name });
    assert.ok(deleting.metadata?.deletionTimestamp, 'a graceful delete first marks the pod');
    await waitForDeletion(cluster.api, 'v1', 'Pod', name, cluster.patienceMs);
    const refused = await new Promise<string>((resolve) => {
      const socket = connect({ host: ip, port: PORT });
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    assert.equal(refused, 'ECONNREFUSED');
    const events = await cluster.api.list('v1', 'Event', { fieldSelector: `involvedObject.name=${name}` });
    assert.ok(
      events.some((e) => e.reason === 'Killing'),
      'a Killing event was recorded',
    );
  });
});
