// 한국어 설명: 헬스 체크(세 가지 프로브)와 그 설정값.
export const probesKo: Readonly<Record<string, string>> = {
  'Container.livenessProbe':
    '주기적으로 실행되는 생존 검사로, `failureThreshold`번 연속 실패하면 kubelet이 컨테이너를 재시작합니다. 프로세스가 살아 있는지만 확인하세요. 데이터베이스 상태까지 확인하거나 `timeoutSeconds`보다 오래 걸리는 검사는 멀쩡한 컨테이너를 계속 재시작시킵니다(`CrashLoopBackOff`, RESTARTS 증가). 시작이 느린 앱에는 긴 `initialDelaySeconds` 대신 `startupProbe`를 쓰세요.',
  'Container.readinessProbe':
    '컨테이너가 트래픽을 받을 준비가 되었는지 판단합니다. 실패하는 동안 파드는 READY에 `0/1`로 표시되고 서비스가 요청을 보내지 않지만, 재시작되지는 않습니다. Spring Boot의 `/actuator/health/readiness`처럼 앱이 실제로 요청을 처리할 수 있을 때만 성공하는 엔드포인트를 지정하세요.',
  'Container.startupProbe':
    '가장 먼저 실행되며, 한 번 성공할 때까지 liveness·readiness 프로브를 미뤄 둡니다. JVM 앱처럼 시작이 느린 경우에 시간을 벌어 줍니다. 컨테이너는 재시작되기 전까지 `failureThreshold` × `periodSeconds`초(예: 30 × 10 = 5분)를 얻습니다. 처음 성공한 뒤에는 더 이상 실행되지 않습니다.',

  'Probe.httpGet':
    '컨테이너로 HTTP GET 요청을 보내고, 응답 코드가 200~399이면 성공으로 봅니다. `port`는 컨테이너 안에서 앱이 듣는 포트(번호나 포트 `name`)이며, 서비스 포트나 포트 포워딩의 로컬 포트가 아닙니다. `path`의 기본값은 `/`이니, `/`가 로그인이 필요하거나 무겁다면 가벼운 헬스 체크 경로를 지정하세요.',
  'Probe.tcpSocket':
    '`port`로 TCP 연결이 열리면 성공입니다. 데이터는 보내지 않습니다. 데이터베이스처럼 HTTP를 쓰지 않는 서버에 가장 간단한 검사지만, 포트가 열려 있다는 것만 알 수 있을 뿐 앱이 제대로 동작하는지는 알 수 없습니다.',
  'Probe.exec':
    '컨테이너 안에서 명령을 실행하고, 종료 코드가 0이면 정상으로 봅니다. 셸을 거치지 않으므로 파이프나 `&&`를 쓰려면 `["sh", "-c", "..."]`로 감싸야 합니다. 실행할 프로그램이 이미지에 있어야 하는데, 작은 이미지에는 `sh`는 있어도 `bash`나 `curl`은 없는 경우가 많습니다.',
  'Probe.grpc':
    '`port`에서 표준 gRPC 헬스 서비스(`grpc.health.v1.Health`)를 호출하므로 이미지에 별도 도구가 필요 없습니다. 서버가 이 서비스를 구현해야 하며, 특정 서비스만 확인하려면 `service`에 이름을 적습니다.',
  'Probe.initialDelaySeconds':
    '컨테이너가 시작된 뒤 첫 검사까지 기다리는 시간(초)입니다(기본값 0). 고정된 추측값은 깨지기 쉽습니다. 너무 짧으면 느린 시작이 실패로 잡히고, 너무 길면 진짜 장애를 늦게 알아챕니다. 시작이 느린 앱에는 `startupProbe`가 더 낫습니다.',
  'Probe.periodSeconds':
    '프로브를 몇 초마다 실행할지 정합니다(기본값 10, 최소 1). `failureThreshold`와 곱하면 문제가 생긴 뒤 조치까지 걸리는 시간이 나옵니다. 10초 × 3회면 약 30초입니다.',
  'Probe.timeoutSeconds':
    '한 번의 검사가 이 시간을 넘기면 실패로 칩니다(기본값 1초). 바쁜 JVM이나 데이터베이스를 조회하는 엔드포인트에는 1초가 빠듯합니다. liveness 프로브가 단지 느린 컨테이너를 재시작하게 두지 말고 이 값을 늘리세요.',
  'Probe.failureThreshold':
    '몇 번 연속 실패해야 조치할지 정합니다(기본값 3). liveness·startup 프로브는 컨테이너를 재시작하고, readiness 프로브는 파드를 준비되지 않은 상태로 표시합니다. 잠깐의 지연을 견디려면 값을 늘리세요. startup 프로브라면 `failureThreshold` × `periodSeconds`가 가장 느린 시작 시간보다 길도록 정하세요.',
  'Probe.successThreshold':
    '실패 후 다시 정상으로 보려면 몇 번 연속 성공해야 하는지 정합니다(기본값 1). liveness와 startup 프로브는 1만 허용하며, 더 큰 값은 readiness 프로브에서만 쓸 수 있습니다.',

  'HTTPGetAction.path':
    '요청할 URL 경로로, `/`로 시작합니다(기본값 `/`). 템플릿을 렌더링하거나 로그인이 필요한 페이지 말고 `/healthz`처럼 헬스 체크용으로 만든 가벼운 엔드포인트를 쓰세요.',
  'HTTPGetAction.port':
    '요청을 보낼 컨테이너 포트입니다. `8080` 같은 번호나 컨테이너 `ports`에 붙인 `http` 같은 이름을 씁니다. 컨테이너 안에서 앱이 듣는 포트이지, 포트 포워딩의 로컬 포트가 아닙니다.',
  'ExecAction.command':
    '컨테이너 안에서 셸 없이 실행할 명령과 인자를 목록으로 적습니다. 셸 기능이 필요하면 `["sh", "-c", "pg_isready -U app"]`처럼 쓰고, 호출하는 도구가 모두 이미지에 들어 있는지 확인하세요.',
};
