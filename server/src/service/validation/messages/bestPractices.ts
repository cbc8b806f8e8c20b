// Messages of the best-practice-* codes (rules/bestPractices.ts). Each names the check of kube-score,
// kube-linter or Polaris that finds the same thing, so people who know those tools recognise it.
import type { Localized } from './localized';

export interface BestPracticesMessages {
  identicalProbes(container: string): string;
  hostNetwork: string;
  hostPath(volume: string): string;
  resources(container: string, missing: readonly string[]): string;
  useFalse: string;
  addResources: string;
}

export const bestPracticesMessages: Localized<BestPracticesMessages> = {
  en: {
    identicalProbes: (container) =>
      `The liveness probe of container "${container}" is the same as its readiness probe. When the app is only slow or busy, both fail together: instead of just taking the pod out of its Service until it recovers, the kubelet restarts the container, often in a loop. Make the liveness probe more lenient (a higher \`failureThreshold\`, or a cheaper endpoint) or leave it out. (kube-score: pod-probes-identical)`,
    hostNetwork:
      "`hostNetwork: true` puts the pod on the node's own network: its ports are the node's ports (two replicas cannot share a node), it can reach everything the node can, and Service DNS needs `dnsPolicy: ClusterFirstWithHostNet`. Only node agents need it. (kube-linter: host-network; Polaris: hostNetworkSet)",
    hostPath: (volume) =>
      `Volume "${volume}" mounts a directory of the node itself: the data stays on whichever node the pod last ran on, differs from node to node, and gives the container access to the node's files. For scratch space use \`emptyDir\`; for data that must survive, a PersistentVolumeClaim. (kube-linter: sensitive-host-mounts)`,
    resources: (container, missing) =>
      `Container "${container}" has no ${missing.map((m) => `\`${m}\``).join(', ')}. Without requests the scheduler places the pod blindly and it is first to be evicted when the node runs short; without a memory limit one leak can take the node's memory from its neighbours. (kube-score: container-resources; kube-linter: unset-cpu-requirements, unset-memory-requirements)`,
    useFalse: 'Set `hostNetwork: false`',
    addResources: 'Add requests and a memory limit to fill in',
  },
  ko: {
    identicalProbes: (container) =>
      `컨테이너 "${container}"의 liveness 프로브가 readiness 프로브와 똑같습니다. 앱이 잠시 느리거나 바쁠 뿐일 때 둘이 함께 실패해서, 회복될 때까지 파드를 Service에서 빼기만 하는 대신 kubelet이 컨테이너를 재시작하고, 흔히 재시작이 반복됩니다. liveness 프로브를 더 너그럽게 하거나(\`failureThreshold\`를 높이거나 더 가벼운 엔드포인트) 빼세요. (kube-score: pod-probes-identical)`,
    hostNetwork:
      '`hostNetwork: true`는 파드를 노드 자체의 네트워크에 둡니다. 파드의 포트가 곧 노드의 포트라서 두 레플리카가 한 노드에 함께 있을 수 없고, 노드가 닿는 모든 곳에 닿을 수 있으며, Service DNS를 쓰려면 `dnsPolicy: ClusterFirstWithHostNet`이 필요합니다. 노드 에이전트만 이것이 필요합니다. (kube-linter: host-network; Polaris: hostNetworkSet)',
    hostPath: (volume) =>
      `볼륨 "${volume}"은(는) 노드 자체의 디렉터리를 마운트합니다. 데이터는 파드가 마지막으로 돈 노드에 남고 노드마다 다르며, 컨테이너가 노드의 파일에 접근하게 됩니다. 임시 공간에는 \`emptyDir\`을, 남아야 할 데이터에는 PersistentVolumeClaim을 쓰세요. (kube-linter: sensitive-host-mounts)`,
    resources: (container, missing) =>
      `컨테이너 "${container}"에 ${missing.map((m) => `\`${m}\``).join(', ')}이(가) 없습니다. request가 없으면 스케줄러가 어림없이 파드를 배치하고 노드 자원이 모자랄 때 가장 먼저 축출되며, 메모리 limit이 없으면 누수 하나가 이웃 파드의 메모리까지 가져갈 수 있습니다. (kube-score: container-resources; kube-linter: unset-cpu-requirements, unset-memory-requirements)`,
    useFalse: '`hostNetwork: false` 설정하기',
    addResources: '채워 넣을 request와 메모리 limit 추가하기',
  },
};
