// The pods a namespace row shows: those passing the filter, by name as `kubectl get pods` sorts.
import type { Pod } from '../../core/kube/kubeTypes';
import { podMatchesFilter, type PodFilter } from './podFilter';

export function visiblePods(pods: ReadonlyMap<string, Pod>, filter: PodFilter | undefined): Pod[] {
  const result: Pod[] = [];
  for (const pod of pods.values()) if (podMatchesFilter(filter, pod)) result.push(pod);
  return result.sort((a, b) => compareNames(a.metadata.name ?? '', b.metadata.name ?? ''));
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
