// A container's cpu and memory use against its requests and limits, as one short line per
// resource: `memory 240Mi of 256Mi limit, 94 %`. The limit is the bound that matters (the kernel
// kills at the memory limit, throttles at the cpu limit), so it is preferred over the request.
import type { Language } from '../../../../protocol/index';
import type { Pod, Quantity } from '../kube/kubeTypes';
import type { PodMetrics } from '../kube/podMetrics';
import { quantityValue } from './qos';

export type ComputeResource = 'cpu' | 'memory';

export interface ResourceUse {
  readonly resource: ComputeResource;
  /** Cores or bytes. */
  readonly used: number;
  readonly limit?: number;
  readonly request?: number;
}

export interface ContainerUse {
  readonly container: string;
  readonly uses: readonly ResourceUse[];
}

/** cpu in millicores (`5m`, `1500m`), memory in binary units (`512Ki`, `240Mi`, `1.5Gi`). */
export function formatAmount(resource: ComputeResource, value: number): string {
  if (resource === 'cpu') return `${Math.round(value * 1000)}m`;
  const ki = value / 1024;
  if (ki < 1024) return `${Math.round(ki)}Ki`;
  const mi = ki / 1024;
  if (mi < 10 * 1024) return `${Math.round(mi)}Mi`;
  return `${(mi / 1024).toFixed(1)}Gi`;
}

/** A whole percent; a use too small to show is `<1`, never a misleading 0. */
export function formatPercent(used: number, bound: number): string {
  const percent = (used / bound) * 100;
  if (used > 0 && percent < 1) return '<1 %';
  return `${Math.round(percent)} %`;
}

const WORDS: Record<
  Language,
  { cpu: string; memory: string; of: (bound: string, which: 'limit' | 'request', percent: string) => string; unbounded: string }
> = {
  en: {
    cpu: 'cpu',
    memory: 'memory',
    of: (bound, which, percent) => ` of ${bound} ${which}, ${percent}`,
    unbounded: ' (no request or limit)',
  },
  ko: {
    cpu: 'CPU',
    memory: '메모리',
    of: (bound, which, percent) => `, ${which === 'limit' ? '한도' : '요청'} ${bound}의 ${percent}`,
    unbounded: ' (요청·한도 없음)',
  },
};

/** `memory 240Mi of 256Mi limit, 94 %` (or its Korean form). */
export function formatUse(use: ResourceUse, language: Language = 'en'): string {
  const words = WORDS[language];
  const head = `${words[use.resource]} ${formatAmount(use.resource, use.used)}`;
  const bound =
    use.limit !== undefined
      ? { value: use.limit, which: 'limit' as const }
      : use.request !== undefined
        ? { value: use.request, which: 'request' as const }
        : undefined;
  if (!bound) return `${head}${words.unbounded}`;
  return `${head}${words.of(formatAmount(use.resource, bound.value), bound.which, formatPercent(use.used, bound.value))}`;
}

function positive(value: Quantity | undefined): number | undefined {
  const v = quantityValue(value);
  return v !== undefined && v > 0 ? v : undefined;
}

/** Each measured container's use, with the requests and limits of the pod's spec. */
export function containerUses(pod: Pod, metrics: PodMetrics): ContainerUse[] {
  const specs = new Map((pod.spec?.containers ?? []).map((c) => [c.name, c]));
  return (metrics.containers ?? []).map((measured) => {
    const resources = specs.get(measured.name)?.resources;
    const uses: ResourceUse[] = [];
    for (const resource of ['cpu', 'memory'] as const) {
      const used = quantityValue(measured.usage?.[resource]);
      if (used === undefined) continue;
      const limit = positive(resources?.limits?.[resource]);
      const request = positive(resources?.requests?.[resource]);
      uses.push({ resource, used, ...(limit !== undefined ? { limit } : {}), ...(request !== undefined ? { request } : {}) });
    }
    return { container: measured.name, uses };
  });
}

/** One line per container: `web: cpu 5m of 500m limit, 1 % · memory 240Mi of 256Mi limit, 94 %`. */
export function usageLines(pod: Pod, metrics: PodMetrics, language: Language = 'en'): string[] {
  return containerUses(pod, metrics).map((c) => `${c.container}: ${c.uses.map((u) => formatUse(u, language)).join(' · ')}`);
}
