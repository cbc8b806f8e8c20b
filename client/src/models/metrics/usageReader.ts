// Reads pods' usage for tooltips, describe and the diagnosis page, and remembers the contexts
// that serve no metrics API: the first 404 on metrics.k8s.io is reported once (`onUnavailable`),
// and that context is not asked again until `forget` (a reload of the kubeconfig, say).
import type { ClusterApi, PodMetricsResult } from '../../cluster/index';
import type { PodMetrics } from '../../core/kube/podMetrics';

export type MetricsApi = Pick<ClusterApi, 'context' | 'podMetrics'>;

export class UsageReader {
  private readonly unavailable = new Set<string>();

  constructor(private readonly onUnavailable: (context: string) => void = () => undefined) {}

  /** Whether this context is known to serve no metrics API. */
  isUnavailable(context: string): boolean {
    return this.unavailable.has(context);
  }

  /** The pod's metrics; `unavailable` without a request once the context said so. Cluster errors are thrown. */
  async read(api: MetricsApi, namespace: string, pod: string): Promise<PodMetricsResult> {
    if (this.unavailable.has(api.context)) return { kind: 'unavailable' };
    const result = await api.podMetrics(pod, namespace);
    if (result.kind === 'unavailable' && !this.unavailable.has(api.context)) {
      this.unavailable.add(api.context);
      this.onUnavailable(api.context);
    }
    return result;
  }

  /** The metrics, or undefined for every reason there are none (errors included): for hovers. */
  async quietly(api: MetricsApi, namespace: string, pod: string): Promise<PodMetrics | undefined> {
    try {
      const result = await this.read(api, namespace, pod);
      return result.kind === 'metrics' ? result.metrics : undefined;
    } catch {
      return undefined;
    }
  }

  forget(context?: string): void {
    if (context === undefined) this.unavailable.clear();
    else this.unavailable.delete(context);
  }
}
