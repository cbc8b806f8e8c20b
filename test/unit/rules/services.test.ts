import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

function problems(text: string): Diagnostic[] {
  return diagnose(text).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
}

const service = (...spec: string[]) =>
  yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  selector:', '    app: web', ...spec);

describe('service-port', () => {
  it('requires a name on every port of a multi-port Service and names it after its targetPort', () => {
    const text = service('  ports:', '    - port: 80', '      targetPort: http', '    - name: metrics', '      port: 9090');
    const [d, ...rest] = withCode(text, 'service-port');
    assert.ok(d);
    assert.deepEqual(rest, []);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(d), [8, 12, 8, 14]);
    assert.equal(
      d.message,
      'This Service has 2 ports, so each needs a `name` ("spec.ports[0].name: Required value"); clients and Ingresses tell the ports apart by name.',
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['Name the port `http`'],
    );
    const fixed = applyFix(text, d);
    assert.equal(
      fixed,
      service('  ports:', '    - name: http', '      port: 80', '      targetPort: http', '    - name: metrics', '      port: 9090'),
    );
    assert.deepEqual(problems(fixed), []);
  });

  it('reports a repeated name, a repeated port and protocol, and removes an identical repeat', () => {
    const text = service(
      '  ports:',
      '    - name: web',
      '      port: 80',
      '    - name: web',
      '      port: 8080',
      '    - name: dns',
      '      port: 53',
      '      protocol: UDP',
      '    - name: dns-tcp',
      '      port: 53',
      '      protocol: TCP',
      '    - name: dns',
      '      port: 53',
      '      protocol: UDP',
    );
    const found = withCode(text, 'service-port');
    assert.deepEqual(
      found.map((d) => [rangeOf(d)[0], textAt(text, d)]),
      [
        [10, 'web'],
        [18, 'dns'],
        [19, '53'],
      ],
    );
    assert.match(found[0]?.message ?? '', /^Port name `web` is already used by an earlier port of this Service/);
    assert.equal(found[0]?.relatedInformation?.[0]?.location.range.start.line, 8);
    assert.match(found[2]?.message ?? '', /^Port 53\/UDP is listed twice in this Service/);
    assert.deepEqual(
      fixesOf(found[2]).map((f) => f.title),
      ['Remove this repeated port entry'],
    );
    const fixed = applyFix(text, found[2]);
    assert.equal(withCode(fixed, 'service-port').length, 1);
  });

  it('checks a named targetPort, and reads a quoted number as a name', () => {
    const text = service(
      '  ports:',
      '    - name: web',
      '      port: 80',
      '      targetPort: HTTP',
      '    - name: api',
      '      port: 81',
      '      targetPort: "8080"',
    );
    const found = withCode(text, 'service-port');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['HTTP', '"8080"'],
    );
    assert.match(found[0]?.message ?? '', /^`targetPort: HTTP` is neither a port number nor a valid port name: it has upper-case letters/);
    assert.match(found[1]?.message ?? '', /^`targetPort: "8080"` is text, so Kubernetes reads it as a port name/);
    let fixed = text;
    for (const d of [...found].reverse()) fixed = applyFix(fixed, d);
    assert.match(fixed, /targetPort: http\n[^]*targetPort: 8080\n/);
    assert.deepEqual(problems(fixed), []);
  });

  it('forbids nodePort on a ClusterIP Service and offers type NodePort', () => {
    const text = service('  ports:', '    - port: 80', '      nodePort: 30080');
    const [d] = withCode(text, 'service-port');
    assert.ok(d);
    assert.equal(textAt(text, d), '30080');
    assert.match(d.message, /^`nodePort` may not be used when `type` is `ClusterIP` \(the default when `type` is left out\)/);
    assert.deepEqual(
      fixesOf(d).map((f) => [f.title, f.preferred ?? false]),
      [
        ['Set `type: NodePort`', true],
        ['Remove `nodePort`', false],
      ],
    );
    const asNodePort = applyFix(text, d);
    assert.match(asNodePort, /\nspec:\n {2}type: NodePort\n {2}selector:/);
    assert.deepEqual(problems(asNodePort), []);
    const removed = applyFix(text, d, 1);
    assert.equal(removed, service('  ports:', '    - port: 80'));
    assert.deepEqual(problems(removed), []);
  });

  it('leaves port ranges to out-of-range, which accepts targetPort 0 (the same as port)', () => {
    const text = service('  ports:', '    - port: 80', '      targetPort: 0');
    assert.deepEqual(problems(text), []);
    assert.equal(withCode(service('  ports:', '    - port: 0'), 'out-of-range').length, 1);
  });

  it('speaks Korean', () => {
    const text = service('  ports:', '    - port: 80', '    - port: 443');
    const found = withCode(text, 'service-port', { language: 'ko' });
    assert.equal(found.length, 2);
    assert.equal(
      found[1]?.message,
      '이 Service에는 포트가 2개 있으므로 포트마다 `name`이 있어야 합니다("spec.ports[1].name: Required value"). 클라이언트와 Ingress는 이름으로 포트를 구분합니다.',
    );
    assert.deepEqual(
      fixesOf(found[1]).map((f) => f.title),
      ['포트 이름을 `https`로 짓기'],
    );
  });
});

describe('node-port-range', () => {
  it('warns about a node port outside 30000-32767, and stays quiet inside it', () => {
    const text = service('  type: NodePort', '  ports:', '    - port: 80', '      nodePort: 8080');
    const [d] = withCode(text, 'node-port-range');
    assert.ok(d);
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.equal(textAt(text, d), '8080');
    assert.match(d.message, /^Node port 8080 is outside the default node port range 30000–32767/);
    assert.deepEqual(
      withCode(service('  type: LoadBalancer', '  ports:', '    - port: 80', '      nodePort: 32767'), 'node-port-range'),
      [],
    );
    const [ko] = withCode(text, 'node-port-range', { language: 'ko' });
    assert.match(ko?.message ?? '', /^노드 포트 8080번은 기본 노드 포트 범위\(30000–32767\) 밖에 있어서/);
  });
});

describe('service-type', () => {
  it('requires externalName for type ExternalName, and nothing else', () => {
    const text = yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: db', 'spec:', '  type: ExternalName');
    const [d] = withCode(text, 'service-type');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [5, 8, 5, 20]);
    assert.equal(
      d.message,
      'A Service of `type: ExternalName` needs `externalName`: the DNS name it stands for (for example `db.example.com`).',
    );
    assert.deepEqual(
      problems(
        yaml(
          'apiVersion: v1',
          'kind: Service',
          'metadata:',
          '  name: db',
          'spec:',
          '  type: ExternalName',
          '  externalName: db.example.com.',
        ),
      ),
      [],
    );
  });

  it('reports a cluster IP on an ExternalName Service and a headless NodePort Service', () => {
    const external = yaml(
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: db',
      'spec:',
      '  type: ExternalName',
      '  externalName: db.example.com',
      '  clusterIP: None',
    );
    const [e] = withCode(external, 'service-type');
    assert.ok(e);
    assert.equal(textAt(external, e), 'None');
    assert.deepEqual(problems(applyFix(external, e)), []);

    const headless = service('  type: NodePort', '  clusterIP: None', '  ports:', '    - port: 80');
    const [h] = withCode(headless, 'service-type');
    assert.ok(h);
    assert.equal(textAt(headless, h), 'None');
    assert.match(h.message, /^`clusterIP: None` \(a headless Service\) may not be set for NodePort Services/);
    assert.deepEqual(
      fixesOf(h).map((f) => f.title),
      ['Remove `clusterIP: None`', 'Set `type: ClusterIP`'],
    );
    for (const index of [0, 1]) assert.deepEqual(problems(applyFix(headless, h, index)), []);
  });

  it('requires ports unless headless or ExternalName, once the Service has a spec', () => {
    const noPorts = service();
    const [d] = withCode(noPorts, 'service-type');
    assert.ok(d);
    assert.equal(textAt(noPorts, d), 'spec');
    assert.match(d.message, /^This Service has no `ports`; the API server requires at least one \("spec\.ports: Required value"\)/);
    const [empty] = withCode(service('  ports: []'), 'service-type');
    assert.match(empty?.message ?? '', /^This Service lists no ports/);
    assert.deepEqual(withCode(service('  clusterIP: None'), 'service-type'), []);
    assert.deepEqual(withCode(yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: web'), 'service-type'), []);
  });

  it('keeps LoadBalancer-only fields on LoadBalancers', () => {
    const text = service('  type: NodePort', '  loadBalancerSourceRanges: ["10.0.0.0/8"]', '  ports:', '    - port: 80');
    const [d] = withCode(text, 'service-type');
    assert.ok(d);
    assert.equal(textAt(text, d), 'loadBalancerSourceRanges');
    assert.equal(d.message, '`loadBalancerSourceRanges` may only be used when `type` is `LoadBalancer`, not `NodePort`.');
  });

  it('leaves a misspelt type or protocol to invalid-enum, with a did-you-mean fix', () => {
    const text = service('  type: Nodeport', '  ports:', '    - port: 80', '      protocol: tcp', '      nodePort: 30080');
    assert.deepEqual(withCode(text, 'service-type'), []);
    assert.deepEqual(withCode(text, 'service-port'), []);
    const found = withCode(text, 'invalid-enum');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['Nodeport', 'tcp'],
    );
    assert.match(found[0]?.message ?? '', /Did you mean `NodePort`\? Values are case-sensitive\./);
    assert.match(found[1]?.message ?? '', /Did you mean `TCP`\?/);
    let fixed = text;
    for (const d of [...found].reverse()) fixed = applyFix(fixed, d);
    assert.deepEqual(problems(fixed), []);
  });

  it('speaks Korean', () => {
    const [d] = withCode(service('  type: LoadBalancer', '  clusterIP: None', '  ports:', '    - port: 80'), 'service-type', {
      language: 'ko',
    });
    assert.equal(
      d?.message,
      'LoadBalancer Service에는 `clusterIP: None`(헤드리스 Service)을 지정할 수 없습니다. 노드로 들어온 트래픽을 클러스터 IP로 전달하기 때문입니다. `clusterIP: None`을 지우거나 `type: ClusterIP`를 쓰세요.',
    );
  });
});
