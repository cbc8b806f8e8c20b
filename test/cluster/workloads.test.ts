// Workloads applied through the cluster layer get their pods from the controllers: a Deployment
// gets a ReplicaSet named by its pod template's hash and ready pods that ReplicaSet owns; a new
// template rolls out to a new ReplicaSet step by step; deleted pods are replaced, scaling works,
// and deleting the Deployment takes its ReplicaSets and pods with it; Recreate stops old pods
// first; a stuck rollout runs past its progress deadline. Jobs run pods to completion (at most
// parallelism at a time) or fail past their backoffLimit, and their pods go with them.
// kubectl reads the same state (get, rollout status / history).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { kubectl } from './kubectl';
import { startCluster, uniqueName, webPort, type ClusterUnderTest } from './harness';
import { waitForAll } from './waitForAll';
import { isRunningAndReady, waitForDeletion, waitForEvent, waitForObject } from './waitFor';

const PORT = webPort();

type Condition = { type: string; status: string; reason?: string; message?: string };
type WorkloadStatus = {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  active?: number;
  succeeded?: number;
  failed?: number;
  startTime?: string;
  completionTime?: string;
  conditions?: Condition[];
};

function status(obj: KubeObject): WorkloadStatus {
  return obj.status ?? {};
}

function condition(obj: KubeObject, type: string): Condition | undefined {
  return status(obj).conditions?.find((c) => c.type === type);
}

function deployment(name: string, replicas: number, image: string): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            { name: 'web', image, ports: [{ containerPort: PORT }], readinessProbe: { tcpSocket: { port: PORT }, periodSeconds: 1 } },
          ],
        },
      },
    },
  };
}

function job(name: string, command: string, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: {
      ...spec,
      template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'busybox', command: ['sh', '-c', command] }] } },
    },
  };
}

/** Every replica updated, ready and available, for the Deployment's current generation. */
function rolledOut(d: KubeObject, replicas: number): boolean {
  const s = status(d);
  return (
    (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1) &&
    (s.updatedReplicas ?? 0) === replicas &&
    (s.replicas ?? 0) === replicas &&
    (s.readyReplicas ?? 0) === replicas &&
    (s.availableReplicas ?? 0) === replicas
  );
}

function labels(obj: KubeObject): Record<string, string> {
  return obj.metadata?.labels ?? {};
}

function image(pod: KubeObject): string | undefined {
  return (pod.spec as { containers?: { image?: string }[] } | undefined)?.containers?.[0]?.image;
}

function isDeleting(obj: KubeObject): boolean {
  return obj.metadata?.deletionTimestamp !== undefined;
}

/**
 * Starts a wait whose condition must call `listed` (its watch has listed); resolves once it has,
 * so what follows is seen step by step. The wait itself is returned to be awaited later.
 */
async function listening<T>(wait: (listed: () => void) => Promise<T>): Promise<{ done: Promise<T> }> {
  let listed: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    listed = resolve;
  });
  const done = wait(() => listed());
  done.catch(() => undefined);
  await Promise.race([ready, done]);
  return { done };
}

describe('workload controllers', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  async function apply(object: KubeObject): Promise<KubeObject> {
    const [result] = await cluster.api.applyDocuments([{ index: 0, object }]);
    assert.equal(result?.error, undefined, result?.error?.message);
    assert.ok(result?.result);
    return result.result;
  }

  function waitDeployment(name: string, what: string, check: (d: KubeObject) => boolean): Promise<KubeObject> {
    return waitForObject(cluster.api, 'apps/v1', 'Deployment', name, check, { timeoutMs: cluster.patienceMs, what });
  }

  function waitPods(selector: string, what: string, check: (pods: KubeObject[]) => boolean): Promise<KubeObject[]> {
    return waitForAll(cluster.api, 'v1', 'Pod', selector, check, { timeoutMs: cluster.patienceMs, what });
  }

  function run(args: string[]): ReturnType<typeof kubectl> {
    return kubectl(cluster.kubeconfigPath, ['-n', cluster.namespace, ...args]);
  }

  it('gives a Deployment a ReplicaSet named by its template hash, and ready pods that ReplicaSet owns', async () => {
    const name = uniqueName('web');
    await apply(deployment(name, 2, 'nginx:1.27'));
    const d = await waitDeployment(name, '2 ready replicas', (o) => rolledOut(o, 2));
    const [rs, ...others] = await cluster.api.list('apps/v1', 'ReplicaSet', { labelSelector: `app=${name}` });
    assert.ok(rs);
    assert.equal(others.length, 0);
    const hash = labels(rs)['pod-template-hash'] ?? '';
    assert.match(hash, /^[a-z0-9]{6,10}$/);
    const rsName = `${name}-${hash}`;
    assert.equal(rs.metadata?.name, rsName);
    assert.deepEqual(rs.metadata?.ownerReferences, [
      { apiVersion: 'apps/v1', kind: 'Deployment', name, uid: d.metadata?.uid, controller: true, blockOwnerDeletion: true },
    ]);
    assert.deepEqual((rs.spec as { selector?: unknown }).selector, { matchLabels: { app: name, 'pod-template-hash': hash } });
    assert.equal((rs.spec as { replicas?: number }).replicas, 2);

    const pods = await waitPods(`app=${name}`, 'two ready pods', (ps) => ps.length === 2 && ps.every(isRunningAndReady));
    for (const pod of pods) {
      assert.match(pod.metadata?.name ?? '', new RegExp(`^${rsName}-[a-z0-9]{5}$`));
      assert.equal(labels(pod)['pod-template-hash'], hash);
      assert.deepEqual(pod.metadata?.ownerReferences, [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rsName, uid: rs.metadata?.uid, controller: true, blockOwnerDeletion: true },
      ]);
    }
    assert.deepEqual(condition(d, 'Available'), { ...condition(d, 'Available'), status: 'True', reason: 'MinimumReplicasAvailable' });
    assert.deepEqual(condition(d, 'Progressing'), {
      ...condition(d, 'Progressing'),
      status: 'True',
      reason: 'NewReplicaSetAvailable',
      message: `ReplicaSet "${rsName}" has successfully progressed.`,
    });

    const get = await run(['get', 'deployment', name]);
    assert.equal(get.code, 0, get.stderr);
    assert.match(get.stdout, new RegExp(`^${name}\\s+2/2\\s+2\\s+2\\s`, 'm'));
    const rollout = await run(['rollout', 'status', `deployment/${name}`, '--timeout=60s']);
    assert.equal(rollout.code, 0, rollout.stderr);
    assert.match(rollout.stdout, new RegExp(`deployment "${name}" successfully rolled out`));
  });

  it('rolls a new pod template out to a new ReplicaSet while the old one is scaled down to 0', async () => {
    const name = uniqueName('roll');
    await apply(deployment(name, 2, 'nginx:1.27'));
    await waitDeployment(name, 'first rollout', (o) => rolledOut(o, 2));
    const [first] = await cluster.api.list('apps/v1', 'ReplicaSet', { labelSelector: `app=${name}` });
    const oldName = first?.metadata?.name ?? '';
    await apply(deployment(name, 2, 'nginx:1.26'));
    // kubectl follows the rollout through its watch until it is done.
    const rollout = await run(['rollout', 'status', `deployment/${name}`, '--timeout=60s']);
    assert.equal(rollout.code, 0, rollout.stderr);
    const d = await waitDeployment(name, 'second rollout', (o) => (o.metadata?.generation ?? 0) === 2 && rolledOut(o, 2));

    const rss = await cluster.api.list('apps/v1', 'ReplicaSet', { labelSelector: `app=${name}` });
    const next = rss.find((rs) => rs.metadata?.name !== oldName);
    const old = rss.find((rs) => rs.metadata?.name === oldName);
    assert.equal(rss.length, 2);
    assert.ok(next && old);
    const newName = next.metadata?.name ?? '';
    assert.equal((next.spec as { replicas?: number }).replicas, 2);
    assert.equal((old.spec as { replicas?: number }).replicas, 0);
    assert.equal(next.metadata?.annotations?.['deployment.kubernetes.io/revision'], '2');
    assert.equal(old.metadata?.annotations?.['deployment.kubernetes.io/revision'], '1');
    assert.equal(d.metadata?.annotations?.['deployment.kubernetes.io/revision'], '2');
    assert.equal(condition(d, 'Progressing')?.message, `ReplicaSet "${newName}" has successfully progressed.`);

    const pods = await waitPods(
      `app=${name}`,
      'only pods of the new template',
      (ps) => ps.length === 2 && ps.every((p) => isRunningAndReady(p) && !isDeleting(p)),
    );
    for (const pod of pods) {
      assert.equal(image(pod), 'nginx:1.26');
      assert.equal(labels(pod)['pod-template-hash'], labels(next)['pod-template-hash']);
    }
    // With 2 replicas, maxSurge 25% rounds up to 1 and maxUnavailable 25% down to 0: one pod at a time.
    const events = await cluster.api.list('v1', 'Event', { fieldSelector: `involvedObject.name=${name}` });
    const scaling = events.filter((e) => e.reason === 'ScalingReplicaSet').map((e) => String(e.message));
    for (const step of [
      `Scaled up replica set ${newName} from 0 to 1`,
      `Scaled down replica set ${oldName} from 2 to 1`,
      `Scaled up replica set ${newName} from 1 to 2`,
      `Scaled down replica set ${oldName} from 1 to 0`,
    ]) {
      assert.ok(scaling.includes(step), `${step} in ${scaling.join(' | ')}`);
    }
    const history = await run(['rollout', 'history', `deployment/${name}`]);
    assert.equal(history.code, 0, history.stderr);
    assert.match(history.stdout, /^1\s/m);
    assert.match(history.stdout, /^2\s/m);
  });

  it('replaces a deleted pod, scales, and deleting the Deployment deletes its ReplicaSet and pods', async () => {
    const name = uniqueName('keep');
    await apply(deployment(name, 2, 'nginx:1.27'));
    await waitDeployment(name, '2 ready replicas', (o) => rolledOut(o, 2));
    const [rs] = await cluster.api.list('apps/v1', 'ReplicaSet', { labelSelector: `app=${name}` });
    const rsName = rs?.metadata?.name ?? '';
    const [victim] = await cluster.api.list('v1', 'Pod', { labelSelector: `app=${name}` });
    const victimName = victim?.metadata?.name ?? '';
    await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name: victimName });
    const replaced = await waitPods(`app=${name}`, 'a replacement', (ps) => {
      const live = ps.filter((p) => !isDeleting(p));
      return live.length === 2 && live.every(isRunningAndReady) && !live.some((p) => p.metadata?.name === victimName);
    });
    for (const pod of replaced.filter((p) => !isDeleting(p))) assert.equal(pod.metadata?.ownerReferences?.[0]?.name, rsName);

    await apply(deployment(name, 3, 'nginx:1.27'));
    await waitDeployment(name, 'scaled to 3', (o) => rolledOut(o, 3));
    await waitPods(`app=${name}`, 'three ready pods', (ps) => ps.filter((p) => !isDeleting(p) && isRunningAndReady(p)).length === 3);
    await apply(deployment(name, 1, 'nginx:1.27'));
    await waitDeployment(name, 'scaled to 1', (o) => rolledOut(o, 1));
    await waitPods(`app=${name}`, 'one pod left', (ps) => ps.length === 1);
    const rss = await cluster.api.list('apps/v1', 'ReplicaSet', { labelSelector: `app=${name}` });
    assert.deepEqual(
      rss.map((r) => [r.metadata?.name, (r.spec as { replicas?: number }).replicas]),
      [[rsName, 1]],
      'scaling keeps the ReplicaSet',
    );

    await cluster.api.delete({ apiVersion: 'apps/v1', kind: 'Deployment', name });
    await waitForDeletion(cluster.api, 'apps/v1', 'ReplicaSet', rsName, cluster.patienceMs);
    await waitPods(`app=${name}`, 'no pods', (ps) => ps.length === 0);
  });

  it('Recreate stops every old pod before a pod of the new template starts', async () => {
    const name = uniqueName('recreate');
    const recreate = (img: string): KubeObject => {
      const d = deployment(name, 2, img);
      return { ...d, spec: { ...(d.spec as object), strategy: { type: 'Recreate' } } };
    };
    await apply(recreate('nginx:1.27'));
    await waitDeployment(name, 'first rollout', (o) => rolledOut(o, 2));
    let mixed = false;
    const { done } = await listening((listed) =>
      waitPods(`app=${name}`, 'two ready pods of the new template', (ps) => {
        listed();
        if (new Set(ps.map(image)).size > 1) mixed = true;
        return ps.length === 2 && ps.every((p) => image(p) === 'nginx:1.26' && isRunningAndReady(p));
      }),
    );
    await apply(recreate('nginx:1.26'));
    await done;
    assert.equal(mixed, false, 'old and new pods never ran side by side, not even while the old ones terminated');
    await waitDeployment(name, 'second rollout', (o) => (o.metadata?.generation ?? 0) === 2 && rolledOut(o, 2));
  });

  it('reports a rollout stuck past progressDeadlineSeconds, and kubectl rollout status fails', async () => {
    const name = uniqueName('stuck');
    const d = deployment(name, 1, `${name}-missing-image`);
    await apply({ ...d, spec: { ...(d.spec as object), progressDeadlineSeconds: 1 } });
    const stuck = await waitDeployment(
      name,
      'ProgressDeadlineExceeded',
      (o) => condition(o, 'Progressing')?.reason === 'ProgressDeadlineExceeded',
    );
    const [rs] = await cluster.api.list('apps/v1', 'ReplicaSet', { labelSelector: `app=${name}` });
    assert.deepEqual(condition(stuck, 'Progressing'), {
      ...condition(stuck, 'Progressing'),
      status: 'False',
      message: `ReplicaSet "${rs?.metadata?.name ?? ''}" has timed out progressing.`,
    });
    assert.deepEqual(condition(stuck, 'Available'), {
      ...condition(stuck, 'Available'),
      status: 'False',
      reason: 'MinimumReplicasUnavailable',
    });
    const rollout = await run(['rollout', 'status', `deployment/${name}`, '--timeout=60s']);
    assert.notEqual(rollout.code, 0);
    assert.match(rollout.stderr, new RegExp(`deployment "${name}" exceeded its progress deadline`));
  });

  it("runs a Job's pod to completion", async () => {
    const name = uniqueName('once');
    await apply(job(name, 'echo finished'));
    const done = await waitForObject(cluster.api, 'batch/v1', 'Job', name, (j) => condition(j, 'Complete')?.status === 'True', {
      timeoutMs: cluster.patienceMs,
      what: 'Complete',
    });
    const s = status(done);
    assert.equal(s.succeeded, 1);
    assert.equal(s.active ?? 0, 0);
    assert.ok(s.startTime && s.completionTime);
    for (const type of ['SuccessCriteriaMet', 'Complete']) {
      assert.deepEqual(condition(done, type), {
        ...condition(done, type),
        status: 'True',
        reason: 'CompletionsReached',
        message: 'Reached expected number of succeeded pods',
      });
    }
    const [pod, ...more] = await cluster.api.list('v1', 'Pod', { labelSelector: `batch.kubernetes.io/job-name=${name}` });
    assert.ok(pod);
    assert.equal(more.length, 0);
    const uid = done.metadata?.uid ?? '';
    assert.match(pod.metadata?.name ?? '', new RegExp(`^${name}-[a-z0-9]{5}$`));
    assert.deepEqual(
      [labels(pod)['job-name'], labels(pod)['controller-uid'], labels(pod)['batch.kubernetes.io/controller-uid']],
      [name, uid, uid],
    );
    assert.deepEqual(pod.metadata?.ownerReferences, [
      { apiVersion: 'batch/v1', kind: 'Job', name, uid, controller: true, blockOwnerDeletion: true },
    ]);
    assert.equal((pod.status as { phase?: string }).phase, 'Succeeded');
    assert.equal(await cluster.api.logs(pod.metadata?.name ?? ''), 'finished\n');
    // Deleting the Job deletes its pods (background garbage collection).
    await cluster.api.delete({ apiVersion: 'batch/v1', kind: 'Job', name });
    await waitForDeletion(cluster.api, 'v1', 'Pod', pod.metadata?.name ?? '', cluster.patienceMs);
  });

  it('runs completions with at most parallelism pods at a time', async () => {
    const name = uniqueName('batch');
    let mostRunning = 0;
    const succeeded = (p: KubeObject): boolean => (p.status as { phase?: string } | undefined)?.phase === 'Succeeded';
    const { done } = await listening((listed) =>
      waitPods(`job-name=${name}`, 'three succeeded pods', (ps) => {
        listed();
        mostRunning = Math.max(mostRunning, ps.filter((p) => !succeeded(p)).length);
        return ps.filter(succeeded).length === 3;
      }),
    );
    await apply(job(name, 'echo part', { completions: 3, parallelism: 2 }));
    const pods = await done;
    assert.equal(pods.length, 3, 'no pod more than completions');
    assert.equal(mostRunning, 2);
    const complete = await waitForObject(cluster.api, 'batch/v1', 'Job', name, (j) => condition(j, 'Complete')?.status === 'True', {
      timeoutMs: cluster.patienceMs,
      what: 'Complete',
    });
    assert.equal(status(complete).succeeded, 3);
  });

  it('treats parallelism without completions as a work queue: all workers run, and the first success ends it', async () => {
    const name = uniqueName('queue');
    await apply(job(name, 'echo worked', { parallelism: 2 }));
    const stored = await cluster.api.get({ apiVersion: 'batch/v1', kind: 'Job', name });
    assert.equal(stored.spec?.completions, undefined, 'completions stays unset, as the API server leaves it');
    const complete = await waitForObject(cluster.api, 'batch/v1', 'Job', name, (j) => condition(j, 'Complete')?.status === 'True', {
      timeoutMs: cluster.patienceMs,
      what: 'Complete',
    });
    assert.equal(status(complete).succeeded, 2, 'both workers ran to success');
  });

  it('fails a Job whose pods keep failing once backoffLimit is passed', async () => {
    const name = uniqueName('broken');
    await apply(job(name, 'echo failing; exit 1', { backoffLimit: 1 }));
    const failed = await waitForObject(cluster.api, 'batch/v1', 'Job', name, (j) => condition(j, 'Failed')?.status === 'True', {
      timeoutMs: cluster.patienceMs,
      what: 'Failed',
    });
    assert.equal(status(failed).failed, 2, 'the first failure is retried once, the second one is past the limit');
    for (const type of ['FailureTarget', 'Failed']) {
      assert.deepEqual(condition(failed, type), {
        ...condition(failed, type),
        status: 'True',
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
      });
    }
    assert.equal(condition(failed, 'Complete'), undefined);
    const pods = await cluster.api.list('v1', 'Pod', { labelSelector: `job-name=${name}` });
    assert.deepEqual(
      pods.map((p) => (p.status as { phase?: string }).phase),
      ['Failed', 'Failed'],
      'restartPolicy Never: a new pod per failure',
    );
    const event = await waitForEvent(cluster.api, name, 'BackoffLimitExceeded', cluster.patienceMs);
    assert.equal(event.type, 'Warning');
  });
});
