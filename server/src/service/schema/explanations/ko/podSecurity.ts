// 한국어 설명: 파드 보안 표준(Pod Security Standards)이 제한하는 필드와, 어느 수준이 무엇을 거부하는지.
export const podSecurityKo: Readonly<Record<string, string>> = {
  'SecurityContext.seccompProfile':
    'seccomp 프로필은 이 컨테이너가 할 수 있는 시스템 호출을 걸러 냅니다. `type: RuntimeDefault`는 컨테이너 런타임이 검증한 필터를 쓰며, *restricted* 파드 보안 수준이 요구하는 값입니다(여기나 파드 `securityContext`에). `Unconfined`는 필터를 끄므로 *baseline*에서도 거부됩니다.',
  'PodSecurityContext.seccompProfile':
    '컨테이너가 따로 정하지 않으면 파드의 모든 컨테이너에 적용되는 seccomp 프로필입니다. 여기에 `type: RuntimeDefault`를 두는 것이 *restricted* 파드 보안 수준을 만족하는 가장 쉬운 방법입니다. `Unconfined`는 *baseline*에서도 거부됩니다.',
  'SecurityContext.procMount':
    '컨테이너가 `/proc`를 얼마나 보는지 정합니다. `Default`는 컨테이너가 읽으면 안 되는 커널 파일을 가립니다. `Unmasked`는 이를 드러내므로 *baseline* 파드 보안 수준에서 거부되는데, 파드가 자기 사용자 네임스페이스(`hostUsers: false`)를 가지면 정책 v1.35부터 baseline에 한해 허용됩니다.',
  'PodSecurityContext.sysctls':
    '파드에 설정하는 커널 매개변수입니다. 네임스페이스로 나뉘고 격리된 짧은 목록(`net.ipv4.ip_local_port_range` 등)만 안전합니다. 그 밖의 것은 노드 전체를 바꾸므로 *baseline* 파드 보안 수준이 거부합니다.',
  'SecurityContext.seLinuxOptions':
    '컨테이너의 SELinux 레이블입니다. 파드 보안 *baseline*은 `type`으로 `container_t`, `container_init_t`, `container_kvm_t`와 (정책 v1.31부터) `container_engine_t`만 허용하고, `user`나 `role`은 허용하지 않습니다. `level`은 자유입니다.',
  'SecurityContext.appArmorProfile':
    '이 컨테이너를 가두는 AppArmor 프로필입니다. `RuntimeDefault`와 `Localhost`는 모든 파드 보안 수준에서 허용됩니다. `Unconfined`는 제한을 끄므로 *baseline*에서 거부됩니다.',
  'PodSpec.hostPID':
    '`true`이면 파드가 노드의 프로세스 목록을 공유해서, 노드의 모든 프로세스를 보고 권한이 있으면 신호도 보낼 수 있습니다. *baseline* 파드 보안 수준이 거부하며, 보통의 앱에는 필요 없습니다.',
  'PodSpec.hostIPC':
    '`true`이면 파드가 노드의 프로세스 간 통신(공유 메모리, 세마포어)을 노드의 모든 것과 공유합니다. *baseline* 파드 보안 수준이 거부합니다.',
  'PodSpec.hostUsers':
    '`false`이면 파드가 자기 사용자 네임스페이스에서 돌아서, 컨테이너 안의 root가 노드에서는 권한 없는 사용자가 됩니다. 파드 보안 정책 v1.35부터 이런 파드는 *restricted*의 `runAsNonRoot`와 `runAsUser` 규칙에서 제외됩니다.',
  'WindowsSecurityContextOptions.hostProcess':
    '`true`이면 Windows 컨테이너가 노드에서 직접 프로세스로 돌며 노드에 대한 모든 권한을 가집니다. *privileged*를 뺀 모든 파드 보안 수준이 거부합니다.',
};
