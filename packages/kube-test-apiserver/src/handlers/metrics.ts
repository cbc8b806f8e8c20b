// The resource metrics API as metrics-server serves it (metrics.k8s.io/v1beta1): group discovery,
// PodMetrics and NodeMetrics, list and get. A container's usage is what the test set with
// `setUsage`, else what its process group really uses: resident memory from /proc and CPU as
// "0" (the test runtime's programs are idle). `enabled = false` plays a cluster without
// metrics-server: the group is missing from discovery and every path under it is a 404.
import type { ApiCore } from '../core/core';
import type { Kubelet } from '../runtime/kubelet';
import { groupRss } from '../runtime/processes';
import { parseQuantity } from '../validation/quantity';
import { meta, timestamp, type Obj } from '../objects';

export const METRICS_GROUP = 'metrics.k8s.io';
export const METRICS_VERSION = 'v1beta1';
const GROUP_VERSION = `${METRICS_GROUP}/${METRICS_VERSION}`;
const PREFIX = `/apis/${METRICS_GROUP}`;

export interface Usage {
  readonly cpu: string;
  readonly memory: string;
}

export class MetricsApi {
  enabled = true;
  private readonly usage = new Map<string, Usage>();

  constructor(
    private readonly core: ApiCore,
    private readonly kubelet: Kubelet,
  ) {}

  /** Fixes a container's usage (undefined returns it to the measured one). */
  setUsage(namespace: string, pod: string, container: string, usage: Usage | undefined): void {
    const key = `${namespace}/${pod}/${container}`;
    if (usage) this.usage.set(key, usage);
    else this.usage.delete(key);
  }

  /** The group's entry in `/apis`, when served. */
  groupEntry(): Obj | undefined {
    if (!this.enabled) return undefined;
    const version = { groupVersion: GROUP_VERSION, version: METRICS_VERSION };
    return { name: METRICS_GROUP, versions: [version], preferredVersion: version };
  }

  handles(pathname: string): boolean {
    return pathname === PREFIX || pathname.startsWith(`${PREFIX}/`);
  }

  /** The body for a GET under the group, or undefined for a 404. */
  get(pathname: string): unknown {
    if (!this.enabled) return undefined;
    const parts = pathname
      .slice(PREFIX.length)
      .split('/')
      .filter((p) => p !== '')
      .map(decodeURIComponent);
    if (parts.length === 0) return { kind: 'APIGroup', apiVersion: 'v1', ...this.groupEntry() };
    if (parts[0] !== METRICS_VERSION) return undefined;
    const rest = parts.slice(1);
    if (rest.length === 0) return this.resourceList();
    if (rest[0] === 'nodes' && rest.length <= 2) return this.nodes(rest[1]);
    if (rest[0] === 'pods' && rest.length === 1) return this.podList(undefined);
    if (rest[0] === 'namespaces' && rest[1] !== undefined && rest[2] === 'pods' && rest.length <= 4) {
      return rest[3] === undefined ? this.podList(rest[1]) : this.podMetrics(rest[1], rest[3]);
    }
    return undefined;
  }

  private resourceList(): Obj {
    const entry = (name: string, kind: string, namespaced: boolean): Obj => ({
      name,
      singularName: '',
      namespaced,
      kind,
      verbs: ['get', 'list'],
    });
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: GROUP_VERSION,
      resources: [entry('nodes', 'NodeMetrics', false), entry('pods', 'PodMetrics', true)],
    };
  }

  private containerUsage(namespace: string, pod: string, container: string): Usage | undefined {
    const fixed = this.usage.get(`${namespace}/${pod}/${container}`);
    if (fixed) return fixed;
    const pid = this.kubelet.pod(namespace, pod)?.worker(container)?.running?.process.child.pid;
    if (pid === undefined) return undefined;
    return { cpu: '0', memory: `${Math.ceil(groupRss(pid) / 1024)}Ki` };
  }

  /** A running pod's metrics; metrics-server has none for pods that do not run. */
  private podMetrics(namespace: string, name: string): Obj | undefined {
    const pod = this.core.store.get('pods', namespace, name);
    if (!pod || (pod.status as Obj | undefined)?.phase !== 'Running') return undefined;
    const containers: Obj[] = [];
    for (const c of ((pod.spec as Obj).containers as Obj[] | undefined) ?? []) {
      const usage = this.containerUsage(namespace, name, String(c.name));
      if (usage) containers.push({ name: c.name, usage: { ...usage } });
    }
    const m = meta(pod);
    return {
      kind: 'PodMetrics',
      apiVersion: GROUP_VERSION,
      metadata: { name, namespace, creationTimestamp: timestamp(), ...(m.labels ? { labels: m.labels } : {}) },
      timestamp: timestamp(),
      window: '15s',
      containers,
    };
  }

  private podList(namespace: string | undefined): Obj {
    const pods = this.core.store.list('pods', namespace);
    const items = pods.map((p) => this.podMetrics(meta(p).namespace ?? '', meta(p).name ?? '')).filter((m): m is Obj => m !== undefined);
    return { kind: 'PodMetricsList', apiVersion: GROUP_VERSION, metadata: {}, items };
  }

  private nodes(name: string | undefined): unknown {
    const node = this.kubelet.nodeName;
    if (name !== undefined && name !== node) return undefined;
    let cpu = 0;
    let memory = 0;
    for (const pod of this.podList(undefined).items as Obj[]) {
      for (const c of pod.containers as Obj[]) {
        const usage = c.usage as Usage;
        cpu += parseQuantity(usage.cpu) ?? 0;
        memory += parseQuantity(usage.memory) ?? 0;
      }
    }
    const metrics: Obj = {
      kind: 'NodeMetrics',
      apiVersion: GROUP_VERSION,
      metadata: { name: node, creationTimestamp: timestamp() },
      timestamp: timestamp(),
      window: '15s',
      usage: { cpu: `${Math.round(cpu * 1e9)}n`, memory: `${Math.ceil(memory / 1024)}Ki` },
    };
    return name === undefined ? { kind: 'NodeMetricsList', apiVersion: GROUP_VERSION, metadata: {}, items: [metrics] } : metrics;
  }
}
