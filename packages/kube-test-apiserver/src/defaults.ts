// Defaulting as the API server does it on every write, so stored objects look like a real cluster's.
import { asArray, isObj, meta, type Obj } from './objects';

function setDefault(obj: Obj, key: string, value: unknown): void {
  if (obj[key] === undefined) obj[key] = value;
}

function child(obj: Obj, key: string): Obj {
  if (!isObj(obj[key])) obj[key] = {};
  return obj[key] as Obj;
}

function pullPolicy(image: unknown): string {
  if (typeof image !== 'string') return 'IfNotPresent';
  if (image.includes('@')) return 'IfNotPresent';
  const lastPart = image.split('/').pop() ?? image;
  const tag = lastPart.includes(':') ? lastPart.split(':').pop() : undefined;
  return tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(probe: unknown): void {
  if (!isObj(probe)) return;
  setDefault(probe, 'timeoutSeconds', 1);
  setDefault(probe, 'periodSeconds', 10);
  setDefault(probe, 'successThreshold', 1);
  setDefault(probe, 'failureThreshold', 3);
  if (isObj(probe.httpGet)) setDefault(probe.httpGet, 'scheme', 'HTTP');
}

function defaultContainer(container: unknown): void {
  if (!isObj(container)) return;
  setDefault(container, 'imagePullPolicy', pullPolicy(container.image));
  setDefault(container, 'terminationMessagePath', '/dev/termination-log');
  setDefault(container, 'terminationMessagePolicy', 'File');
  const resources = child(container, 'resources');
  if (isObj(resources.limits)) {
    const requests = child(resources, 'requests');
    for (const [name, value] of Object.entries(resources.limits)) setDefault(requests, name, value);
  }
  for (const port of asArray(container.ports)) if (isObj(port)) setDefault(port, 'protocol', 'TCP');
  defaultProbe(container.readinessProbe);
  defaultProbe(container.livenessProbe);
  defaultProbe(container.startupProbe);
}

export function defaultPodSpec(spec: unknown): void {
  if (!isObj(spec)) return;
  setDefault(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'dnsPolicy', 'ClusterFirst');
  setDefault(spec, 'schedulerName', 'default-scheduler');
  setDefault(spec, 'securityContext', {});
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'enableServiceLinks', true);
  for (const c of asArray(spec.containers)) defaultContainer(c);
  for (const c of asArray(spec.initContainers)) defaultContainer(c);
  for (const c of asArray(spec.ephemeralContainers)) defaultContainer(c);
}

function defaultTemplate(spec: Obj): void {
  if (isObj(spec.template)) {
    const template = spec.template;
    child(template, 'metadata');
    defaultPodSpec(template.spec);
  }
}

const DEFAULTERS: Record<string, (obj: Obj) => void> = {
  Pod: (obj) => defaultPodSpec(obj.spec),
  Deployment: (obj) => {
    const spec = child(obj, 'spec');
    setDefault(spec, 'replicas', 1);
    setDefault(spec, 'revisionHistoryLimit', 10);
    setDefault(spec, 'progressDeadlineSeconds', 600);
    setDefault(spec, 'strategy', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } });
    defaultTemplate(spec);
  },
  ReplicaSet: (obj) => {
    const spec = child(obj, 'spec');
    setDefault(spec, 'replicas', 1);
    defaultTemplate(spec);
  },
  StatefulSet: (obj) => {
    const spec = child(obj, 'spec');
    setDefault(spec, 'replicas', 1);
    setDefault(spec, 'podManagementPolicy', 'OrderedReady');
    setDefault(spec, 'updateStrategy', { type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
    setDefault(spec, 'revisionHistoryLimit', 10);
    setDefault(spec, 'persistentVolumeClaimRetentionPolicy', { whenDeleted: 'Retain', whenScaled: 'Retain' });
    defaultTemplate(spec);
  },
  DaemonSet: (obj) => {
    const spec = child(obj, 'spec');
    setDefault(spec, 'updateStrategy', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    setDefault(spec, 'revisionHistoryLimit', 10);
    defaultTemplate(spec);
  },
  Job: (obj) => {
    const spec = child(obj, 'spec');
    // As SetDefaults_Job: completions only when neither is set (else parallelism alone is a work queue).
    if (spec.completions === undefined && spec.parallelism === undefined) setDefault(spec, 'completions', 1);
    setDefault(spec, 'parallelism', 1);
    setDefault(spec, 'backoffLimit', 6);
    setDefault(spec, 'completionMode', 'NonIndexed');
    setDefault(spec, 'suspend', false);
    setDefault(spec, 'podReplacementPolicy', 'TerminatingOrFailed');
    defaultTemplate(spec);
  },
  CronJob: (obj) => {
    const spec = child(obj, 'spec');
    setDefault(spec, 'concurrencyPolicy', 'Allow');
    setDefault(spec, 'suspend', false);
    setDefault(spec, 'successfulJobsHistoryLimit', 3);
    setDefault(spec, 'failedJobsHistoryLimit', 1);
    if (isObj(spec.jobTemplate)) {
      const jobSpec = child(spec.jobTemplate, 'spec');
      setDefault(jobSpec, 'backoffLimit', 6);
      setDefault(jobSpec, 'completionMode', 'NonIndexed');
      defaultTemplate(jobSpec);
    }
  },
  Service: (obj) => {
    const spec = child(obj, 'spec');
    setDefault(spec, 'type', 'ClusterIP');
    setDefault(spec, 'sessionAffinity', 'None');
    setDefault(spec, 'internalTrafficPolicy', 'Cluster');
    setDefault(spec, 'ipFamilyPolicy', 'SingleStack');
    setDefault(spec, 'ipFamilies', ['IPv4']);
    for (const port of asArray(spec.ports)) {
      if (!isObj(port)) continue;
      setDefault(port, 'protocol', 'TCP');
      setDefault(port, 'targetPort', port.port);
    }
  },
  Namespace: (obj) => {
    const spec = child(obj, 'spec');
    setDefault(spec, 'finalizers', ['kubernetes']);
    const labels = (meta(obj).labels ??= {});
    labels['kubernetes.io/metadata.name'] = meta(obj).name ?? '';
  },
  Secret: (obj) => setDefault(obj, 'type', 'Opaque'),
  PersistentVolumeClaim: (obj) => {
    setDefault(child(obj, 'spec'), 'volumeMode', 'Filesystem');
    setDefault(child(obj, 'status'), 'phase', 'Pending');
  },
};

export function applyDefaults(kind: string, obj: Obj): void {
  DEFAULTERS[kind]?.(obj);
}
