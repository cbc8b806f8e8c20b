// What admission plugins add when an object is created: a pod's service account token volume,
// default tolerations, priority and QoS class; a service's cluster IP; a namespace's phase.
import { randomBytes } from 'node:crypto';
import { asArray, isObj, type Obj } from './objects';

function randomSuffix(length: number): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const bytes = randomBytes(length);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

export function generateName(prefix: string): string {
  return `${prefix}${randomSuffix(5)}`;
}

/** BestEffort without any requests or limits; Guaranteed when every container limits = requests for cpu and memory. */
export function qosClass(spec: Obj): string {
  const containers = [...asArray(spec.containers), ...asArray(spec.initContainers)].filter(isObj);
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const resources = isObj(c.resources) ? c.resources : {};
    const requests = isObj(resources.requests) ? resources.requests : {};
    const limits = isObj(resources.limits) ? resources.limits : {};
    if (Object.keys(requests).length > 0 || Object.keys(limits).length > 0) any = true;
    for (const name of ['cpu', 'memory']) {
      if (limits[name] === undefined || (requests[name] !== undefined && requests[name] !== limits[name])) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

function tokenVolume(name: string): Obj {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}

export function admitPod(pod: Obj): void {
  const spec = isObj(pod.spec) ? pod.spec : {};
  spec.serviceAccountName ??= 'default';
  spec.serviceAccount ??= spec.serviceAccountName;
  spec.priority ??= 0;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  const tolerations = asArray(spec.tolerations).filter(isObj);
  for (const taint of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    if (!tolerations.some((t) => t.key === taint)) {
      tolerations.push({ key: taint, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
    }
  }
  spec.tolerations = tolerations;
  if (spec.automountServiceAccountToken !== false) {
    const volumeName = `kube-api-access-${randomSuffix(5)}`;
    spec.volumes = [...asArray(spec.volumes), tokenVolume(volumeName)];
    for (const c of [...asArray(spec.containers), ...asArray(spec.initContainers)].filter(isObj)) {
      c.volumeMounts = [
        ...asArray(c.volumeMounts),
        { name: volumeName, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' },
      ];
    }
  }
  pod.status = { phase: 'Pending', qosClass: qosClass(spec) };
}

export class ClusterIpAllocator {
  private next = 10;

  allocate(): string {
    const n = this.next++;
    return `10.96.${Math.floor(n / 250)}.${(n % 250) + 1}`;
  }
}

export function admitService(service: Obj, allocator: ClusterIpAllocator): void {
  const spec = isObj(service.spec) ? service.spec : {};
  if (spec.clusterIP === undefined && spec.type !== 'ExternalName') {
    spec.clusterIP = allocator.allocate();
    spec.clusterIPs = [spec.clusterIP];
  }
  service.status = { loadBalancer: {} };
}

export function admitNamespace(namespace: Obj): void {
  namespace.status = { phase: 'Active' };
}
