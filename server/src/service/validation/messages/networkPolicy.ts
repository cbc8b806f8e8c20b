// Messages of network-policy (rules/networkPolicy.ts).
import type { Localized } from './localized';

export type PolicyProblem =
  | { readonly kind: 'policyType'; readonly value: string; readonly suggestion: string | undefined }
  | { readonly kind: 'tooManyPolicyTypes' }
  | { readonly kind: 'quotedPort'; readonly value: string }
  | { readonly kind: 'portName'; readonly value: string }
  | { readonly kind: 'endPortWithoutPort' }
  | { readonly kind: 'endPortNamedPort'; readonly port: string }
  | { readonly kind: 'endPortBelowPort'; readonly endPort: number; readonly port: number }
  | { readonly kind: 'endPortRange'; readonly endPort: number }
  | { readonly kind: 'emptyPeer' }
  | { readonly kind: 'ipBlockWithSelector' }
  | { readonly kind: 'cidrWithoutPrefix'; readonly value: string; readonly single: string }
  | { readonly kind: 'cidr'; readonly value: string }
  | { readonly kind: 'exceptInvalid'; readonly value: string }
  | { readonly kind: 'exceptOutside'; readonly value: string; readonly cidr: string };

export interface NetworkPolicyMessages {
  problem(problem: PolicyProblem): string;
  thePort: string;
  theCidr: string;
  change(value: string): string;
}

export const networkPolicyMessages: Localized<NetworkPolicyMessages> = {
  en: {
    problem: (p) => {
      switch (p.kind) {
        case 'policyType':
          return `\`${p.value}\` is not a policy type; use \`Ingress\` or \`Egress\`.${p.suggestion !== undefined ? ` Did you mean \`${p.suggestion}\`?` : ''}`;
        case 'tooManyPolicyTypes':
          return '`policyTypes` lists at most two types, `Ingress` and `Egress`; Kubernetes rejects a longer list.';
        case 'quotedPort':
          return `\`"${p.value}"\` is a string, so Kubernetes reads it as a port name, and a port name needs a letter: write the number without quotes (\`${p.value}\`).`;
        case 'portName':
          return `\`${p.value}\` is not a valid port name: a named port has at most 15 lower-case letters, digits and \`-\`, with at least one letter. Kubernetes rejects it.`;
        case 'endPortWithoutPort':
          return '`endPort` closes a range that starts at `port`, and this entry has no `port`; Kubernetes rejects it.';
        case 'endPortNamedPort':
          return `\`endPort\` needs a numeric \`port\` to start the range, but \`port\` is the name \`${p.port}\`; Kubernetes rejects the pair.`;
        case 'endPortBelowPort':
          return `\`endPort\` (${p.endPort}) is below \`port\` (${p.port}): a port range goes from \`port\` up to \`endPort\`. Kubernetes rejects it.`;
        case 'endPortRange':
          return `\`${p.endPort}\` is not a port number: ports run from 1 to 65535.`;
        case 'emptyPeer':
          return 'This entry selects no peer: give it a `podSelector`, a `namespaceSelector` or an `ipBlock` (`podSelector: {}` selects every pod of the namespace). Kubernetes rejects an empty one.';
        case 'ipBlockWithSelector':
          return '`ipBlock` cannot share an entry with `podSelector` or `namespaceSelector`: write it as a list entry of its own. Kubernetes rejects the mix.';
        case 'cidrWithoutPrefix':
          return `\`${p.value}\` is an address, but \`cidr\` takes a range with a prefix length, such as \`${p.single}\` for this one address.`;
        case 'cidr':
          return `\`${p.value}\` is not a CIDR range such as \`10.0.0.0/16\` or \`fd00::/64\`; Kubernetes rejects it.`;
        case 'exceptInvalid':
          return `\`${p.value}\` is not a CIDR range such as \`10.0.1.0/24\`; Kubernetes rejects it.`;
        case 'exceptOutside':
          return `\`${p.value}\` is not a smaller part of \`${p.cidr}\`: each \`except\` range must lie inside \`cidr\` and be smaller than it. Kubernetes rejects it.`;
      }
    },
    thePort: 'the `port`',
    theCidr: 'the `cidr`',
    change: (value) => `Change to \`${value}\``,
  },
  ko: {
    problem: (p) => {
      switch (p.kind) {
        case 'policyType':
          return `\`${p.value}\` 값은 정책 유형이 아닙니다. \`Ingress\`나 \`Egress\`를 쓰세요.${p.suggestion !== undefined ? ` \`${p.suggestion}\` 값을 쓰려던 것인가요?` : ''}`;
        case 'tooManyPolicyTypes':
          return '`policyTypes`에는 `Ingress`와 `Egress`, 최대 두 유형만 씁니다. Kubernetes는 더 긴 목록을 거부합니다.';
        case 'quotedPort':
          return `\`"${p.value}"\` 값은 문자열이어서 Kubernetes가 포트 이름으로 읽는데, 포트 이름에는 영문자가 있어야 합니다. 따옴표 없이 숫자로 쓰세요(\`${p.value}\`).`;
        case 'portName':
          return `\`${p.value}\` 값은 올바른 포트 이름이 아닙니다. 이름 붙은 포트는 영어 소문자, 숫자, \`-\`로 된 15자 이하의 이름이며 영문자가 하나 이상 있어야 합니다. Kubernetes는 이 값을 거부합니다.`;
        case 'endPortWithoutPort':
          return '`endPort`는 `port`에서 시작하는 범위의 끝인데, 이 항목에는 `port`가 없어서 Kubernetes가 거부합니다.';
        case 'endPortNamedPort':
          return `\`endPort\`를 쓰려면 범위의 시작인 \`port\`가 숫자여야 하는데, \`port\`가 이름(\`${p.port}\`)이어서 Kubernetes가 거부합니다.`;
        case 'endPortBelowPort':
          return `\`endPort\`(${p.endPort})가 \`port\`(${p.port})보다 작습니다. 포트 범위는 \`port\`부터 \`endPort\`까지입니다. Kubernetes는 이 범위를 거부합니다.`;
        case 'endPortRange':
          return `\`${p.endPort}\` 값은 포트 번호가 아닙니다. 포트는 1부터 65535까지입니다.`;
        case 'emptyPeer':
          return '이 항목은 아무 대상도 고르지 않습니다. `podSelector`, `namespaceSelector`, `ipBlock` 중 하나를 쓰세요(`podSelector: {}`는 네임스페이스의 모든 파드를 고릅니다). Kubernetes는 빈 항목을 거부합니다.';
        case 'ipBlockWithSelector':
          return '`ipBlock`은 `podSelector`나 `namespaceSelector`와 한 항목에 함께 쓸 수 없습니다. 별도의 리스트 항목으로 쓰세요. Kubernetes는 둘을 섞은 항목을 거부합니다.';
        case 'cidrWithoutPrefix':
          return `\`${p.value}\` 값은 주소 하나입니다. \`cidr\`에는 접두사 길이가 붙은 범위를 씁니다. 이 주소 하나라면 \`${p.single}\`처럼 씁니다.`;
        case 'cidr':
          return `\`${p.value}\` 값은 \`10.0.0.0/16\`이나 \`fd00::/64\` 같은 CIDR 범위가 아니어서 Kubernetes가 거부합니다.`;
        case 'exceptInvalid':
          return `\`${p.value}\` 값은 \`10.0.1.0/24\` 같은 CIDR 범위가 아니어서 Kubernetes가 거부합니다.`;
        case 'exceptOutside':
          return `\`${p.value}\` 범위는 \`${p.cidr}\` 범위의 더 작은 일부가 아닙니다. \`except\`의 각 범위는 \`cidr\` 안에 있으면서 그보다 작아야 합니다. Kubernetes는 이 범위를 거부합니다.`;
      }
    },
    thePort: '`port` 값',
    theCidr: '`cidr` 값',
    change: (value) => `\`${value}\`(으)로 바꾸기`,
  },
};
