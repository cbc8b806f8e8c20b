// 한국어 설명: 디플로이먼트, 스테이트풀셋, 잡, 크론잡 같은 컨트롤러.
export const workloadsKo: Readonly<Record<string, string>> = {
  'DeploymentSpec.replicas':
    '디플로이먼트가 유지할 동일한 파드의 개수입니다(기본값 1). 파드가 죽거나 삭제되면 새 파드가 그 자리를 채우고, `kubectl scale deployment 이름 --replicas=3`으로 바로 바꿀 수도 있습니다. HorizontalPodAutoscaler가 개수를 관리한다면 `kubectl apply` 때마다 값이 되돌아가지 않도록 이 필드를 빼세요.',
  'DeploymentSpec.selector':
    '디플로이먼트가 자기 파드를 레이블로 알아보는 기준입니다. `apps/v1`에서는 필수이고 `template.metadata.labels`와 맞아야 하며, 만든 뒤에는 바꿀 수 없어서 바꾸려면 디플로이먼트를 지우고 다시 만들어야 합니다. `matchLabels: {app: chat}`처럼 작고 변하지 않게 정하세요.',
  'DeploymentSpec.template':
    '만들 파드의 정의로, `apiVersion`과 `kind`를 뺀 파드 매니페스트처럼 `metadata.labels`와 `containers`가 든 `spec`을 씁니다. 이미지 태그나 환경 변수처럼 여기를 바꾸면 롤아웃이 시작되어 파드가 교체되며, 진행 상황은 `kubectl rollout status`로 볼 수 있습니다. 파드 이름은 자동으로 붙으니 `name`은 적지 마세요.',
  'DeploymentSpec.strategy':
    '업데이트할 때 파드를 교체하는 방식입니다. `RollingUpdate`(기본값)는 몇 개씩 차례로 바꿔서 서비스가 끊기지 않게 하며 `maxSurge`와 `maxUnavailable`로 조절합니다. `Recreate`는 기존 파드를 모두 내린 뒤 새로 띄워 중단 시간이 생기지만, `ReadWriteOnce` 볼륨을 공유하는 경우처럼 두 버전이 동시에 돌면 안 될 때 씁니다.',
  'DeploymentSpec.revisionHistoryLimit':
    '`kubectl rollout undo`를 위해 남겨 둘 이전 레플리카셋 수입니다(기본값 10). `0`으로 두면 롤백할 수 없습니다.',
  'DeploymentSpec.minReadySeconds':
    '새 파드가 준비 상태를 이 시간 동안 유지해야 사용 가능한 것으로 칩니다(기본값 0). 몇 초만 줘도 준비된 직후 바로 죽는 컨테이너를 롤아웃이 넘어가기 전에 잡아낼 수 있습니다.',
  'DeploymentSpec.progressDeadlineSeconds':
    '롤아웃이 이 시간(초) 동안 진전이 없으면 디플로이먼트가 `ProgressDeadlineExceeded`를 보고합니다(기본값 600). 알려 주기만 할 뿐 스스로 롤백하지는 않습니다.',
  'DeploymentStrategy.type':
    '`RollingUpdate`(기본값) 또는 `Recreate`입니다. `Recreate`를 쓸 때는 `rollingUpdate`를 적지 마세요. 그 설정은 롤링 업데이트에만 쓰입니다.',
  'RollingUpdateDeployment.maxSurge':
    '롤아웃 중에 `replicas`보다 몇 개 더 많은 파드를 허용할지 숫자나 비율로 정합니다(기본값 `25%`, 올림). 크게 잡을수록 빨리 끝나지만 클러스터에 여유 자원이 필요합니다.',
  'RollingUpdateDeployment.maxUnavailable':
    '롤아웃 중에 `replicas`보다 몇 개까지 사용 불가 상태를 허용할지 정합니다(기본값 `25%`, 내림). `maxSurge`를 1 이상으로 두고 이 값을 `0`으로 하면 원하는 개수 아래로 내려가지 않습니다. 두 값이 동시에 0일 수는 없습니다.',

  'StatefulSetSpec.serviceName':
    '각 파드에 `db-0.db` 같은 고정 DNS 이름을 주는 헤드리스 서비스(`clusterIP: None`)의 이름입니다. 스테이트풀셋이 이 서비스를 만들어 주지 않으므로 직접 작성해야 하며, 없으면 파드별 이름이 해석되지 않습니다.',
  'StatefulSetSpec.volumeClaimTemplates':
    '템플릿마다 파드별로 퍼시스턴트볼륨클레임을 하나씩 만들어(`data-db-0`, `data-db-1`, …) 레플리카마다 자기 저장소를 갖게 합니다. `persistentVolumeClaimRetentionPolicy`로 바꾸지 않는 한, 파드를 지우거나 개수를 줄여도 클레임은 남습니다.',
  'StatefulSetSpec.podManagementPolicy':
    '`OrderedReady`(기본값)는 `-0`, `-1` 순서로 파드를 하나씩 만들면서 각각 준비될 때까지 기다리고, 지울 때는 역순으로 지웁니다. `Parallel`은 모두 한꺼번에 시작하고 멈추므로 순서가 중요하지 않을 때 더 빠릅니다.',

  'JobSpec.template':
    '실제 작업을 하는 파드입니다. `restartPolicy`는 `OnFailure`나 `Never`여야 하며, 파드의 기본값인 `Always`는 잡에서 거부됩니다. 디버깅할 때는 실패한 파드가 남아 `kubectl logs`로 볼 수 있도록 `Never`를 쓰세요.',
  'JobSpec.backoffLimit':
    '잡이 포기하고 실패로 표시되기 전까지 실패한 파드를 몇 번 다시 시도할지 정합니다(기본값 6). 재시도 간격은 10초부터 두 배씩 늘어 최대 6분까지 길어집니다. `restartPolicy: OnFailure`이면 한도에 도달했을 때 파드가 로그와 함께 삭제되니, 디버깅할 때는 `Never`를 쓰세요.',
  'JobSpec.completions':
    '잡이 완료되려면 성공적으로 끝나야 하는 파드 수입니다(기본값 1). `parallelism`만 지정하고 이 값을 빼면 작업 큐처럼 동작해서, 파드 하나가 성공하고 나머지가 끝나면 잡이 완료됩니다.',
  'JobSpec.parallelism':
    '동시에 실행할 수 있는 파드 수입니다(기본값 1). 남은 완료 횟수보다 많은 파드를 띄우지는 않으며, `0`으로 두면 잡이 멈춥니다.',
  'JobSpec.activeDeadlineSeconds':
    '잡이 시작된 때부터 재시도를 모두 포함해 적용되는 전체 시간 제한입니다. 시간이 지나면 실행 중인 파드가 중지되고, `backoffLimit`이 남아 있어도 잡은 `DeadlineExceeded` 사유로 실패합니다.',
  'JobSpec.ttlSecondsAfterFinished':
    '잡이 완료되거나 실패한 뒤 이 시간(초)이 지나면 잡을 파드와 로그까지 함께 삭제합니다. 지정하지 않으면 끝난 잡은 직접 지울 때까지 남습니다. 로그를 볼 시간을 남기려면 `3600` 정도가 적당하고, `0`이면 바로 삭제됩니다.',

  'CronJobSpec.schedule':
    '잡을 만들 시각을 분, 시, 일, 월, 요일의 다섯 칸 cron 형식으로 적습니다. `"*/5 * * * *"`는 5분마다, `"0 3 * * *"`는 매일 03:00입니다. YAML은 `*`로 시작하는 값을 별칭(alias)으로 읽으므로 반드시 따옴표로 감싸세요. `timeZone`을 정하지 않으면 시각은 컨트롤러의 시계(보통 UTC)를 따릅니다.',
  'CronJobSpec.timeZone':
    '`schedule`을 해석할 IANA 시간대 이름입니다(예: `Asia/Seoul`). 지정하지 않으면 kube-controller-manager의 시간대(보통 UTC)를 따르므로, 한국 시간 03:00에 돌리려던 작업이 9시간 늦게 실행됩니다.',
  'CronJobSpec.jobTemplate':
    '정해진 시각마다 만들어질 잡입니다. `spec`에는 파드 `template`을 포함한 잡 spec 전체가 들어가고, 그 파드의 `restartPolicy`는 `OnFailure`나 `Never`여야 합니다. 컨테이너 위치가 잡보다 한 단계 깊은 `jobTemplate.spec.template.spec.containers`라는 점에 주의하세요.',
  'CronJobSpec.concurrencyPolicy':
    '다음 실행 시각에 이전 실행이 아직 끝나지 않았을 때의 동작입니다. `Allow`(기본값)는 둘 다 실행하고, `Forbid`는 새 실행을 건너뛰며, `Replace`는 이전 실행을 멈추고 새로 시작합니다. 백업처럼 겹치면 안 되는 작업에는 `Forbid`를 쓰세요.',
  'CronJobSpec.suspend':
    '`true`이면 새 실행을 만들지 않고, 이미 실행 중인 잡은 그대로 계속됩니다(기본값 `false`). 크론잡을 지우지 않고 잠시 멈출 때 씁니다.',
  'CronJobSpec.startingDeadlineSeconds':
    '컨트롤러가 멈춰 있었거나 `Forbid` 때문에 제때 시작하지 못한 실행을 몇 초 늦게까지 시작할지 정합니다. 이보다 늦은 실행은 건너뛰고 놓친 것으로 칩니다.',
};
