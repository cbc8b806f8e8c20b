// Messages of undefined-volume and undefined-port-name (rules/references.ts).
import type { Localized } from './localized';

/** What happens when a probe or hook names a port that does not exist. */
export type PortConsequence = 'restarts' | 'neverReady' | 'hookFails' | 'fails';

/** Whose ports were searched: a named container, or one without a name. */
export type PortOwner = { readonly container: string } | 'unnamed';

export interface ReferencesMessages {
  /** `defined`: the volumes the pod has (the first few are listed when nothing is close). */
  undefinedVolume(mount: string, closest: string | undefined, defined: readonly string[]): string;
  quotedPortNumber(where: string, port: string, consequence: PortConsequence): string;
  undefinedPortName(
    where: string,
    port: string,
    owner: PortOwner,
    consequence: PortConsequence,
    closest: string | undefined,
    defined: readonly string[],
  ): string;
  change(to: string): string;
  usePortNumber(port: string): string;
}

const SHOWN = 5;

function listed(names: readonly string[], label: string): string {
  const shown = names.slice(0, SHOWN).map((n) => `\`${n}\``);
  return shown.length === 0 ? '' : ` ${label}: ${shown.join(', ')}${names.length > SHOWN ? ', …' : ''}.`;
}

const CONSEQUENCE_EN: Record<PortConsequence, string> = {
  restarts: 'the probe fails and the kubelet keeps restarting the container',
  neverReady: 'the probe fails and the pod never becomes Ready',
  hookFails: 'the hook fails when it runs',
  fails: 'it fails',
};

const CONSEQUENCE_KO: Record<PortConsequence, string> = {
  restarts: '프로브가 실패하고 kubelet이 컨테이너를 계속 재시작합니다',
  neverReady: '프로브가 실패하고 파드는 끝내 Ready 상태가 되지 않습니다',
  hookFails: '훅이 실행될 때 실패합니다',
  fails: '실패합니다',
};

export const referencesMessages: Localized<ReferencesMessages> = {
  en: {
    undefinedVolume: (mount, closest, defined) => {
      const advice =
        closest !== undefined
          ? ` Did you mean \`${closest}\`?`
          : defined.length === 0
            ? ' This pod has no `volumes:`; add one with this name next to `containers:`.'
            : ` Add a volume with this name to \`volumes:\`, or use one that exists.${listed(defined, 'Defined')}`;
      return `No volume named \`${mount}\` is defined in this pod. A volume mount must name an entry of the pod's \`volumes:\`.${advice}`;
    },
    quotedPortNumber: (where, port, consequence) =>
      `\`${where}\` port "${port}" is quoted, so it is read as a port name, and no port has that name: ${CONSEQUENCE_EN[consequence]}. Write the number without quotes.`,
    undefinedPortName: (where, port, owner, consequence, closest, defined) => {
      const who = owner === 'unnamed' ? 'this container' : `container \`${owner.container}\``;
      const advice =
        closest !== undefined
          ? ` Did you mean \`${closest}\`?`
          : ` Name a port \`${port}\` under this container's \`ports:\`, or use a port number.${listed(defined, 'Defined')}`;
      return `\`${where}\` uses port \`${port}\`, but ${who} declares no port with that name, so ${CONSEQUENCE_EN[consequence]}.${advice}`;
    },
    change: (to) => `Change to \`${to}\``,
    usePortNumber: (port) => `Use the port number ${port}`,
  },
  ko: {
    undefinedVolume: (mount, closest, defined) => {
      const advice =
        closest !== undefined
          ? ` \`${closest}\`을(를) 쓰려던 것인가요?`
          : defined.length === 0
            ? ' 이 파드에는 `volumes:`가 없습니다. `containers:`와 같은 수준에 `volumes:`를 만들고 이 이름의 볼륨을 추가하세요.'
            : ` \`volumes:\`에 이 이름의 볼륨을 추가하거나, 이미 있는 볼륨을 쓰세요.${listed(defined, '정의된 볼륨')}`;
      return `이 파드에는 \`${mount}\`(이)라는 볼륨이 정의되어 있지 않습니다. 볼륨 마운트는 파드의 \`volumes:\`에 있는 항목의 이름을 가리켜야 합니다.${advice}`;
    },
    quotedPortNumber: (where, port, consequence) =>
      `\`${where}\`의 포트 "${port}"에 따옴표가 있어서 포트 이름으로 읽히는데, 그런 이름의 포트가 없습니다. 그래서 ${CONSEQUENCE_KO[consequence]}. 따옴표 없이 숫자로 쓰세요.`,
    undefinedPortName: (where, port, owner, consequence, closest, defined) => {
      const who = owner === 'unnamed' ? '이 컨테이너' : `컨테이너 \`${owner.container}\``;
      const advice =
        closest !== undefined
          ? ` \`${closest}\`을(를) 쓰려던 것인가요?`
          : ` 이 컨테이너의 \`ports:\`에 \`${port}\`(이)라는 이름의 포트를 만들거나, 포트 번호를 쓰세요.${listed(defined, '정의된 포트 이름')}`;
      return `\`${where}\`은(는) 포트 \`${port}\`을(를) 쓰지만, ${who}에는 그런 이름의 포트가 선언되어 있지 않습니다. 그래서 ${CONSEQUENCE_KO[consequence]}.${advice}`;
    },
    change: (to) => `\`${to}\`(으)로 바꾸기`,
    usePortNumber: (port) => `포트 번호 ${port}(으)로 바꾸기`,
  },
};
