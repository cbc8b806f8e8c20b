// The parts of Kubernetes objects that presentation and diagnosis read, as plain structural types
// with the API's JSON field names. We do not import @kubernetes/client-node here (ESM-only at run
// time, and its classes deserialize differently): callers pass the JSON the API server returned.
// Timestamps may be RFC 3339 strings (raw JSON) or Date objects (already deserialized objects).
// Every object type extends KubeObject (kubeObject.ts): one family for the whole client.
import type { KubeObject } from './kubeObject';

export type Time = string | Date;
/** A resource quantity as written in JSON: `"128Mi"`, `"500m"`, `2`. */
export type Quantity = string | number;
export type IntOrString = number | string;
export type ResourceList = Record<string, Quantity>;

export interface OwnerReference {
  apiVersion?: string;
  kind: string;
  name: string;
  uid?: string;
  controller?: boolean;
}

export interface ManagedFieldsEntry {
  manager?: string;
  operation?: 'Apply' | 'Update';
  apiVersion?: string;
  time?: string;
  fieldsType?: string;
  fieldsV1?: Record<string, unknown>;
  subresource?: string;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  creationTimestamp?: Time;
  deletionTimestamp?: Time;
  deletionGracePeriodSeconds?: number;
  finalizers?: string[];
  ownerReferences?: OwnerReference[];
  generation?: number;
  managedFields?: ManagedFieldsEntry[];
  [key: string]: unknown;
}

export interface KeyRef {
  name?: string;
  key: string;
  optional?: boolean;
}
export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: KeyRef;
    secretKeyRef?: KeyRef;
    fieldRef?: { apiVersion?: string; fieldPath: string };
    resourceFieldRef?: { containerName?: string; resource: string; divisor?: Quantity };
  };
}
export interface EnvFromSource {
  prefix?: string;
  configMapRef?: { name?: string; optional?: boolean };
  secretRef?: { name?: string; optional?: boolean };
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  hostPort?: number;
  protocol?: string;
  hostIP?: string;
}

export interface Probe {
  exec?: { command?: string[] };
  httpGet?: { path?: string; port: IntOrString; host?: string; scheme?: string };
  tcpSocket?: { port: IntOrString; host?: string };
  grpc?: { port: number; service?: string };
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
  periodSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}

export interface VolumeMount {
  name: string;
  mountPath: string;
  subPath?: string;
  readOnly?: boolean;
}

export interface Container {
  name: string;
  image?: string;
  imagePullPolicy?: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  ports?: ContainerPort[];
  env?: EnvVar[];
  envFrom?: EnvFromSource[];
  resources?: { limits?: ResourceList; requests?: ResourceList };
  volumeMounts?: VolumeMount[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  /** `Always` on an init container makes it a native sidecar. */
  restartPolicy?: string;
  stdin?: boolean;
  tty?: boolean;
  terminationMessagePolicy?: string;
}

export interface Volume {
  name: string;
  configMap?: { name?: string; optional?: boolean; items?: { key: string; path: string }[] };
  secret?: { secretName?: string; optional?: boolean; items?: { key: string; path: string }[] };
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean };
  emptyDir?: { medium?: string; sizeLimit?: Quantity };
  hostPath?: { path: string; type?: string };
  projected?: {
    sources?: {
      secret?: { name?: string; optional?: boolean };
      configMap?: { name?: string; optional?: boolean };
      downwardAPI?: object;
      serviceAccountToken?: { expirationSeconds?: number; path: string };
    }[];
  };
  downwardAPI?: object;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  ephemeralContainers?: (Container & { targetContainerName?: string })[];
  volumes?: Volume[];
  nodeName?: string;
  nodeSelector?: Record<string, string>;
  /** Read only to know whether it is set; its inner shape is not interpreted. */
  affinity?: { nodeAffinity?: object; podAffinity?: object; podAntiAffinity?: object };
  tolerations?: Toleration[];
  serviceAccountName?: string;
  priority?: number;
  priorityClassName?: string;
  runtimeClassName?: string;
  imagePullSecrets?: { name?: string }[];
  restartPolicy?: string;
  terminationGracePeriodSeconds?: number;
  schedulingGates?: { name: string }[];
  os?: { name: string };
}

export interface ContainerStateWaiting {
  reason?: string;
  message?: string;
}
export interface ContainerStateRunning {
  startedAt?: Time;
}
export interface ContainerStateTerminated {
  exitCode: number;
  signal?: number;
  reason?: string;
  message?: string;
  startedAt?: Time;
  finishedAt?: Time;
  containerID?: string;
}
export interface ContainerState {
  waiting?: ContainerStateWaiting;
  running?: ContainerStateRunning;
  terminated?: ContainerStateTerminated;
}

export interface ContainerStatus {
  name: string;
  ready: boolean;
  started?: boolean;
  restartCount: number;
  image?: string;
  imageID?: string;
  containerID?: string;
  state?: ContainerState;
  lastState?: ContainerState;
}

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: Time;
}

export interface PodStatus {
  phase?: string;
  reason?: string;
  message?: string;
  conditions?: Condition[];
  hostIP?: string;
  podIP?: string;
  podIPs?: { ip: string }[];
  startTime?: Time;
  qosClass?: string;
  nominatedNodeName?: string;
  containerStatuses?: ContainerStatus[];
  initContainerStatuses?: ContainerStatus[];
  ephemeralContainerStatuses?: ContainerStatus[];
}

export interface Pod extends KubeObject {
  metadata: ObjectMeta;
  spec?: PodSpec;
  status?: PodStatus;
}

export interface KubeEvent extends KubeObject {
  involvedObject?: { kind?: string; name?: string; namespace?: string; uid?: string; fieldPath?: string };
  reason?: string;
  message?: string;
  /** `Normal` or `Warning`. */
  type?: string;
  count?: number;
  firstTimestamp?: Time;
  lastTimestamp?: Time;
  eventTime?: Time;
  series?: { count?: number; lastObservedTime?: Time };
  source?: { component?: string; host?: string };
  reportingComponent?: string;
  reportingInstance?: string;
}

export interface Namespace extends KubeObject {
  metadata: ObjectMeta;
  status?: { phase?: string };
}

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export interface Node extends KubeObject {
  metadata: ObjectMeta;
  spec?: { taints?: Taint[]; unschedulable?: boolean };
  status?: {
    allocatable?: ResourceList;
    capacity?: ResourceList;
    conditions?: Condition[];
    nodeInfo?: { architecture?: string; operatingSystem?: string; kubeletVersion?: string };
  };
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export interface PodTemplateSpec {
  metadata?: ObjectMeta;
  spec?: PodSpec;
}

/** Deployment, ReplicaSet, StatefulSet, DaemonSet, Job and CronJob, with the fields describe reads. */
export interface Workload extends KubeObject {
  kind: string;
  metadata: ObjectMeta;
  spec?: {
    replicas?: number;
    selector?: LabelSelector;
    template?: PodTemplateSpec;
    strategy?: { type?: string; rollingUpdate?: { maxUnavailable?: IntOrString; maxSurge?: IntOrString } };
    updateStrategy?: { type?: string; rollingUpdate?: { partition?: number; maxUnavailable?: IntOrString } };
    minReadySeconds?: number;
    serviceName?: string;
    podManagementPolicy?: string;
    parallelism?: number;
    completions?: number;
    backoffLimit?: number;
    activeDeadlineSeconds?: number;
    completionMode?: string;
    suspend?: boolean;
    schedule?: string;
    timeZone?: string;
    concurrencyPolicy?: string;
    startingDeadlineSeconds?: number;
    successfulJobsHistoryLimit?: number;
    failedJobsHistoryLimit?: number;
    jobTemplate?: {
      metadata?: ObjectMeta;
      spec?: { template?: PodTemplateSpec; parallelism?: number; completions?: number; backoffLimit?: number };
    };
  };
  status?: {
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    unavailableReplicas?: number;
    currentReplicas?: number;
    fullyLabeledReplicas?: number;
    desiredNumberScheduled?: number;
    currentNumberScheduled?: number;
    updatedNumberScheduled?: number;
    numberAvailable?: number;
    numberMisscheduled?: number;
    numberReady?: number;
    active?: number | { name?: string; namespace?: string }[];
    ready?: number;
    succeeded?: number;
    failed?: number;
    startTime?: Time;
    completionTime?: Time;
    lastScheduleTime?: Time;
    lastSuccessfulTime?: Time;
    conditions?: Condition[];
  };
}

/** Milliseconds since the epoch, or undefined for a missing or unreadable time. */
export function timeMillis(time: Time | undefined): number | undefined {
  if (time === undefined) return undefined;
  const ms = time instanceof Date ? time.getTime() : Date.parse(time);
  return Number.isNaN(ms) ? undefined : ms;
}
