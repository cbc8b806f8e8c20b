// 한국어 설명: 매니페스트 맨 위의 apiVersion, kind, metadata와 레이블 셀렉터.
// 키는 `짧은타입이름.필드`이고, `*.필드`는 모든 최상위 kind에 해당합니다.
export const objectsKo: Readonly<Record<string, string>> = {
  '*.apiVersion':
    '이 kind를 정의하는 API 그룹과 버전입니다. `그룹/버전` 형태로 쓰고, 코어 그룹은 그냥 `v1`만 씁니다. kind마다 속한 그룹이 정해져 있어서 `Pod`는 `v1`, `Deployment`는 `apps/v1`, `Job`과 `CronJob`은 `batch/v1`입니다. 짝이 맞지 않으면 *no matches for kind* 오류가 나는데, 올바른 값은 `kubectl api-resources`로 확인할 수 있습니다.',
  '*.kind':
    '이 문서로 만들 오브젝트의 종류입니다. `Pod`, `Deployment`, `Job` 등이 있습니다. 대소문자를 구분하므로 `pod`가 아니라 `Pod`로 써야 하고, 위의 `apiVersion`과 짝이 맞아야 합니다. `spec` 아래에 어떤 필드를 쓸 수 있는지도 kind에 따라 달라집니다.',
  '*.metadata':
    '오브젝트를 식별하는 정보인 `name`, `namespace`(네임스페이스에 속하는 kind만), `labels`, `annotations`를 적는 곳입니다. 문서 맨 위에 바로 `name:`을 쓰는 실수가 흔한데, 쿠버네티스는 이름을 `metadata` 안에서만 읽습니다. 최상위의 `name`은 알 수 없는 필드로 처리되고 오브젝트에는 이름이 없는 상태가 됩니다.',
  '*.spec':
    '원하는 상태, 즉 쿠버네티스가 무엇을 어떻게 실행하거나 제공해야 하는지를 적는 곳입니다. 들어가는 필드는 `kind`에 따라 다릅니다. 파드의 `spec`에는 `containers`가, 디플로이먼트의 `spec`에는 `replicas`, `selector`, 파드 `template`이, 서비스의 `spec`에는 `selector`와 `ports`가 들어갑니다. `status`는 쿠버네티스가 직접 채우는 부분이니 매니페스트에 쓰지 않습니다.',

  'ObjectMeta.name':
    '오브젝트의 이름으로, 한 네임스페이스 안에서 같은 kind끼리 겹치면 안 됩니다. 영문 소문자, 숫자, `-`, `.`만 쓸 수 있고(예: `chat-pod`) 대문자, `_`, 공백은 거부됩니다. 서비스와 네임스페이스 이름은 더 엄격해서 마침표(`.`) 없이 63자까지만 쓸 수 있습니다. `kubectl logs chat-pod`나 `kubectl delete pod chat-pod`처럼 명령어에 입력하는 이름이 바로 이것입니다.',
  'ObjectMeta.generateName':
    '서버가 고유한 이름을 만들 때 쓰는 접두사입니다. `job-run-`이라고 쓰면 `job-run-x7k2p` 같은 이름이 붙습니다. `name`이 비어 있을 때만 쓰이고 `kubectl create`에서만 동작합니다. `kubectl apply`는 다음에 같은 오브젝트를 다시 찾아야 하므로 고정된 `name`이 필요합니다.',
  'ObjectMeta.namespace':
    '오브젝트가 속할 네임스페이스입니다. 생략하면 `kubectl`의 현재 컨텍스트에 설정된 네임스페이스(보통 `default`)에 만들어지므로, 같은 파일이 상황에 따라 다른 곳에 생길 수 있습니다. 이름으로 참조하는 것은 같은 네임스페이스 안에서만 통합니다. 파드는 다른 네임스페이스의 컨피그맵, 시크릿, 서비스 어카운트를 쓸 수 없습니다.',
  'ObjectMeta.labels':
    '다른 오브젝트가 이 오브젝트를 찾을 때 쓰는 키/값 태그입니다. 서비스, 디플로이먼트, 레플리카셋은 파드를 이름이 아니라 레이블로 고릅니다. 값은 문자열이어야 하므로 숫자나 불리언은 따옴표로 감싸세요(`version: "2"`, `canary: "true"`). 파드 `template`의 레이블에는 `selector`가 요구하는 레이블이 모두 들어 있어야 합니다.',
  'ObjectMeta.annotations':
    '도구나 사람을 위해 오브젝트에 붙여 두는 자유로운 메모입니다. 변경 사유, 빌드 커밋, 인그레스 컨트롤러가 읽는 설정 등을 적습니다. 레이블과 달리 어노테이션으로는 오브젝트를 고를 수 없습니다. 값은 문자열이어야 하니 숫자와 `true`/`false`는 따옴표로 감싸세요.',

  'LabelSelector.matchLabels':
    '여기 적은 레이블 쌍을 모두 가진 오브젝트를 고릅니다. 디플로이먼트, 레플리카셋, 스테이트풀셋, 데몬셋에서는 `template.metadata.labels`와 맞아야 하며, 맞지 않으면 생성이 거부됩니다. 디플로이먼트의 셀렉터는 만든 뒤에 바꿀 수 없으니 `app: chat`처럼 작고 변하지 않는 레이블로 정하세요.',
  'PodTemplateSpec.metadata':
    '이 템플릿으로 만들어지는 모든 파드에 붙는 메타데이터입니다. `selector`가 찾는 레이블은 여기(`template.metadata.labels`)에 적습니다. `name`은 적지 않습니다. 컨트롤러가 파드마다 이름을 자동으로 붙여 줍니다.',
};
