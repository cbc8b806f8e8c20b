// Messages of duplicate-container-name, port-conflict, duplicate-env and duplicate-volume
// (rules/duplicates.ts).
import type { ContainerListName } from '../../schema/podSpecs';
import type { Localized } from './localized';

/** A container, by its list and its name (or its 0-based position when it has none). */
export interface ContainerOwner {
  readonly list: ContainerListName;
  readonly name: string | undefined;
  readonly index: number;
}

/** A host port as the node sees it: `30080/TCP`, on one host IP or on all of them. */
export interface HostPort {
  readonly port: string;
  readonly hostIP: string | undefined;
}

interface Described {
  readonly message: string;
  readonly related: string;
}

export interface DuplicatesMessages {
  containerName(name: string, earlierList: ContainerListName): Described;
  /** `port` is `8080/TCP`. */
  portListedTwice(port: string, owner: ContainerOwner): Described;
  portInUse(port: string, earlier: ContainerOwner): Described;
  hostPortInUse(hostPort: HostPort, earlier: ContainerOwner): Described;
  env(name: string, owner: ContainerOwner): Described;
  volume(name: string): Described;
  /** Fix titles. */
  renameContainer(to: string): string;
  removeEarlierEnv(name: string): string;
  removeThisEnv(name: string): string;
  removeRepeatedPort(port: string): string;
  removeDuplicateVolume(name: string): string;
}

const NOUN_EN: Record<ContainerListName, string> = {
  containers: 'container',
  initContainers: 'init container',
  ephemeralContainers: 'ephemeral container',
};
const NOUN_KO: Record<ContainerListName, string> = {
  containers: '컨테이너',
  initContainers: '초기화 컨테이너',
  ephemeralContainers: '임시 컨테이너',
};

function owner(nouns: Record<ContainerListName, string>, o: ContainerOwner): string {
  return o.name !== undefined ? `${nouns[o.list]} \`${o.name}\`` : `${nouns[o.list]} #${o.index + 1}`;
}

const ownerEn = (o: ContainerOwner): string => owner(NOUN_EN, o);
const ownerKo = (o: ContainerOwner): string => owner(NOUN_KO, o);
const hostPortEn = (h: HostPort): string => `${h.port}${h.hostIP !== undefined ? ` on ${h.hostIP}` : ''}`;
const hostPortKo = (h: HostPort): string => (h.hostIP !== undefined ? `${h.hostIP}의 ${h.port}` : h.port);

export const duplicatesMessages: Localized<DuplicatesMessages> = {
  en: {
    containerName: (name, earlierList) => ({
      message: `\`${name}\` is already the name of an earlier ${NOUN_EN[earlierList]} in this pod. Container names must be unique across containers, initContainers and ephemeralContainers; rename one of them.`,
      related: `\`${name}\` is first used here`,
    }),
    portListedTwice: (port, o) => ({
      message: `Port ${port} is listed twice in ${ownerEn(o)}. Remove the repeated entry.`,
      related: `port ${port} is first declared here`,
    }),
    portInUse: (port, earlier) => ({
      message: `Port ${port} is already used by ${ownerEn(earlier)}. Containers of one pod share one network namespace, so two of them cannot both listen on the same port: one will fail to bind. Give one of them another port.`,
      related: `port ${port} is first declared here`,
    }),
    hostPortInUse: (hostPort, earlier) => ({
      message: `Host port ${hostPortEn(hostPort)} is already claimed by ${ownerEn(earlier)}. A host port can be bound only once per node; Kubernetes rejects the pod. Use another hostPort or remove one.`,
      related: `host port ${hostPortEn(hostPort)} is first claimed here`,
    }),
    env: (name, o) => ({
      message: `Environment variable \`${name}\` is already set earlier in ${ownerEn(o)}. Only the later value takes effect; remove one of them.`,
      related: `\`${name}\` is first set here`,
    }),
    volume: (name) => ({
      message: `A volume named \`${name}\` is already defined in this pod. Volume names must be unique; rename one of them (and the volumeMounts that use it).`,
      related: `volume \`${name}\` is first defined here`,
    }),
    renameContainer: (to) => `Rename to \`${to}\``,
    removeEarlierEnv: (name) => `Remove the earlier \`${name}\` entry`,
    removeThisEnv: (name) => `Remove this \`${name}\` entry`,
    removeRepeatedPort: (port) => `Remove this repeated port ${port} entry`,
    removeDuplicateVolume: (name) => `Remove this duplicate volume \`${name}\``,
  },
  ko: {
    containerName: (name, earlierList) => ({
      message: `\`${name}\`은(는) 이 파드에서 앞에 나온 ${NOUN_KO[earlierList]}의 이름으로 이미 쓰였습니다. 컨테이너 이름은 containers, initContainers, ephemeralContainers 전체에서 고유해야 합니다. 둘 중 하나의 이름을 바꾸세요.`,
      related: `\`${name}\`이(가) 처음 쓰인 곳`,
    }),
    portListedTwice: (port, o) => ({
      message: `${ownerKo(o)}에 ${port} 포트가 두 번 나옵니다. 반복된 항목을 지우세요.`,
      related: `${port} 포트가 처음 선언된 곳`,
    }),
    portInUse: (port, earlier) => ({
      message: `${port} 포트는 이미 ${ownerKo(earlier)}에서 쓰고 있습니다. 한 파드의 컨테이너들은 네트워크 네임스페이스 하나를 함께 쓰므로, 두 컨테이너가 같은 포트에서 동시에 연결을 기다릴(listen) 수 없습니다. 하나는 바인딩에 실패합니다. 둘 중 하나에 다른 포트를 지정하세요.`,
      related: `${port} 포트가 처음 선언된 곳`,
    }),
    hostPortInUse: (hostPort, earlier) => ({
      message: `${hostPortKo(hostPort)} 호스트 포트는 이미 ${ownerKo(earlier)}에서 차지했습니다. 호스트 포트는 노드마다 한 번만 바인딩할 수 있어서 Kubernetes가 이 파드를 거부합니다. 다른 hostPort를 쓰거나 하나를 지우세요.`,
      related: `${hostPortKo(hostPort)} 호스트 포트를 처음 차지한 곳`,
    }),
    env: (name, o) => ({
      message: `환경 변수 \`${name}\`은(는) ${ownerKo(o)}에서 이미 앞서 설정되었습니다. 나중 값만 적용되니 둘 중 하나를 지우세요.`,
      related: `\`${name}\`이(가) 처음 설정된 곳`,
    }),
    volume: (name) => ({
      message: `\`${name}\`(이)라는 이름의 볼륨이 이 파드에 이미 정의되어 있습니다. 볼륨 이름은 고유해야 합니다. 둘 중 하나의 이름을 바꾸세요(그 볼륨을 쓰는 volumeMounts도 함께 바꾸세요).`,
      related: `볼륨 \`${name}\`이(가) 처음 정의된 곳`,
    }),
    renameContainer: (to) => `\`${to}\`(으)로 이름 바꾸기`,
    removeEarlierEnv: (name) => `앞에 있는 \`${name}\` 항목 지우기`,
    removeThisEnv: (name) => `이 \`${name}\` 항목 지우기`,
    removeRepeatedPort: (port) => `반복된 이 ${port} 포트 항목 지우기`,
    removeDuplicateVolume: (name) => `중복된 이 \`${name}\` 볼륨 지우기`,
  },
};
