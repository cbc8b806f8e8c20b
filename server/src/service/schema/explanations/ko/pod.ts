// 한국어 설명: 파드 spec의 컨테이너 구성, 스케줄링, 네트워크, 신원, 볼륨.
export const podKo: Readonly<Record<string, string>> = {
  'PodSpec.containers':
    '이 파드에서 함께 실행될 컨테이너 목록으로, 보통은 하나입니다. 한 파드의 컨테이너들은 네트워크를 공유하므로 서로 `localhost`로 통신하고, 같은 포트를 두 컨테이너가 함께 쓸 수 없습니다(두 번째는 *address already in use*로 실패). 관련 없는 프로그램은 각자 재시작되고 확장될 수 있도록 서로 다른 파드로 나누세요.',
  'PodSpec.initContainers':
    '메인 `containers`가 시작되기 전에 하나씩 차례로 실행되어 성공적으로 끝나야 하는 컨테이너입니다. 데이터베이스가 뜰 때까지 기다리거나 공유 볼륨에 파일을 준비할 때 씁니다. 계속 실패하면 파드가 `Init:Error`나 `Init:CrashLoopBackOff`로 표시되고 앱은 시작되지 않습니다. `restartPolicy: Always`를 준 초기화 컨테이너는 사이드카가 되어, 먼저 시작한 뒤 앱과 함께 계속 실행됩니다.',
  'PodSpec.restartPolicy':
    '컨테이너가 종료됐을 때 kubelet이 할 일입니다. `Always`(기본값)는 항상 재시작하고, `OnFailure`는 종료 코드가 0이 아닐 때만 재시작하며, `Never`는 재시작하지 않습니다. 디플로이먼트, 레플리카셋, 스테이트풀셋, 데몬셋은 `Always`만 허용하고, 잡과 크론잡은 `OnFailure`나 `Never`여야 합니다. 재시작이 반복되면 간격이 점점 길어지는데, 이것이 `CrashLoopBackOff` 상태입니다.',
  'PodSpec.nodeSelector':
    '여기 적은 레이블을 모두 가진 노드에서만 파드를 실행합니다(예: `kubernetes.io/arch: amd64`, `disktype: ssd`). 맞는 노드가 없으면 파드는 `Pending`에 머물고, 이벤트에 셀렉터와 맞는 노드가 없다는 메시지가 남습니다. 쓸 수 있는 레이블은 `kubectl get nodes --show-labels`로 확인하세요.',
  'PodSpec.tolerations':
    '일반 파드가 오지 못하게 노드에 붙여 둔 표시인 *테인트*(taint)가 있어도 그 노드에서 실행될 수 있게 허용합니다. 컨트롤 플레인 노드의 테인트가 대표적입니다. 톨러레이션은 허용만 할 뿐 그 노드로 보내지는 않으므로, 특정 노드에 두려면 `nodeSelector`나 `affinity`를 함께 쓰세요. `key`, `operator`, `value`, `effect`가 테인트와 맞아야 합니다.',
  'PodSpec.affinity':
    '`nodeSelector`보다 세밀한 배치 규칙입니다. `nodeAffinity`는 노드 레이블로, `podAffinity`는 특정 파드 근처에, `podAntiAffinity`는 레플리카를 서로 떨어뜨려 배치할 때 씁니다. `required…` 규칙은 반드시 지켜져야 해서 못 지키면 `Pending`에 머물고, `preferred…` 규칙은 가중치일 뿐입니다. 우선 `nodeSelector`로 시작하고, `In` / `NotIn` 목록이나 선호 조건이 필요할 때 affinity를 쓰세요.',
  'PodSpec.nodeName':
    '스케줄러와 리소스 검사를 건너뛰고 파드를 지정한 노드에 바로 올립니다. 노드 이름에 오타가 있거나 노드에 자리가 없어도 다른 노드를 찾지 않으므로 파드가 실행되지 못합니다. `nodeSelector`나 `affinity`를 쓰는 편이 좋습니다.',
  'PodSpec.serviceAccountName':
    '파드 안의 프로세스가 쿠버네티스 API를 호출할 때 쓰는 신원입니다. 생략하면 네임스페이스의 `default` 서비스 어카운트가 쓰입니다. 서비스 어카운트는 파드보다 먼저 만들어져 있어야 하고, 여기에 바인딩된 RBAC 권한이 파드가 할 수 있는 일을 정합니다.',
  'PodSpec.imagePullSecrets':
    '비공개 이미지를 받을 때 필요한 레지스트리 인증 정보가 담긴 `kubernetes.io/dockerconfigjson` 타입의 시크릿입니다. 파드와 같은 네임스페이스에 `kubectl create secret docker-registry`로 만드세요. 없으면 비공개 이미지가 *unauthorized*나 *pull access denied* 메시지와 함께 `ErrImagePull`로 실패합니다.',
  'PodSpec.terminationGracePeriodSeconds':
    '`SIGTERM`을 받은 컨테이너가 강제 종료되기 전까지 정리할 시간(초)입니다(기본값 30). `SIGTERM`을 무시하는 프로그램, 흔히 PID 1로 실행된 셸 스크립트가 있으면 파드를 지울 때마다 이 시간을 꽉 채워 기다립니다. `preStop` 훅이 걸리는 시간도 여기에 포함됩니다.',
  'PodSpec.hostNetwork':
    '파드를 노드 자체의 네트워크에서 실행합니다. 포트가 노드 IP에 열리고 노드의 네트워크 인터페이스가 그대로 보입니다. 한 노드에서 이런 파드 둘이 같은 포트를 쓸 수 없고 격리도 약해지므로 노드 에이전트에만 쓰세요. 함께 `dnsPolicy: ClusterFirstWithHostNet`을 지정해야 서비스 이름이 계속 해석됩니다.',
  'PodSpec.dnsPolicy':
    '파드가 이름을 해석하는 방식입니다. `ClusterFirst`(기본값)는 클러스터 DNS를 써서 `db`나 `db.other-namespace` 같은 서비스 이름이 통합니다. `Default`는 이름과 달리 기본값이 아니며 노드의 DNS 설정을 따르고, `None`은 모든 설정을 `dnsConfig`에서 가져옵니다. `hostNetwork: true`일 때는 `ClusterFirstWithHostNet`을 쓰세요.',
  'PodSpec.enableServiceLinks':
    '네임스페이스의 모든 서비스에 대해 `MY_SERVICE_SERVICE_HOST`, `MY_SERVICE_PORT` 같은 환경 변수를 넣어 줍니다(기본값 `true`). 서비스가 많은 네임스페이스에서는 환경이 어지러워지고 앱이 읽는 변수와 이름이 겹칠 수 있으니, `false`로 끄고 서비스 DNS 이름을 쓰세요.',
  'PodSpec.securityContext':
    '파드의 모든 컨테이너에 적용되는 보안 설정으로, `runAsUser`, `runAsNonRoot`, `fsGroup` 등이 있습니다. 컨테이너의 `securityContext`에 같은 필드가 있으면 그쪽이 우선합니다. `readOnlyRootFilesystem`, `allowPrivilegeEscalation`, `capabilities`는 컨테이너 쪽에만 있습니다.',
  'PodSpec.volumes':
    '이 파드의 컨테이너들이 마운트할 수 있는 저장소입니다. 임시 공간(`emptyDir`), 컨피그맵이나 시크릿의 파일, 퍼시스턴트볼륨클레임 등이 있습니다. 여기에 적기만 해서는 아무 일도 일어나지 않고, 필요한 컨테이너가 같은 `name`으로 `volumeMounts`에 적어야 합니다.',

  'Volume.name': '`volumeMounts[].name`에서 가리키는 볼륨 이름입니다. 영문 소문자, 숫자, `-`로 쓰고 파드 안에서 겹치면 안 됩니다.',
  'Volume.emptyDir':
    '파드가 노드에서 시작될 때 만들어지고 파드가 노드를 떠나면 지워지는 빈 디렉터리입니다. 파드의 모든 컨테이너가 함께 쓸 수 있어서 캐시나 컨테이너 간 파일 전달에 알맞습니다. 컨테이너가 재시작돼도 남지만 파드가 없어지면 사라지므로, 보존해야 할 데이터는 두지 마세요.',
  'Volume.configMap':
    '컨피그맵의 키 하나하나를 마운트 경로 아래 파일로 보여 줍니다. `app.properties` 키는 `/config/app.properties` 파일이 됩니다. 컨피그맵을 바꾸면 잠시 뒤 파일도 갱신되지만(`subPath`로 마운트한 경우는 제외) 앱이 파일을 다시 읽어야 합니다. 컨피그맵이 같은 네임스페이스에 없으면 파드는 `ContainerCreating`에서 멈춥니다.',
  'Volume.secret':
    '`configMap`과 같은 방식으로 시크릿의 각 키를 파일로 보여 주며, 파일은 노드의 메모리에 보관됩니다. 시크릿 이름을 적는 필드는 `name`이 아니라 `secretName`입니다. 시크릿은 base64로 인코딩만 되어 있을 뿐 암호화되지 않으니, 읽을 수 있는 사람을 관리하세요.',
  'Volume.persistentVolumeClaim':
    '퍼시스턴트볼륨클레임(`claimName`)의 저장소를 마운트합니다. 파드가 사라져도 데이터가 남아서 데이터베이스 데이터를 여기에 둡니다. 클레임은 같은 네임스페이스에 있어야 하고, 바인딩될 때까지 파드는 `Pending`에 머뭅니다. 상당수 볼륨은 `ReadWriteOnce`라서 한 번에 한 노드의 파드만 마운트할 수 있습니다.',
  'Volume.hostPath':
    '노드 자체의 파일이나 디렉터리를 마운트합니다. 파드가 어느 노드에 뜨느냐에 따라 보이는 내용이 달라지고 다른 노드로 옮기면 사라지며, 노드를 노출할 위험도 있어 금지하는 클러스터가 많습니다. 노드 에이전트나 로컬 실험에만 쓰고, 앱 데이터에는 `emptyDir`이나 퍼시스턴트볼륨클레임을 쓰세요.',

  'VolumeMount.name': '파드의 `volumes`에 있는 항목의 `name`과 같아야 합니다. 다르면 파드가 유효하지 않은 것으로 거부됩니다.',
  'VolumeMount.mountPath':
    '볼륨이 나타날 컨테이너 안의 절대 경로입니다(예: `/usr/share/nginx/html`). 마운트하는 동안 이미지에서 그 경로에 있던 내용은 가려집니다. 그래서 컨피그맵을 `/etc/nginx`에 마운트하면 그 안의 다른 파일이 모두 안 보이게 됩니다. 파일 하나만 넣으려면 `subPath`를 쓰거나 전용 디렉터리를 쓰세요.',
  'VolumeMount.readOnly':
    '이 컨테이너에서 볼륨을 읽기 전용으로 마운트합니다(기본값 `false`). 컨피그맵, 시크릿, projected 볼륨은 이 값과 관계없이 항상 읽기 전용입니다. 공유 데이터를 읽기만 해야 하는 컨테이너에 지정하세요.',
  'VolumeMount.subPath':
    '볼륨 전체 대신 그 안의 파일이나 하위 디렉터리 하나만 마운트합니다. 예를 들어 컨피그맵의 `nginx.conf` 하나만 `/etc/nginx/`에 넣으면 그 디렉터리의 다른 파일은 그대로 남습니다. 다만 `subPath`로 마운트한 파일은 컨피그맵이나 시크릿이 바뀌어도 갱신되지 않으니, 수정한 뒤에는 파드를 다시 시작하세요.',

  'Container.volumeMounts':
    '파드의 `volumes`에 정의한 볼륨을 이 컨테이너의 어느 경로에 보일지 정합니다. 각 항목의 `name`은 볼륨 이름과 같아야 하고, `mountPath`는 컨테이너 안의 디렉터리입니다. 마운트하면 이미지에서 그 경로에 있던 내용이 가려지므로 비어 있거나 전용인 디렉터리를 고르거나, 파일 하나라면 `subPath`를 쓰세요.',
};
