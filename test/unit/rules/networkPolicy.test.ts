import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseCidr, parseIp, strictlyInside } from '../../../server/src/service/util/ip';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

const policy = (...spec: string[]): string =>
  yaml(
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    'metadata:',
    '  name: api',
    'spec:',
    '  podSelector: {}',
    ...spec.map((line) => `  ${line}`),
  );

describe('IP addresses and CIDR ranges', () => {
  it('reads IPv4 and IPv6 forms', () => {
    assert.deepEqual(parseIp('10.0.0.1')?.bytes, [10, 0, 0, 1]);
    assert.deepEqual(parseIp('::ffff:1.2.3.4')?.bytes, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 1, 2, 3, 4]);
    assert.equal(parseIp('fd00::1')?.bytes.length, 16);
    for (const bad of ['10.0.0', '256.1.1.1', '1::2::3', 'example.com', '']) assert.equal(parseIp(bad), undefined, bad);
    assert.deepEqual(parseCidr('10.1.2.3/16'), { network: [10, 1, 0, 0], prefix: 16 });
    assert.equal(parseCidr('10.0.0.0/33'), undefined);
    assert.equal(parseCidr('fd00::/129'), undefined);
    const outer = parseCidr('10.0.0.0/8')!;
    assert.equal(strictlyInside(parseCidr('10.1.0.0/16')!, outer), true);
    assert.equal(strictlyInside(parseCidr('10.0.0.0/8')!, outer), false);
    assert.equal(strictlyInside(parseCidr('11.0.0.0/16')!, outer), false);
    assert.equal(strictlyInside(parseCidr('fd00::/64')!, outer), undefined);
  });
});

describe('network-policy', () => {
  it('corrects policy types', () => {
    const text = policy('policyTypes:', '  - ingress', '  - Egress');
    const [d, ...rest] = withCode(text, 'network-policy');
    assert.equal(rest.length, 0);
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(d), [7, 6, 7, 13]);
    assert.equal(d?.message, '`ingress` is not a policy type; use `Ingress` or `Egress`. Did you mean `Ingress`?');
    const fixed = applyFix(text, d);
    assert.deepEqual(diagnose(fixed), []);
    assert.equal(
      textAt(
        policy('policyTypes: [Ingress, Egress, Ingress]'),
        withCode(policy('policyTypes: [Ingress, Egress, Ingress]'), 'network-policy')[0],
      ),
      'policyTypes',
    );
  });

  it('checks ports and port ranges', () => {
    const text = policy(
      'egress:',
      '  - ports:',
      '      - port: "5432"',
      '      - port: 9100',
      '        endPort: 9000',
      '      - port: metrics',
      '        endPort: 9100',
      '      - endPort: 80',
      '      - port: Metrics_Port',
    );
    const found = withCode(text, 'network-policy');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['"5432"', '9000', 'endPort', 'endPort', 'Metrics_Port'],
    );
    assert.equal(
      found[0]?.message,
      '`"5432"` is a string, so Kubernetes reads it as a port name, and a port name needs a letter: write the number without quotes (`5432`).',
    );
    assert.match(applyFix(text, found[0]), /- port: 5432\n/);
    assert.equal(
      found[1]?.message,
      '`endPort` (9000) is below `port` (9100): a port range goes from `port` up to `endPort`. Kubernetes rejects it.',
    );
    assert.deepEqual(
      found[1]?.relatedInformation?.map((r) => r.message),
      ['the `port`'],
    );
    assert.match(found[2]?.message ?? '', /needs a numeric `port` to start the range, but `port` is the name `metrics`/);
    assert.match(found[3]?.message ?? '', /this entry has no `port`/);
    assert.match(found[4]?.message ?? '', /is not a valid port name/);
  });

  it('checks peers and CIDR ranges, and accepts an empty podSelector', () => {
    const text = policy(
      'ingress:',
      '  - from:',
      '      - {}',
      '      - namespaceSelector: {matchLabels: {team: ops}}',
      '        ipBlock: {cidr: 10.0.0.0/8}',
      '      - ipBlock:',
      '          cidr: 172.16.0.5',
      '      - ipBlock:',
      '          cidr: 10.0.0.0/16',
      '          except: [10.0.1.0/24, 10.1.0.0/24, 10.0.0.0/16, 10.0.300.0/24]',
      '      - podSelector: {}',
    );
    const found = withCode(text, 'network-policy');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['{}', 'ipBlock', '172.16.0.5', '10.1.0.0/24', '10.0.0.0/16', '10.0.300.0/24'],
    );
    assert.match(found[0]?.message ?? '', /^This entry selects no peer/);
    assert.match(found[1]?.message ?? '', /^`ipBlock` cannot share an entry with `podSelector` or `namespaceSelector`/);
    assert.equal(
      found[2]?.message,
      '`172.16.0.5` is an address, but `cidr` takes a range with a prefix length, such as `172.16.0.5/32` for this one address.',
    );
    assert.deepEqual(
      fixesOf(found[2]).map((f) => f.title),
      ['Change to `172.16.0.5/32`'],
    );
    assert.match(found[3]?.message ?? '', /^`10\.1\.0\.0\/24` is not a smaller part of `10\.0\.0\.0\/16`/);
    assert.deepEqual(
      found[3]?.relatedInformation?.map((r) => r.message),
      ['the `cidr`'],
    );
    assert.match(found[5]?.message ?? '', /is not a CIDR range/);
    assert.deepEqual(diagnose(policy('policyTypes: [Ingress]')), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const korean = (text: string) => withCode(text, 'network-policy', { language: 'ko' });
    const [t] = korean(policy('policyTypes: [ingress]'));
    assert.equal(t?.message, '`ingress` 값은 정책 유형이 아닙니다. `Ingress`나 `Egress`를 쓰세요. `Ingress` 값을 쓰려던 것인가요?');
    assert.deepEqual(
      fixesOf(t).map((f) => f.title),
      ['`Ingress`로 바꾸기'],
    );
    const [c] = korean(policy('ingress: [{from: [{ipBlock: {cidr: 10.0.0.1}}]}]'));
    assert.equal(
      c?.message,
      '`10.0.0.1` 값은 주소 하나입니다. `cidr`에는 접두사 길이가 붙은 범위를 씁니다. 이 주소 하나라면 `10.0.0.1/32`처럼 씁니다.',
    );
  });
});
