// Messages of ingress-path, ingress-host and ingress-backend (rules/ingress.ts).
import type { Localized } from './localized';

/** What is wrong with a path of `spec.rules[].http.paths[]`. */
export type PathProblem =
  | { readonly kind: 'missing'; readonly pathType: string }
  | { readonly kind: 'empty'; readonly pathType: string }
  | { readonly kind: 'relative'; readonly path: string }
  | { readonly kind: 'url'; readonly path: string }
  | { readonly kind: 'sequence'; readonly path: string; readonly sequence: string }
  | { readonly kind: 'suffix'; readonly path: string; readonly suffix: string }
  /** Wildcard or regex syntax in a path that is matched literally (a warning). */
  | { readonly kind: 'pattern'; readonly path: string; readonly pathType: string };

/** Why a `host` (of a rule or of `tls[].hosts`) is not a DNS name Kubernetes accepts. */
export type HostProblem =
  | { readonly kind: 'ip' }
  | { readonly kind: 'scheme' }
  | { readonly kind: 'path' }
  | { readonly kind: 'port' }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'upperCase' }
  | { readonly kind: 'characters'; readonly characters: readonly string[] }
  | { readonly kind: 'dots' }
  | { readonly kind: 'tooLong'; readonly length: number };

export type BackendProblem =
  | { readonly kind: 'bothTargets' }
  | { readonly kind: 'noTarget' }
  | { readonly kind: 'noPort' }
  | { readonly kind: 'bothPorts' }
  | { readonly kind: 'noPortValue' }
  | { readonly kind: 'portRange'; readonly port: number }
  | { readonly kind: 'numericPortName'; readonly name: string };

export interface IngressMessages {
  path(problem: PathProblem): string;
  /** `suggestion`: the host as it was probably meant. */
  host(host: string, problem: HostProblem, suggestion: string | undefined): string;
  /** The `extensions/v1beta1` backend; `service` and `port` as written, when present. */
  legacyBackend(service: string | undefined, port: string | undefined): string;
  legacySpecBackend: string;
  backend(problem: BackendProblem): string;
  noRoutes: string;
  change(value: string): string;
  addPath(path: string): string;
  rewriteBackend: string;
  renameToDefaultBackend: string;
  usePortNumber(port: string): string;
}

function pathEn(problem: PathProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `A path of type \`${problem.pathType}\` needs \`path\`, an absolute path such as \`/\` or \`/api\`; Kubernetes rejects the Ingress without it.`;
    case 'empty':
      return `\`path\` is empty, but a \`${problem.pathType}\` path must be an absolute path such as \`/\` or \`/api\`.`;
    case 'relative':
      return `\`${problem.path}\` is not an absolute path: Ingress paths start with \`/\`, and Kubernetes rejects this one.`;
    case 'url':
      return `\`${problem.path}\` is a URL, but \`path\` holds only the path part (such as \`/api\`); the host name goes in \`host\`.`;
    case 'sequence':
      return `\`${problem.path}\` contains \`${problem.sequence}\`, which Kubernetes does not allow in a \`Prefix\` or \`Exact\` path.`;
    case 'suffix':
      return `\`${problem.path}\` ends with \`${problem.suffix}\`, which Kubernetes does not allow in a \`Prefix\` or \`Exact\` path.`;
    case 'pattern':
      return (
        `\`${problem.path}\` looks like a pattern, but a \`${problem.pathType}\` path is compared as written: \`*\`, \`(\`, \`$\` and \`|\` are plain characters here, so this path matches almost nothing. ` +
        'Write a plain path such as `/api` (`Prefix` already matches everything below it), or use `pathType: ImplementationSpecific` if your ingress controller reads patterns.'
      );
  }
}

function pathKo(problem: PathProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `\`${problem.pathType}\` 경로에는 \`/\`나 \`/api\` 같은 절대 경로를 담은 \`path\`가 있어야 합니다. 없으면 Kubernetes가 Ingress를 거부합니다.`;
    case 'empty':
      return `\`path\`가 비어 있습니다. \`${problem.pathType}\` 경로는 \`/\`나 \`/api\` 같은 절대 경로여야 합니다.`;
    case 'relative':
      return `\`${problem.path}\` 값은 절대 경로가 아닙니다. Ingress 경로는 \`/\` 문자로 시작해야 하며, Kubernetes는 이 경로를 거부합니다.`;
    case 'url':
      return `\`${problem.path}\` 값은 URL입니다. \`path\`에는 \`/api\` 같은 경로 부분만 쓰고, 호스트 이름은 \`host\`에 씁니다.`;
    case 'sequence':
      return `\`${problem.path}\` 값에 \`${problem.sequence}\` 문자열이 들어 있습니다. Kubernetes는 \`Prefix\`나 \`Exact\` 경로에서 이를 허용하지 않습니다.`;
    case 'suffix':
      return `\`${problem.path}\` 값이 \`${problem.suffix}\` 문자열로 끝납니다. Kubernetes는 \`Prefix\`나 \`Exact\` 경로에서 이를 허용하지 않습니다.`;
    case 'pattern':
      return (
        `\`${problem.path}\` 값은 패턴처럼 보이지만 \`${problem.pathType}\` 경로는 쓴 그대로 비교합니다. 여기서 \`*\`, \`(\`, \`$\`, \`|\`는 보통 문자여서 이 경로는 거의 아무 요청에도 맞지 않습니다. ` +
        '`/api` 같은 보통 경로를 쓰거나(`Prefix`는 그 아래 경로도 모두 맞춥니다), 인그레스 컨트롤러가 패턴을 읽는다면 `pathType: ImplementationSpecific`을 쓰세요.'
      );
  }
}

function hostEn(problem: HostProblem): string {
  switch (problem.kind) {
    case 'ip':
      return '`host` must be a DNS name, not an IP address. Leave `host` out to accept requests for any host, IP addresses included.';
    case 'scheme':
      return '`host` is a host name only, without `http://` or `https://`.';
    case 'path':
      return '`host` is a host name only; the path goes in `paths[].path`.';
    case 'port':
      return '`host` cannot carry a port: the ingress controller listens on its own ports (80 and 443).';
    case 'wildcard':
      return 'A wildcard host is `*.` followed by a domain, as in `*.example.com`: `*` may only be the whole first part.';
    case 'upperCase':
      return 'Host names must be lower case.';
    case 'characters':
      return `Host names may contain only lower-case letters, digits, \`-\` and \`.\`, not ${problem.characters.map((c) => `\`${c}\``).join(', ')}.`;
    case 'dots':
      return 'Each part between dots must start and end with a letter or digit: no empty parts, no `.` or `-` at either end.';
    case 'tooLong':
      return `It is ${problem.length} characters long; a host name has at most 253.`;
  }
}

function hostKo(problem: HostProblem): string {
  switch (problem.kind) {
    case 'ip':
      return '`host`에는 IP 주소가 아니라 DNS 이름을 써야 합니다. IP 주소를 포함해 모든 호스트의 요청을 받으려면 `host`를 빼세요.';
    case 'scheme':
      return '`host`에는 `http://`나 `https://` 없이 호스트 이름만 씁니다.';
    case 'path':
      return '`host`에는 호스트 이름만 씁니다. 경로는 `paths[].path`에 씁니다.';
    case 'port':
      return '`host`에는 포트를 붙일 수 없습니다. 인그레스 컨트롤러는 자기 포트(80, 443)에서 요청을 받습니다.';
    case 'wildcard':
      return '와일드카드 호스트는 `*.example.com`처럼 `*.` 다음에 도메인이 옵니다. `*`는 첫 번째 부분 전체로만 쓸 수 있습니다.';
    case 'upperCase':
      return '호스트 이름은 소문자로 써야 합니다.';
    case 'characters':
      return `호스트 이름에는 영어 소문자, 숫자, \`-\`, \`.\`만 쓸 수 있으며 ${problem.characters.map((c) => `\`${c}\``).join(', ')} 문자는 쓸 수 없습니다.`;
    case 'dots':
      return '점으로 나뉜 각 부분은 영문자나 숫자로 시작하고 끝나야 합니다. 빈 부분이나 양 끝의 `.`, `-`는 안 됩니다.';
    case 'tooLong':
      return `호스트 이름은 최대 253자인데 이 값은 ${problem.length}자입니다.`;
  }
}

function backendEn(problem: BackendProblem): string {
  switch (problem.kind) {
    case 'bothTargets':
      return 'A backend is either a Service (`service`) or another resource (`resource`), not both.';
    case 'noTarget':
      return "This backend names nothing to send requests to: add `service` with the Service's `name` and `port`.";
    case 'noPort':
      return '`service` needs a `port`: `port: {number: 80}`, or `port: {name: http}` for a named Service port. Kubernetes rejects the backend without one.';
    case 'bothPorts':
      return "`port` takes `number` or `name`, not both: keep the one that matches the Service's port.";
    case 'noPortValue':
      return "`port` is empty: give the Service port's `number` (such as `80`) or its `name`.";
    case 'portRange':
      return `\`${problem.port}\` is not a port number: ports run from 1 to 65535.`;
    case 'numericPortName':
      return `\`port.name\` is the name of a Service port, and \`${problem.name}\` is a number, which Kubernetes rejects as a name: write \`number: ${problem.name}\` instead.`;
  }
}

function backendKo(problem: BackendProblem): string {
  switch (problem.kind) {
    case 'bothTargets':
      return '백엔드는 서비스(`service`)나 다른 리소스(`resource`) 중 하나만 가리킵니다. 둘 다 쓸 수는 없습니다.';
    case 'noTarget':
      return '이 백엔드는 요청을 보낼 곳을 가리키지 않습니다. 서비스의 `name`과 `port`를 담은 `service`를 추가하세요.';
    case 'noPort':
      return '`service`에는 `port`가 있어야 합니다. `port: {number: 80}`처럼 쓰거나, 이름 붙은 서비스 포트라면 `port: {name: http}`처럼 씁니다. 없으면 Kubernetes가 거부합니다.';
    case 'bothPorts':
      return '`port`에는 `number`와 `name` 중 하나만 씁니다. 서비스의 포트와 맞는 쪽만 남기세요.';
    case 'noPortValue':
      return '`port`가 비어 있습니다. 서비스 포트의 `number`(예: `80`)나 `name`을 쓰세요.';
    case 'portRange':
      return `\`${problem.port}\` 값은 포트 번호가 아닙니다. 포트는 1부터 65535까지입니다.`;
    case 'numericPortName':
      return `\`port.name\`은 서비스 포트의 이름인데 \`${problem.name}\` 값은 숫자여서 Kubernetes가 이름으로 받아들이지 않습니다. 대신 \`number: ${problem.name}\` 형식으로 쓰세요.`;
  }
}

function legacyForm(service: string | undefined, port: string | undefined): string {
  const portForm = port === undefined ? '{number: 80}' : /^\d+$/.test(port) ? `{number: ${port}}` : `{name: ${port}}`;
  return `\`service: {name: ${service ?? 'my-service'}, port: ${portForm}}\``;
}

export const ingressMessages: Localized<IngressMessages> = {
  en: {
    path: pathEn,
    host: (host, problem, suggestion) =>
      `\`${host}\` is not a valid host. ${hostEn(problem)}${suggestion !== undefined ? ` Did you mean \`${suggestion}\`?` : ''}`,
    legacyBackend: (service, port) =>
      'This is the `extensions/v1beta1` form of a backend: `networking.k8s.io/v1` has no `serviceName` or `servicePort`, and Kubernetes rejects them. ' +
      `Name the Service under \`service\`: ${legacyForm(service, port)} (\`port.name\` for a named Service port).`,
    legacySpecBackend:
      '`backend` was renamed `defaultBackend` in `networking.k8s.io/v1`: it receives the requests that no rule matches. Kubernetes rejects the old name.',
    backend: backendEn,
    noRoutes: 'This Ingress routes nothing: it needs `rules` or a `defaultBackend`, and Kubernetes rejects it with neither.',
    change: (value) => `Change to \`${value}\``,
    addPath: (path) => `Add \`path: ${path}\``,
    rewriteBackend: 'Rewrite as `service: {name, port}`',
    renameToDefaultBackend: 'Rename to `defaultBackend`',
    usePortNumber: (port) => `Use \`number: ${port}\``,
  },
  ko: {
    path: pathKo,
    host: (host, problem, suggestion) =>
      `\`${host}\` 값은 올바른 호스트 이름이 아닙니다. ${hostKo(problem)}${suggestion !== undefined ? ` \`${suggestion}\` 값을 쓰려던 것인가요?` : ''}`,
    legacyBackend: (service, port) =>
      '`extensions/v1beta1` 시절의 백엔드 형식입니다. `networking.k8s.io/v1`에는 `serviceName`과 `servicePort`가 없어서 Kubernetes가 거부합니다. ' +
      `서비스는 \`service\` 아래에 씁니다: ${legacyForm(service, port)}(이름 붙은 서비스 포트라면 \`port.name\`).`,
    legacySpecBackend:
      '`networking.k8s.io/v1`에서 `backend` 필드의 이름이 `defaultBackend` 필드로 바뀌었습니다. 어떤 규칙에도 맞지 않는 요청을 받는 백엔드입니다. Kubernetes는 옛 이름을 거부합니다.',
    backend: backendKo,
    noRoutes:
      '이 Ingress는 요청을 어디로도 보내지 않습니다. `rules`나 `defaultBackend`가 있어야 하며, 둘 다 없으면 Kubernetes가 거부합니다.',
    change: (value) => `\`${value}\`(으)로 바꾸기`,
    addPath: (path) => `\`path: ${path}\` 추가하기`,
    rewriteBackend: '`service: {name, port}` 형식으로 고쳐 쓰기',
    renameToDefaultBackend: '`defaultBackend` 필드로 이름 바꾸기',
    usePortNumber: (port) => `\`number: ${port}\` 형식으로 바꾸기`,
  },
};
