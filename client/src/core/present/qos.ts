// The pod's QoS class (Guaranteed, Burstable, BestEffort) from its containers' cpu and memory
// requests and limits, by the kubelet's rules. The class decides who is evicted first when a node
// runs short, which is why describe shows it and why diagnoses mention it.

import { parseQuantity } from '../../../../server/src/service/manifestKit';
import type { Container, Pod, Quantity, ResourceList } from '../kube/kubeTypes';

export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const COMPUTE = ['cpu', 'memory'];

/** A quantity's value in base units (cores, bytes); undefined when it does not parse. */
export function quantityValue(quantity: Quantity | undefined): number | undefined {
  if (quantity === undefined) return undefined;
  if (typeof quantity === 'number') return quantity;
  return parseQuantity(quantity.trim())?.value;
}

function positive(list: ResourceList | undefined, name: string): number | undefined {
  const value = quantityValue(list?.[name]);
  return value !== undefined && value > 0 ? value : undefined;
}

/** The API server copies a limit into an unset request; a manifest read before creation has not had that done. */
function effectiveRequests(container: Container): ResourceList {
  return { ...(container.resources?.limits ?? {}), ...(container.resources?.requests ?? {}) };
}

/** Computes the QoS class from the spec (ignores `status.qosClass`). */
export function computeQosClass(pod: Pod): QosClass {
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  for (const container of containers) {
    const containerRequests = effectiveRequests(container);
    let limitsFound = 0;
    for (const name of COMPUTE) {
      const request = positive(containerRequests, name);
      if (request !== undefined) requests.set(name, (requests.get(name) ?? 0) + request);
      const limit = positive(container.resources?.limits, name);
      if (limit !== undefined) {
        limits.set(name, (limits.get(name) ?? 0) + limit);
        limitsFound++;
      }
    }
    if (limitsFound < COMPUTE.length) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, request] of requests) {
      const limit = limits.get(name);
      // Compare with a relative tolerance: quantities written in different units may round differently.
      if (limit === undefined || Math.abs(limit - request) > 1e-9 * Math.max(limit, request)) {
        guaranteed = false;
        break;
      }
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

/** `status.qosClass` when the API server reported it, else computed from the spec. */
export function podQosClass(pod: Pod): string {
  return pod.status?.qosClass || computeQosClass(pod);
}
