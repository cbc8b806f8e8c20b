// Pods that workloads own: the gatherer follows the controllers up to the object a person wrote
// (ReplicaSet → Deployment, Job → CronJob), the diagnosis lands in that manifest's pod template,
// and the manifest claims the pod. The pods are the controllers' own: a Deployment applied from a
// manifest gets its ReplicaSet and pods from the Deployment and ReplicaSet controllers, and the
// editor's live diagnostics (the pod watcher and placement) put one finding for both pods on the
// template's `image:` line. The test server runs no CronJob controller, so the test creates the
// Job a CronJob would, with its owner reference; the Job controller makes the pod.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { manifestWorkloads, podBelongsTo } from '../../client/src/core/manifest/manifestWorkloads';
import { placeDiagnoses } from '../../client/src/core/manifest/place';
import { ManifestPodWatcher, type WatchedPod } from '../../client/src/models/podWatching/podWatcher';
import { parseManifest } from '../../server/src/service/document/manifest';
import { applyYaml, gather, lineAt, only, waitingReason } from './diagnoseHarness';
import { startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { waitForAll } from './waitForAll';

function ownerRef(owner: KubeObject): string {
  return `  ownerReferences:
    - apiVersion: ${owner.apiVersion ?? ''}
      kind: ${owner.kind ?? ''}
      name: ${owner.metadata?.name ?? ''}
      uid: ${owner.metadata?.uid ?? ''}
      controller: true
      blockOwnerDeletion: true
`;
}

/** Watches the manifest's pods as the editor does until their explanations satisfy `condition`. */
async function explainedPods(
  cluster: ClusterUnderTest,
  text: string,
  what: string,
  condition: (pods: WatchedPod[]) => boolean,
): Promise<WatchedPod[]> {
  const latest = new Map<string, WatchedPod>();
  let watcher: ManifestPodWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<WatchedPod[]>((resolve, reject) => {
      timer = setTimeout(() => {
        const seen = [...latest].map(([key, state]) => [key, state.gathered.diagnoses.map((d) => d.code)]);
        reject(new Error(`timed out waiting for ${what}; explained: ${JSON.stringify(seen)}`));
      }, cluster.patienceMs);
      watcher = new ManifestPodWatcher(
        cluster.api,
        manifestWorkloads(parseManifest(text), cluster.namespace),
        {
          onPod: (key, state) => {
            if (state) latest.set(key, state);
            else latest.delete(key);
            if (condition([...latest.values()])) resolve([...latest.values()]);
          },
          onError: (error, willRetry) => {
            if (!willRetry) reject(error instanceof Error ? error : new Error(String(error)));
          },
        },
        { language: () => 'en', settleMs: 20 },
      );
      watcher.start().catch(reject);
    });
  } finally {
    if (timer) clearTimeout(timer);
    watcher?.stop();
  }
}

describe('diagnosing pods that workloads own', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it("Deployment → ReplicaSet → Pods from the controllers: one finding for both pods on the template's image line", async () => {
    const app = uniqueName('web');
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
    spec:
      containers:
        - name: web
          image: ${app}-image
`;
    const [deploy] = await applyYaml(cluster, deployment);
    const watched = await explainedPods(
      cluster,
      deployment,
      'both pods explained as a missing local image',
      (pods) => pods.length === 2 && pods.every((p) => p.gathered.diagnoses.some((d) => d.code === 'image-pull-local-image')),
    );

    const manifest = parseManifest(deployment);
    const placed = placeDiagnoses(manifest, cluster.namespace, watched).filter((p) => p.diagnosis.code === 'image-pull-local-image');
    assert.equal(placed.length, 1, 'the same finding of both pods is one entry');
    const [entry] = placed;
    assert.ok(entry);
    assert.equal(manifest.lines.lineText(manifest.lines.positionAt(entry.start).line).trim(), `image: ${app}-image`);
    assert.equal(entry.workload.kind, 'Deployment');
    const podNames = watched.map((w) => w.gathered.pod.metadata.name ?? '').sort();
    assert.deepEqual(
      entry.pods.map((p) => p.name),
      podNames,
    );

    const [rs] = await cluster.api.list('apps/v1', 'ReplicaSet', { labelSelector: `app=${app}` });
    const rsName = rs?.metadata?.name ?? '';
    assert.equal(rs?.metadata?.ownerReferences?.[0]?.uid, deploy?.metadata?.uid);
    for (const name of podNames) assert.match(name, new RegExp(`^${rsName}-[a-z0-9]{5}$`));
    const gathered = await gather(cluster, podNames[0] ?? '');
    assert.deepEqual(
      gathered.owners.map((o) => `${o.kind}/${o.name}`),
      [`ReplicaSet/${rsName}`, `Deployment/${app}`],
    );
    const d = only(gathered, 'image-pull-local-image');
    assert.match(d.whatToChange, new RegExp(`Deployment \`${app}\``));
    assert.equal(lineAt(deployment, 'Deployment', d), `image: ${app}-image`);
    const [workload] = manifestWorkloads(manifest, cluster.namespace);
    assert.ok(workload && podBelongsTo(workload, gathered.pod, gathered.owners), 'the Deployment manifest claims the pod');
    const other = { ...workload, name: `${app}-other` };
    assert.equal(podBelongsTo(other, gathered.pod, gathered.owners), false, 'a workload with the same labels but another name does not');
  });

  it('CronJob → Job → Pod: the command line of the CronJob template', async () => {
    const name = uniqueName('nightly');
    // A high backoffLimit keeps the crashing pod: with the default 6 restarts the Job fails and deletes it.
    const jobSpec = (indent: string): string =>
      `backoffLimit: 100
template:
  metadata:
    labels:
      job: ${name}
  spec:
    restartPolicy: OnFailure
    containers:
      - name: report
        image: busybox
        command: ["sh", "-c", "echo 'report: no such table'; exit 1"]
`
        .split('\n')
        .map((line) => (line === '' ? line : indent + line))
        .join('\n');
    const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
${jobSpec('      ')}`;
    const [cron] = await applyYaml(cluster, cronJob);
    const jobName = `${name}-29012345`;
    await applyYaml(
      cluster,
      `apiVersion: batch/v1
kind: Job
metadata:
  name: ${jobName}
${ownerRef(cron ?? {})}spec:
${jobSpec('  ')}`,
    );
    const [pod] = await waitForAll(
      cluster.api,
      'v1',
      'Pod',
      `job-name=${jobName}`,
      (pods) => pods.some((p) => waitingReason(p, 'report') === 'CrashLoopBackOff'),
      { timeoutMs: cluster.patienceMs, what: "the Job's pod in CrashLoopBackOff" },
    );
    const gathered = await gather(cluster, pod?.metadata?.name ?? '');
    assert.deepEqual(
      gathered.owners.map((o) => `${o.kind}/${o.name}`),
      [`Job/${jobName}`, `CronJob/${name}`],
    );
    const d = only(gathered, 'crash-exit-code');
    assert.equal(lineAt(cronJob, 'CronJob', d), 'command: ["sh", "-c", "echo \'report: no such table\'; exit 1"]');
    const [workload] = manifestWorkloads(parseManifest(cronJob), cluster.namespace);
    assert.ok(workload && podBelongsTo(workload, gathered.pod, gathered.owners));
  });
});
