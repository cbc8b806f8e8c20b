// Configuration that keeps containers from starting or serving, reproduced on the cluster: a
// ConfigMap that does not exist, a Secret without the key, several missing objects at once (only
// the first is in the kubelet's message; the gatherer checks the others), and a readiness probe
// aimed at a port the container does not listen on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applyYaml, gather, lineAt, only, waitingReason, waitPod } from './diagnoseHarness';
import { startCluster, uniqueName, webPort, type ClusterUnderTest } from './harness';
import { waitForEvent } from './waitFor';

describe('diagnosing configuration on a cluster', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  function configError(name: string, container: string): Promise<unknown> {
    return waitPod(cluster, name, 'CreateContainerConfigError', (p) => waitingReason(p, container) === 'CreateContainerConfigError');
  }

  it('a ConfigMap that does not exist: the env entry that names it', async () => {
    const name = uniqueName('cm');
    const cm = uniqueName('settings');
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: busybox
      command: ["sh", "-c", "sleep 3600"]
      env:
        - name: LOG_LEVEL
          value: debug
        - name: MODE
          valueFrom:
            configMapKeyRef:
              name: ${cm}
              key: mode
`;
    await applyYaml(cluster, text);
    await configError(name, 'app');
    const d = only(await gather(cluster, name), 'config-missing-object');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'env', 1, 'valueFrom', 'configMapKeyRef', 'name']);
    assert.equal(lineAt(text, 'Pod', d), `name: ${cm}`);
    assert.ok(
      d.evidence.some((e) => e.includes(`configmap "${cm}" not found`)),
      d.evidence.join('\n'),
    );
  });

  it('a Secret without the key: the key line', async () => {
    const name = uniqueName('key');
    const secret = uniqueName('db');
    const text = `apiVersion: v1
kind: Secret
metadata:
  name: ${secret}
stringData:
  username: app
---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: busybox
      command: ["sh", "-c", "sleep 3600"]
      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: ${secret}
              key: password
`;
    await applyYaml(cluster, text);
    await configError(name, 'app');
    const d = only(await gather(cluster, name), 'config-missing-key');
    assert.equal(lineAt(text, 'Pod', d, 1), 'key: password');
    assert.match(d.title + d.whatHappened, /password/);
  });

  it('several missing objects: the gatherer finds the ones the kubelet has not named yet', async () => {
    const name = uniqueName('many');
    const [cm, secret] = [uniqueName('features'), uniqueName('tokens')];
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: busybox
      command: ["sh", "-c", "sleep 3600"]
      envFrom:
        - configMapRef:
            name: ${cm}
        - secretRef:
            name: ${secret}
`;
    await applyYaml(cluster, text);
    await configError(name, 'app');
    const gathered = await gather(cluster, name);
    const missing = gathered.diagnoses.filter((d) => d.code === 'config-missing-object');
    assert.deepEqual(missing.map((d) => lineAt(text, 'Pod', d)).sort(), [`name: ${cm}`, `name: ${secret}`].sort());
    assert.deepEqual(gathered.input.referencedObjects, { configMaps: [], secrets: [] });
  });

  it('a readiness probe on a port the container does not declare: the probe port line', async () => {
    const name = uniqueName('probe');
    const port = webPort();
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports:
        - containerPort: ${port}
      readinessProbe:
        httpGet:
          path: /
          port: ${port + 1}
        periodSeconds: 1
`;
    await applyYaml(cluster, text);
    await waitPod(cluster, name, 'running', (p) => (p.status as { phase?: string } | undefined)?.phase === 'Running');
    await waitForEvent(cluster.api, name, 'Unhealthy', cluster.patienceMs);
    const gathered = await gather(cluster, name);
    const d = only(gathered, 'readiness-probe-failing');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'readinessProbe', 'httpGet', 'port']);
    assert.equal(lineAt(text, 'Pod', d), `port: ${port + 1}`);
    assert.ok(
      d.evidence.some((e) => e.startsWith('Readiness probe failed')),
      d.evidence.join('\n'),
    );
  });
});
