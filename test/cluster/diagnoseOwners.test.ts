// Pods that workloads own: the gatherer follows the controllers up to the object a person wrote
// (ReplicaSet → Deployment, Job → CronJob), the diagnosis lands in that manifest's pod template,
// and the manifest claims the pod. The test server runs no workload controllers, so the test
// creates the ReplicaSet/Job and the pod with the owner references those controllers would set.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { manifestWorkloads, podBelongsTo } from '../../client/src/clusterDiagnostics/manifestWorkloads';
import { parseManifest } from '../../server/src/service/document/manifest';
import { applyYaml, gather, lineAt, only, waitingReason, waitPod } from './diagnoseHarness';
import { startCluster, uniqueName, type ClusterUnderTest } from './harness';

function ownerRef(owner: KubeObject): string {
  return `  ownerReferences:
    - apiVersion: ${owner.apiVersion ?? ''}
      kind: ${owner.kind ?? ''}
      name: ${owner.metadata?.name ?? ''}
      uid: ${owner.metadata?.uid ?? ''}
      controller: true
`;
}

describe('diagnosing pods that workloads own', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it('Deployment → ReplicaSet → Pod: the owner chain, and the image line of the Deployment template', async () => {
    const app = uniqueName('web');
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
spec:
  replicas: 1
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
    const rsName = `${app}-5d4c8b7f9`;
    const [rs] = await applyYaml(cluster, `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: ${rsName}
  labels:
    app: ${app}
${ownerRef(deploy ?? {})}spec:
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
`);
    const podName = `${rsName}-x7k2p`;
    await applyYaml(cluster, `apiVersion: v1
kind: Pod
metadata:
  name: ${podName}
  labels:
    app: ${app}
${ownerRef(rs ?? {})}spec:
  containers:
    - name: web
      image: ${app}-image
`);
    await waitPod(cluster, podName, 'ImagePullBackOff', (p) => waitingReason(p, 'web') === 'ImagePullBackOff');
    const gathered = await gather(cluster, podName);
    assert.deepEqual(gathered.owners.map((o) => `${o.kind}/${o.name}`), [`ReplicaSet/${rsName}`, `Deployment/${app}`]);
    const d = only(gathered, 'image-pull-local-image');
    assert.match(d.whatToChange, new RegExp(`Deployment \`${app}\``));
    assert.equal(lineAt(deployment, 'Deployment', d), `image: ${app}-image`);
    const [workload] = manifestWorkloads(parseManifest(deployment), cluster.namespace);
    assert.ok(workload && podBelongsTo(workload, gathered.pod, gathered.owners), 'the Deployment manifest claims the pod');
    const other = { ...workload, name: `${app}-other` };
    assert.equal(podBelongsTo(other, gathered.pod, gathered.owners), false, 'a workload with the same labels but another name does not');
  });

  it('CronJob → Job → Pod: the command line of the CronJob template', async () => {
    const name = uniqueName('nightly');
    const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
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
`;
    const [cron] = await applyYaml(cluster, cronJob);
    const jobName = `${name}-29012345`;
    const [job] = await applyYaml(cluster, `apiVersion: batch/v1
kind: Job
metadata:
  name: ${jobName}
${ownerRef(cron ?? {})}spec:
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
`);
    const podName = `${jobName}-q8w4z`;
    await applyYaml(cluster, `apiVersion: v1
kind: Pod
metadata:
  name: ${podName}
  labels:
    job: ${name}
${ownerRef(job ?? {})}spec:
  restartPolicy: OnFailure
  containers:
    - name: report
      image: busybox
      command: ["sh", "-c", "echo 'report: no such table'; exit 1"]
`);
    await waitPod(cluster, podName, 'CrashLoopBackOff', (p) => waitingReason(p, 'report') === 'CrashLoopBackOff');
    const gathered = await gather(cluster, podName);
    assert.deepEqual(gathered.owners.map((o) => o.kind), ['Job', 'CronJob']);
    const d = only(gathered, 'crash-exit-code');
    assert.equal(lineAt(cronJob, 'CronJob', d), 'command: ["sh", "-c", "echo \'report: no such table\'; exit 1"]');
    const [workload] = manifestWorkloads(parseManifest(cronJob), cluster.namespace);
    assert.ok(workload && podBelongsTo(workload, gathered.pod, gathered.owners));
  });
});
