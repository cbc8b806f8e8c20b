import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

const ingress = (...spec: string[]): string =>
  yaml('apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: web', 'spec:', ...spec.map((line) => `  ${line}`));

/** One rule for `example.com` with the given path entries (indented as list items of `paths`). */
const withPaths = (...paths: string[]): string =>
  ingress('rules:', '  - host: example.com', '    http:', '      paths:', ...paths.map((line) => `        ${line}`));

const SERVICE = ['  backend:', '    service:', '      name: web', '      port:', '        number: 80'];

describe('ingress-backend', () => {
  it('rewrites the extensions/v1beta1 serviceName/servicePort form in block style', () => {
    const text = withPaths('- path: /', '  pathType: Prefix', '  backend:', '    serviceName: web', '    servicePort: 8080');
    const [d, ...rest] = withCode(text, 'ingress-backend');
    assert.equal(rest.length, 0);
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(d), [12, 14, 13, 31]);
    assert.equal(
      d?.message,
      'This is the `extensions/v1beta1` form of a backend: `networking.k8s.io/v1` has no `serviceName` or `servicePort`, and Kubernetes rejects them. ' +
        'Name the Service under `service`: `service: {name: web, port: {number: 8080}}` (`port.name` for a named Service port).',
    );
    // unknown-field leaves the old keys to this rule.
    assert.deepEqual(withCode(text, 'unknown-field'), []);
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['Rewrite as `service: {name, port}`'],
    );
    const fixed = applyFix(text, d);
    assert.match(fixed, /\n {12}backend:\n {14}service:\n {16}name: web\n {16}port:\n {18}number: 8080\n$/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('writes a named port under port.name, and rewrites flow maps in flow style', () => {
    const text = withPaths('- path: /api', '  pathType: Prefix', '  backend: {serviceName: "api", servicePort: http}');
    const [d] = withCode(text, 'ingress-backend');
    assert.equal(textAt(text, d), 'serviceName: "api", servicePort: http');
    assert.match(d?.message ?? '', /`service: \{name: api, port: \{name: http\}\}`/);
    const fixed = applyFix(text, d);
    assert.match(fixed, /backend: \{service: \{name: "api", port: \{name: http\}\}\}\n/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('renames the top-level backend to defaultBackend', () => {
    const text = ingress('backend:', '  serviceName: default-http-backend', '  servicePort: 80');
    const [rename, legacy] = withCode(text, 'ingress-backend');
    assert.equal(textAt(text, rename), 'backend');
    assert.match(rename?.message ?? '', /^`backend` was renamed `defaultBackend` in `networking\.k8s\.io\/v1`/);
    assert.match(legacy?.message ?? '', /extensions\/v1beta1/);
    // No "routes nothing" on top: the old backend explains it.
    assert.equal(withCode(text, 'ingress-backend').length, 2);
    const fixed = applyFix(applyFix(text, rename), withCode(applyFix(text, rename), 'ingress-backend')[0]);
    assert.match(fixed, /\n {2}defaultBackend:\n {4}service:\n {6}name: default-http-backend\n {6}port:\n {8}number: 80\n$/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('explains the Ingress of an old tutorial together with wrong-api-version and required-field', () => {
    const text = yaml(
      'apiVersion: extensions/v1beta1',
      'kind: Ingress',
      'metadata:',
      '  name: hello',
      'spec:',
      '  rules:',
      '    - http:',
      '        paths:',
      '          - path: /',
      '            backend:',
      '              serviceName: hello',
      '              servicePort: 8080',
    );
    assert.deepEqual(
      diagnose(text).map((d) => [d.code, d.range.start.line]),
      [
        ['wrong-api-version', 0],
        ['required-field', 8],
        ['ingress-backend', 10],
      ],
    );
    // required-field fills in the usual pathType.
    const pathType = withCode(text, 'required-field')[0];
    assert.match(pathType.message, /`networking\.k8s\.io\/v1` wants it on every path/);
    assert.match(applyFix(text, pathType), /\n {12}pathType: Prefix\n/);
  });

  it('checks service ports: one of number or name, in range, names not numbers', () => {
    const both = withPaths(
      '- path: /',
      '  pathType: Prefix',
      '  backend:',
      '    service:',
      '      name: web',
      '      port:',
      '        number: 80',
      '        name: http',
    );
    const [d] = withCode(both, 'ingress-backend');
    assert.equal(textAt(both, d), 'name');
    assert.equal(d?.message, "`port` takes `number` or `name`, not both: keep the one that matches the Service's port.");

    const none = withPaths('- path: /', '  pathType: Prefix', '  backend:', '    service:', '      name: web');
    const [n] = withCode(none, 'ingress-backend');
    assert.equal(textAt(none, n), 'service');
    assert.match(n?.message ?? '', /^`service` needs a `port`/);

    const empty = withPaths('- path: /', '  pathType: Prefix', '  backend:', '    service:', '      name: web', '      port: {}');
    assert.match(withCode(empty, 'ingress-backend')[0]?.message ?? '', /^`port` is empty/);

    const range = withPaths('- path: /', '  pathType: Prefix', '  backend: {service: {name: web, port: {number: 70000}}}');
    const [r] = withCode(range, 'ingress-backend');
    assert.equal(textAt(range, r), '70000');

    const digits = withPaths('- path: /', '  pathType: Prefix', '  backend: {service: {name: web, port: {name: "8080"}}}');
    const [g] = withCode(digits, 'ingress-backend');
    assert.equal(textAt(digits, g), '"8080"');
    const fixed = applyFix(digits, g);
    assert.match(fixed, /port: \{number: 8080\}/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('wants a target for each backend and a route for the Ingress', () => {
    const noTarget = withPaths('- path: /', '  pathType: Prefix', '  backend: {}');
    const [t] = withCode(noTarget, 'ingress-backend');
    assert.equal(textAt(noTarget, t), 'backend');
    assert.match(t?.message ?? '', /names nothing to send requests to/);

    const both = withPaths(
      '- path: /',
      '  pathType: Prefix',
      '  backend:',
      '    service: {name: web, port: {number: 80}}',
      '    resource: {apiGroup: k8s.example.com, kind: Bucket, name: assets}',
    );
    assert.equal(textAt(both, withCode(both, 'ingress-backend')[0]), 'resource');

    const nothing = ingress('ingressClassName: nginx');
    const [r] = withCode(nothing, 'ingress-backend');
    assert.equal(textAt(nothing, r), 'spec');
    assert.equal(
      r?.message,
      'This Ingress routes nothing: it needs `rules` or a `defaultBackend`, and Kubernetes rejects it with neither.',
    );
    assert.equal(textAt(ingress('rules: []'), withCode(ingress('rules: []'), 'ingress-backend')[0]), 'rules');
    // A typo is unknown-field's to name, not a missing route.
    assert.deepEqual(withCode(ingress('rule: []'), 'ingress-backend'), []);
  });
});

describe('ingress-path', () => {
  it('makes relative paths absolute', () => {
    const text = withPaths('- path: api', '  pathType: Prefix', ...SERVICE);
    const [d] = withCode(text, 'ingress-path');
    assert.deepEqual(rangeOf(d), [9, 18, 9, 21]);
    assert.equal(d?.message, '`api` is not an absolute path: Ingress paths start with `/`, and Kubernetes rejects this one.');
    const fixed = applyFix(text, d);
    assert.match(fixed, /- path: \/api\n/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('asks for a path on Prefix and Exact, and leaves ImplementationSpecific without one alone', () => {
    const text = withPaths('- pathType: Exact', ...SERVICE);
    const [d] = withCode(text, 'ingress-path');
    assert.equal(textAt(text, d), 'pathType');
    assert.match(d?.message ?? '', /^A path of type `Exact` needs `path`/);
    const fixed = applyFix(text, d);
    assert.match(fixed, /- path: \/\n {12}pathType: Exact\n/);
    assert.deepEqual(diagnose(fixed), []);
    assert.deepEqual(withCode(withPaths('- pathType: ImplementationSpecific', ...SERVICE), 'ingress-path'), []);
  });

  it('names URLs, forbidden sequences and endings', () => {
    const url = withPaths('- path: https://example.com/shop', '  pathType: Prefix', ...SERVICE);
    const [u] = withCode(url, 'ingress-path');
    assert.match(u?.message ?? '', /is a URL, but `path` holds only the path part/);
    assert.match(applyFix(url, u), /- path: \/shop\n/);

    const doubled = withPaths('- path: /api//v1', '  pathType: Prefix', ...SERVICE);
    const [s] = withCode(doubled, 'ingress-path');
    assert.match(s?.message ?? '', /contains `\/\/`/);
    assert.match(applyFix(doubled, s), /- path: \/api\/v1\n/);

    const dot = withPaths('- path: /static/.', '  pathType: Exact', ...SERVICE);
    assert.match(withCode(dot, 'ingress-path')[0]?.message ?? '', /ends with `\/\.`/);
    // ImplementationSpecific paths are the controller's business once they start with `/`.
    assert.deepEqual(withCode(withPaths('- path: /api/(.*)', '  pathType: ImplementationSpecific', ...SERVICE), 'ingress-path'), []);
  });

  it('warns that Prefix paths are not patterns', () => {
    const text = withPaths('- path: /api/*', '  pathType: Prefix', ...SERVICE);
    const [d] = withCode(text, 'ingress-path');
    assert.equal(d?.severity, DiagnosticSeverity.Warning);
    assert.match(d?.message ?? '', /`\/api\/\*` looks like a pattern, but a `Prefix` path is compared as written/);
    const fixed = applyFix(text, d);
    assert.match(fixed, /- path: \/api\n/);
    assert.deepEqual(diagnose(fixed), []);
  });
});

describe('ingress-host', () => {
  it('takes a DNS name: no scheme, port or capitals, no IP address', () => {
    const text = ingress(
      'rules:',
      '  - host: http://Shop.example.com:8080/',
      '    http:',
      '      paths:',
      '        - path: /',
      '          pathType: Prefix',
      ...SERVICE.map((l) => `        ${l}`),
    );
    const [d] = withCode(text, 'ingress-host');
    assert.deepEqual(rangeOf(d), [6, 12, 6, 41]);
    assert.equal(
      d?.message,
      '`http://Shop.example.com:8080/` is not a valid host. `host` is a host name only, without `http://` or `https://`. Did you mean `shop.example.com`?',
    );
    const fixed = applyFix(text, d);
    assert.match(fixed, /- host: shop\.example\.com\n/);
    assert.deepEqual(diagnose(fixed), []);

    const ip = ingress(
      'rules:',
      '  - host: 192.168.49.2',
      '    http:',
      '      paths:',
      '        - path: /',
      '          pathType: Prefix',
      ...SERVICE.map((l) => `        ${l}`),
    );
    const [i] = withCode(ip, 'ingress-host');
    assert.match(i?.message ?? '', /must be a DNS name, not an IP address/);
    assert.deepEqual(fixesOf(i), []);
  });

  it('checks wildcard hosts in rules and TLS', () => {
    const text = ingress(
      'tls:',
      '  - hosts: ["*.example.com", "*example.com", "a.*.example.com", "Shop.example.com"]',
      '    secretName: tls',
      'defaultBackend: {service: {name: web, port: {number: 80}}}',
    );
    const found = withCode(text, 'ingress-host');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['"*example.com"', '"a.*.example.com"', '"Shop.example.com"'],
    );
    assert.match(found[0]?.message ?? '', /A wildcard host is `\*\.` followed by a domain/);
    assert.match(applyFix(text, found[0]), /"\*\.example\.com", "\*\.example\.com"/);
    assert.match(found[2]?.message ?? '', /Host names must be lower case\. Did you mean `shop\.example\.com`\?/);
    // An IP address in tls.hosts passes the API server's check.
    assert.deepEqual(
      withCode(ingress('tls: [{hosts: ["10.0.0.1"]}]', 'defaultBackend: {service: {name: web, port: {number: 80}}}'), 'ingress-host'),
      [],
    );
  });
});

describe('Ingress rules in Korean', () => {
  const korean = (text: string, code: string) => withCode(text, code, { language: 'ko' });

  it('words findings and fix titles in Korean, with the same edits', () => {
    const legacy = withPaths('- path: /', '  pathType: Prefix', '  backend:', '    serviceName: web', '    servicePort: 8080');
    const [b] = korean(legacy, 'ingress-backend');
    assert.equal(
      b?.message,
      '`extensions/v1beta1` 시절의 백엔드 형식입니다. `networking.k8s.io/v1`에는 `serviceName`과 `servicePort`가 없어서 Kubernetes가 거부합니다. ' +
        '서비스는 `service` 아래에 씁니다: `service: {name: web, port: {number: 8080}}`(이름 붙은 서비스 포트라면 `port.name`).',
    );
    assert.deepEqual(
      fixesOf(b).map((f) => f.title),
      ['`service: {name, port}` 형식으로 고쳐 쓰기'],
    );
    assert.deepEqual(fixesOf(b)[0]?.edits, fixesOf(withCode(legacy, 'ingress-backend')[0])[0]?.edits);

    const path = withPaths('- path: api', '  pathType: Prefix', ...SERVICE);
    const [p] = korean(path, 'ingress-path');
    assert.equal(
      p?.message,
      '`api` 값은 절대 경로가 아닙니다. Ingress 경로는 `/` 문자로 시작해야 하며, Kubernetes는 이 경로를 거부합니다.',
    );
    assert.deepEqual(
      fixesOf(p).map((f) => f.title),
      ['`/api`로 바꾸기'],
    );

    const host = ingress(
      'rules:',
      '  - host: shop.example.com:8080',
      '    http:',
      '      paths:',
      '        - path: /',
      '          pathType: Prefix',
      ...SERVICE.map((l) => `        ${l}`),
    );
    assert.equal(
      korean(host, 'ingress-host')[0]?.message,
      '`shop.example.com:8080` 값은 올바른 호스트 이름이 아닙니다. `host`에는 포트를 붙일 수 없습니다. 인그레스 컨트롤러는 자기 포트(80, 443)에서 요청을 받습니다. `shop.example.com` 값을 쓰려던 것인가요?',
    );
  });
});
