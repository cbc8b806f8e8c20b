// best-practice-*: quiet by default on what every first manifest lacks, information for the mistakes
// that bite learners, warnings (and resource requests) in strict, nothing when off.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { applyEdits, fixesOf, textAt, yaml } from '../../helpers/ruleHarness';
import { newService, validate } from '../../helpers/service';

type Mode = 'off' | 'learner' | 'strict' | undefined;

function check(text: string, mode: Mode, language: 'en' | 'ko' = 'en'): Diagnostic[] {
  const service = newService();
  service.configure({ language, ...(mode ? { bestPractices: mode } : {}) });
  return validate(service, text).filter((d) => String(d.code).startsWith('best-practice-'));
}

const pod = (...containerLines: string[]): string =>
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '    - name: web',
    '      image: nginx:1.27.3',
    ...containerLines,
  );

const probe = (kind: string, period: number): string[] => [
  `      ${kind}:`,
  '        httpGet:',
  '          path: /',
  '          port: 80',
  `        periodSeconds: ${period}`,
];

describe('best practices', () => {
  it('say nothing by default about a plain pod without resources or probes', () => {
    assert.deepEqual(check(pod(), undefined), []);
  });

  it("flag a liveness probe identical to the readiness probe, naming kube-score's check", () => {
    const text = pod(...probe('readinessProbe', 5), ...probe('livenessProbe', 5));
    const [d, ...rest] = check(text, undefined);
    assert.deepEqual(rest, []);
    assert.equal(d?.code, 'best-practice-identical-probes');
    assert.equal(d?.severity, DiagnosticSeverity.Information);
    assert.equal(textAt(text, d), 'livenessProbe');
    assert.match(d?.message ?? '', /\(kube-score: pod-probes-identical\)$/);
    assert.deepEqual(
      check(pod(...probe('readinessProbe', 5), ...probe('livenessProbe', 20)), undefined),
      [],
      'a more lenient liveness probe is the advice',
    );
  });

  it('flag hostNetwork with a fix, and hostPath volumes', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  hostNetwork: true',
      '  containers:',
      '    - name: web',
      '      image: nginx:1.27.3',
      '  volumes:',
      '    - name: data',
      '      hostPath:',
      '        path: /srv/data',
    );
    const found = check(text, 'learner');
    assert.deepEqual(
      found.map((d) => [d.code, textAt(text, d)]),
      [
        ['best-practice-host-network', 'true'],
        ['best-practice-host-path', 'hostPath'],
      ],
    );
    assert.match(found[0]?.message ?? '', /kube-linter: host-network; Polaris: hostNetworkSet/);
    const fixed = applyEdits(text, fixesOf(found[0])[0]?.edits ?? []);
    assert.ok(fixed.includes('  hostNetwork: false\n'));
  });

  it('in strict: warnings, and containers without requests or a memory limit, with a fix to fill in', () => {
    const text = pod(
      '      securityContext:',
      '        readOnlyRootFilesystem: true',
      '      resources:',
      '        requests:',
      '          cpu: 250m',
    );
    const found = check(text, 'strict');
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, textAt(text, d)]),
      [['best-practice-resources', DiagnosticSeverity.Warning, 'web']],
    );
    assert.match(found[0]?.message ?? '', /no `requests\.memory`, `limits\.memory`\. .*kube-score: container-resources/);
    const fixed = applyEdits(text, fixesOf(found[0])[0]?.edits ?? []);
    assert.ok(
      fixed.endsWith(
        '      resources:\n        requests:\n          cpu: 250m\n          memory: 128Mi\n        limits:\n          memory: 128Mi\n',
      ),
      fixed,
    );
    assert.deepEqual(check(fixed, 'strict'), []);
    assert.deepEqual(check(text, 'learner'), [], 'resources are strict only');
  });

  it('say nothing when off, and speak Korean', () => {
    const text = pod(...probe('readinessProbe', 5), ...probe('livenessProbe', 5));
    assert.deepEqual(check(text, 'off'), []);
    assert.match(check(text, undefined, 'ko')[0]?.message ?? '', /^컨테이너 "web"의 liveness 프로브가 readiness 프로브와 똑같습니다/);
  });

  it('leave hostNetwork to pod-security when a Pod Security level already reports it', () => {
    const service = newService();
    service.configure({ podSecurity: { level: 'baseline', version: 'latest' } });
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  hostNetwork: true',
      '  containers:',
      '    - name: web',
      '      image: nginx:1.27.3',
    );
    const codes = validate(service, text).map((d) => String(d.code));
    assert.deepEqual(codes, ['pod-security-host-namespaces']);
  });
});
