// Messages of service-port, node-port-range and service-type (rules/services.ts).
import type { NameIssue } from '../../util/names';
import { invalidNameMessages } from './invalidName';
import type { Localized } from './localized';

interface Described {
  readonly message: string;
  readonly related: string;
}

export interface ServicesMessages {
  /** `index`: 0-based position of the port in `ports`. */
  portNameRequired(index: number, count: number): string;
  duplicatePortName(name: string): Described;
  /** `port`: `80/TCP`. */
  duplicatePort(port: string): Described;
  duplicateNodePort(port: string): Described;
  targetPortName(value: string, issue: NameIssue): string;
  targetPortQuotedNumber(value: string): string;
  nodePortOnClusterIP(explicitType: boolean): string;
  kubeletPort(port: number): string;
  nodePortRange(port: number, type: string): string;
  externalNameRequired: string;
  clusterIPOnExternalName(value: string): string;
  headlessWithType(type: string): string;
  portsRequired(empty: boolean): string;
  onlyForLoadBalancer(field: string, type: string): string;
  /** Fix titles. */
  addName(name: string): string;
  removeRepeatedPort: string;
  useNumber(value: string): string;
  rename(to: string): string;
  setType(type: string): string;
  remove(field: string): string;
}

export const servicesMessages: Localized<ServicesMessages> = {
  en: {
    portNameRequired: (index, count) =>
      `This Service has ${count} ports, so each needs a \`name\` ("spec.ports[${index}].name: Required value"); clients and Ingresses tell the ports apart by name.`,
    duplicatePortName: (name) => ({
      message: `Port name \`${name}\` is already used by an earlier port of this Service. Port names must be unique.`,
      related: `\`${name}\` is first used here`,
    }),
    duplicatePort: (port) => ({
      message: `Port ${port} is listed twice in this Service ("spec.ports: Duplicate value"). Each port and protocol pair may appear once.`,
      related: `port ${port} is first listed here`,
    }),
    duplicateNodePort: (port) => ({
      message: `Node port ${port} is already used by an earlier port of this Service ("spec.ports.nodePort: Duplicate value").`,
      related: `node port ${port} is first used here`,
    }),
    targetPortName: (value, issue) =>
      `\`targetPort: ${value}\` is neither a port number nor a valid port name: ${invalidNameMessages.en.issue(issue)}. A named targetPort must match the \`name\` of a container port: at most 15 lower-case letters, digits and '-', with at least one letter.`,
    targetPortQuotedNumber: (value) =>
      `\`targetPort: "${value}"\` is text, so Kubernetes reads it as a port name, and a port name needs at least one letter. Write the number without quotes.`,
    nodePortOnClusterIP: (explicitType) =>
      `\`nodePort\` may not be used when \`type\` is \`ClusterIP\`${explicitType ? '' : ' (the default when `type` is left out)'}. Set \`type: NodePort\` (or \`LoadBalancer\`) to open the port on every node, or remove \`nodePort\`.`,
    kubeletPort: (port) => `A LoadBalancer Service may not expose port ${port}: the kubelet listens on it on every node. Use another port.`,
    nodePortRange: (port, type) =>
      `Node port ${port} is outside the default node port range 30000–32767, so a ${type} Service asking for it is rejected unless the cluster's \`--service-node-port-range\` was changed. Pick a port in the range, or leave \`nodePort\` out to get a free one.`,
    externalNameRequired:
      'A Service of `type: ExternalName` needs `externalName`: the DNS name it stands for (for example `db.example.com`).',
    clusterIPOnExternalName: (value) =>
      `\`clusterIP: ${value}\` may not be set for an ExternalName Service: it is only a DNS alias and gets no cluster IP. Remove \`clusterIP\`.`,
    headlessWithType: (type) =>
      `\`clusterIP: None\` (a headless Service) may not be set for ${type} Services: they route node traffic through the cluster IP. Remove \`clusterIP: None\`, or use \`type: ClusterIP\`.`,
    portsRequired: (empty) =>
      `This Service ${empty ? 'lists no ports' : 'has no `ports`'}; the API server requires at least one ("spec.ports: Required value") unless the Service is headless (\`clusterIP: None\`) or \`type: ExternalName\`.`,
    onlyForLoadBalancer: (field, type) => `\`${field}\` may only be used when \`type\` is \`LoadBalancer\`, not \`${type}\`.`,
    addName: (name) => `Name the port \`${name}\``,
    removeRepeatedPort: 'Remove this repeated port entry',
    useNumber: (value) => `Use the number ${value}`,
    rename: (to) => `Change to \`${to}\``,
    setType: (type) => `Set \`type: ${type}\``,
    remove: (field) => `Remove \`${field}\``,
  },
  ko: {
    portNameRequired: (index, count) =>
      `이 Service에는 포트가 ${count}개 있으므로 포트마다 \`name\`이 있어야 합니다("spec.ports[${index}].name: Required value"). 클라이언트와 Ingress는 이름으로 포트를 구분합니다.`,
    duplicatePortName: (name) => ({
      message: `포트 이름 \`${name}\`은(는) 이 Service의 앞선 포트에서 이미 쓰였습니다. 포트 이름은 고유해야 합니다.`,
      related: `\`${name}\`이(가) 처음 쓰인 곳`,
    }),
    duplicatePort: (port) => ({
      message: `이 Service에 ${port} 포트가 두 번 나옵니다("spec.ports: Duplicate value"). 포트와 프로토콜의 조합은 한 번만 쓸 수 있습니다.`,
      related: `${port} 포트가 처음 나온 곳`,
    }),
    duplicateNodePort: (port) => ({
      message: `노드 포트 ${port}번은 이 Service의 앞선 포트에서 이미 쓰였습니다("spec.ports.nodePort: Duplicate value").`,
      related: `노드 포트 ${port}번이 처음 쓰인 곳`,
    }),
    targetPortName: (value, issue) =>
      `\`targetPort: ${value}\` 값은 포트 번호도 아니고 올바른 포트 이름도 아닙니다. ${invalidNameMessages.ko.issue(issue)}. 이름으로 쓴 targetPort는 컨테이너 포트의 \`name\`과 같아야 하며, 소문자, 숫자, '-'로 이루어진 최대 15자이고 글자가 하나 이상 있어야 합니다.`,
    targetPortQuotedNumber: (value) =>
      `\`targetPort: "${value}"\` 값은 텍스트라서 Kubernetes가 포트 이름으로 읽는데, 포트 이름에는 글자가 하나 이상 있어야 합니다. 따옴표 없이 숫자로 쓰세요.`,
    nodePortOnClusterIP: (explicitType) =>
      `\`type\`이 \`ClusterIP\`${explicitType ? '' : '(`type`을 생략했을 때의 기본값)'}일 때는 \`nodePort\`를 쓸 수 없습니다. 모든 노드에 포트를 열려면 \`type: NodePort\`(또는 \`LoadBalancer\`)를 지정하고, 아니면 \`nodePort\`를 지우세요.`,
    kubeletPort: (port) =>
      `LoadBalancer Service는 ${port} 포트를 외부에 열 수 없습니다. 모든 노드에서 kubelet이 이 포트를 씁니다. 다른 포트를 쓰세요.`,
    nodePortRange: (port, type) =>
      `노드 포트 ${port}번은 기본 노드 포트 범위(30000–32767) 밖에 있어서, 클러스터의 \`--service-node-port-range\`를 바꾸지 않았다면 이 ${type} Service는 거부됩니다. 범위 안의 포트를 고르거나, \`nodePort\`를 빼서 빈 포트를 자동으로 받으세요.`,
    externalNameRequired:
      '`type: ExternalName`인 Service에는 이 Service가 가리키는 DNS 이름인 `externalName`이 있어야 합니다(예: `db.example.com`).',
    clusterIPOnExternalName: (value) =>
      `ExternalName Service에는 \`clusterIP: ${value}\` 값을 지정할 수 없습니다. 이 Service는 DNS 별칭일 뿐이라 클러스터 IP를 받지 않습니다. \`clusterIP\`를 지우세요.`,
    headlessWithType: (type) =>
      `${type} Service에는 \`clusterIP: None\`(헤드리스 Service)을 지정할 수 없습니다. 노드로 들어온 트래픽을 클러스터 IP로 전달하기 때문입니다. \`clusterIP: None\`을 지우거나 \`type: ClusterIP\`를 쓰세요.`,
    portsRequired: (empty) =>
      `이 Service에는 ${empty ? '포트가 하나도 없습니다' : '`ports`가 없습니다'}. 헤드리스 Service(\`clusterIP: None\`)나 \`type: ExternalName\`이 아니면 API 서버는 포트를 하나 이상 요구합니다("spec.ports: Required value").`,
    onlyForLoadBalancer: (field, type) => `\`${field}\` 필드는 \`type\`이 \`LoadBalancer\`일 때만 쓸 수 있는데, 지금은 \`${type}\`입니다.`,
    addName: (name) => `포트 이름을 \`${name}\`(으)로 짓기`,
    removeRepeatedPort: '반복된 이 포트 항목 지우기',
    useNumber: (value) => `숫자 ${value} 쓰기`,
    rename: (to) => `\`${to}\`(으)로 바꾸기`,
    setType: (type) => `\`type: ${type}\` 지정하기`,
    remove: (field) => `\`${field}\` 지우기`,
  },
};
