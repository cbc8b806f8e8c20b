// The scheduler for our single node, in kube-scheduler's order: the PreFilter checks of the pod's
// PersistentVolumeClaims (missing, unbound), then the node filters (cordoned, untolerated
// NoSchedule/NoExecute taint, nodeSelector, requests over what the node can still allocate). A pod
// that fails stays Pending with PodScheduled=False/Unschedulable and a FailedScheduling event worded
// as kube-scheduler words it.
import type { ApiCore } from '../core/core';
import type { EventRecorder } from '../core/events';
import { asArray, isObj, meta, timestamp, type Obj } from '../objects';
import { resourceByName } from '../resources';
import { parseQuantity } from '../validation/quantity';
import { claimProblem } from './claims';
import { toleratesCordon, untoleratedTaint } from './taints';

const RESOURCES = ['cpu', 'memory'] as const;
const NOT_HELPFUL = 'preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
const NO_VICTIMS = 'preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.';

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
  const sum = asArray(spec.containers)
    .filter(isObj)
    .reduce((total, c) => total + containerRequest(c, resource), 0);
  const init = Math.max(
    0,
    ...asArray(spec.initContainers)
      .filter(isObj)
      .map((c) => containerRequest(c, resource)),
  );
  return Math.max(sum, init);
}

/** The first filter the node fails for the pod, as the reason kube-scheduler counts per node. */
function nodeRejection(pod: Obj, node: Obj, podsOnNode: readonly Obj[]): { reason: string; resolvable: boolean } | undefined {
  const spec = isObj(pod.spec) ? pod.spec : {};
  const nodeSpec = isObj(node.spec) ? node.spec : {};
  if (nodeSpec.unschedulable === true && !toleratesCordon(pod)) return { reason: '1 node(s) were unschedulable', resolvable: false };
  const taint = untoleratedTaint(node, pod);
  // Go prints an unset value as nothing: `{node-role.kubernetes.io/control-plane: }`.
  if (taint)
    return {
      reason: `1 node(s) had untolerated taint {${String(taint.key)}: ${typeof taint.value === 'string' ? taint.value : ''}}`,
      resolvable: false,
    };
  const labels = meta(node).labels ?? {};
  const selector = isObj(spec.nodeSelector) ? spec.nodeSelector : {};
  if (Object.entries(selector).some(([k, v]) => labels[k] !== v))
    return { reason: "1 node(s) didn't match Pod's node affinity/selector", resolvable: false };
  const status = isObj(node.status) ? node.status : {};
  const allocatable = isObj(status.allocatable) ? status.allocatable : {};
  const short = RESOURCES.filter((resource) => {
    const capacity = parseQuantity(allocatable[resource]);
    if (capacity === undefined) return false;
    const used = podsOnNode.reduce((total, p) => total + podRequest(p, resource), 0);
    return podRequest(pod, resource) > capacity - used;
  });
  // Insufficient resources are the one reason preemption could help with (hence "no victims").
  return short.length === 0 ? undefined : { reason: short.map((r) => `1 Insufficient ${r}`).join(', '), resolvable: true };
}

/** Why the pod cannot be placed, as the scheduler's status message; undefined when it fits. */
export function unschedulableMessage(core: ApiCore, pod: Obj, node: Obj, podsOnNode: readonly Obj[]): string | undefined {
  const claims = claimProblem(core, pod);
  if (claims !== undefined) return `0/1 nodes are available: ${claims}. ${NOT_HELPFUL}`;
  const rejection = nodeRejection(pod, node, podsOnNode);
  if (rejection === undefined) return undefined;
  return `0/1 nodes are available: ${rejection.reason}. ${rejection.resolvable ? NO_VICTIMS : NOT_HELPFUL}`;
}

/** Leaves an unplaceable pod Pending as the scheduler would; true when it was not placed. */
export function rejectUnschedulable(core: ApiCore, events: EventRecorder, nodeName: string, pod: Obj): boolean {
  const spec = isObj(pod.spec) ? pod.spec : {};
  if (typeof spec.nodeName === 'string') return false;
  const node = core.store.get('nodes', '', nodeName);
  if (!node) return false;
  const onNode = core.store
    .list('pods')
    .filter(
      (p) =>
        isObj(p.spec) && p.spec.nodeName === nodeName && !['Succeeded', 'Failed'].includes(String(isObj(p.status) ? p.status.phase : '')),
    );
  const message = unschedulableMessage(core, pod, node, onNode);
  if (message === undefined) return false;
  // Every failed attempt is an event (repeats are counted); the condition changes only when its message does.
  events.record(pod, { component: 'default-scheduler' }, 'Warning', 'FailedScheduling', message);
  const live = core.store.get('pods', meta(pod).namespace ?? '', meta(pod).name ?? '');
  if (!live) return true;
  const status = isObj(live.status) ? live.status : {};
  const old = asArray(status.conditions)
    .filter(isObj)
    .find((c) => c.type === 'PodScheduled');
  if (old && old.status === 'False' && old.reason === 'Unschedulable' && old.message === message) return true;
  const since = old && old.status === 'False' && typeof old.lastTransitionTime === 'string' ? old.lastTransitionTime : timestamp();
  live.status = {
    ...status,
    phase: 'Pending',
    conditions: [
      { type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: since, reason: 'Unschedulable', message },
    ],
  };
  core.systemUpdate(resourceByName('pods'), live, 'default-scheduler', 'status');
  return true;
}
