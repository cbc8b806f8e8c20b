// Reading PodMetrics (metrics.k8s.io/v1beta1). Both "no metrics-server" and "no metrics for this
// pod yet" are 404s; asking for the group itself tells them apart.
import { ClusterError } from './errors';
import type { PodMetrics } from '../core/kube/podMetrics';
import type { Transport } from './transport';

const GROUP_PATH = '/apis/metrics.k8s.io';
const VERSION_PATH = `${GROUP_PATH}/v1beta1`;

export type PodMetricsResult =
  | { readonly kind: 'metrics'; readonly metrics: PodMetrics }
  /** metrics-server answers, but has nothing for this pod (not running, or too new). */
  | { readonly kind: 'none' }
  /** The cluster serves no metrics API. */
  | { readonly kind: 'unavailable' };

function notFound(error: unknown): boolean {
  return error instanceof ClusterError && error.kind === 'not-found';
}

export async function readPodMetrics(transport: Transport, namespace: string, pod: string): Promise<PodMetricsResult> {
  try {
    const metrics = await transport.json<PodMetrics>({
      path: `${VERSION_PATH}/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}`,
      timeoutMs: 10000,
    });
    return { kind: 'metrics', metrics };
  } catch (error) {
    if (!notFound(error)) throw error;
  }
  try {
    await transport.json<unknown>({ path: GROUP_PATH, timeoutMs: 10000 });
    return { kind: 'none' };
  } catch (error) {
    if (notFound(error)) return { kind: 'unavailable' };
    throw error;
  }
}
