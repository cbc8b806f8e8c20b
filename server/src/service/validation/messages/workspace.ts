// Messages of the checks across resources (validation/crossChecks.ts): duplicate-object,
// service-selects-nothing, undefined-port-name (Service targetPort), unknown-service-port, missing-key.
import type { Localized } from './localized';

/** An object as messages name it: `Deployment web`, with where it is (`app.yaml:12`). */
export interface ObjectRef {
  readonly kind: string;
  readonly name: string;
  readonly where: string;
}

export interface WorkspaceMessages {
  duplicateObject(kind: string, name: string, first: string): string;
  firstDefinition: string;
  selectsNothing(pair: string, namespace: string | undefined, nearest: ObjectRef | undefined): string;
  selectorKeyUnknown(key: string, nearest: ObjectRef): string;
  targetPortUndeclared(port: string, pods: readonly ObjectRef[], declared: readonly string[]): string;
  unknownServicePort(service: ObjectRef, port: string, ports: readonly string[]): string;
  missingKey(kind: string, name: string, key: string, keys: readonly string[]): string;
  definedHere: string;
  change(to: string): string;
}

const SHOWN = 5;

function list(items: readonly string[]): string {
  const shown = items.slice(0, SHOWN).map((i) => `\`${i}\``);
  return `${shown.join(', ')}${items.length > SHOWN ? ', …' : ''}`;
}

function refEn(ref: ObjectRef): string {
  return `${ref.kind} \`${ref.name}\` (${ref.where})`;
}

function refKo(ref: ObjectRef): string {
  return `${ref.kind} \`${ref.name}\`(${ref.where})`;
}

export const workspaceMessages: Localized<WorkspaceMessages> = {
  en: {
    duplicateObject: (kind, name, first) =>
      `${kind} \`${name}\` is defined twice; the first is at ${first}. Applying both leaves only the one applied last, so one of them is lost.`,
    firstDefinition: 'first defined here',
    selectsNothing: (pair, namespace, nearest) =>
      `No pod of the workspace${namespace ? ` in namespace \`${namespace}\`` : ''} has the label \`${pair}\`, so this Service selects no pods and has no endpoints: connections to it are refused.` +
      (nearest ? ` The closest is ${refEn(nearest)}.` : ''),
    selectorKeyUnknown: (key, nearest) =>
      `No pod of the workspace has a label \`${key}\`, so this Service selects no pods and has no endpoints. The closest is ${refEn(nearest)}.`,
    targetPortUndeclared: (port, pods, declared) =>
      `No container of the pods this Service selects (${pods.map(refEn).join(', ')}) declares a port named \`${port}\`, so traffic cannot be sent to it.` +
      (declared.length > 0
        ? ` Declared: ${list(declared)}.`
        : ' Name the port in the container (`ports: - name: …`) or use the port number.'),
    unknownServicePort: (service, port, ports) =>
      `${refEn(service)} has no port ${port}; the Ingress cannot send traffic there.${ports.length > 0 ? ` Its ports: ${list(ports)}.` : ''}`,
    missingKey: (kind, name, key, keys) =>
      `${kind} \`${name}\` in the workspace has no key \`${key}\`, so the pod will not start (CreateContainerConfigError) unless the reference is \`optional: true\`.` +
      (keys.length > 0 ? ` Its keys: ${list(keys)}.` : ''),
    definedHere: 'defined here',
    change: (to) => `Change to \`${to}\``,
  },
  ko: {
    duplicateObject: (kind, name, first) =>
      `${kind} \`${name}\` 정의가 두 번 있습니다. 첫 번째는 ${first}에 있습니다. 둘 다 적용하면 마지막에 적용한 것만 남으므로 하나는 사라집니다.`,
    firstDefinition: '처음 정의된 곳',
    selectsNothing: (pair, namespace, nearest) =>
      `워크스페이스${namespace ? `의 \`${namespace}\` 네임스페이스` : ''}에는 \`${pair}\` 레이블을 가진 파드가 없어서, 이 서비스가 고르는 파드가 없고 엔드포인트도 없습니다. 이 서비스로 가는 연결은 거부됩니다.` +
      (nearest ? ` 가장 가까운 것은 ${refKo(nearest)}입니다.` : ''),
    selectorKeyUnknown: (key, nearest) =>
      `워크스페이스에는 \`${key}\` 레이블을 가진 파드가 없어서, 이 서비스가 고르는 파드가 없고 엔드포인트도 없습니다. 가장 가까운 것은 ${refKo(nearest)}입니다.`,
    targetPortUndeclared: (port, pods, declared) =>
      `이 서비스가 고르는 파드(${pods.map(refKo).join(', ')})의 어떤 컨테이너도 \`${port}\`라는 이름의 포트를 선언하지 않아서 트래픽을 보낼 수 없습니다.` +
      (declared.length > 0
        ? ` 선언된 포트: ${list(declared)}.`
        : ' 컨테이너에서 포트에 이름을 붙이거나(`ports: - name: …`) 포트 번호를 쓰세요.'),
    unknownServicePort: (service, port, ports) =>
      `${refKo(service)}에는 ${port} 포트가 없어서 인그레스가 그곳으로 트래픽을 보낼 수 없습니다.${ports.length > 0 ? ` 이 서비스의 포트: ${list(ports)}.` : ''}`,
    missingKey: (kind, name, key, keys) =>
      `워크스페이스의 ${kind} \`${name}\`에는 \`${key}\` 키가 없어서, 참조에 \`optional: true\`가 없으면 파드가 시작되지 않습니다(CreateContainerConfigError).` +
      (keys.length > 0 ? ` 있는 키: ${list(keys)}.` : ''),
    definedHere: '정의된 곳',
    change: (to) => `\`${to}\`(으)로 바꾸기`,
  },
};
