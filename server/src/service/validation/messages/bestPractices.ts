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
  privileged(container: string): string;
  setPrivilegedFalse: string;
  readOnlyRootFilesystem(container: string): string;
  setReadOnlyRootFilesystem: string;
  latestTag(image: string, latest: boolean, pullPolicy: string): string;
  noReadinessProbe(container: string, services: readonly string[]): string;
  addTcpReadinessProbe(port: number): string;
  budgetBlocks(budget: BudgetBlock): string;
  useMaxUnavailableOne: string;
}

/** Why a PodDisruptionBudget lets no pod be evicted. */
export type BudgetBlock =
  | { readonly kind: 'maxUnavailableZero'; readonly value: string }
  | { readonly kind: 'minAvailableAll'; readonly value: string; readonly replicas: number; readonly workloads: readonly string[] };

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
    privileged: (container) =>
      `Container "${container}" runs privileged: it gets every capability and the node's devices, so whoever gets into the container has the node. Almost no app needs it; grant the one capability it needs under \`capabilities.add\` instead. (kube-linter: privileged-container; kube-score: container-security-context-privileged)`,
    setPrivilegedFalse: 'Set `privileged: false`',
    readOnlyRootFilesystem: (container) =>
      `Container "${container}" can write to its root filesystem. Writes there are lost on every restart and let an intruder change the app's own files; with \`readOnlyRootFilesystem: true\` the app writes only where you mount a volume (an \`emptyDir\` for /tmp, for example). (kube-linter: no-read-only-root-fs; kube-score: container-security-context-readonlyrootfilesystem)`,
    setReadOnlyRootFilesystem: 'Set `readOnlyRootFilesystem: true`',
    latestTag: (image, latest, pullPolicy) =>
      `\`${image}\` ${latest ? 'uses the `latest` tag' : 'has no tag, which means `latest`'}: which version runs depends on when it was pulled for each pod (with \`imagePullPolicy: ${pullPolicy}\`), so two replicas can run different code and a rollback cannot go back to a known version. Pin a version tag or a digest. (kube-linter: latest-tag; kube-score: container-image-tag)`,
    noReadinessProbe: (container, services) =>
      `Container "${container}" has no readiness probe, yet ${services.length === 1 ? 'Service' : 'Services'} ${services.map((s) => `"${s}"`).join(', ')} ${services.length === 1 ? 'sends' : 'send'} traffic to its pods. Without one a pod receives requests as soon as its containers start, before the app listens, and keeps receiving them while it is stuck. (kube-linter: no-readiness-probe; kube-score: pod-probes)`,
    addTcpReadinessProbe: (port) => `Add a readiness probe that connects to port ${port}`,
    budgetBlocks: (budget) =>
      budget.kind === 'maxUnavailableZero'
        ? `\`maxUnavailable: ${budget.value}\` lets no pod be evicted: \`kubectl drain\` and node upgrades wait for this budget forever. Allow at least one (\`maxUnavailable: 1\`) and run enough replicas to stay up. (kube-linter: pdb-max-unavailable)`
        : `\`minAvailable: ${budget.value}\` asks for ${budget.replicas === 1 ? 'the only pod' : `all ${budget.replicas} pods`} of ${budget.workloads.join(', ')} to stay up, so none may ever be evicted: \`kubectl drain\` and node upgrades wait for this budget forever. Run more replicas than \`minAvailable\`, or use \`maxUnavailable: 1\`. (kube-linter: pdb-min-available; kube-score: deployment-has-poddisruptionbudget)`,
    useMaxUnavailableOne: 'Use `maxUnavailable: 1`',
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
    privileged: (container) =>
      `컨테이너 "${container}"의 privileged 모드가 켜져 있습니다. 모든 capability와 노드의 장치를 받으므로, 컨테이너에 들어온 사람은 노드까지 손에 넣습니다. 이것이 필요한 앱은 거의 없으니, 꼭 필요한 capability 하나만 \`capabilities.add\`에 넣으세요. (kube-linter: privileged-container; kube-score: container-security-context-privileged)`,
    setPrivilegedFalse: '`privileged: false` 설정하기',
    readOnlyRootFilesystem: (container) =>
      `컨테이너 "${container}"의 루트 파일시스템에 쓰기가 가능합니다. 거기에 쓴 것은 재시작할 때마다 사라지고, 침입자가 앱 자체의 파일을 바꿀 수 있습니다. \`readOnlyRootFilesystem: true\`로 두면 앱은 마운트한 볼륨(예: /tmp용 \`emptyDir\`)에만 씁니다. (kube-linter: no-read-only-root-fs; kube-score: container-security-context-readonlyrootfilesystem)`,
    setReadOnlyRootFilesystem: '`readOnlyRootFilesystem: true` 설정하기',
    latestTag: (image, latest, pullPolicy) =>
      `\`${image}\` 이미지는 ${latest ? '`latest` 태그를 씁니다' : '태그가 없어서 `latest`를 뜻합니다'}. 어떤 버전이 도는지가 파드마다 이미지를 언제 받았는지에 달려 있어서(\`imagePullPolicy: ${pullPolicy}\`), 두 레플리카가 서로 다른 코드를 돌릴 수 있고 롤백해도 알려진 버전으로 돌아갈 수 없습니다. 버전 태그나 digest를 고정하세요. (kube-linter: latest-tag; kube-score: container-image-tag)`,
    noReadinessProbe: (container, services) =>
      `컨테이너 "${container}"에 readiness 프로브가 없는데, Service ${services.map((s) => `"${s}"`).join(', ')}의 트래픽이 이 파드들로 갑니다. 프로브가 없으면 파드는 앱이 포트를 열기도 전에 컨테이너가 시작되자마자 요청을 받고, 앱이 멈춰 있는 동안에도 계속 받습니다. (kube-linter: no-readiness-probe; kube-score: pod-probes)`,
    addTcpReadinessProbe: (port) => `포트 ${port}에 연결해 보는 readiness 프로브 추가하기`,
    budgetBlocks: (budget) =>
      budget.kind === 'maxUnavailableZero'
        ? `\`maxUnavailable: ${budget.value}\` 설정으로는 어떤 파드도 축출될 수 없어서, \`kubectl drain\`과 노드 업그레이드가 이 예산을 끝없이 기다립니다. 최소 하나는 허용하고(\`maxUnavailable: 1\`) 서비스가 유지될 만큼 레플리카를 두세요. (kube-linter: pdb-max-unavailable)`
        : `\`minAvailable: ${budget.value}\` 설정은 ${budget.workloads.join(', ')}의 파드 ${budget.replicas}개가 모두 떠 있기를 요구하므로, 어떤 파드도 축출될 수 없습니다. \`kubectl drain\`과 노드 업그레이드가 이 예산을 끝없이 기다립니다. 레플리카를 \`minAvailable\`보다 많이 두거나 \`maxUnavailable: 1\`을 쓰세요. (kube-linter: pdb-min-available; kube-score: deployment-has-poddisruptionbudget)`,
    useMaxUnavailableOne: '`maxUnavailable: 1` 쓰기',
  },
};
