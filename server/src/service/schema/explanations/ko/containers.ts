// 한국어 설명: 컨테이너의 이미지, 포트, 실행 명령, 환경 변수, 리소스.
export const containersKo: Readonly<Record<string, string>> = {
  'Container.name':
    '파드 안에서 이 컨테이너를 구분하는 이름입니다. 영문 소문자, 숫자, `-`로 63자까지 쓸 수 있고 파드 안에서 겹치면 안 됩니다. 이미지가 아니므로 `:태그`를 붙이지 않습니다(`chat-container:latest`가 아니라 `chat-container`). 컨테이너가 여러 개인 파드에서는 `kubectl logs 파드 -c 이름`, `kubectl exec -c 이름`처럼 이 이름으로 컨테이너를 지정합니다.',
  'Container.image':
    '실행할 이미지로, `[레지스트리/]저장소[:태그][@다이제스트]` 형태로 씁니다(예: `nginx:1.27`, `docker.io/you/app:0.1.2`). 태그를 빼면 `:latest`로 간주되어 컨테이너를 시작할 때마다 레지스트리에서 받아오려 하므로, 내 PC에서만 빌드한 이미지는 `ErrImagePull` / `ImagePullBackOff`로 실패합니다. 로컬 이미지에는 버전 태그를 붙이고 `imagePullPolicy: IfNotPresent`를 함께 쓰거나, 클러스터가 접근할 수 있는 레지스트리에 푸시하세요. 원격 클러스터는 내 PC의 이미지를 볼 수 없고, 맥(ARM)에서 빌드했다면 노드의 CPU에 맞춰 `docker buildx build --platform linux/amd64`로 빌드해야 할 수도 있습니다.',
  'Container.imagePullPolicy':
    'kubelet이 언제 이미지를 받아올지 정합니다. `Always`는 컨테이너를 시작할 때마다 레지스트리를 확인하고, `IfNotPresent`는 노드에 이미지가 없을 때만 받으며, `Never`는 노드에 이미 있는 이미지만 씁니다. 생략하면 태그가 없거나 `:latest`인 이미지는 `Always`, 그 밖에는 `IfNotPresent`가 됩니다. 로컬 클러스터에서 직접 빌드한 이미지라면 버전 태그와 `IfNotPresent`를 쓰세요. kind나 minikube는 `kind load docker-image`처럼 이미지를 노드에 넣어 주는 과정도 필요합니다.',
  'Container.ports':
    '컨테이너 안의 프로그램이 어떤 포트를 쓰는지 사람과 도구에게 알려 주는 목록입니다. 여기에 적는다고 포트가 열리거나 외부에 공개되지 않고, 적지 않는다고 트래픽이 막히지도 않습니다. 내 PC에서 접속하려면 `kubectl port-forward`를, 다른 파드에서 접속하려면 서비스를 사용하세요.',
  'Container.command':
    '이미지의 `ENTRYPOINT`, 즉 컨테이너에서 실행할 프로그램을 바꿉니다. 생략하면 이미지에 정의된 시작 명령이 그대로 쓰이고, 지정하면 `args`를 함께 쓰지 않는 한 이미지의 `CMD`도 무시됩니다. 단어 하나하나를 목록의 항목으로 쓰며, 직접 셸을 실행하지 않는 한 셸 문법은 해석되지 않습니다: `["sh", "-c", "echo hi && sleep 3600"]`.',
  'Container.args':
    '이미지의 `CMD`, 즉 엔트리포인트에 넘길 인자를 바꿉니다. `args`만 지정하면 이미지의 `ENTRYPOINT`는 그대로 실행되면서 이 인자를 받으므로 `["--server.port=8080"]` 같은 옵션을 넘기기 좋습니다. `$(VAR)`는 `env`에 정의한 변수로 치환되지만, `$VAR`, 파이프, `&&` 같은 셸 문법은 명령이 셸일 때만 동작합니다.',
  'Container.env':
    '이 컨테이너의 환경 변수를 `name` / `value` 목록으로 적습니다. 값은 문자열이어야 하므로 숫자나 불리언은 따옴표로 감싸세요(`value: "8080"`). 이미지에 들어 있는 같은 이름의 변수보다 우선하며, 컨피그맵이나 시크릿의 키를 한꺼번에 넣으려면 `envFrom`을 쓰면 됩니다.',
  'Container.envFrom':
    '컨피그맵(`configMapRef`)이나 시크릿(`secretRef`)의 모든 키를 한 번에 환경 변수로 넣습니다. 같은 이름이 `env`에도 있으면 `env` 쪽 값이 이깁니다. 값은 컨테이너가 시작될 때 읽히므로, 컨피그맵을 수정했다면 파드를 다시 시작해야 반영됩니다.',
  'Container.resources':
    '컨테이너가 요청하는 CPU·메모리(`requests`)와 최대 사용량(`limits`)입니다. 스케줄러는 요청량을 감당할 여유가 있는 노드에만 파드를 배치합니다. CPU는 코어나 밀리코어 단위(`500m`는 0.5코어)로, 메모리는 단위를 붙인 바이트(`128Mi`, `1Gi`)로 씁니다.',
  'Container.workingDir':
    '컨테이너의 명령이 시작되는 디렉터리로, Dockerfile의 `WORKDIR`과 같은 역할입니다. 생략하면 이미지의 `WORKDIR`이 쓰입니다. 프로그램이 여는 상대 경로 파일은 이 디렉터리를 기준으로 찾습니다.',
  'Container.stdin':
    '`docker run -i`처럼 컨테이너의 표준 입력을 열어 둡니다. `kubectl attach -it`로 붙어서 쓰는 대화형 프로그램에만 필요합니다. `busybox`나 `ubuntu` 같은 셸 이미지를 `command` 없이 띄우면 이 설정이 없을 때 바로 종료되어 `CrashLoopBackOff`에 빠지므로, `["sleep", "infinity"]`처럼 계속 실행되는 명령을 주세요.',
  'Container.tty':
    '`docker run -t`처럼 컨테이너에 터미널을 붙이며, 보통 `stdin: true`와 함께 씁니다. 셸에 들어가는 데에는 필요 없습니다. `kubectl exec -it 파드 -- sh`가 터미널을 따로 만들어 줍니다. 작은 이미지에는 bash가 없는 경우가 많으니 `bash` 대신 `sh`를 써 보세요.',
  'Container.lifecycle':
    '컨테이너가 시작된 직후(`postStart`)와 종료되기 직전(`preStop`)에 실행할 훅입니다. 처리 중인 요청이 끝나도록 `preStop`에 짧은 sleep이나 정상 종료 명령을 넣는 경우가 많습니다. 훅이 걸리는 시간도 `terminationGracePeriodSeconds`에 포함됩니다.',
  'Container.restartPolicy':
    '`initContainers`의 항목에서만 의미가 있고, 값을 `Always`로 주면 그 초기화 컨테이너가 *사이드카*가 됩니다. 사이드카는 앱 컨테이너보다 먼저 시작해서 앱과 나란히 계속 실행됩니다(로그 수집기, 프록시 등). 쿠버네티스 1.29부터 기본으로 사용할 수 있습니다. 일반 `containers`에서는 파드의 `spec.restartPolicy`가 재시작 방식을 정합니다.',

  'ContainerPort.containerPort':
    '컨테이너 안에서 프로그램이 듣는 포트입니다. 문서 역할만 할 뿐이라 `8080`이라고 적어도 nginx가 8080에서 듣게 되지는 않고, nginx 설정을 바꾸기 전까지는 계속 80에서 듣습니다. 내 PC에서 접속하려면 `kubectl port-forward pod/이름 8080:80`(앞이 내 PC 포트)처럼 포트 포워딩을 하거나 서비스를 만드세요. `80:80`처럼 1024 미만의 로컬 포트는 관리자 권한 없이는 거부되는 경우가 많습니다.',
  'ContainerPort.protocol':
    '`TCP`(기본값), `UDP`, `SCTP` 중 하나입니다. DNS처럼 UDP를 쓰는 서버일 때만 바꾸면 됩니다. `ports`의 다른 항목과 마찬가지로 포트를 설명할 뿐 열어 주지는 않습니다.',
  'ContainerPort.hostPort':
    '`docker run -p`와 비슷하게 이 포트를 노드 자체의 IP에도 엽니다. 노드 하나에서 같은 `hostPort`는 파드 하나만 쓸 수 있어서 두 번째 레플리카는 `Pending`에 머물고, 이를 금지하는 클러스터도 많습니다. 내 PC에서 확인할 때는 `kubectl port-forward`를, 실제 트래픽에는 서비스를 쓰세요.',
  'ContainerPort.name':
    '포트에 붙이는 이름으로, 영문 소문자, 숫자, `-`로 15자까지 쓸 수 있습니다(예: `http`). 서비스의 `targetPort`나 프로브의 `port`에서 숫자 대신 `http`라고 쓸 수 있어, 포트 번호를 한 곳에서만 관리하게 됩니다. 파드 안에서 겹치면 안 됩니다.',

  'EnvVar.name':
    '프로그램이 보게 될 변수 이름입니다(예: `SPRING_PROFILES_ACTIVE`). 대소문자를 구분합니다. 아래쪽 항목에서 `$(이름)`으로 참조할 수 있고, 같은 이름이 두 번 나오면 마지막 항목이 적용됩니다.',
  'EnvVar.value':
    '변수에 넣을 값을 그대로 적습니다. 반드시 문자열이어야 해서 따옴표 없는 `8080`이나 `true`는 거부되니 `"8080"`, `"true"`로 쓰세요. `$(OTHER)`는 목록 앞쪽에 정의한 변수 값으로 바뀝니다. 시크릿, 컨피그맵, 파드 정보에서 값을 가져오려면 `valueFrom`을 쓰세요.',
  'EnvVar.valueFrom':
    '값을 직접 적지 않고 다른 곳에서 가져옵니다. 시크릿이나 컨피그맵의 키 하나는 `secretKeyRef` / `configMapKeyRef`로, `metadata.name`이나 `status.podIP` 같은 파드 정보는 `fieldRef`로, 컨테이너 자신의 리소스 제한은 `resourceFieldRef`로 가져옵니다. 비밀번호는 이 방법으로 넣어야 매니페스트에 남지 않습니다. 참조한 오브젝트나 키가 없으면 `optional: true`가 아닌 한 컨테이너가 시작되지 않습니다(`CreateContainerConfigError`).',

  'EnvFromSource.configMapRef':
    '지정한 컨피그맵의 모든 키를 환경 변수로 가져옵니다. 컨피그맵은 파드와 같은 네임스페이스에 있어야 하고, 없으면 `optional: true`를 주지 않는 한 컨테이너가 시작되지 않습니다.',
  'EnvFromSource.secretRef':
    '지정한 시크릿의 모든 키를 base64가 풀린 값으로 환경 변수에 넣습니다. 시크릿은 파드와 같은 네임스페이스에 있어야 하고, 없으면 `optional: true`를 주지 않는 한 컨테이너가 시작되지 않습니다.',
  'EnvFromSource.prefix':
    '가져오는 모든 변수 이름 앞에 붙일 문자열입니다. `prefix: DB_`라면 `HOST` 키가 `DB_HOST`가 됩니다. 두 소스에 같은 이름의 키가 있을 때 유용합니다.',

  'ResourceRequirements.requests':
    '컨테이너를 위해 예약해 두는 CPU와 메모리입니다. 스케줄러는 아직 예약되지 않은 여유가 이만큼 남은 노드만 고릅니다. 너무 크게 잡으면 *Insufficient cpu*나 *Insufficient memory*로 파드가 `Pending`에 머물고, 아예 적지 않으면 노드 자원이 부족할 때 가장 먼저 축출됩니다. `limits`만 적으면 요청량도 같은 값으로 채워집니다.',
  'ResourceRequirements.limits':
    '컨테이너가 쓸 수 있는 최대치입니다. 메모리 제한을 넘으면 컨테이너가 강제 종료(`OOMKilled`)된 뒤 재시작되고, CPU 제한을 넘으면 느려지기만 합니다. 메모리는 `128Mi`, `1Gi`처럼 쓰세요. `128mb`는 올바른 수량 표기가 아니고, `128m`은 메가바이트가 아니라 0.128바이트를 뜻합니다.',
};
