// 장애 설명의 한국어 문구. 쿠버네티스를 처음 배우는 사람이 읽는다고 생각하고, 클러스터가 한 일을
// 쉬운 말로 풀고, 고칠 필드 하나를 짚어 주고, 각 항목은 몇 문장으로 짧게 씁니다.

import type { Catalogue, Who } from './messages';

const who = (p: Who): string => `${p.init ? '초기화 컨테이너' : '컨테이너'} \`${p.container}\``;

/** Korean names of resources, and whether the name ends in a final consonant (it picks 이/가, 과/와). */
const RESOURCE_NAMES: Record<string, [string, boolean]> = {
  cpu: ['CPU', false],
  memory: ['메모리', false],
  'ephemeral-storage': ['임시 저장 공간', true],
  pods: ['파드 수', false],
};

function resourceName(resource: string): [string, boolean] {
  return RESOURCE_NAMES[resource] ?? [`\`${resource}\``, false];
}

/** `CPU와 메모리가`: resource names joined with 와/과, ending with the subject particle 이/가. */
function resourcesSubject(resources: string[]): string {
  const names = resources.map(resourceName);
  const joined = names.map(([name, batchim], i) => (i < names.length - 1 ? `${name}${batchim ? '과' : '와'} ` : name)).join('');
  const last = names[names.length - 1];
  return `${joined}${last?.[1] === true ? '이' : '가'}`;
}

const SIGNAL_MEANING: Record<number, string> = {
  9: 'SIGKILL로 강제 종료되었습니다. 이 신호는 프로그램이 막을 수 없으며, 보통 메모리가 부족해 커널이 죽였거나 활성 프로브(liveness probe)가 계속 실패해 kubelet이 죽인 경우입니다',
  11: '세그멘테이션 폴트(SIGSEGV)로 비정상 종료되었습니다. 프로그램이 잘못된 메모리에 접근한 것으로, 다른 시스템용으로 빌드된 네이티브 라이브러리가 원인인 경우가 많습니다',
  15: 'SIGTERM을 받아 종료되었습니다. 활성 프로브 실패, 롤아웃, 또는 프로그램 자신이 의도적으로 멈춘 것입니다',
  6: '프로그램이 스스로 중단(SIGABRT)했습니다. 보통 내부 검사 실패나 치명적인 런타임 오류 뒤에 일어납니다',
  2: 'SIGINT로 중단되었습니다',
};

function exitMeaning(code: number): string {
  if (code === 1) return '종료 코드 1은 일반적인 오류입니다. 프로그램이 시작된 뒤 실패한 것이며, 이유는 보통 로그에 나와 있습니다';
  if (code === 2) return '종료 코드 2는 보통 프로그램이나 셸을 잘못 호출했다는 뜻입니다(잘못된 옵션, 셸 스크립트 문법 오류 등)';
  return `종료 코드 ${code}의 의미는 프로그램이 정합니다. 로그나 프로그램 문서를 확인하세요`;
}

function probeCause(p: { problem: string; probePort?: string; containerPorts: string[]; path?: string; statusCode?: string }): string {
  const ports = p.containerPorts.length > 0 ? p.containerPorts.join(', ') : '없음';
  switch (p.problem) {
    case 'port':
      return `프로브는 ${p.probePort ?? '?'}번 포트를 검사하는데, 컨테이너에 선언된 포트는 ${ports}입니다. 프로브가 두드리는 곳에서 아무도 응답하지 않습니다.`;
    case 'path':
      return `서버는 응답하지만 \`${p.path ?? '/'}\` 경로는 없습니다(HTTP ${p.statusCode ?? '404'}). 애플리케이션이 제공하지 않는 경로를 프로브가 요청하고 있습니다.`;
    case 'refused':
      return `프로브가 접속할 때 ${p.probePort ?? '?'}번 포트에서 기다리는 프로그램이 없었습니다. 아직 시작 중이거나, 죽었거나, 다른 포트 또는 127.0.0.1에서만 듣고 있을 수 있습니다.`;
    case 'timeout':
      return '애플리케이션이 프로브 제한 시간 안에 응답하지 않았습니다. 바쁘거나 시작이 느리거나, 제한 시간이 너무 짧습니다.';
    case 'status':
      return `애플리케이션이 HTTP ${p.statusCode ?? '?'}로 응답했습니다. 스스로 건강하지 않다고 알리는 것으로, 데이터베이스 같은 의존 서비스에 연결하지 못하는 경우가 많습니다.`;
    default:
      return '프로브 명령이나 요청이 실패했습니다. 아래 이벤트 메시지에 이유가 있습니다.';
  }
}

function probeChange(p: { problem: string; probePort?: string; containerPorts: string[]; path?: string }): string {
  switch (p.problem) {
    case 'port':
      return `프로브가 애플리케이션이 실제로 듣는 포트${p.containerPorts[0] ? `(${p.containerPorts[0]})` : ''}를 쓰도록 고치세요. \`containerPort\`가 틀렸다면 그쪽을 고치세요.`;
    case 'path':
      return '프로브의 `path`를 애플리케이션이 제공하는 경로(예: `/` 또는 헬스 체크 엔드포인트)로 바꾸세요.';
    case 'refused':
      return '애플리케이션이 실제로 듣는 포트와 주소(0.0.0.0인지)를 확인하세요. 시작이 느린 것뿐이라면 `startupProbe`를 추가하거나 `initialDelaySeconds`를 늘리세요.';
    case 'timeout':
      return '`timeoutSeconds`를 늘리고(시작이 느리면 `initialDelaySeconds`도), 헬스 체크가 가볍게 동작하도록 만드세요.';
    case 'status':
      return '애플리케이션 로그에서 건강하지 않다고 보고하는 이유를 찾으세요. 프로브가 엉뚱한 것을 검사할 때만 프로브를 고치세요.';
    default:
      return '컨테이너 안에서(Exec) 프로브를 직접 실행해 무엇이 실패하는지 본 뒤, 프로브나 애플리케이션을 고치세요.';
  }
}

export const ko: Catalogue = {
  ownerNote: (kind, name) => ` 이 파드는 ${kind} \`${name}\`이(가) 관리합니다. 그쪽의 파드 템플릿을 고치면 파드가 새로 만들어집니다.`,
  headings: {
    whatHappened: '무슨 일이 있었나',
    likelyCause: '가능성이 높은 원인',
    evidence: '근거',
    whatToChange: '고칠 곳',
    where: '매니페스트 위치',
  },
  messages: {
    'image-pull-local-image': (p) => ({
      title: `이미지 \`${p.image}\`을(를) 노드가 받을 수 있는 레지스트리에 없습니다`,
      whatHappened: `노드가 ${who(p)}에 쓸 \`${p.image}\`을(를) 내려받으려 했지만, 레지스트리가 그런 이미지는 없다고(또는 접근할 수 없다고) 답했습니다.`,
      likelyCause:
        p.policySet && p.policy !== 'Always'
          ? `내 PC에서 빌드한 이미지로 보입니다. \`imagePullPolicy: ${p.policy}\`는 이미지가 이미 노드에 있을 때만 도움이 되는데, 노드에는 이 이미지가 없습니다.`
          : `내 PC에서 빌드한 이미지로 보입니다. ${p.policySet ? '`imagePullPolicy: Always`이므로' : '태그가 없거나 `:latest`이고 `imagePullPolicy`도 없으면 쿠버네티스는 `Always`를 적용하므로'} 로컬 이미지를 쓰지 않고 항상 도커 허브에서 받아오려 하는데, 그곳에는 이 이미지를 올린 적이 없습니다.`,
      whatToChange:
        p.policySet && p.policy !== 'Always'
          ? '이미지를 클러스터 노드에 넣거나(예: `kind load docker-image`, `minikube image load`), 클러스터가 접근할 수 있는 레지스트리에 푸시하고 그 전체 이름을 쓰세요.'
          : '이미지에 버전 태그를 붙이고 `imagePullPolicy: IfNotPresent`를 지정하세요(이미지를 클러스터에 넣은 뒤). 또는 레지스트리에 푸시하고 전체 이름을 쓰세요.',
    }),
    'image-pull-not-found': (p) => ({
      title: `이미지 \`${p.image}\`을(를) 찾을 수 없습니다`,
      whatHappened: `레지스트리에 \`${p.image}\`이라는 이미지가 없어서 ${who(p)}이(가) 시작할 수 없습니다.`,
      likelyCause: '저장소 이름이나 태그에 오타가 있거나, 그 태그를 푸시한 적이 없습니다.',
      whatToChange: '`image`의 이름과 태그를 바로잡으세요(레지스트리에 실제로 있는 태그를 확인하세요).',
    }),
    'image-pull-unauthorized': (p) => ({
      title: `이미지 \`${p.image}\`에 대한 접근이 거부되었습니다`,
      whatHappened: `레지스트리 \`${p.registry}\`이(가) ${who(p)}에 쓸 \`${p.image}\`을(를) 노드에 내주지 않았습니다.`,
      likelyCause:
        (p.ambiguous ? '레지스트리는 저장소가 없을 때와 비공개일 때 같은 메시지를 보냅니다. ' : '') +
        (p.hasPullSecrets
          ? '파드에 `imagePullSecrets`가 있지만 이 저장소에 접근할 권한이 없습니다.'
          : '파드에 `imagePullSecrets`가 없어 노드가 익명으로 요청합니다. 비공개 이미지는 인증 정보가 필요합니다.'),
      whatToChange: p.hasPullSecrets
        ? '이미지 이름을 확인하고, 풀 시크릿에 이 레지스트리의 올바른 인증 정보가 들어 있는지 확인하세요.'
        : '이미지 이름을 확인하세요. 비공개 이미지라면 docker-registry 타입의 시크릿을 만들어 `spec.imagePullSecrets`에 넣으세요.',
    }),
    'image-pull-wrong-platform': (p) => ({
      title: `이미지 \`${p.image}\`에 이 노드의 플랫폼용 빌드가 없습니다`,
      whatHappened: `이미지는 있지만 ${p.platform ?? '노드의 CPU 아키텍처'}용이 아니어서 노드가 ${who(p)}을(를) 실행할 수 없습니다.`,
      likelyCause:
        '이미지를 다른 종류의 컴퓨터에서 빌드했습니다(예: 애플 실리콘 맥은 arm64 이미지를 만들고, 대부분의 클라우드 노드는 amd64입니다).',
      whatToChange: `노드 플랫폼에 맞게 빌드해서 푸시하고(예: \`docker buildx build --platform ${p.platform ?? 'linux/amd64'}\`, 또는 멀티 플랫폼 이미지) 그 태그를 쓰세요.`,
    }),
    'image-pull-failed': (p) => ({
      title: `이미지 \`${p.image}\`을(를) 받아오지 못했습니다`,
      whatHappened: `노드가 \`${p.registry}\`에서 ${who(p)}에 쓸 \`${p.image}\`을(를) 내려받지 못했습니다.`,
      likelyCause:
        '레지스트리에 접속할 수 없거나 오류로 응답했습니다(네트워크, DNS, 프록시, 인증서, 요청 횟수 제한 등). 아래 메시지에 어느 쪽인지 나와 있습니다.',
      whatToChange: '이미지 이름의 레지스트리 주소를 확인하세요. 주소가 맞다면 노드에서 레지스트리로 가는 네트워크를 고쳐야 합니다.',
    }),
    'image-invalid-name': (p) => ({
      title: `\`${p.image}\`은(는) 올바른 이미지 이름이 아닙니다`,
      whatHappened: `kubelet이 ${who(p)}의 이미지 이름을 해석하지 못했습니다.`,
      likelyCause:
        '이미지 이름은 소문자로, `[레지스트리/]저장소[:태그]` 형태여야 합니다. 공백, 대문자, 잘못 들어간 `:`가 있으면 안 됩니다.',
      whatToChange: '`image`를 이 형태로 다시 쓰세요. 예: `nginx:1.27`.',
    }),
    'crash-command-not-found': (p) => ({
      title: `${who(p)}에서 명령 \`${p.command}\`을(를) 찾을 수 없습니다`,
      whatHappened: `${who(p)}이(가) 프로그램을 시작하지 못했습니다. 이미지 안에 \`${p.command}\`이(가) 없습니다(종료 코드 127 또는 시작 오류).`,
      likelyCause: p.fromManifest
        ? '매니페스트의 `command`(또는 `args`)가 이미지에 없는 프로그램을 가리키거나 오타가 있습니다. 작은 이미지에는 `sh`만 있고 `bash`는 없는 경우가 많습니다.'
        : '이미지 자체의 실행 파일(엔트리포인트)이 없습니다. 이미지를 잘못 빌드했거나 다른 베이스 이미지를 기준으로 만들었습니다.',
      whatToChange: p.fromManifest
        ? '`command`/`args`를 이미지에 있는 프로그램으로 고치세요(`PATH`에 없으면 전체 경로를 쓰세요).'
        : '실행할 프로그램을 `command`로 지정하거나 이미지를 고치세요.',
    }),
    'crash-not-executable': (p) => ({
      title: `${who(p)}에서 \`${p.command}\`을(를) 실행할 수 없습니다`,
      whatHappened: `${who(p)}이(가) \`${p.command}\`을(를) 찾았지만 실행하지 못했습니다(종료 코드 126: 권한 없음 또는 실행 파일이 아님).`,
      likelyCause: '파일에 실행 권한이 없거나, 디렉터리이거나, 스크립트 첫 줄에 적힌 인터프리터가 이미지에 없습니다.',
      whatToChange: '인터프리터를 통해 실행하거나(예: `command: ["sh", "script.sh"]`), 이미지에서 실행 권한을 주세요(`chmod +x`).',
    }),
    'crash-wrong-platform': (p) => ({
      title: `이미지 \`${p.image}\`이(가) 다른 CPU 아키텍처용으로 빌드되었습니다`,
      whatHappened: `${who(p)}이(가) 시작됐지만 커널이 프로그램 실행을 거부했습니다: \`exec format error\`.`,
      likelyCause: `이미지 안의 실행 파일이 노드${p.nodeArch ? `(${p.nodeArch})` : ''}와 다른 아키텍처용입니다. 애플 실리콘 맥에서 만든 arm64 이미지를 amd64 노드에서 돌리는 경우가 대표적입니다.`,
      whatToChange: `노드에 맞게 다시 빌드하고(\`docker buildx build --platform linux/${p.nodeArch ?? 'amd64'}\`) 새 태그로 푸시한 뒤 그 태그를 쓰세요.`,
    }),
    'crash-exited-zero': (p) => ({
      title: `${who(p)}이(가) 곧바로 끝나서 계속 재시작됩니다`,
      whatHappened: `${who(p)}이(가) 종료 코드 0으로 정상 종료했지만, 파드는 멈춘 컨테이너를 다시 시작하므로 계속 재시작되다가 CrashLoopBackOff가 되었습니다.`,
      likelyCause: p.hasCommand
        ? '`command`가 짧은 작업을 실행하고 바로 끝납니다. 파드의 컨테이너는 포그라운드에서 계속 실행되는 프로세스가 있어야 합니다.'
        : `이미지 \`${p.image}\`에는 기본으로 오래 실행되는 프로그램이 없습니다(busybox, ubuntu 같은 이미지는 셸을 실행하고 바로 끝납니다).`,
      whatToChange:
        '오래 실행되는 프로세스를 실행하세요(서버, 또는 시험용으로 `command: ["sleep", "infinity"]`). 한 번만 실행할 작업이라면 Job이나 `restartPolicy: OnFailure`를 쓰세요.',
    }),
    'crash-signal': (p) => ({
      title: `${who(p)}이(가) 신호 ${p.signalName}로 종료되었습니다(종료 코드 ${p.exitCode})`,
      whatHappened: `${who(p)}이(가) 종료 코드 ${p.exitCode}(= 128 + ${p.signal})로 끝났습니다. ${SIGNAL_MEANING[p.signal] ?? `신호 ${p.signal}로 중단되었습니다`}. 지금까지 ${p.restarts}번 재시작했습니다.`,
      likelyCause:
        p.signal === 9
          ? '메모리 부족이나 컨테이너를 죽이는 활성 프로브가 원인일 수 있습니다. 아래 이벤트를 보세요.'
          : p.signal === 11
            ? '프로그램이나 네이티브 라이브러리 내부의 충돌입니다.'
            : '무언가가 프로그램을 멈추고 있습니다. 활성 프로브 이벤트와 이전 로그를 확인하세요.',
      whatToChange:
        p.signal === 9
          ? '메모리 사용량을 `resources.limits.memory`와 비교하고, 활성 프로브 설정을 확인하세요.'
          : '이전 로그(Logs (previous))에서 신호 직전의 마지막 줄을 읽고, 거기 나온 문제를 고치세요.',
    }),
    'crash-exit-code': (p) => ({
      title: `${who(p)}이(가) 종료 코드 ${p.exitCode}로 계속 실패합니다`,
      whatHappened: `${who(p)}이(가) 시작된 뒤 종료 코드 ${p.exitCode}로 끝났습니다. 쿠버네티스가 ${p.restarts}번 재시작했고, 이제 재시도 간격을 점점 늘리고 있습니다(CrashLoopBackOff).`,
      likelyCause: `${exitMeaning(p.exitCode)}.${p.hasLogs ? ' 아래에 이전 실행 로그의 마지막 줄들이 있습니다.' : ''}`,
      whatToChange:
        '로그가 알려 주는 문제를 고치세요. 빠진 설정이나 환경 변수, 잘못된 `command`/`args`, 접속할 수 없는 의존 서비스가 흔한 원인입니다.',
    }),
    'oom-killed': (p) => ({
      title: `${who(p)}의 메모리가 부족합니다(OOMKilled)`,
      whatHappened: `${who(p)}이(가) 허용된 것보다 많은 메모리를 써서${p.limit ? `(제한 ${p.limit}${p.usage ? `, 마지막 사용량 ${p.usage}` : ''})` : ''} 커널이 종료시켰습니다(종료 코드 137).`,
      likelyCause: p.limit
        ? '메모리 제한이 프로그램이 가장 많이 쓸 때보다 낮습니다(또는 메모리 누수가 있습니다).'
        : '메모리 제한이 없어서 노드 자체의 메모리가 모자랐고, 커널이 이 컨테이너를 골라 종료시켰습니다.',
      whatToChange: p.limit
        ? `\`resources.limits.memory\`를 늘리거나${p.suggested ? `(예: ${p.suggested})` : ''} 프로그램의 메모리 사용을 줄이세요(자바라면 힙 크기를 제한보다 작게 잡으세요).`
        : '`resources.requests.memory`와 `resources.limits.memory`를 프로그램에 필요한 만큼 지정해서, 여유가 있는 노드에 배치되게 하세요.',
    }),
    'config-missing-object': (p) => ({
      title: `${p.objectKind} \`${p.name}\`이(가) 없습니다`,
      whatHappened: p.container
        ? `${who({ container: p.container, init: p.init })}이(가) ${p.objectKind} \`${p.name}\`을(를) 읽는데, 이 네임스페이스에 없어서 컨테이너를 만들 수 없습니다.`
        : `${p.objectKind} \`${p.name}\`이(가) 네임스페이스에 없어서 볼륨 \`${p.entry}\`을(를) 마운트할 수 없고, 파드는 ContainerCreating에 머물러 있습니다.`,
      likelyCause: `${p.objectKind}를 아직 만들지 않았거나, 이름이 다르거나, 다른 네임스페이스에 있습니다(파드는 자기 네임스페이스의 것만 쓸 수 있습니다).`,
      whatToChange: `파드의 네임스페이스에 ${p.objectKind} \`${p.name}\`을(를) 만들거나(파드보다 먼저 적용하세요), ${p.via === 'volume' ? `볼륨 \`${p.entry}\`` : p.via === 'envFrom' ? '`envFrom`' : `환경 변수 \`${p.entry}\``}의 이름을 바로잡으세요. 앱이 그것 없이도 동작할 때만 \`optional: true\`를 쓰세요.`,
    }),
    'config-missing-key': (p) => ({
      title: `${p.objectKind} \`${p.name}\`에 키 \`${p.key}\`이(가) 없습니다`,
      whatHappened: `${who(p)}을(를) 만들 수 없습니다. ${p.objectKind} \`${p.name}\`은(는) 있지만, 읽으려는 키 \`${p.key}\`이(가) 그 안에 없습니다.`,
      likelyCause: `매니페스트나 ${p.objectKind}의 키 이름에 오타가 있습니다(키는 대소문자를 구분합니다).`,
      whatToChange: `${p.objectKind} \`${p.name}\`에 있는 키를 쓰거나, 그 안에 \`${p.key}\`을(를) 추가하세요.`,
    }),
    'config-run-as-root': (p) => ({
      title: `${who(p)}이(가) root로 실행되려 해서 막혔습니다`,
      whatHappened: `\`runAsNonRoot: true\`가 설정되어 있는데 이미지가 root(사용자 0)로 실행되므로 ${who(p)}을(를) 만들지 않았습니다.`,
      likelyCause: '이미지에 root가 아닌 사용자가 지정되어 있지 않습니다.',
      whatToChange: '`securityContext.runAsUser`를 0이 아닌 사용자 ID로 지정하거나, root가 아닌 사용자로 실행되는 이미지를 쓰세요.',
    }),
    'config-error': (p) => ({
      title: `${who(p)}의 설정을 준비하지 못했습니다`,
      whatHappened: `kubelet이 ${who(p)}의 설정을 준비하지 못했습니다: ${p.message}`,
      likelyCause: '컨테이너가 참조하는 것(ConfigMap, Secret, 키, 설정값)이 없거나 잘못되었습니다.',
      whatToChange: '메시지에 나온 참조를 고치세요.',
    }),
    'unschedulable-resources': (p) => ({
      title: `이 파드에 줄 ${resourcesSubject(p.resources)} 충분한 노드가 없습니다`,
      whatHappened: `스케줄러가 노드 ${p.nodeCount}개 중에서 파드의 요청(requests)을 받아 줄 만큼 ${resourcesSubject(p.resources)} 남은 노드를 찾지 못해서, 파드가 Pending 상태입니다.`,
      likelyCause:
        p.request && p.container
          ? `컨테이너 \`${p.container}\`이(가) \`${p.request}\`을(를) 요청하는데, 이만큼 남은 노드가 없습니다.`
          : '요청량의 합이 어느 노드의 남은 용량보다 큽니다.',
      whatToChange: '`resources.requests`를 실제로 필요한 만큼으로 낮추거나, 다른 파드를 정리해 공간을 만들거나, 더 큰 노드를 추가하세요.',
    }),
    'unschedulable-node-selector': (p) => ({
      title: '파드의 노드 셀렉터나 어피니티에 맞는 노드가 없습니다',
      whatHappened: `노드 ${p.nodeCount}개 중 파드가 요구하는 레이블${p.selector ? `(${p.selector})` : ''}을 가진 노드가 없어서 Pending 상태입니다.`,
      likelyCause: '레이블에 오타가 있거나, 아직 어떤 노드에도 그 레이블을 붙이지 않았습니다.',
      whatToChange: '`nodeSelector`/`affinity`를 노드에 실제로 있는 레이블로 고치거나, 노드에 레이블을 붙이세요.',
    }),
    'unschedulable-taint': (p) => ({
      title: '노드에 테인트가 있는데 파드가 이를 허용하지 않습니다',
      whatHappened: `노드에 테인트 ${p.taints.map((t) => `\`${t}\``).join(', ')}이(가) 있어서, 이를 허용(toleration)하지 않는 파드는 배치되지 않습니다.`,
      likelyCause: '파드에 맞는 톨러레이션이 없습니다. 작은 클러스터에서는 컨트롤 플레인 노드의 테인트인 경우가 많습니다.',
      whatToChange:
        '파드가 정말 그런 노드에서 돌아야 한다면 `tolerations`에 맞는 항목을 추가하고, 아니면 테인트가 없는 노드에서 실행하세요.',
    }),
    'unschedulable-pvc': (p) => ({
      title: p.missing
        ? `PersistentVolumeClaim \`${p.claim ?? '?'}\`이(가) 없습니다`
        : '파드의 PersistentVolumeClaim이 바인딩되지 않았습니다',
      whatHappened: p.missing
        ? `파드가 클레임 \`${p.claim ?? '?'}\`을(를) 마운트하는데, 이 네임스페이스에 없습니다.`
        : '파드는 PersistentVolumeClaim이 볼륨에 바인딩되기를 기다리고 있어서 배치되지 못합니다.',
      likelyCause: p.missing
        ? '클레임 이름이 다르거나 클레임을 만들지 않았습니다.'
        : '클레임에 맞는 PersistentVolume이 없고, 볼륨을 만들어 줄 StorageClass도 없습니다(또는 없는 StorageClass를 지정했습니다).',
      whatToChange: p.missing
        ? 'PersistentVolumeClaim을 만들거나 `claimName`을 고치세요.'
        : '클레임의 이벤트와 StorageClass를 확인하세요. 맞는 PersistentVolume을 만들거나 있는 StorageClass를 쓰세요.',
    }),
    'unschedulable-host-port': (p) => ({
      title:
        p.port !== undefined
          ? `모든 노드에서 호스트 포트 ${p.port}이(가) 이미 사용 중입니다`
          : '모든 노드에서 호스트 포트가 이미 사용 중입니다',
      whatHappened: '파드를 실행할 수 있는 모든 노드에서 요청한 호스트 포트를 이미 다른 파드가 쓰고 있습니다.',
      likelyCause: '`hostPort`는 노드 자체의 포트를 차지하므로 노드마다 한 파드만 쓸 수 있습니다(다른 레플리카나 파드가 쓰고 있습니다).',
      whatToChange: '`hostPort`를 지우고(파드에 접속할 때는 서비스나 포트 포워딩을 쓰세요) 필요하면 비어 있는 포트를 고르세요.',
    }),
    'unschedulable-other': (p) => ({
      title: '파드를 배치할 수 없습니다',
      whatHappened: `스케줄러가 파드를 배치하지 못했습니다: ${p.message}`,
      likelyCause: '파드의 배치 조건을 만족하는 노드가 없습니다.',
      whatToChange: '메시지에 나온 조건(nodeSelector, affinity, 토폴로지 분산, 볼륨)을 완화하세요.',
    }),
    'readiness-probe-failing': (p) => ({
      title: `${who(p)}의 준비성 프로브(readiness probe)가 실패합니다`,
      whatHappened: `${who(p)}은(는) 실행 중이지만 준비성 프로브가 실패해서 파드가 Ready가 아니고, 서비스가 이 파드로 트래픽을 보내지 않습니다.`,
      likelyCause: probeCause(p),
      whatToChange: probeChange(p),
    }),
    'liveness-probe-failing': (p) => ({
      title: `${who(p)}의 활성 프로브(liveness probe)가 실패해서 재시작됩니다`,
      whatHappened: `${who(p)}이(가) 활성 프로브에 실패할 때마다 kubelet이 컨테이너를 종료하고 다시 시작합니다.`,
      likelyCause: probeCause(p),
      whatToChange: probeChange(p),
    }),
    'run-container-error': (p) => ({
      title: `${who(p)}을(를) 시작하지 못했습니다`,
      whatHappened: `컨테이너 런타임이 ${who(p)}을(를) 시작하지 못했습니다: ${p.message}`,
      likelyCause: '런타임이 컨테이너를 거부했습니다. 잘못된 명령, 만들 수 없는 마운트, 노드가 허용하지 않는 보안 설정 등이 원인입니다.',
      whatToChange: '메시지에 나온 필드를 고치세요(주로 `command`, `volumeMounts`, `securityContext`).',
    }),
    'terminating-finalizers': (p) => ({
      title: '파이널라이저 때문에 파드가 Terminating에서 멈춰 있습니다',
      whatHappened: `파드를 ${p.overdue} 전에 삭제했지만 아직 남아 있습니다. 파이널라이저 ${p.finalizers.map((f) => `\`${f}\``).join(', ')}이(가) 먼저 제거되어야 합니다.`,
      likelyCause: '파이널라이저를 처리할 컨트롤러가 실행 중이 아니거나 정리 작업을 끝내지 못하고 있습니다.',
      whatToChange:
        '파이널라이저를 담당하는 컨트롤러를 고치거나 다시 시작하세요. 최후의 수단으로 실제 파드에서 `metadata.finalizers`를 지울 수 있지만, 그러면 정리 작업이 실행되지 않습니다.',
    }),
    'terminating-stuck': (p) => ({
      title: '파드가 Terminating에서 멈춰 있습니다',
      whatHappened: `파드를 ${p.overdue} 전에 삭제했고 유예 시간도 지났지만, kubelet이 컨테이너가 멈췄다고 확인해 주지 않습니다.`,
      likelyCause:
        p.nodeReady === false
          ? `노드 \`${p.node ?? '?'}\`이(가) Ready가 아니라서 컨테이너를 멈출 수 있는 곳이 없습니다.`
          : '노드의 kubelet이 응답하지 않거나(노드가 꺼졌거나 연결 끊김), 컨테이너가 종료 신호를 무시하고 있습니다.',
      whatToChange: '노드를 되살리세요. 노드가 아주 없어졌다면 `--grace-period=0 --force`로 파드를 삭제하세요.',
    }),
    evicted: (p) => ({
      title: `파드가 축출(Evicted)되었습니다${p.resource ? `: 노드의 ${resourcesSubject([p.resource])} 부족했습니다` : ''}`,
      whatHappened: `kubelet이 노드를 보호하려고${p.resource ? ` ${resourcesSubject([p.resource])} 부족한 노드에서` : ''} 파드를 내보냈습니다.${p.container ? ` 컨테이너 \`${p.container}\`이(가) 가장 많이 썼습니다${p.usage ? `(${p.usage})` : ''}.` : ''}`,
      likelyCause: '노드에 여유가 없을 때 요청(requests)보다 많이 쓰던 파드가 먼저 내보내집니다.',
      whatToChange:
        p.resource === 'ephemeral-storage'
          ? '컨테이너 디스크에 덜 쓰도록 하고(로그는 표준 출력으로, 임시 파일은 정리), `ephemeral-storage`의 `resources.requests`/`limits`를 지정하세요.'
          : `\`resources.requests.${p.resource ?? 'memory'}\`를 실제 사용량에 가깝게(그리고 맞는 limit도) 지정해서 노드에서 자리를 확보하세요.`,
    }),
  },
};
