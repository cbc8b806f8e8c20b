import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node, Pod, Probe } from '../../../../../client/src/core/kube/kubeTypes';
import { ago, container, diagnoseBoth, evidenceIncludes, only, pod, podEvent, running, status, terminated, waiting } from './diagFixtures';

function probed(readinessProbe: Probe, ready = false): Pod {
  const web = container('app', 'nginx:1.27', { ports: [{ containerPort: 80, protocol: 'TCP' }], readinessProbe });
  return pod('web', [web], [status('app', running(120), { ready })], { falseConditions: ready ? [] : ['Ready', 'ContainersReady'] });
}

const healthz: Probe = {
  httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' },
  periodSeconds: 5,
  timeoutSeconds: 1,
  successThreshold: 1,
  failureThreshold: 3,
};

describe('diagnosis: probes', () => {
  it('a readiness probe on a port the container does not declare points at the probe port', () => {
    const p = probed(healthz);
    const message = 'Readiness probe failed: Get "http://10.1.0.5:8080/healthz": dial tcp 10.1.0.5:8080: connect: connection refused';
    const d = only(
      diagnoseBoth({ pod: p, events: [podEvent(p, 'Unhealthy', message, { container: 'app', count: 24 })] }),
      'readiness-probe-failing',
    );
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'readinessProbe', 'httpGet', 'port']);
    assert.match(d.likelyCause, /port 8080.*port\(s\) 80/);
    assert.match(d.whatToChange, /\(80\)/);
    evidenceIncludes(d, 'connect: connection refused');
  });

  it('a 404 from the right port points at the probe path', () => {
    const p = probed({ ...healthz, httpGet: { path: '/healthz', port: 80 } });
    const d = only(
      diagnoseBoth({
        pod: p,
        events: [podEvent(p, 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 404', { container: 'app' })],
      }),
      'readiness-probe-failing',
    );
    assert.deepEqual(d.manifestTarget?.specPath, ['containers', 0, 'readinessProbe', 'httpGet', 'path']);
    assert.match(d.likelyCause, /`\/healthz`/);
  });

  it('a named probe port resolves through the container ports; a timeout points at timeoutSeconds', () => {
    const p = probed({ ...healthz, httpGet: { path: '/ready', port: 'http' } });
    p.spec!.containers[0].ports = [{ name: 'http', containerPort: 80 }];
    const message =
      'Readiness probe failed: Get "http://10.1.0.5:80/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)';
    const d = only(diagnoseBoth({ pod: p, events: [podEvent(p, 'Unhealthy', message, { container: 'app' })] }), 'readiness-probe-failing');
    assert.deepEqual(d.manifestTarget?.specPath, ['containers', 0, 'readinessProbe', 'timeoutSeconds']);
  });

  it('a ready container with old probe failures is not reported', () => {
    const p = probed(healthz, true);
    const message = 'Readiness probe failed: Get "http://10.1.0.5:8080/healthz": dial tcp 10.1.0.5:8080: connect: connection refused';
    assert.deepEqual(diagnoseBoth({ pod: p, events: [podEvent(p, 'Unhealthy', message, { container: 'app', secondsAgo: 600 })] }), []);
  });

  it('a failing liveness probe explains the restarts instead of a bare SIGTERM crash', () => {
    const web = container('app', 'api:1', {
      command: ['/app/server'],
      ports: [{ containerPort: 8000 }],
      livenessProbe: { httpGet: { path: '/healthz', port: 8000 }, periodSeconds: 10 },
    });
    const p = pod(
      'web',
      [web],
      [status('app', waiting('CrashLoopBackOff'), { restartCount: 3, lastState: terminated(143, 'Error', 90, 60) })],
    );
    const events = [
      podEvent(p, 'Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 500', { container: 'app', count: 9 }),
      podEvent(p, 'Killing', 'Container app failed liveness probe, will be restarted', { type: 'Normal', container: 'app', count: 3 }),
    ];
    const diagnoses = diagnoseBoth({ pod: p, events });
    assert.deepEqual(
      diagnoses.map((d) => d.code),
      ['liveness-probe-failing'],
    );
    const d = diagnoses[0];
    assert.match(d.likelyCause, /HTTP 500/);
    evidenceIncludes(d, 'failed liveness probe, will be restarted');
  });
});

describe('diagnosis: evictions and stuck deletions', () => {
  it('an eviction for ephemeral storage names the container and points at its storage request', () => {
    const p = pod('web', [container('app', 'api:1')], [status('app', terminated(137, 'ContainerStatusUnknown', 900, 60))], {
      phase: 'Failed',
    });
    p.status!.reason = 'Evicted';
    p.status!.message =
      'The node was low on resource: ephemeral-storage. Threshold quantity: 1Gi, available: 524Ki. Container app was using 2Gi, request is 0, has larger consumption of ephemeral-storage. ';
    const node: Node = {
      metadata: { name: 'worker-1' },
      status: {
        conditions: [
          { type: 'DiskPressure', status: 'True', message: 'kubelet has disk pressure' },
          { type: 'Ready', status: 'True' },
        ],
      },
    };
    const d = only(diagnoseBoth({ pod: p, events: [], node }), 'evicted');
    assert.equal(d.container, 'app');
    assert.deepEqual(d.manifestTarget, {
      path: ['spec', 'containers', 0, 'resources', 'requests', 'ephemeral-storage'],
      specPath: ['containers', 0, 'resources', 'requests', 'ephemeral-storage'],
      missing: true,
    });
    assert.match(d.whatHappened, /\(2Gi\)/);
    evidenceIncludes(d, 'low on resource: ephemeral-storage');
    evidenceIncludes(d, 'worker-1: DiskPressure=True');
  });

  it('an eviction for memory suggests a memory request', () => {
    const p = pod('web', [container('app', 'api:1', { resources: { requests: { memory: '256Mi' } } })], [], { phase: 'Failed' });
    p.status!.reason = 'Evicted';
    p.status!.message =
      'The node was low on resource: memory. Threshold quantity: 100Mi, available: 81004Ki. Container app was using 1532Mi, request is 256Mi, has larger consumption of memory. ';
    const d = only(diagnoseBoth({ pod: p, events: [] }), 'evicted');
    assert.deepEqual(d.manifestTarget?.specPath, ['containers', 0, 'resources', 'requests', 'memory']);
    assert.match(d.whatToChange, /resources\.requests\.memory/);
  });

  it('a deletion blocked by finalizers points at metadata.finalizers, outside any template', () => {
    const p = pod('web', [container('app', 'api:1')], [status('app', running(900))]);
    p.metadata.deletionTimestamp = ago(570);
    p.metadata.deletionGracePeriodSeconds = 30;
    p.metadata.finalizers = ['example.com/cleanup'];
    p.metadata.ownerReferences = [{ kind: 'ReplicaSet', name: 'web-6b7c9d8f5', controller: true }];
    const d = only(diagnoseBoth({ pod: p, events: [] }), 'terminating-finalizers');
    assert.deepEqual(d.manifestTarget, { path: ['metadata', 'finalizers'] });
    assert.match(d.whatHappened, /deleted 10m ago/);
    assert.match(d.whatHappened, /`example\.com\/cleanup`/);
    assert.doesNotMatch(d.whatToChange, /pod template/);
  });

  it('a deletion stuck on a node that is not Ready says so; a fresh deletion is not stuck', () => {
    const p = pod('web', [container('app', 'api:1')], [status('app', running(900))]);
    p.metadata.deletionTimestamp = ago(300);
    p.metadata.deletionGracePeriodSeconds = 30;
    const node: Node = {
      metadata: { name: 'worker-1' },
      status: { conditions: [{ type: 'Ready', status: 'Unknown', message: 'Kubelet stopped posting node status.' }] },
    };
    const d = only(diagnoseBoth({ pod: p, events: [], node }), 'terminating-stuck');
    assert.match(d.likelyCause, /`worker-1` is not Ready/);
    evidenceIncludes(d, 'worker-1: Ready=Unknown');
    p.metadata.deletionTimestamp = ago(-20);
    assert.deepEqual(diagnoseBoth({ pod: p, events: [] }), []);
  });
});
