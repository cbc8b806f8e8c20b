// 한국어 설명: 네임스페이스와 서비스 어카운트.
export const accessKo: Readonly<Record<string, string>> = {
  'Namespace.metadata':
    '네임스페이스의 이름은 영문 소문자, 숫자, `-`로 63자까지 쓰고 영문자나 숫자로 시작하고 끝나야 하며, 대부분의 이름과 달리 마침표(`.`)는 쓸 수 없습니다. 네임스페이스 자신은 어느 네임스페이스에도 속하지 않으므로 `metadata.namespace`를 적지 않고, `kube-`로 시작하는 이름은 쿠버네티스용으로 남겨 두세요. 네임스페이스는 이름, 권한(RBAC), 쿼터를 나누지만 네트워크는 나누지 않아서, NetworkPolicy로 막지 않는 한 다른 네임스페이스의 파드도 `서비스.네임스페이스`로 내 서비스에 접속할 수 있습니다. 네임스페이스를 지우면 그 안의 모든 것이 함께 지워집니다.',
  'Namespace.spec':
    '네임스페이스에는 `spec`이 필요 없습니다. 유일한 필드인 `finalizers`는 쿠버네티스가 관리합니다. `apiVersion`, `kind`, `metadata.name`만 있으면 완전한 매니페스트이고, `kubectl create namespace 이름`도 같은 일을 합니다.',
  'NamespaceSpec.finalizers':
    '직접 적는 값이 아니라 쿠버네티스가 채우는 값입니다. `kubernetes` 파이널라이저는 삭제된 네임스페이스를 안의 모든 것이 지워질 때까지 `Terminating` 상태로 붙잡아 둡니다. 거기서 멈춘 네임스페이스는 정리하지 못한 오브젝트나 API를 기다리는 중이며, 무엇 때문인지는 `kubectl get namespace 이름 -o yaml`의 `status.conditions`에 나옵니다. 파이널라이저를 손으로 지우면 그 오브젝트들이 남게 되니 원인부터 해결하세요.',

  'ServiceAccount.automountServiceAccountToken':
    '이 서비스 어카운트를 쓰는 파드에 API 토큰을 `/var/run/secrets/kubernetes.io/serviceaccount`로 마운트할지 정합니다(`false`가 아니면 마운트). 대부분의 앱은 쿠버네티스 API를 호출하지 않으니, `false`로 두면 공격자가 쓸 수 있는 자격 증명이 하나 줄어듭니다. 파드에 `automountServiceAccountToken`이 있으면 파드 쪽 설정이 우선합니다.',
  'ServiceAccount.imagePullSecrets':
    '이 서비스 어카운트를 쓰는 파드 중 자기 `imagePullSecrets`가 없는 파드에 자동으로 추가되는 레지스트리 인증 정보입니다(같은 네임스페이스의 `kubernetes.io/dockerconfigjson` 시크릿). 네임스페이스의 `default` 서비스 어카운트에 넣어 두면 파드마다 반복해서 적지 않아도 됩니다. 파드가 만들어질 때 복사되므로, 바꾼 내용은 그 뒤에 만든 파드에만 적용됩니다.',
  'ServiceAccount.secrets':
    '예전 방식의 목록이니 비워 두세요. 쿠버네티스 1.24부터는 서비스 어카운트용 토큰 시크릿이 자동으로 만들어지지 않고, 파드에는 유효 기간이 짧은 토큰이 자동으로 마운트되며, 직접 필요할 때는 `kubectl create token 이름`으로 받을 수 있습니다. 이 목록은 서비스 어카운트에 `kubernetes.io/enforce-mountable-secrets` 어노테이션이 있을 때만 파드가 쓸 수 있는 시크릿을 제한합니다.',

  'PodSpec.automountServiceAccountToken':
    '이 파드에 서비스 어카운트의 API 토큰을 `/var/run/secrets/kubernetes.io/serviceaccount`로 마운트할지 정합니다. 쿠버네티스 API를 쓰지 않는 앱이라면 `false`로 두어, 컨테이너가 뚫려도 자격 증명이 없게 하세요. 서비스 어카운트의 `automountServiceAccountToken`보다 이 값이 우선합니다.',
};
