// Expected layouts are written by hand from how `kubectl describe` aligns its columns: each run of
// consecutive `Key:<tab>value` lines is padded to its longest key plus two spaces.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describePod } from '../../../../../client/src/core/present/describe';
import { describeWorkload } from '../../../../../client/src/core/present/describeWorkload';
import type { KubeEvent, Pod, Workload } from '../../../../../client/src/core/kube/kubeTypes';
import { ago, container, NOW, pod, running, status, terminated, waiting } from './podFixtures';

const KST = { now: NOW, utcOffsetMinutes: 9 * 60 };

function event(type: string, reason: string, from: string, message: string, firstAgo: number, lastAgo = firstAgo, count = 1): KubeEvent {
  return { type, reason, source: { component: from }, message, firstTimestamp: ago(firstAgo), lastTimestamp: ago(lastAgo), count };
}

function nginxPod(): Pod {
  const p = pod(
    'nginx-pod',
    [container('nginx-container', 'nginx:1.27', { ports: [{ containerPort: 80, protocol: 'TCP' }] })],
    [status('nginx-container', running(841))],
    { age: 850 },
  );
  return p;
}

const nginxEvents = [
  event('Normal', 'Pulling', 'kubelet', 'Pulling image "nginx:1.27"', 848),
  event('Normal', 'Scheduled', 'default-scheduler', 'Successfully assigned default/nginx-pod to worker-1', 849),
  event(
    'Normal',
    'Pulled',
    'kubelet',
    'Successfully pulled image "nginx:1.27" in 5.2s (5.2s including waiting). Image size: 72188133 bytes.',
    843,
  ),
  event('Normal', 'Created', 'kubelet', 'Created container: nginx-container', 842),
  event('Normal', 'Started', 'kubelet', 'Started container nginx-container', 842),
];

const nginxExpected = [
  'Name:             nginx-pod',
  'Namespace:        default',
  'Priority:         0',
  'Service Account:  default',
  'Node:             worker-1/192.168.49.2',
  'Start Time:       Mon, 10 Mar 2025 20:45:51 +0900',
  'Labels:           app=nginx-pod',
  'Annotations:      <none>',
  'Status:           Running',
  'IP:               10.244.0.12',
  'IPs:',
  '  IP:  10.244.0.12',
  'Containers:',
  '  nginx-container:',
  '    Container ID:   containerd://9f1c1f2ad7c3b4c1f8b0e1a2d3c4b5a6978877665544332211aabbccddeeff00',
  '    Image:          nginx:1.27',
  '    Image ID:       docker.io/library/nginx@sha256:6784fb0834aa7dbbe12e3d7471e69c290df3e6ba810dc38b34ae33d3c1c05f7d',
  '    Port:           80/TCP',
  '    Host Port:      0/TCP',
  '    State:          Running',
  '      Started:      Mon, 10 Mar 2025 20:45:59 +0900',
  '    Ready:          True',
  '    Restart Count:  0',
  '    Environment:    <none>',
  '    Mounts:',
  '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7xk2p (ro)',
  'Conditions:',
  '  Type                        Status',
  '  PodReadyToStartContainers   True ',
  '  Initialized                 True ',
  '  Ready                       True ',
  '  ContainersReady             True ',
  '  PodScheduled                True ',
  'Volumes:',
  '  kube-api-access-7xk2p:',
  '    Type:                    Projected (a volume that contains injected data from multiple sources)',
  '    TokenExpirationSeconds:  3607',
  '    ConfigMapName:           kube-root-ca.crt',
  '    ConfigMapOptional:       <nil>',
  '    DownwardAPI:             true',
  'QoS Class:                   BestEffort',
  'Node-Selectors:              <none>',
  'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
  '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
  'Events:',
  '  Type    Reason     Age   From               Message',
  '  ----    ------     ----  ----               -------',
  '  Normal  Scheduled  14m   default-scheduler  Successfully assigned default/nginx-pod to worker-1',
  '  Normal  Pulling    14m   kubelet            Pulling image "nginx:1.27"',
  '  Normal  Pulled     14m   kubelet            Successfully pulled image "nginx:1.27" in 5.2s (5.2s including waiting). Image size: 72188133 bytes.',
  '  Normal  Created    14m   kubelet            Created container: nginx-container',
  '  Normal  Started    14m   kubelet            Started container nginx-container',
  '',
].join('\n');

function crashingApiPod(): Pod {
  const api = container('api', 'registry.example.com/shop/api:2.3.1', {
    command: ['python'],
    args: ['-m', 'api.server', '--port=8000'],
    ports: [{ name: 'http', containerPort: 8000, protocol: 'TCP' }],
    envFrom: [{ configMapRef: { name: 'api-flags' } }],
    env: [
      { name: 'LOG_LEVEL', value: 'debug' },
      { name: 'DB_HOST', valueFrom: { configMapKeyRef: { name: 'api-config', key: 'db_host' } } },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } },
      { name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
    ],
    resources: { limits: { memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
    livenessProbe: {
      httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' },
      initialDelaySeconds: 5,
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    },
    readinessProbe: { tcpSocket: { port: 8000 }, periodSeconds: 5 },
    volumeMounts: [
      { name: 'kube-api-access-7xk2p', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true },
      { name: 'config', mountPath: '/etc/api/settings.yaml', subPath: 'settings.yaml', readOnly: true },
    ],
  });
  const apiStatus = status(
    'api',
    waiting(
      'CrashLoopBackOff',
      'back-off 2m40s restarting failed container=api pod=api-7d9f8b6c5d-x2x9k_shop(5b0d4f6e-8a2c-4f1e-9c3b-2d7a6e1f0c9b)',
    ),
    {
      image: 'registry.example.com/shop/api:2.3.1',
      imageID: 'registry.example.com/shop/api@sha256:1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a',
      restartCount: 6,
      lastState: terminated(1, 'Error', 75, 73),
    },
  );
  const p = pod('api-7d9f8b6c5d-x2x9k', [api], [apiStatus], { age: 600, falseConditions: ['Ready', 'ContainersReady'] });
  p.metadata.namespace = 'shop';
  p.metadata.labels = { app: 'api', 'pod-template-hash': '7d9f8b6c5d' };
  p.metadata.annotations = { 'kubectl.kubernetes.io/restartedAt': '2025-03-10T20:30:00+09:00' };
  p.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'api-7d9f8b6c5d', uid: 'a1', controller: true }];
  p.spec!.serviceAccountName = 'api';
  p.spec!.nodeName = 'worker-2';
  p.spec!.nodeSelector = { 'kubernetes.io/arch': 'amd64' };
  p.spec!.initContainers = [container('wait-db', 'busybox:1.36', { command: ['sh', '-c', 'until nc -z db 5432; do sleep 2; done'] })];
  p.spec!.volumes = [{ name: 'config', configMap: { name: 'api-config' } }, ...(p.spec!.volumes ?? [])];
  p.status!.hostIP = '192.168.49.3';
  p.status!.podIP = '10.244.1.7';
  p.status!.podIPs = [{ ip: '10.244.1.7' }];
  p.status!.qosClass = 'Burstable';
  p.status!.initContainerStatuses = [
    status('wait-db', terminated(0, 'Completed', 598, 590), {
      ready: true,
      image: 'docker.io/library/busybox:1.36',
      imageID: 'docker.io/library/busybox@sha256:768e5c6f5cb6db0794eec98dc7a967f40631746c32232b78a3105fb946f3ab83',
      containerID: 'containerd://4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b',
    }),
  ];
  return p;
}

const apiEvents = [
  event(
    'Warning',
    'BackOff',
    'kubelet',
    'Back-off restarting failed container api in pod api-7d9f8b6c5d-x2x9k_shop(5b0d4f6e-8a2c-4f1e-9c3b-2d7a6e1f0c9b)',
    560,
    10,
    25,
  ),
  event('Normal', 'Scheduled', 'default-scheduler', 'Successfully assigned shop/api-7d9f8b6c5d-x2x9k to worker-2', 600),
  event('Normal', 'Pulled', 'kubelet', 'Container image "registry.example.com/shop/api:2.3.1" already present on machine', 580, 75, 7),
];

const apiExpected = [
  'Name:             api-7d9f8b6c5d-x2x9k',
  'Namespace:        shop',
  'Priority:         0',
  'Service Account:  api',
  'Node:             worker-2/192.168.49.3',
  'Start Time:       Mon, 10 Mar 2025 20:50:01 +0900',
  'Labels:           app=api',
  '                  pod-template-hash=7d9f8b6c5d',
  'Annotations:      kubectl.kubernetes.io/restartedAt: 2025-03-10T20:30:00+09:00',
  'Status:           Running',
  'IP:               10.244.1.7',
  'IPs:',
  '  IP:           10.244.1.7',
  'Controlled By:  ReplicaSet/api-7d9f8b6c5d',
  'Init Containers:',
  '  wait-db:',
  '    Container ID:  containerd://4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b',
  '    Image:         busybox:1.36',
  '    Image ID:      docker.io/library/busybox@sha256:768e5c6f5cb6db0794eec98dc7a967f40631746c32232b78a3105fb946f3ab83',
  '    Port:          <none>',
  '    Host Port:     <none>',
  '    Command:',
  '      sh',
  '      -c',
  '      until nc -z db 5432; do sleep 2; done',
  '    State:          Terminated',
  '      Reason:       Completed',
  '      Exit Code:    0',
  '      Started:      Mon, 10 Mar 2025 20:50:02 +0900',
  '      Finished:     Mon, 10 Mar 2025 20:50:10 +0900',
  '    Ready:          True',
  '    Restart Count:  0',
  '    Environment:    <none>',
  '    Mounts:',
  '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7xk2p (ro)',
  'Containers:',
  '  api:',
  '    Container ID:  containerd://9f1c1f2ad7c3b4c1f8b0e1a2d3c4b5a6978877665544332211aabbccddeeff00',
  '    Image:         registry.example.com/shop/api:2.3.1',
  '    Image ID:      registry.example.com/shop/api@sha256:1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a',
  '    Port:          8000/TCP',
  '    Host Port:     0/TCP',
  '    Command:',
  '      python',
  '    Args:',
  '      -m',
  '      api.server',
  '      --port=8000',
  '    State:          Waiting',
  '      Reason:       CrashLoopBackOff',
  '    Last State:     Terminated',
  '      Reason:       Error',
  '      Exit Code:    1',
  '      Started:      Mon, 10 Mar 2025 20:58:45 +0900',
  '      Finished:     Mon, 10 Mar 2025 20:58:47 +0900',
  '    Ready:          False',
  '    Restart Count:  6',
  '    Limits:',
  '      memory:  256Mi',
  '    Requests:',
  '      cpu:      100m',
  '      memory:   128Mi',
  '    Liveness:   http-get http://:http/healthz delay=5s timeout=1s period=10s #success=1 #failure=3',
  '    Readiness:  tcp-socket :8000 delay=0s timeout=1s period=5s #success=1 #failure=3',
  '    Environment Variables from:',
  '      api-flags  ConfigMap  Optional: false',
  '    Environment:',
  '      LOG_LEVEL:    debug',
  "      DB_HOST:      <set to the key 'db_host' of config map 'api-config'>   Optional: false",
  "      DB_PASSWORD:  <set to the key 'password' in secret 'db-credentials'>  Optional: false",
  '      POD_NAME:     api-7d9f8b6c5d-x2x9k (v1:metadata.name)',
  '    Mounts:',
  '      /etc/api/settings.yaml from config (ro,path="settings.yaml")',
  '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7xk2p (ro)',
  'Conditions:',
  '  Type                        Status',
  '  PodReadyToStartContainers   True ',
  '  Initialized                 True ',
  '  Ready                       False ',
  '  ContainersReady             False ',
  '  PodScheduled                True ',
  'Volumes:',
  '  config:',
  '    Type:      ConfigMap (a volume populated by a ConfigMap)',
  '    Name:      api-config',
  '    Optional:  false',
  '  kube-api-access-7xk2p:',
  '    Type:                    Projected (a volume that contains injected data from multiple sources)',
  '    TokenExpirationSeconds:  3607',
  '    ConfigMapName:           kube-root-ca.crt',
  '    ConfigMapOptional:       <nil>',
  '    DownwardAPI:             true',
  'QoS Class:                   Burstable',
  'Node-Selectors:              kubernetes.io/arch=amd64',
  'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
  '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
  'Events:',
  '  Type     Reason     Age                   From               Message',
  '  ----     ------     ----                  ----               -------',
  '  Normal   Scheduled  10m                   default-scheduler  Successfully assigned shop/api-7d9f8b6c5d-x2x9k to worker-2',
  '  Normal   Pulled     75s (x7 over 9m40s)   kubelet            Container image "registry.example.com/shop/api:2.3.1" already present on machine',
  '  Warning  BackOff    10s (x25 over 9m20s)  kubelet            Back-off restarting failed container api in pod api-7d9f8b6c5d-x2x9k_shop(5b0d4f6e-8a2c-4f1e-9c3b-2d7a6e1f0c9b)',
  '',
].join('\n');

const deployment: Workload = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'default',
    creationTimestamp: ago(3 * 3600),
    labels: { app: 'web' },
    annotations: { 'deployment.kubernetes.io/revision': '2' },
  },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80, protocol: 'TCP' }] }] },
    },
  },
  status: {
    replicas: 4,
    updatedReplicas: 3,
    readyReplicas: 2,
    availableReplicas: 2,
    unavailableReplicas: 2,
    conditions: [
      { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' },
      { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' },
    ],
  },
};

const deploymentExpected = [
  'Name:                   web',
  'Namespace:              default',
  'CreationTimestamp:      Mon, 10 Mar 2025 18:00:00 +0900',
  'Labels:                 app=web',
  'Annotations:            deployment.kubernetes.io/revision: 2',
  'Selector:               app=web',
  'Replicas:               3 desired | 3 updated | 4 total | 2 available | 2 unavailable',
  'StrategyType:           RollingUpdate',
  'MinReadySeconds:        0',
  'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
  'Pod Template:',
  '  Labels:  app=web',
  '  Containers:',
  '   nginx:',
  '    Image:         nginx:1.27',
  '    Port:          80/TCP',
  '    Host Port:     0/TCP',
  '    Environment:   <none>',
  '    Mounts:        <none>',
  '  Volumes:         <none>',
  '  Node-Selectors:  <none>',
  '  Tolerations:     <none>',
  'Conditions:',
  '  Type          Status  Reason',
  '  ----          ------  ------',
  '  Available     False   MinimumReplicasUnavailable',
  '  Progressing   True    ReplicaSetUpdated',
  'Events:',
  '  Type    Reason             Age   From                   Message',
  '  ----    ------             ----  ----                   -------',
  '  Normal  ScalingReplicaSet  2m    deployment-controller  Scaled up replica set web-6b7c9d8f5 from 0 to 1',
  '',
].join('\n');

describe('describe pod', () => {
  it('lays out a running nginx pod like kubectl describe, events oldest first', () => {
    assert.equal(describePod(nginxPod(), nginxEvents, KST), nginxExpected);
  });

  it('lays out a crash-looping pod with an init container, env, probes, resources and repeated events', () => {
    assert.equal(describePod(crashingApiPod(), apiEvents, KST), apiExpected);
  });

  it('prints Events: <none> aligned with the section above when there are no events', () => {
    const text = describePod(nginxPod(), [], KST);
    assert.ok(
      text.endsWith(
        'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:                      <none>\n',
      ),
      text,
    );
  });

  it('shows a pod being deleted as Terminating with how long it has lasted', () => {
    const p = nginxPod();
    p.metadata.deletionTimestamp = ago(95);
    p.metadata.deletionGracePeriodSeconds = 30;
    const text = describePod(p, [], KST);
    assert.match(text, /^Status:\s+Terminating \(lasts 95s\)$/m);
    assert.match(text, /^Termination Grace Period:\s+30s$/m);
  });

  it('computes the QoS class when the status does not carry it', () => {
    const p = crashingApiPod();
    delete p.status!.qosClass;
    p.spec!.containers[0].resources = { limits: { cpu: '500m', memory: '256Mi' } };
    // The init container has no limits, so the pod cannot be Guaranteed yet.
    assert.match(describePod(p, [], KST), /^QoS Class:\s+Burstable$/m);
    p.spec!.initContainers![0].resources = { limits: { cpu: '100m', memory: '16Mi' } };
    assert.match(describePod(p, [], KST), /^QoS Class:\s+Guaranteed$/m);
  });
});

describe('describe workloads', () => {
  it('lays out a Deployment with its replica line, pod template and conditions', () => {
    const events = [event('Normal', 'ScalingReplicaSet', 'deployment-controller', 'Scaled up replica set web-6b7c9d8f5 from 0 to 1', 120)];
    assert.equal(describeWorkload(deployment, events, KST), deploymentExpected);
  });

  it('describes a CronJob from its job template and a StatefulSet with pod counts', () => {
    const cron: Workload = {
      kind: 'CronJob',
      metadata: { name: 'report', namespace: 'default' },
      spec: {
        schedule: '*/5 * * * *',
        jobTemplate: {
          spec: {
            template: {
              spec: { containers: [{ name: 'report', image: 'busybox:1.36', command: ['sh', '-c', 'date'] }], restartPolicy: 'OnFailure' },
            },
          },
        },
      },
      status: { active: [{ name: 'report-28990140' }] },
    };
    const text = describeWorkload(cron, [], KST);
    assert.match(text, /^Schedule:\s+\*\/5 \* \* \* \*$/m);
    assert.match(text, /^Active Jobs:\s+report-28990140$/m);
    assert.match(text, /^ {3}report:\n {4}Image:\s+busybox:1\.36$/m);
    const sts: Workload = {
      kind: 'StatefulSet',
      metadata: { name: 'db', namespace: 'default' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'db' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['data', 'cache'] }] },
        template: { spec: { containers: [{ name: 'pg', image: 'postgres:16' }] } },
      },
      status: { replicas: 2 },
    };
    const pods = [nginxPod(), { ...nginxPod(), status: { phase: 'Pending' } }];
    const stsText = describeWorkload(sts, [], { ...KST, pods });
    assert.match(stsText, /^Selector:\s+app=db,tier in \(cache,data\)$/m);
    assert.match(stsText, /^Replicas:\s+2 desired \| 2 total$/m);
    assert.match(stsText, /^Pods Status:\s+1 Running \/ 1 Waiting \/ 0 Succeeded \/ 0 Failed$/m);
  });
});
