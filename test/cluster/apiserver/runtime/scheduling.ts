// The scheduler's filter for our single node: a pod whose nodeSelector the node's labels do not
// satisfy, or whose requests exceed what the node can allocate (minus the pods already on it),
// stays Pending with PodScheduled=False/Unschedulable and a FailedScheduling event worded as
// kube-scheduler words it.
import type { ApiCore } from '../core/core';
import type { EventRecorder } from '../core/events';
import { asArray, isObj, meta, timestamp, type Obj } from '../objects';
import { resourceByName } from '../resources';
import { parseQuantity } from '../validation/quantity';

const RESOURCES = ['cpu', 'memory'] as const;

function containerRequest(container: Obj, resource: string): number {
  const resources = isObj(container.resources) ? container.resources : {};
  const requests = isObj(resources.requests) ? resources.requests : {};
  const limits = isObj(resources.limits) ? resources.limits : {};
  // An unset request defaults to the limit.
  return parseQuantity(requests[resource] ?? limits[resource]) ?? 0;
}

/** The pod's effective request: its containers together, or its largest init container if more. */
export function podRequest(pod: Obj, resource: string): number {
  const spec = isObj(pod.spec) ? pod.spec : {};
  const sum = asArray(spec.containers).filter(isObj).reduce((total, c) => total + containerRequest(c, resource), 0);
  const init = Math.max(0, ...asArray(spec.initContainers).filter(isObj).map((c) => containerRequest(c, resource)));
  return Math.max(sum, init);
}

/** Why the node does not fit the pod, as the scheduler's status message; undefined when it fits. */
export function unschedulableMessage(pod: Obj, node: Obj, podsOnNode: readonly Obj[]): string | undefined {
  const spec = isObj(pod.spec) ? pod.spec : {};
  const labels = meta(node).labels ?? {};
  const selector = isObj(spec.nodeSelector) ? spec.nodeSelector : {};
  if (Object.entries(selector).some(([k, v]) => labels[k] !== v)) {
    return '0/1 nodes are available: 1 node(s) didn\'t match Pod\'s node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
  }
  const status = isObj(node.status) ? node.status : {};
  const allocatable = isObj(status.allocatable) ? status.allocatable : {};
  const short = RESOURCES.filter((resource) => {
    const capacity = parseQuantity(allocatable[resource]);
    if (capacity === undefined) return false;
    const used = podsOnNode.reduce((total, p) => total + podRequest(p, resource), 0);
    return podRequest(pod, resource) > capacity - used;
  });
  if (short.length === 0) return undefined;
  return `0/1 nodes are available: ${short.map((r) => `1 Insufficient ${r}`).join(', ')}. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.`;
}

/** Leaves an unplaceable pod Pending as the scheduler would; true when it was not placed. */
export function rejectUnschedulable(core: ApiCore, events: EventRecorder, nodeName: string, pod: Obj): boolean {
  const spec = isObj(pod.spec) ? pod.spec : {};
  if (typeof spec.nodeName === 'string') return false;
  const node = core.store.get('nodes', '', nodeName);
  if (!node) return false;
  const onNode = core.store.list('pods').filter((p) => isObj(p.spec) && p.spec.nodeName === nodeName && !['Succeeded', 'Failed'].includes(String(isObj(p.status) ? p.status.phase : '')));
  const message = unschedulableMessage(pod, node, onNode);
  if (message === undefined) return false;
  events.record(pod, { component: 'default-scheduler' }, 'Warning', 'FailedScheduling', message);
  const live = core.store.get('pods', meta(pod).namespace ?? '', meta(pod).name ?? '');
  if (!live) return true;
  const status = isObj(live.status) ? live.status : {};
  live.status = {
    ...status, phase: 'Pending',
    conditions: [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: timestamp(), reason: 'Unschedulable', message }],
  };
  core.systemUpdate(resourceByName('pods'), live, 'default-scheduler', 'status');
  return true;
}
