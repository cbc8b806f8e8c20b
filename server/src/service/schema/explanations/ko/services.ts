// 한국어 설명: 서비스의 타입, 셀렉터, 포트, 트래픽 정책.
export const servicesKo: Readonly<Record<string, string>> = {
  'ServiceSpec.type':
    '서비스에 어떻게 접속할지 정합니다. `ClusterIP`(기본값)는 클러스터 안에서만 통하는 가상 IP와 DNS 이름을 주고, `NodePort`는 여기에 더해 모든 노드에 포트(30000~32767)를 열며, `LoadBalancer`는 다시 여기에 더해 클라우드에 외부 로드밸런서를 요청합니다. `ExternalName`은 클러스터 밖의 이름을 가리키는 DNS 별칭일 뿐입니다. 로드밸런서 애드온이 없는 로컬 클러스터에서는 `LoadBalancer` 서비스의 `EXTERNAL-IP`가 계속 대기(pending) 상태로 남지만, 노드 포트는 그대로 동작합니다. 내 PC에서 서비스를 시험해 보려면 타입을 바꾸지 말고 `kubectl port-forward svc/이름 8080:80`을 쓰면 됩니다.',
  'ServiceSpec.selector':
    '이 서비스의 트래픽을 받을 파드가 가져야 할 레이블로, 파드는 이름이 아니라 레이블로 찾으며 서비스와 같은 네임스페이스의 파드만 대상이 됩니다. 파드 자체의 레이블과 비교하므로, 디플로이먼트라면 디플로이먼트의 `metadata.labels`가 아니라 `template.metadata.labels`에서 옮겨 적으세요. 맞는 파드가 없으면 서비스에 엔드포인트가 없어 접속이 실패하고, 준비(ready)되지 않은 파드에도 트래픽이 가지 않습니다. 찾은 파드 IP는 `kubectl get endpointslices -l kubernetes.io/service-name=이름`으로 확인할 수 있습니다. 셀렉터를 생략하면 쿠버네티스는 이 서비스의 엔드포인트를 전혀 관리하지 않습니다.',
  'ServiceSpec.ports':
    '서비스가 받을 포트와 각 포트가 이어지는 곳입니다. `port`는 클라이언트가 접속하는 포트이고, `targetPort`는 파드가 실제로 듣는 포트입니다. 헤드리스 서비스(`clusterIP: None`)나 `ExternalName` 서비스가 아니면 항목이 하나 이상 있어야 합니다. 항목이 여러 개면 `http`, `metrics`처럼 서로 다른 `name`이 필요하고, 같은 번호는 프로토콜이 다를 때만 두 번 쓸 수 있습니다(예: DNS 서버의 53번 포트를 TCP와 UDP로).',
  'ServiceSpec.clusterIP':
    '클러스터 안에서 쓰이는 서비스의 가상 IP로, 서비스 대역에서 자동으로 정해지니 보통은 적지 않습니다. `None`으로 두면 *헤드리스* 서비스가 되어 가상 IP 없이 DNS 이름이 준비된 파드들의 IP를 직접 돌려주며, 스테이트풀셋의 `db-0.db` 같은 이름에 필요합니다. 이미 만든 서비스에서는 이 값을 바꿀 수 없어서, 헤드리스로 바꾸거나 되돌리려면 서비스를 지우고 다시 만들어야 합니다. 가상 IP는 서비스 포트에만 응답하므로, 서비스가 정상이어도 `ping`은 대개 실패합니다.',
  'ServiceSpec.externalName':
    '`ExternalName` 서비스가 가리킬 DNS 이름으로, `type: ExternalName`일 때만 씁니다(예: `db.example.com`). 클러스터 DNS는 서비스 이름 조회에 이 이름으로 CNAME 응답을 줄 뿐이라, 프록시도 포트 변환도 없고 `selector`는 무시됩니다. IP 주소가 아니라 호스트 이름을 쓰세요(IP 주소는 이름으로 취급되어 동작하지 않습니다). 클라이언트는 여전히 서비스 이름으로 접속하므로, HTTP `Host` 헤더와 TLS 인증서 확인에는 이 이름이 아니라 서비스 이름이 쓰입니다.',
  'ServiceSpec.sessionAffinity':
    '`None`(기본값)은 새 연결마다 준비된 파드 중 아무 곳으로나 보내고, `ClientIP`는 같은 클라이언트 IP의 연결을 계속 같은 파드로 보냅니다. 고정되는 시간은 `sessionAffinityConfig.clientIP.timeoutSeconds`(기본값 10800, 3시간)입니다. 프록시나 NAT 뒤에서는 많은 사용자가 같은 IP로 보여 한 파드에 몰리므로, 로그인 세션은 이 설정에 기대지 말고 공유 저장소에 두세요. 부하 분산은 어차피 연결 단위라서, 연결 하나를 계속 열어 두는 클라이언트는 `None`이어도 한 파드와만 통신합니다.',
  'ServiceSpec.sessionAffinityConfig':
    '`sessionAffinity: ClientIP`의 설정입니다. `clientIP.timeoutSeconds`는 한 클라이언트가 같은 파드에 고정되는 시간으로, 1~86400초 사이로 정합니다(기본값 10800, 3시간). `sessionAffinity`가 `None`이면 API 서버가 이 필드를 거부합니다.',
  'ServiceSpec.externalTrafficPolicy':
    '노드 포트나 로드밸런서로 클러스터 밖에서 들어온 트래픽을 파드에 어떻게 나눌지 정합니다. `Cluster`(기본값)는 다른 노드의 파드까지 포함해 준비된 파드 아무 곳으로나 보내지만, 파드에는 클라이언트 IP 대신 노드의 IP가 보입니다. `Local`은 트래픽을 받은 노드에 있는 파드로만 보내 클라이언트 IP를 보존하며, 그 노드에 파드가 없으면 트래픽을 버립니다. `externalIPs`가 없는 일반 `ClusterIP` 서비스에 이 필드를 쓰면 API 서버가 거부합니다.',
  'ServiceSpec.internalTrafficPolicy':
    '클러스터 안의 파드가 클러스터 IP로 보낸 트래픽을 어떻게 나눌지 정합니다. `Cluster`(기본값)는 준비된 모든 파드를, `Local`은 요청한 파드와 같은 노드의 파드만 씁니다. `Local`이면 같은 노드에 대상 파드가 없을 때 다른 노드로 보내지 않고 트래픽을 버리므로, 데몬셋으로 노드마다 띄운 에이전트에 알맞습니다.',
  'ServiceSpec.loadBalancerSourceRanges':
    '클라우드 로드밸런서를 통해 접속할 수 있는 클라이언트를 `203.0.113.0/24` 같은 CIDR 범위 목록으로 제한합니다. 주소 하나만 허용하려면 `203.0.113.7/32`처럼 씁니다. API 서버는 `type: LoadBalancer`일 때만 이 필드를 받아 주고, CIDR 형식이 아닌 항목도 거부합니다. 실제 차단은 클라우드나 로드밸런서 구현이 맡으며 지원하지 않는 곳에서는 조용히 무시되므로, 범위 밖의 주소에서 직접 접속해 확인하세요.',
  'ServiceSpec.publishNotReadyAddresses':
    '`true`이면 준비성 프로브를 통과하기 전의 파드도 서비스의 DNS 레코드와 엔드포인트에 올라갑니다(기본값 `false`). 스테이트풀셋으로 띄운 클러스터형 데이터베이스의 멤버들이 시작하는 동안 헤드리스 서비스로 서로를 찾을 때 씁니다. 사용자 트래픽을 받는 서비스에서 켜면 준비되지 않은 파드로 요청이 가니 꺼 두세요.',
  'ServiceSpec.loadBalancerIP':
    '`LoadBalancer` 서비스에 특정 외부 IP를 달라고 클라우드에 요청합니다. 쿠버네티스 1.24부터 폐기 예정(deprecated)인 필드이고 무시하는 클라우드도 많으니, 쓰고 있는 로드밸런서 구현의 문서에 나온 어노테이션이나 설정을 쓰세요.',
  'ServiceSpec.externalIPs':
    '노드가 이 서비스의 트래픽으로 받아 줄 추가 IP 주소입니다. 쿠버네티스가 소유하거나 알리는 주소가 아니므로, 이 IP로 오는 트래픽이 노드에 도달하도록 직접 라우팅해야 합니다. 서비스를 만들 수 있는 사람이면 누구나 이 필드로 임의의 IP로 가는 트래픽을 가로챌 수 있어 막아 두는 클러스터가 많으니(`DenyServiceExternalIPs` 어드미션 플러그인), `LoadBalancer`나 인그레스를 쓰세요.',

  'ServicePort.port':
    '서비스 자체가 듣는 포트입니다. 클러스터 안의 클라이언트는 `http://web:80`이나 `web.shop.svc.cluster.local:80`처럼 `서비스이름:port`로 접속합니다. 컨테이너의 포트와 같을 필요는 없으며, 파드의 어느 포트로 보낼지는 `targetPort`가 정합니다. 인그레스 백엔드나 `kubectl port-forward svc/web 8080:80`(앞이 내 PC 포트)에 쓰는 번호도 이 포트입니다.',
  'ServicePort.targetPort':
    '트래픽이 전달될 파드 쪽 포트입니다. 서비스의 `port`나 `nodePort`가 아니라 프로그램이 실제로 듣는 포트, 즉 컨테이너의 `containerPort`에 적는 번호를 씁니다. 생략하면 `port`와 같은 값이 됩니다. 컨테이너 포트의 `name`(예: `http`)으로 쓸 수도 있어서, 번호를 파드 spec 한 곳에서만 관리할 수 있습니다. `targetPort`가 틀리면 서비스에 엔드포인트는 있는데 접속이 거부되거나 시간 초과가 나는, 원인을 찾기 어려운 문제가 생깁니다.',
  'ServicePort.nodePort':
    '`NodePort`와 `LoadBalancer` 서비스에서 모든 노드에 열리는 포트로, 기본 범위는 30000~32767입니다. 생략하면 쿠버네티스가 빈 포트를 골라 주고, 범위를 벗어나거나 이미 쓰이는 값을 적으면 거부되며, `ClusterIP` 서비스에는 아예 쓸 수 없습니다. `노드IP:nodePort`로 접속하는데, kind나 minikube는 노드가 컨테이너나 VM 안에서 돌기 때문에 `minikube service 이름`이나 `kubectl port-forward`가 더 편한 경우가 많습니다.',
  'ServicePort.name':
    '이 포트의 이름으로, 서비스에 포트가 둘 이상이면 반드시 있어야 합니다. 영문 소문자, 숫자, `-`로 63자까지 쓰고 서비스 안에서 겹치면 안 됩니다. 인그레스 백엔드에서 `port.name: http`처럼 이 이름으로 가리킬 수 있고, `_http._tcp.web` 같은 DNS SRV 레코드에도 쓰입니다. 컨테이너 포트의 `name`과는 다른 것이니, 컨테이너 포트를 이름으로 가리키려면 `targetPort`에 적으세요.',
  'ServicePort.protocol':
    '`TCP`(기본값), `UDP`, `SCTP` 중 하나입니다. DNS처럼 UDP를 쓰는 서버는 여기에 `UDP`를 적어야 패킷이 전달되고, TCP와 UDP를 모두 받으려면 프로토콜별로 포트를 두 번 적고 각각 `name`을 붙입니다. HTTP, gRPC, 웹소켓은 모두 TCP 위에서 동작하므로 바꿀 필요가 없습니다.',
  'ServicePort.appProtocol':
    '이 포트에서 쓰는 애플리케이션 프로토콜을 알려 주는 힌트로, `http`, `https`, `kubernetes.io/h2c` 등을 씁니다. 일부 인그레스 컨트롤러, 게이트웨이, 서비스 메시가 읽을 뿐 쿠버네티스 자체는 이 값에 따라 동작하지 않으므로, 대부분의 서비스는 생략해도 됩니다.',
};
