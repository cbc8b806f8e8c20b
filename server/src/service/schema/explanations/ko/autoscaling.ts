// 한국어 설명: HorizontalPodAutoscaler. HorizontalPodAutoscalerSpec과 CrossVersionObjectReference는
// autoscaling/v1과 v2에 모두 있으므로 그 키의 설명은 두 버전 모두에 맞게 씁니다.
export const autoscalingKo: Readonly<Record<string, string>> = {
  'HorizontalPodAutoscalerSpec.scaleTargetRef':
    '오토스케일러가 레플리카 수를 조정할 워크로드를 `apiVersion`, `kind`, `name`으로 가리킵니다(예: `apps/v1`, `Deployment`, `web`). 같은 네임스페이스에 있어야 하고, 디플로이먼트, 스테이트풀셋, 레플리카셋처럼 개수를 조정할 수 있는 kind여야 하며 데몬셋은 안 됩니다. 오토스케일러가 디플로이먼트를 관리하기 시작하면 디플로이먼트 매니페스트에서 `replicas`를 빼세요. 그러지 않으면 `kubectl apply`를 할 때마다 개수가 되돌아갑니다.',
  'HorizontalPodAutoscalerSpec.minReplicas':
    '부하가 없어도 유지할 최소 레플리카 수입니다(기본값 1). `0`은 클러스터에서 `HPAScaleToZero` 기능 게이트를 켜고 `Object`나 `External` 지표를 쓸 때만 허용됩니다. 2 이상으로 두면 파드 하나가 재시작되는 동안에도 앱이 계속 응답합니다.',
  'HorizontalPodAutoscalerSpec.maxReplicas':
    '오토스케일러가 만들 수 있는 최대 레플리카 수로, 필수이며 `minReplicas` 이상이어야 합니다. 비용의 상한선 역할을 하지만 클러스터에 자리가 있어야 의미가 있습니다. 남은 용량을 넘는 레플리카는 `Pending`에 머뭅니다.',
  'HorizontalPodAutoscalerSpec.metrics':
    '오토스케일러가 측정할 지표와 목표값 목록으로, 보통은 파드의 CPU나 메모리(`type: Resource`)입니다. 지표마다 필요한 레플리카 수를 계산해서 가장 큰 값을 씁니다. 생략하면 평균 CPU 사용률 80%를 목표로 합니다. 리소스 지표는 metrics-server 애드온에서 오므로, `kubectl top pods`가 실패한다면 `kubectl get hpa`에서 목표값이 unknown으로 보이고 아무것도 확장되지 않습니다.',
  'HorizontalPodAutoscalerSpec.behavior':
    '확장(`scaleUp`)과 축소(`scaleDown`) 속도를 조절합니다. 지정하지 않으면 확장은 바로 일어나서 15초마다 파드 수를 두 배 또는 4개 더 중 큰 쪽까지 늘리고, 축소는 최근 5분 동안의 권장값 중 가장 큰 값을 따르므로(`stabilizationWindowSeconds: 300`) 천천히 일어납니다. 파드 수가 오르내리며 흔들리거나 더 빨리 늘어나야 할 때 설정하세요.',
  'HorizontalPodAutoscalerSpec.targetCPUUtilizationPercentage':
    '`autoscaling/v1`에서 목표로 삼을 평균 CPU 사용률로, 파드의 CPU *요청량*(`requests`)에 대한 백분율입니다(기본값 80). 파드에 CPU 요청량이 없으면 오토스케일러가 계산할 수 없습니다. `autoscaling/v2`에서는 같은 내용을 `metrics`에 쓰며, 메모리 같은 다른 지표로도 확장할 수 있습니다.',

  'CrossVersionObjectReference.kind':
    '가리키는 오브젝트의 kind로, `Deployment`처럼 그 매니페스트에 쓴 그대로 적습니다. `scaleTargetRef`에서는 디플로이먼트, 스테이트풀셋, 레플리카셋, 또는 scale 서브리소스가 있는 커스텀 리소스처럼 개수를 조정할 수 있는 kind여야 합니다.',
  'CrossVersionObjectReference.name':
    '가리키는 오브젝트의 이름으로, 오토스케일러와 같은 네임스페이스에 있어야 합니다. 이름이 틀려도 거부되지는 않고, 오토스케일러가 대상을 찾지 못했다는 이벤트(`scaleTargetRef`라면 `FailedGetScale`)만 남긴 채 아무것도 조정하지 않습니다.',
  'CrossVersionObjectReference.apiVersion':
    '가리키는 오브젝트의 API 그룹과 버전으로, 디플로이먼트나 스테이트풀셋이라면 `apps/v1`입니다. 그 오브젝트의 매니페스트 맨 위에 쓴 것과 같은 값이며 `kind`와 짝이 맞아야 합니다.',

  'MetricSpec.type':
    '이 항목이 쓰는 지표의 종류로, 옆에 채워야 할 필드를 정합니다. `Resource`(파드의 CPU나 메모리, `resource:`에 적음), `Pods`(파드별 사용자 정의 지표), `Object`(인그레스 같은 다른 오브젝트 하나의 지표), `External`(클러스터 밖의 지표), `ContainerResource`(컨테이너 하나의 CPU나 메모리) 중 하나입니다. `Resource`와 `ContainerResource` 말고는 Prometheus Adapter나 KEDA 같은 지표 어댑터가 클러스터에 있어야 합니다.',
  'MetricSpec.resource':
    '대상의 모든 파드에서 평균 낸 CPU나 메모리 사용량을 `target`과 비교해 확장합니다. 값은 metrics-server 애드온에서 오고, 사용률 목표는 파드의 리소스 `requests`를 기준으로 계산됩니다. 예: `name: cpu`, `target: {type: Utilization, averageUtilization: 70}`.',
  'ResourceMetricSource.name':
    '`cpu` 또는 `memory`입니다. 메모리만으로는 잘 동작하지 않는 경우가 많습니다. JVM이나 Node.js 같은 런타임은 한 번 쓴 메모리를 잘 돌려주지 않아서 사용량이 좀처럼 줄지 않고, 그래서 오토스케일러가 다시 축소하는 일이 드뭅니다.',
  'ResourceMetricSource.target':
    '유지할 수준입니다. `type: Utilization`과 `averageUtilization`(파드 요청량 대비 백분율)을 쓰거나, `type: AverageValue`와 `averageValue`(`500m`, `300Mi` 같은 파드당 양)를 씁니다. 두 값 중 하나는 반드시 있어야 하고, 둘을 함께 쓸 수는 없습니다.',

  'MetricTarget.type':
    '어느 값 필드가 목표인지 정합니다. `Utilization`은 `averageUtilization`을 쓰며 `Resource`와 `ContainerResource` 지표에서만 쓸 수 있고, `AverageValue`는 지표를 파드 수로 나눈 `averageValue`를, `Value`는 지표 전체 값인 `value`를 씁니다(`Object`, `External` 지표용). 타입에 맞는 필드를 채우세요.',
  'MetricTarget.averageUtilization':
    '목표 평균 사용량을 파드 *요청량* 대비 백분율로 적습니다. `requests.cpu: 200m`인 파드에 `averageUtilization: 50`이면 파드당 CPU 100m 정도를 목표로 합니다. 파드의 컨테이너에 해당 리소스의 `resources.requests`가 없으면 오토스케일러가 계산하지 못해 `kubectl get hpa`에 목표값이 unknown으로 표시됩니다. 파드는 제한(limits)까지 요청량보다 더 쓸 수 있으므로 100을 넘는 값도 쓸 수 있습니다.',
  'MetricTarget.averageValue':
    '파드 하나당 목표량을 수량으로 적습니다. CPU라면 `500m`, 메모리라면 `300Mi`, 사용자 정의 지표라면 초당 요청 `100`처럼 씁니다. 파드 평균이 이 값을 넘으면 레플리카를 늘리고 밑돌면 줄입니다. `averageUtilization`과 달리 파드의 요청량과는 관계가 없습니다.',
  'MetricTarget.value':
    '파드별이 아니라 지표 전체에 대한 목표값으로, `Object`와 `External` 지표에서 씁니다(예: 큐에 쌓인 메시지 `100`개). 0보다 큰 수량이어야 합니다.',

  'HorizontalPodAutoscalerBehavior.scaleDown':
    '레플리카를 줄이는 규칙입니다. 기본값은 최근 5분(`stabilizationWindowSeconds: 300`)을 돌아보고 그동안 권장된 가장 큰 개수까지만 줄이는 것이어서, 잠깐 부하가 떨어져도 파드가 사라지지 않습니다. 더 빨리 줄이려면 이 시간을 줄이고, 한 번에 몇 개씩만 줄이려면 `policies`를 추가하세요.',
  'HorizontalPodAutoscalerBehavior.scaleUp':
    '레플리카를 늘리는 규칙입니다. 기본값은 기다리지 않고(`stabilizationWindowSeconds: 0`) 15초마다 100% 또는 파드 4개 중 큰 쪽만큼 늘리는 것입니다. 짧은 급증에 파드가 너무 많이 뜬다면 시간 창이나 `policies`를 추가해 늦추세요.',
  'HPAScalingRules.stabilizationWindowSeconds':
    '지난 권장값을 몇 초까지 고려할지 정합니다(0~3600). 축소할 때는 이 기간의 가장 큰 권장값을, 확장할 때는 가장 작은 권장값을 써서 잠깐의 급증과 급감을 걸러 냅니다. 기본값은 `scaleDown`이 300, `scaleUp`이 0입니다.',
  'HPAScalingRules.policies':
    '`periodSeconds` 동안 레플리카 수가 얼마나 바뀔 수 있는지 제한합니다. `type: Pods`, `value: 4`는 파드 4개까지, `type: Percent`, `value: 50`은 현재 개수의 절반까지 허용합니다. 정책이 여럿이면 `selectPolicy`가 고르는데, `Max`(기본값)는 가장 크게 바꿀 수 있는 정책을, `Min`은 가장 작게 바꾸는 정책을 고릅니다.',
  'HPAScalingRules.selectPolicy':
    '정책이 여럿일 때 어느 것을 쓸지 정합니다. `Max`(기본값)는 가장 크게 바꿀 수 있는 정책을, `Min`은 가장 작게 바꾸는 정책을 씁니다. `Disabled`는 이 방향의 스케일링을 끕니다. 예를 들어 `scaleDown`에 `selectPolicy: Disabled`를 주면 파드를 자동으로 줄이지 않습니다.',
  'HPAScalingPolicy.periodSeconds':
    '정책의 `value`를 적용하는 시간 창의 길이(초)로, 1~1800 사이입니다. `type: Pods`, `value: 2`, `periodSeconds: 60`이면 1분에 파드를 최대 2개까지 바꿉니다.',
};
