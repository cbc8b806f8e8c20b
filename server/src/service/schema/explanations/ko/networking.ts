// 한국어 설명: 인그레스의 클래스, 규칙, 경로, 백엔드, TLS.
export const networkingKo: Readonly<Record<string, string>> = {
  'IngressSpec.ingressClassName':
    '이 인그레스를 처리할 인그레스 컨트롤러를 IngressClass 이름으로 고릅니다(예: `nginx`, `traefik`, 목록은 `kubectl get ingressclass`). 인그레스는 라우팅 규칙일 뿐이라, 클러스터에 인그레스 컨트롤러가 설치되어 있지 않으면 아무 일도 일어나지 않고 `ADDRESS` 열도 비어 있습니다. 생략하면 기본으로 지정된 IngressClass가 있을 때 그 이름이 채워지고, 없으면 대부분의 컨트롤러가 이 인그레스를 무시합니다. 예전의 `kubernetes.io/ingress.class` 어노테이션을 대신하는 필드입니다.',
  'IngressSpec.rules':
    '라우팅 규칙으로, `host`마다 어떤 URL `paths`를 어느 서비스로 보낼지 적습니다. 요청은 자기 호스트의 규칙과 비교되고, 그 안에서는 가장 길게 일치하는 경로가 이깁니다. 어떤 규칙에도 맞지 않는 요청은 `defaultBackend`로 가고, 그것도 없으면 컨트롤러의 기본 404 응답을 받습니다.',
  'IngressSpec.tls':
    'HTTPS를 켭니다. 각 항목에 인증서가 담당할 `hosts`와, 그 인증서가 든 `kubernetes.io/tls` 타입 시크릿의 `secretName`을 적으며, 시크릿은 인그레스와 같은 네임스페이스에 있어야 합니다. 컨트롤러가 TLS를 종료하고 서비스로는 일반 HTTP로 전달합니다. 시크릿이 없거나 인증서가 호스트와 맞지 않으면 대부분의 컨트롤러가 자체 서명된 기본 인증서를 내보내서 브라우저가 경고를 띄웁니다.',
  'IngressSpec.defaultBackend':
    '호스트와 경로가 어떤 규칙에도 맞지 않는 요청이 갈 곳입니다. `rules`가 없는 인그레스는 모든 요청을 여기로 보냅니다. `rules`와 `defaultBackend`가 둘 다 없으면 API 서버가 인그레스를 거부합니다. 생략하면 맞지 않는 요청은 컨트롤러의 기본 응답, 보통 404를 받습니다.',

  'IngressRule.host':
    '이 규칙이 응답할 호스트 이름입니다(예: `shop.example.com`). 스킴, 포트, 경로 없이 DNS 이름만 쓰며, IP 주소는 API 서버가 거부합니다. `*.example.com`은 앞의 레이블 하나에만 맞아서 `a.example.com`은 되지만 `a.b.example.com`은 안 됩니다. 생략하면 모든 호스트에 맞습니다. 이 이름이 컨트롤러의 주소로 해석되어야 하니, DNS를 설정하기 전에는 `curl -H "Host: shop.example.com" http://주소/`로 시험해 보세요.',
  'IngressRule.http':
    '이 호스트의 `paths`를 담는 곳으로, 트래픽을 보내는 규칙이라면 모두 필요하며 `http:` 아래에 `paths:`를 씁니다. HTTPS 호스트라도 규칙은 `http` 아래에 쓰고, TLS는 `tls`에서 따로 켭니다.',
  'HTTPIngressRuleValue.paths':
    '이 호스트에서 받을 URL 경로와 각 경로가 갈 백엔드의 목록입니다. 항목마다 `path`, `pathType`, `backend`가 필요합니다. 요청에 맞는 경로가 여럿이면 가장 긴 경로가 이기고, 같은 경로라면 `Exact`가 `Prefix`보다 우선합니다.',
  'HTTPIngressPath.path':
    '비교할 URL 경로로, `/api`처럼 `/`로 시작합니다. 요청은 경로가 바뀌지 않은 채 서비스에 도착합니다. `/api/users` 요청은 `/users`가 아니라 `/api/users`로 전달되므로, 컨트롤러별 재작성(rewrite) 어노테이션을 쓰지 않는 한 앱이 그 경로를 처리해야 합니다. 정규 표현식은 `pathType: ImplementationSpecific`이고 컨트롤러가 지원할 때만 동작합니다.',
  'HTTPIngressPath.pathType':
    '`path`를 비교하는 방식으로, 필수입니다. `Prefix`는 경로를 `/` 단위로 비교해서 `/api`가 `/api`와 `/api/users`에는 맞지만 `/apis`에는 맞지 않고, `Exact`는 정확히 같은 경로에만 맞으며, 둘 다 대소문자를 구분합니다. `ImplementationSpecific`은 컨트롤러에 맡깁니다. 보통은 `Prefix`를 쓰며, `path: /`와 `Prefix`를 함께 쓰면 모든 요청이 맞습니다.',
  'HTTPIngressPath.backend':
    '이 경로에 맞는 요청이 갈 곳으로, 보통 `name`과 `port`를 가진 `service`를 적습니다. 서비스는 인그레스와 같은 네임스페이스에 있어야 합니다.',

  'IngressBackend.service':
    '트래픽을 받을 서비스를 `name`과 `port`로 지정합니다. 인그레스는 다른 네임스페이스의 서비스를 가리킬 수 없으므로 서비스는 같은 네임스페이스에 있어야 합니다. 컨트롤러는 서비스의 준비된 파드로 요청을 보내므로, 엔드포인트가 없는 서비스는 보통 503 오류로 나타납니다. `service`와 `resource`는 함께 쓸 수 없습니다.',
  'IngressBackend.resource':
    '서비스 대신 컨트롤러 자체 API에 정의된 스토리지 버킷 같은 다른 종류의 오브젝트를 가리킵니다. 지원하는 컨트롤러가 드물고 `service`와 함께 쓸 수 없으니, 일반 앱에는 `service`를 쓰세요.',
  'IngressServiceBackend.name':
    '트래픽을 보낼 서비스의 이름으로, 인그레스와 같은 네임스페이스에 있어야 합니다. 그런 서비스가 없으면 컨트롤러가 요청을 보낼 곳이 없어 오류(흔히 503)로 응답합니다. `kubectl describe ingress`를 실행하면 백엔드마다 찾은 파드 주소나 오류가 표시됩니다.',
  'IngressServiceBackend.port':
    '서비스의 어느 포트를 쓸지 정합니다. 서비스 `port`의 번호는 `number`로, 이름 붙은 서비스 포트는 `name`으로 적습니다. 컨테이너 포트나 `targetPort`가 아니라 서비스의 포트입니다. `port: 80`, `targetPort: 8080`인 서비스라면 `number: 80`이라고 씁니다.',
  'ServiceBackendPort.number':
    '트래픽을 보낼 서비스의 `port` 번호입니다(예: `80`). 파드의 `targetPort`나 `nodePort`가 아닙니다. 파드 포트로 잇는 일은 서비스가 알아서 합니다. `number`와 `name` 중 하나만 씁니다.',
  'ServiceBackendPort.name':
    '숫자 대신 서비스 포트의 `name`(예: `http`)으로 포트를 가리킵니다. 컨테이너 포트의 이름이 아니라 서비스 `ports`에 있는 이름과 같아야 합니다. `name`과 `number` 중 하나만 씁니다.',

  'IngressTLS.hosts':
    '`secretName`의 인증서를 적용할 호스트 이름으로, 규칙의 `host`와 같은 형식(예: `shop.example.com`)으로 씁니다. `rules`에 쓴 호스트와 같게 맞추고 인증서도 그 이름을 포함해야 하며, 그렇지 않으면 브라우저가 이름 불일치 경고를 띄웁니다.',
  'IngressTLS.secretName':
    '인증서와 키가 든 시크릿의 이름입니다. 타입은 `kubernetes.io/tls`, 키는 `tls.crt`와 `tls.key`여야 하고, 인그레스와 같은 네임스페이스에 있어야 합니다. `kubectl create secret tls 이름 --cert=cert.pem --key=key.pem`으로 만들거나 cert-manager가 발급하게 할 수 있습니다. 시크릿이 없거나 잘못되었으면 대부분의 컨트롤러가 자체 서명된 기본 인증서를 대신 씁니다.',
};
