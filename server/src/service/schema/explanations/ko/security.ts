// 한국어 설명: 컨테이너와 파드 수준의 보안 컨텍스트.
export const securityKo: Readonly<Record<string, string>> = {
  'Container.securityContext':
    '이 컨테이너의 보안 설정으로, 파드 `securityContext`의 같은 필드보다 우선합니다. `runAsNonRoot: true`, `allowPrivilegeEscalation: false`, `readOnlyRootFilesystem: true`, `capabilities: {drop: ["ALL"]}`가 무난한 기본 조합입니다. 이렇게 하면 앱도 손봐야 할 수 있습니다. root가 아닌 사용자로 도는 이미지가 필요하거나, 파일을 쓰는 경로에 `emptyDir`을 마운트해야 합니다.',
  'SecurityContext.runAsNonRoot':
    '`true`이면 컨테이너가 사용자 0(root)으로 실행될 경우 kubelet이 시작을 거부합니다. 사용자를 대신 바꿔 주지는 않으므로, 공식 `nginx`처럼 root로 실행되는 이미지는 *container has runAsNonRoot and image will run as root* 오류로 실패합니다. `runAsUser`에 0이 아닌 ID를 지정하거나 일반 사용자로 실행되도록 만든 이미지를 쓰세요.',
  'SecurityContext.runAsUser':
    '컨테이너 프로세스를 실행할 사용자 ID로, 이미지의 `USER`보다 우선합니다. 사용자 이름이 아니라 `1000` 같은 숫자로 적어야 합니다. 그 사용자가 앱이 읽고 쓰는 파일에 권한이 있어야 하는데, 많은 이미지에서 이런 파일은 root 소유입니다.',
  'SecurityContext.readOnlyRootFilesystem':
    '컨테이너 자체의 파일 시스템을 읽기 전용으로 만들어, 공격자나 버그가 설치된 파일을 바꾸지 못하게 합니다. 임시 파일이나 캐시를 쓰는 앱은 *Read-only file system* 오류로 실패하므로, `/tmp`처럼 쓰기가 필요한 경로에 `emptyDir`을 마운트하세요.',
  'SecurityContext.allowPrivilegeEscalation':
    '`false`이면 프로세스가 `sudo` 같은 setuid 프로그램 등을 통해 부모보다 높은 권한을 얻을 수 없습니다. 일반 앱에는 필요 없는 기능이라 `false`가 안전하며, Pod Security의 *restricted* 수준에서는 필수입니다.',
  'SecurityContext.capabilities':
    'root 권한을 잘게 나눈 리눅스 capability를 더하거나 뺍니다. 예를 들어 `NET_BIND_SERVICE`는 1024 미만 포트에서 듣는 권한입니다. `drop: ["ALL"]`로 모두 뺀 뒤 앱에 꼭 필요한 것만 다시 더하는 방식이 안전합니다. 이름은 `CAP_` 접두사 없이 씁니다.',
  'SecurityContext.privileged':
    '컨테이너에 노드의 root와 거의 같은 접근 권한을 줍니다. 일반 앱에는 전혀 필요 없고 대부분의 클러스터 보안 정책이 거부하니, 필요한 `capabilities`만 추가하세요.',

  'PodSecurityContext.runAsNonRoot':
    '`true`이면 이 파드의 어떤 컨테이너도 사용자 0(root)으로 시작할 수 없습니다. 검사만 할 뿐 사용자를 바꿔 주지는 않으므로 `runAsUser`도 지정하거나 일반 사용자로 실행되는 이미지를 쓰세요. 컨테이너의 `securityContext`에서 다시 정할 수 있습니다.',
  'PodSecurityContext.runAsUser':
    '컨테이너가 따로 정하지 않는 한 파드의 모든 컨테이너가 이 숫자 사용자 ID로 실행됩니다. 이미지의 `USER`보다 우선하므로, 이 사용자가 앱에 필요한 파일을 읽고 쓸 수 있는지 확인하세요.',
  'PodSecurityContext.fsGroup':
    '파드에 마운트된 볼륨의 소유 그룹이 되고 모든 컨테이너 프로세스에도 추가되는 그룹 ID입니다. 덕분에 root가 아닌 앱도 볼륨에 쓸 수 있습니다. 볼륨이 크면 소유권을 바꾸는 데 시간이 걸려 파드 시작이 느려질 수 있습니다.',
};
