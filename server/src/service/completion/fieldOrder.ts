// The fields people reach for first in each type, so completion lists them before the long tail.
const COMMON: Readonly<Record<string, readonly string[]>> = {
  Pod: ['apiVersion', 'kind', 'metadata', 'spec'],
  ObjectMeta: ['name', 'labels', 'namespace', 'annotations'],
  PodSpec: [
    'containers',
    'initContainers',
    'volumes',
    'restartPolicy',
    'nodeSelector',
    'serviceAccountName',
    'securityContext',
    'imagePullSecrets',
  ],
  Container: [
    'name',
    'image',
    'imagePullPolicy',
    'ports',
    'command',
    'args',
    'env',
    'envFrom',
    'resources',
    'volumeMounts',
    'livenessProbe',
    'readinessProbe',
    'startupProbe',
    'securityContext',
    'workingDir',
  ],
  ContainerPort: ['containerPort', 'name', 'protocol'],
  DeploymentSpec: ['replicas', 'selector', 'template', 'strategy'],
  JobSpec: ['template', 'backoffLimit', 'completions', 'parallelism', 'ttlSecondsAfterFinished'],
  CronJobSpec: ['schedule', 'jobTemplate', 'concurrencyPolicy', 'suspend'],
  Probe: ['httpGet', 'tcpSocket', 'exec', 'grpc', 'initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold'],
  ResourceRequirements: ['requests', 'limits'],
  EnvVar: ['name', 'value', 'valueFrom'],
  VolumeMount: ['name', 'mountPath', 'readOnly', 'subPath'],
  Volume: ['name', 'emptyDir', 'configMap', 'secret', 'persistentVolumeClaim', 'hostPath', 'projected'],
};

/** Sort key: required fields first, then the common ones in their order, then the rest by name. */
export function fieldSortText(shortType: string, field: string, required: boolean): string {
  if (required) return `0_${field}`;
  const common = COMMON[shortType]?.indexOf(field) ?? -1;
  if (common >= 0) return `1_${String(common).padStart(2, '0')}_${field}`;
  return `2_${field}`;
}

/** Fields the server owns; offering them to authors is noise. */
export function isServerOwned(path: readonly (string | number)[], field: string): boolean {
  if (path.length === 0 && field === 'status') return true;
  if (path.length === 1 && path[0] === 'metadata') {
    return [
      'creationTimestamp',
      'deletionTimestamp',
      'deletionGracePeriodSeconds',
      'generation',
      'managedFields',
      'resourceVersion',
      'selfLink',
      'uid',
    ].includes(field);
  }
  return false;
}
