// The pods on the cluster that a manifest defines, for commands that act on "this manifest's pods"
// without watching: listed per workload (by name or template labels) and kept when the direct
// controller fits the workload. No VS Code.
import type { ClusterApi } from '../../cluster/index';
import type { Pod } from '../../core/kube/kubeTypes';
import { controllerOf } from '../../core/kube/owners';
import { podBelongsTo, podSelector, type ManifestWorkload } from '../../core/manifest/manifestWorkloads';

export async function findManifestPods(api: ClusterApi, workloads: readonly ManifestWorkload[]): Promise<Pod[]> {
  const found = new Map<string, Pod>();
  await Promise.all(
    workloads.map(async (workload) => {
      const filter =
        workload.kind === 'Pod' ? { fieldSelector: `metadata.name=${workload.name}` } : { labelSelector: podSelector(workload) ?? '' };
      const pods = await api.list('v1', 'Pod', { namespace: workload.namespace, ...filter });
      for (const pod of pods) {
        const direct = controllerOf(pod.metadata);
        const owners = direct === undefined ? [] : [direct];
        if (podBelongsTo(workload, pod, owners)) found.set(`${pod.metadata.namespace ?? ''}/${pod.metadata.name ?? ''}`, pod);
      }
    }),
  );
  return [...found.values()];
}
