// Pods as the API server returns them (fields defaulted, statuses written by the kubelet), built
// around a fixed clock so ages and restart times are exact.
import type { Container, ContainerState, ContainerStatus, Pod } from '../../../../../client/src/core/kube/kubeTypes';

export const NOW = Date.parse('2025-03-10T12:00:00Z');

/** An RFC 3339 timestamp `seconds` before NOW. */
export function ago(seconds: number): string {
  return new Date(NOW - seconds * 1000).toISOString().replace('.000Z', 'Z');
}

export function container(name: string, image: string, extra: Partial<Container> = {}): Container {
  return {
    name,
    image,
    imagePullPolicy: 'IfNotPresent',
    resources: {},
    volumeMounts: [{ name: 'kube-api-access-7xk2p', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }],
    ...extra,
  };
}

export function status(name: string, state: ContainerState, extra: Partial<ContainerStatus> = {}): ContainerStatus {
  return {
    name,
    ready: state.running !== undefined,
    started: state.running !== undefined,
    restartCount: 0,
    image: 'docker.io/library/nginx:1.27',
    imageID: 'docker.io/library/nginx@sha256:6784fb0834aa7dbbe12e3d7471e69c290df3e6ba810dc38b34ae33d3c1c05f7d',
    containerID: 'containerd://9f1c1f2ad7c3b4c1f8b0e1a2d3c4b5a6978877665544332211aabbccddeeff00',
    state,
    lastState: {},
    ...extra,
  };
}

export const running = (seconds: number): ContainerState => ({ running: { startedAt: ago(seconds) } });
export const waiting = (reason: string, message?: string): ContainerState => ({
  waiting: message === undefined ? { reason } : { reason, message },
});
export function terminated(
  exitCode: number,
  reason: string | undefined,
  startedSecondsAgo: number,
  finishedSecondsAgo: number,
): ContainerState {
  return {
    terminated: {
      exitCode,
      ...(reason !== undefined ? { reason } : {}),
      startedAt: ago(startedSecondsAgo),
      finishedAt: ago(finishedSecondsAgo),
      containerID: 'containerd://0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
    },
  };
}

const conditionTypes = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'];

/** Pod conditions; `falseOnes` lists the types whose status is False. */
export function conditions(falseOnes: string[] = [], since = 300): NonNullable<Pod['status']>['conditions'] {
  return conditionTypes.map((type) => ({
    type,
    status: falseOnes.includes(type) ? 'False' : 'True',
    lastTransitionTime: ago(since),
    ...(falseOnes.includes(type) && (type === 'Ready' || type === 'ContainersReady') ? { reason: 'ContainersNotReady' } : {}),
  }));
}

/** A scheduled pod of one or more containers created `age` seconds ago. */
export function pod(
  name: string,
  containers: Container[],
  statuses: ContainerStatus[],
  extra: { phase?: string; age?: number; falseConditions?: string[] } = {},
): Pod {
  const age = extra.age ?? 300;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      uid: '5b0d4f6e-8a2c-4f1e-9c3b-2d7a6e1f0c9b',
      creationTimestamp: ago(age),
      labels: { app: name },
    },
    spec: {
      containers,
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      serviceAccountName: 'default',
      nodeName: 'worker-1',
      priority: 0,
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
      volumes: [
        {
          name: 'kube-api-access-7xk2p',
          projected: {
            sources: [
              { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
              { configMap: { name: 'kube-root-ca.crt' } },
              { downwardAPI: {} },
            ],
          },
        },
      ],
    },
    status: {
      phase: extra.phase ?? 'Running',
      conditions: conditions(extra.falseConditions ?? [], age - 2),
      hostIP: '192.168.49.2',
      podIP: '10.244.0.12',
      podIPs: [{ ip: '10.244.0.12' }],
      startTime: ago(age - 1),
      qosClass: 'BestEffort',
      containerStatuses: statuses,
    },
  };
}
