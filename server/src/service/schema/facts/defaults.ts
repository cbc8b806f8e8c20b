// The values the Kubernetes API server (and, where noted, an admission plugin) fills in when a
// field is left out, so hovers can say what a missing field will really be. Hand-checked against
// the Kubernetes sources named in each comment; only defaults that hold for every modelled
// version (1.28+) with the default feature gates are listed. Entries that depend on sibling
// fields are functions of the owning object as parsed from YAML. Notes are worded in every
// language hovers speak, so a Korean hover never falls back to an English caveat.
import type { Language } from '../../settings';

export interface DefaultValue {
  /** The value as it would be written in YAML: `""` for the empty string, flow style for objects. */
  readonly value: string;
  /** A short condition or caveat in the language asked for, e.g. "because the image has no tag". */
  readonly note?: string;
}

type Note = Readonly<Record<Language, string>>;

interface Entry {
  readonly value: string;
  readonly note?: Note;
}

type Owner = Readonly<Record<string, unknown>>;
type Rule = Entry | ((owner: Owner) => Entry | undefined);

const core = 'io.k8s.api.core.v1.';
const apps = 'io.k8s.api.apps.v1.';
const batch = 'io.k8s.api.batch.v1.';

const fileMode: Entry = {
  value: '420',
  note: { en: 'octal 0644: everyone may read, only the owner may write', ko: '8진수 0644: 누구나 읽을 수 있고 쓰기는 소유자만 가능' },
};

const table: Readonly<Record<string, Readonly<Record<string, Rule>>>> = {
  [`${core}Container`]: {
    // pkg/apis/core/v1/defaults.go SetDefaults_Container: Always for tag "latest" (an image with
    // neither tag nor digest counts as latest), IfNotPresent otherwise.
    imagePullPolicy: (container) => pullPolicyFor(container.image),
    // pkg/apis/core/v1/defaults.go SetDefaults_Container (TerminationMessagePathDefault)
    terminationMessagePath: { value: '/dev/termination-log' },
    // pkg/apis/core/v1/defaults.go SetDefaults_Container (TerminationMessageReadFile)
    terminationMessagePolicy: { value: 'File' },
  },
  [`${core}ContainerPort`]: {
    // pkg/apis/core/v1/defaults.go SetDefaults_ContainerPort
    protocol: { value: 'TCP' },
  },
  [`${core}ResourceRequirements`]: {
    // pkg/apis/core/v1/defaults.go SetDefaults_Pod: a resource with a limit and no request gets
    // the limit as its request (containers and init containers of a Pod).
    requests: (resources) => requestsFromLimits(resources),
  },
  [`${core}PodSpec`]: {
    // pkg/apis/core/v1/defaults.go SetDefaults_PodSpec; batch validation then rejects Always.
    restartPolicy: {
      value: 'Always',
      note: {
        en: 'Jobs and CronJobs reject Always: they need OnFailure or Never',
        ko: '`Job`과 `CronJob`은 `Always`를 받지 않으므로 `OnFailure`나 `Never`를 써야 합니다',
      },
    },
    // pkg/apis/core/v1/defaults.go SetDefaults_PodSpec
    dnsPolicy: { value: 'ClusterFirst' },
    // pkg/apis/core/v1/defaults.go SetDefaults_PodSpec (DefaultTerminationGracePeriodSeconds)
    terminationGracePeriodSeconds: { value: '30' },
    // pkg/apis/core/v1/defaults.go SetDefaults_PodSpec (DefaultSchedulerName)
    schedulerName: { value: 'default-scheduler' },
    // pkg/apis/core/v1/defaults.go SetDefaults_PodSpec (empty PodSecurityContext)
    securityContext: { value: '{}' },
    // pkg/apis/core/v1/defaults.go SetDefaults_PodSpec (DefaultEnableServiceLinks)
    enableServiceLinks: { value: 'true' },
    // plugin/pkg/admission/serviceaccount/admission.go: set on Pods at admission, not by defaulting
    serviceAccountName: {
      value: 'default',
      note: {
        en: 'set when the Pod is admitted; templates stay empty',
        ko: '파드가 만들어질 때 API 서버가 채우며, 템플릿에서는 비어 있습니다',
      },
    },
  },
  [`${core}Probe`]: {
    // pkg/apis/core/v1/defaults.go SetDefaults_Probe
    periodSeconds: { value: '10' },
    // pkg/apis/core/v1/defaults.go SetDefaults_Probe
    timeoutSeconds: { value: '1' },
    // pkg/apis/core/v1/defaults.go SetDefaults_Probe; validation keeps liveness/startup at 1
    successThreshold: {
      value: '1',
      note: { en: 'liveness and startup probes only accept 1', ko: '`livenessProbe`와 `startupProbe`는 1만 받습니다' },
    },
    // pkg/apis/core/v1/defaults.go SetDefaults_Probe
    failureThreshold: { value: '3' },
    // staging/src/k8s.io/api/core/v1/types.go: plain int32, so an absent value is the zero value
    initialDelaySeconds: { value: '0' },
  },
  [`${core}HTTPGetAction`]: {
    // pkg/apis/core/v1/defaults.go SetDefaults_HTTPGetAction
    path: { value: '/' },
    // pkg/apis/core/v1/defaults.go SetDefaults_HTTPGetAction
    scheme: { value: 'HTTP' },
  },
  [`${core}ObjectFieldSelector`]: {
    // pkg/apis/core/v1/defaults.go SetDefaults_ObjectFieldSelector
    apiVersion: { value: 'v1' },
  },
  [`${core}Volume`]: {
    // pkg/apis/core/v1/defaults.go SetDefaults_Volume: a volume with no source becomes an emptyDir
    emptyDir: (volume) =>
      Object.keys(volume).some((key) => key !== 'name' && key !== 'emptyDir')
        ? undefined
        : {
            value: '{}',
            note: { en: 'a volume with no source becomes an emptyDir', ko: '소스를 지정하지 않은 볼륨은 `emptyDir`이 됩니다' },
          },
  },
  [`${core}EmptyDirVolumeSource`]: {
    // staging/src/k8s.io/api/core/v1/types.go StorageMediumDefault: the zero value, node storage
    medium: {
      value: '""',
      note: {
        en: 'the node\'s own storage; "Memory" means tmpfs',
        ko: '노드의 저장 공간을 씁니다. `"Memory"`로 하면 메모리 기반 tmpfs를 씁니다',
      },
    },
  },
  [`${core}HostPathVolumeSource`]: {
    // pkg/apis/core/v1/defaults.go SetDefaults_HostPathVolumeSource (HostPathUnset)
    type: { value: '""', note: { en: 'nothing is checked at the path before mounting', ko: '마운트하기 전에 경로를 확인하지 않습니다' } },
  },
  // pkg/apis/core/v1/defaults.go SetDefaults_ConfigMapVolumeSource (ConfigMapVolumeSourceDefaultMode)
  [`${core}ConfigMapVolumeSource`]: { defaultMode: fileMode },
  // pkg/apis/core/v1/defaults.go SetDefaults_SecretVolumeSource (SecretVolumeSourceDefaultMode)
  [`${core}SecretVolumeSource`]: { defaultMode: fileMode },
  // pkg/apis/core/v1/defaults.go SetDefaults_ProjectedVolumeSource (ProjectedVolumeSourceDefaultMode)
  [`${core}ProjectedVolumeSource`]: { defaultMode: fileMode },
  // pkg/apis/core/v1/defaults.go SetDefaults_DownwardAPIVolumeSource (DownwardAPIVolumeSourceDefaultMode)
  [`${core}DownwardAPIVolumeSource`]: { defaultMode: fileMode },
  [`${core}ReplicationControllerSpec`]: {
    // pkg/apis/core/v1/defaults.go SetDefaults_ReplicationController
    replicas: { value: '1' },
    // pkg/apis/core/v1/defaults.go SetDefaults_ReplicationController: selector copied from template labels
    selector: (spec) => {
      const labels = record(record(record(spec.template).metadata).labels);
      return Object.keys(labels).length > 0
        ? { value: flowMap(labels), note: { en: 'copied from template.metadata.labels', ko: '`template.metadata.labels`에서 복사됩니다' } }
        : undefined;
    },
  },

  [`${apps}DeploymentSpec`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_Deployment
    replicas: { value: '1' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_Deployment
    strategy: { value: '{type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 25%}}' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_Deployment
    revisionHistoryLimit: { value: '10' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_Deployment
    progressDeadlineSeconds: { value: '600' },
    // staging/src/k8s.io/api/apps/v1/types.go: plain int32, zero value
    minReadySeconds: { value: '0' },
  },
  [`${apps}DeploymentStrategy`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_Deployment
    type: { value: 'RollingUpdate' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_Deployment: only for rolling updates
    rollingUpdate: (strategy) => (strategy.type === 'Recreate' ? undefined : { value: '{maxSurge: 25%, maxUnavailable: 25%}' }),
  },
  [`${apps}RollingUpdateDeployment`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_Deployment
    maxSurge: { value: '25%', note: { en: 'rounded up', ko: '파드 수로 바꿀 때 올림' } },
    // pkg/apis/apps/v1/defaults.go SetDefaults_Deployment
    maxUnavailable: { value: '25%', note: { en: 'rounded down', ko: '파드 수로 바꿀 때 내림' } },
  },
  [`${apps}ReplicaSetSpec`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_ReplicaSet
    replicas: { value: '1' },
  },
  [`${apps}StatefulSetSpec`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet
    replicas: { value: '1' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet
    podManagementPolicy: { value: 'OrderedReady' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet
    updateStrategy: { value: '{type: RollingUpdate, rollingUpdate: {partition: 0}}' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet
    revisionHistoryLimit: { value: '10' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet (StatefulSetAutoDeletePVC, on since 1.27)
    persistentVolumeClaimRetentionPolicy: { value: '{whenDeleted: Retain, whenScaled: Retain}' },
  },
  [`${apps}StatefulSetUpdateStrategy`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet
    type: { value: 'RollingUpdate' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet: only for rolling updates
    rollingUpdate: (strategy) => (strategy.type === 'OnDelete' ? undefined : { value: '{partition: 0}' }),
  },
  [`${apps}RollingUpdateStatefulSetStrategy`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet
    partition: { value: '0' },
  },
  [`${apps}StatefulSetPersistentVolumeClaimRetentionPolicy`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet
    whenDeleted: { value: 'Retain' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet
    whenScaled: { value: 'Retain' },
  },
  [`${apps}DaemonSetSpec`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_DaemonSet
    updateStrategy: { value: '{type: RollingUpdate, rollingUpdate: {maxUnavailable: 1, maxSurge: 0}}' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_DaemonSet
    revisionHistoryLimit: { value: '10' },
  },
  [`${apps}DaemonSetUpdateStrategy`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_DaemonSet
    type: { value: 'RollingUpdate' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_DaemonSet: only for rolling updates
    rollingUpdate: (strategy) => (strategy.type === 'OnDelete' ? undefined : { value: '{maxUnavailable: 1, maxSurge: 0}' }),
  },
  [`${apps}RollingUpdateDaemonSet`]: {
    // pkg/apis/apps/v1/defaults.go SetDefaults_DaemonSet
    maxUnavailable: { value: '1' },
    // pkg/apis/apps/v1/defaults.go SetDefaults_DaemonSet
    maxSurge: { value: '0' },
  },

  [`${batch}JobSpec`]: {
    // pkg/apis/batch/v1/defaults.go SetDefaults_Job: both become 1 only when both are absent;
    // parallelism alone leaves completions empty (a work queue).
    completions: (job) => (present(job.parallelism) ? undefined : { value: '1' }),
    // pkg/apis/batch/v1/defaults.go SetDefaults_Job
    parallelism: { value: '1' },
    // pkg/apis/batch/v1/defaults.go SetDefaults_Job: unlimited when backoffLimitPerIndex is used
    backoffLimit: (job) =>
      present(job.backoffLimitPerIndex)
        ? { value: '2147483647', note: { en: 'because backoffLimitPerIndex is set', ko: '`backoffLimitPerIndex`를 지정했으므로' } }
        : { value: '6' },
    // pkg/apis/batch/v1/defaults.go SetDefaults_Job
    completionMode: { value: 'NonIndexed' },
    // pkg/apis/batch/v1/defaults.go SetDefaults_Job
    suspend: { value: 'false' },
    // pkg/apis/batch/v1/defaults.go SetDefaults_Job (JobPodReplacementPolicy, on since 1.29)
    podReplacementPolicy: (job) =>
      present(job.podFailurePolicy)
        ? { value: 'Failed', note: { en: 'because podFailurePolicy is set', ko: '`podFailurePolicy`를 지정했으므로' } }
        : { value: 'TerminatingOrFailed', note: { en: 'from Kubernetes 1.29', ko: 'Kubernetes 1.29부터' } },
  },
  [`${batch}CronJobSpec`]: {
    // pkg/apis/batch/v1/defaults.go SetDefaults_CronJob
    concurrencyPolicy: { value: 'Allow' },
    // pkg/apis/batch/v1/defaults.go SetDefaults_CronJob
    suspend: { value: 'false' },
    // pkg/apis/batch/v1/defaults.go SetDefaults_CronJob
    successfulJobsHistoryLimit: { value: '3' },
    // pkg/apis/batch/v1/defaults.go SetDefaults_CronJob
    failedJobsHistoryLimit: { value: '1' },
  },
};

/** The value the API server will use for `fieldName` of an `ownerTypeId` object when it is left out. */
export function defaultFor(ownerTypeId: string, fieldName: string, owner: unknown, language: Language = 'en'): DefaultValue | undefined {
  const fields = table[ownerTypeId];
  if (!fields || !Object.prototype.hasOwnProperty.call(fields, fieldName)) return undefined;
  const rule = fields[fieldName];
  if (rule === undefined) return undefined;
  const entry = typeof rule === 'function' ? rule(record(owner)) : rule;
  if (!entry) return undefined;
  return entry.note ? { value: entry.value, note: entry.note[language] } : { value: entry.value };
}

/** Every field that has an entry, for tests that check the table against the model. */
export function defaultedFields(): { readonly typeId: string; readonly field: string }[] {
  return Object.entries(table).flatMap(([typeId, fields]) => Object.keys(fields).map((field) => ({ typeId, field })));
}

function pullPolicyFor(image: unknown): Entry {
  if (typeof image !== 'string' || image === '') {
    return {
      value: 'IfNotPresent',
      note: {
        en: 'Always instead when the image has no tag or the tag is latest',
        ko: '이미지에 태그가 없거나 태그가 `latest`이면 `Always`',
      },
    };
  }
  const reference = tagAndDigest(image);
  if (!reference)
    return { value: 'IfNotPresent', note: { en: 'because the image reference cannot be parsed', ko: '이미지 참조를 해석할 수 없으므로' } };
  if (reference.tag === 'latest')
    return { value: 'Always', note: { en: 'because the image tag is latest', ko: '이미지 태그가 `latest`이므로' } };
  if (reference.tag !== undefined) {
    return {
      value: 'IfNotPresent',
      note: { en: `because the image tag is ${reference.tag}`, ko: `이미지 태그가 \`${reference.tag}\`이므로` },
    };
  }
  if (reference.digest !== undefined)
    return { value: 'IfNotPresent', note: { en: 'because the image is pinned by digest', ko: '이미지를 다이제스트로 고정했으므로' } };
  return {
    value: 'Always',
    note: { en: 'because the image has no tag, which means latest', ko: '이미지에 태그가 없어 `latest`로 취급되므로' },
  };
}

// The image reference grammar of the container tooling Kubernetes uses (distribution/reference):
// [domain[:port]/]path[:tag][@digest], path components lowercase.
const domainLabel = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `(?:${domainLabel}(?:\\.${domainLabel})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const pathComponent = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const namePattern = new RegExp(`^(?:${domain}/)?${pathComponent}(?:/${pathComponent})*$`);
const tagPattern = /^\w[\w.-]{0,127}$/;
const digestPattern = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const bareImageId = /^[a-f0-9]{64}$/;

interface TagAndDigest {
  readonly tag?: string;
  readonly digest?: string;
}

/** Splits an image reference into tag and digest; undefined when it is not a valid reference. */
function tagAndDigest(image: string): TagAndDigest | undefined {
  if (bareImageId.test(image)) return undefined;
  const at = image.indexOf('@');
  const named = at < 0 ? image : image.slice(0, at);
  const digest = at < 0 ? undefined : image.slice(at + 1);
  if (digest !== undefined && !digestPattern.test(digest)) return undefined;
  // A tag follows the last ':' after the last '/'; an earlier ':' is a registry port.
  const colon = named.lastIndexOf(':');
  const hasTag = colon > named.lastIndexOf('/');
  const name = hasTag ? named.slice(0, colon) : named;
  const tag = hasTag ? named.slice(colon + 1) : undefined;
  if (tag !== undefined && !tagPattern.test(tag)) return undefined;
  if (name.length > 255 || !namePattern.test(name)) return undefined;
  return { ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

function requestsFromLimits(resources: Owner): Entry | undefined {
  const limits = record(resources.limits);
  const requests = record(resources.requests);
  const copied = Object.fromEntries(Object.entries(limits).filter(([name]) => !present(requests[name])));
  if (Object.keys(copied).length === 0) return undefined;
  return {
    value: flowMap(copied),
    note: { en: 'copied from limits when the Pod is created', ko: '파드를 만들 때 `limits`에서 복사됩니다' },
  };
}

function record(value: unknown): Owner {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Owner) : {};
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function flowMap(map: Owner): string {
  const entries = Object.entries(map).map(([key, value]) => `${key}: ${scalarText(value)}`);
  return `{${entries.join(', ')}}`;
}

function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '…';
}
