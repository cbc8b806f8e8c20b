// 한국어 설명: 퍼시스턴트볼륨클레임. PersistentVolumeClaimSpec은 스테이트풀셋의 volumeClaimTemplates와
// 임시(ephemeral) 볼륨에서도 쓰이므로 "클레임"이라고만 부릅니다.
export const storageKo: Readonly<Record<string, string>> = {
  'PersistentVolumeClaimSpec.accessModes':
    '볼륨을 어떻게 마운트할지 정하며, 필수입니다. `ReadWriteOnce`(RWO)는 한 번에 한 노드의 파드들이 읽고 쓰고, `ReadOnlyMany`(ROX)는 여러 노드에서 읽기만 하며, `ReadWriteMany`(RWX)는 여러 노드에서 읽고 쓰고, `ReadWriteOncePod`(RWOP)는 파드 하나만 읽고 씁니다. 클레임은 그 모드를 지원하는 저장소에만 바인딩되는데, 대부분의 클라우드 디스크와 로컬 프로비저너는 `ReadWriteOnce`만 지원하고 `ReadWriteMany`에는 NFS나 CephFS 같은 공유 저장소가 필요합니다. RWO는 파드가 아니라 노드를 제한하므로, 같은 노드의 두 파드는 함께 마운트할 수 있습니다.',
  'PersistentVolumeClaimSpec.resources':
    '클레임이 요청할 저장 용량으로, `requests.storage`에 `storage: 10Gi`처럼 적으며 필수입니다. 실제로 받는 볼륨은 요청보다 클 수는 있어도(기존 볼륨을 크기로 맞추는 경우) 작지는 않습니다. 스토리지클래스가 확장을 허용할 때(`allowVolumeExpansion: true`)만 나중에 요청을 늘릴 수 있고, 볼륨이 줄어들지는 않습니다.',
  'PersistentVolumeClaimSpec.storageClassName':
    '볼륨을 만들어 줄 스토리지클래스입니다(예: `standard`, `gp3`, 목록은 `kubectl get storageclass`). 생략하면 클러스터의 기본 클래스가 쓰이고, 빈 문자열(`""`)은 클래스를 쓰지 않는다는 뜻이라 클래스가 없는 미리 만든 퍼시스턴트볼륨에만 바인딩됩니다. 바인딩 모드가 `WaitForFirstConsumer`인 클래스(예: kind의 기본 클래스)에서는 파드가 클레임을 쓸 때까지 클레임이 `Pending`에 머무는데, 이는 정상입니다.',
  'PersistentVolumeClaimSpec.volumeMode':
    '`Filesystem`(기본값)은 파드가 `volumeMounts`로 마운트할 포맷된 디렉터리를 줍니다. `Block`은 포맷되지 않은 장치를 그대로 넘기는 방식으로, 디스크를 직접 다루는 일부 프로그램용이며 컨테이너에서는 `volumeMounts` 대신 `volumeDevices`를 써야 합니다.',
  'PersistentVolumeClaimSpec.volumeName':
    '동적 프로비저닝을 건너뛰고 이름으로 지정한 퍼시스턴트볼륨 하나에 클레임을 바인딩합니다. 그 볼륨이 존재하고 다른 클레임에 바인딩되어 있지 않으며 크기, 접근 모드, 클래스가 클레임과 맞아야 하고, 그렇지 않으면 클레임은 `Pending`에 머뭅니다. 스토리지클래스가 볼륨을 만들게 하려면 생략하세요.',
  'PersistentVolumeClaimSpec.selector':
    '관리자가 미리 만든 퍼시스턴트볼륨 중 레이블이 맞는 것에만 바인딩하도록 제한합니다. 셀렉터가 있는 클레임에는 볼륨이 동적으로 만들어지지 않으므로, 맞는 볼륨이 없으면 `Pending`에 머뭅니다.',

  'VolumeResourceRequirements.requests':
    '요청할 저장 용량을 `storage: 10Gi`처럼 적습니다. `Mi`, `Gi` 같은 이진 단위를 쓰세요. `10G`는 `10Gi`보다 조금 작고, `10g`나 `10gb`는 올바른 수량 표기가 아닙니다. 프로비저너가 자기 단위(예: GiB 단위)로 올려서 만들 수도 있습니다.',
};
