// Why a rename is refused, in English and Korean. Format problems of the new name are worded by the
// validation messages (invalidName.ts, labels.ts), so a refused rename says what a diagnostic would.
import type { Localized } from '../validation/messages/localized';

export type Named = 'volume' | 'container' | 'port' | 'servicePort' | 'dataKey';

export interface NavigationMessages {
  portNumber: string;
  empty: string;
  /** `where` is the place of the existing object, for object names. */
  taken(what: Named | { readonly kind: string }, name: string, where?: string): string;
}

const NAMED_EN: Record<Named, string> = {
  volume: 'This pod already has a volume named',
  container: 'This pod already has a container named',
  port: 'A pod linked to this port name already declares a port named',
  servicePort: 'This Service already has a port named',
  dataKey: 'The object already has a key named',
};

const NAMED_KO: Record<Named, string> = {
  volume: '이 파드에는 이미 이 이름의 볼륨이 있습니다:',
  container: '이 파드에는 이미 이 이름의 컨테이너가 있습니다:',
  port: '이 포트 이름과 연결된 파드에 이미 이 이름의 포트가 있습니다:',
  servicePort: '이 Service에는 이미 이 이름의 포트가 있습니다:',
  dataKey: '이미 이 이름의 키가 있습니다:',
};

export const navigationMessages: Localized<NavigationMessages> = {
  en: {
    portNumber: 'A port number is not a name: change the number in the Service and where it is used instead of renaming it.',
    empty: 'A name cannot be empty.',
    taken: (what, name, where) =>
      typeof what === 'string'
        ? `${NAMED_EN[what]} \`${name}\`; renaming would make two of them.`
        : `${what.kind} \`${name}\` already exists${where ? ` (${where})` : ''}; renaming would make two of them.`,
  },
  ko: {
    portNumber: '포트 번호는 이름이 아닙니다. 이름을 바꾸는 대신 Service와 그 번호를 쓰는 곳에서 번호를 고치세요.',
    empty: '이름은 비워 둘 수 없습니다.',
    taken: (what, name, where) =>
      typeof what === 'string'
        ? `${NAMED_KO[what]} \`${name}\`. 이름을 바꾸면 같은 이름이 둘이 됩니다.`
        : `${what.kind} \`${name}\`이(가) 이미 있습니다${where ? `(${where})` : ''}. 이름을 바꾸면 같은 이름이 둘이 됩니다.`,
  },
};
