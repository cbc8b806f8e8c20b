// 한국어 설명: 설정을 담는 오브젝트인 컨피그맵과 시크릿.
export const configKo: Readonly<Record<string, string>> = {
  'ConfigMap.data':
    '설정값을 키/값 쌍으로 적으며, 값은 모두 문자열이어야 합니다. 숫자나 불리언은 따옴표로 감싸지 않으면(`PORT: "8080"`, `DEBUG: "true"`) 매니페스트가 거부됩니다. `|` 블록으로 파일 전체를 값으로 넣을 수 있고, 컨피그맵을 볼륨으로 마운트하면 키마다 같은 이름의 파일이 생깁니다. 키에는 영문자, 숫자와 `-`, `_`, `.` 문자를 쓸 수 있고, 전체 크기는 1 MiB를 넘을 수 없습니다. 값을 바꿔도 파드는 재시작되지 않아서, 환경 변수는 `kubectl rollout restart deployment 이름` 등으로 컨테이너가 다시 시작될 때까지 예전 값을 유지합니다.',
  'ConfigMap.binaryData':
    'UTF-8 텍스트가 아닌 값(작은 이미지, 키스토어 등)을 base64로 인코딩해 넣는 곳입니다. 같은 키를 `data`와 `binaryData`에 함께 쓸 수 없습니다. JSON이나 YAML 파일을 포함한 일반 텍스트는 `data`에 넣으세요. `kubectl create configmap --from-file`은 텍스트가 아닌 파일을 알아서 여기에 넣습니다.',
  'ConfigMap.immutable':
    '`true`로 두면 `data`와 `binaryData`를 더 이상 바꿀 수 없고, 이 설정도 `false`로 되돌릴 수 없습니다. 메타데이터만 수정할 수 있습니다. 내용을 바꾸려면 `app-config-v2`처럼 새 이름의 컨피그맵을 만들어 파드가 그것을 쓰게 하거나, 지우고 다시 만들어야 합니다. 대신 kubelet이 변경을 감시하지 않아도 되므로 큰 클러스터에서 API 서버의 부담이 줄어듭니다.',

  'Secret.data':
    '비밀 값을 하나씩 base64로 인코딩해 적으며(`password` → `cGFzc3dvcmQ=`), 올바른 base64가 아닌 값은 거부됩니다. base64는 인코딩일 뿐 암호화가 아니어서, 매니페스트를 보거나 `kubectl get secret -o yaml`을 실행할 수 있는 사람은 누구나 `base64 -d`로 원래 값을 볼 수 있습니다. 그러니 이런 파일은 Git에 올리지 말고, 시크릿을 읽을 수 있는 사람을 제한하세요. 인코딩할 때는 `echo -n password | base64`처럼 `-n`을 붙여야 끝의 줄바꿈이 값에 섞이지 않습니다. 평문으로 적으려면 `stringData`를 쓰세요.',
  'Secret.stringData':
    '시크릿 값을 평문으로 적는 곳입니다. API 서버가 저장할 때 base64로 인코딩해 `data`에 합치며, 같은 키가 `data`에도 있으면 이쪽 값이 이깁니다. 쓰기 전용이라 `kubectl get secret -o yaml`에서는 `data` 아래에만 보입니다. 편리하지만 평문이 매니페스트 파일에 그대로 남으니, 그 파일은 비밀번호처럼 다루세요.',
  'Secret.type':
    '시크릿에 무엇이 들었는지, 그래서 어떤 키가 있어야 하는지 알려 줍니다. `Opaque`(기본값)는 형식이 자유롭습니다. `kubernetes.io/tls`에는 `tls.crt`와 `tls.key`가 있어야 하고(`kubectl create secret tls`로 생성), 비공개 이미지를 받을 때 쓰는 `kubernetes.io/dockerconfigjson`에는 `.dockerconfigjson` 키가 있어야 합니다(`kubectl create secret docker-registry`로 생성). 타입에 필요한 키가 없으면 API 서버가 거부하고, 타입은 만든 뒤에 바꿀 수 없습니다.',
  'Secret.immutable':
    '`true`로 두면 시크릿의 값을 더 이상 바꿀 수 없고, 이 설정도 `false`로 되돌릴 수 없습니다. 메타데이터만 수정할 수 있습니다. 값을 교체하려면 새 이름의 시크릿을 만들어 파드가 그것을 쓰게 하거나, 지우고 다시 만드세요. kubelet이 변경을 감시하지 않게 되어 API 서버의 부담도 줄어듭니다.',
};
