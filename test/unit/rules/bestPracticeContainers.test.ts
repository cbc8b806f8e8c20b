// best-practice-privileged, -latest-tag and -read-only-root-fs: each fires on its mistake, not on the
// fixed form, is silent when off, and is a warning in strict; read-only-root-fs is strict only.
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

const codes = (found: readonly Diagnostic[]): string[] => found.map((d) => String(d.code));

const pod = (...containerLines: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '    - name: web', ...containerLines);

describe('best-practice-privileged', () => {
  const text = pod('      image: nginx:1.27.3', '      securityContext:', '        privileged: true');

  it('flags `privileged: true` as information in learner mode, naming kube-linter and kube-score', () => {
    const found = check(text, undefined);
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, textAt(text, d)]),
      [['best-practice-privileged', DiagnosticSeverity.Information, 'true']],
    );
    assert.match(found[0]?.message ?? '', /^Container "web" runs privileged/);
    assert.match(found[0]?.message ?? '', /kube-linter: privileged-container; kube-score: container-security-context-privileged/);
  });

  it('has a fix that sets it false, after which nothing is said', () => {
    const [d] = check(text, 'learner');
    const fixed = applyEdits(text, fixesOf(d)[0]?.edits ?? []);
    assert.ok(fixed.endsWith('      securityContext:\n        privileged: false\n'), fixed);
    assert.deepEqual(check(fixed, 'learner'), []);
  });

  it('is silent when off, a warning in strict, and speaks Korean', () => {
    assert.deepEqual(check(text, 'off'), []);
    const strict = check(text, 'strict').find((d) => d.code === 'best-practice-privileged');
    assert.equal(strict?.severity, DiagnosticSeverity.Warning);
    assert.match(check(text, undefined, 'ko')[0]?.message ?? '', /^컨테이너 "web"의 privileged 모드가 켜져 있습니다/);
  });

  it('leaves `privileged: true` to pod-security when a Pod Security level already reports it', () => {
    const service = newService();
    service.configure({ podSecurity: { level: 'baseline', version: 'latest' } });
    assert.deepEqual(
      validate(service, text).map((d) => String(d.code)),
      ['pod-security-privileged'],
    );
  });

  it('also reads init containers', () => {
    const init = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  initContainers:',
      '    - name: setup',
      '      image: busybox:1.36',
      '      securityContext: {privileged: true}',
      '  containers:',
      '    - name: web',
      '      image: nginx:1.27.3',
    );
    assert.deepEqual(codes(check(init, undefined)), ['best-practice-privileged']);
  });
});

describe('best-practice-latest-tag', () => {
  it('flags an untagged or `latest` image pulled `Always`', () => {
    const latest = pod('      image: nginx:latest', '      imagePullPolicy: Always');
    const found = check(latest, undefined);
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, textAt(latest, d)]),
      [['best-practice-latest-tag', DiagnosticSeverity.Information, 'nginx:latest']],
    );
    assert.match(found[0]?.message ?? '', /uses the `latest` tag.*kube-linter: latest-tag; kube-score: container-image-tag/);
    const untagged = pod('      image: registry.example.com/team/app', '      imagePullPolicy: Always');
    assert.match(check(untagged, undefined)[0]?.message ?? '', /has no tag, which means `latest`/);
  });

  it("in learner mode, says nothing after implicit-always-pull's fix (`IfNotPresent`); strict still does", () => {
    const text = pod('      image: registry.example.com/team/app', '      imagePullPolicy: IfNotPresent');
    assert.deepEqual(check(text, 'learner'), []);
    assert.deepEqual(
      check(text, 'strict')
        .filter((d) => d.code === 'best-practice-latest-tag')
        .map((d) => d.severity),
      [DiagnosticSeverity.Warning],
    );
  });

  it('leaves the image without a pull policy to implicit-always-pull, which already explains it', () => {
    const text = pod('      image: nginx:latest');
    assert.deepEqual(codes(check(text, undefined)), []);
    const service = newService();
    assert.ok(validate(service, text).some((d) => d.code === 'implicit-always-pull'));
  });

  it('is silent for a version tag or a digest, when off, and a warning in strict', () => {
    assert.deepEqual(check(pod('      image: nginx:1.27.3', '      imagePullPolicy: Always'), undefined), []);
    assert.deepEqual(check(pod(`      image: nginx@sha256:${'a'.repeat(64)}`, '      imagePullPolicy: Always'), undefined), []);
    const text = pod('      image: nginx', '      imagePullPolicy: Always');
    assert.deepEqual(check(text, 'off'), []);
    assert.deepEqual(
      check(text, 'strict')
        .filter((d) => d.code === 'best-practice-latest-tag')
        .map((d) => d.severity),
      [DiagnosticSeverity.Warning],
    );
  });
});

describe('best-practice-read-only-root-fs', () => {
  const text = pod(
    '      image: nginx:1.27.3',
    '      resources:',
    '        requests: {cpu: 100m, memory: 64Mi}',
    '        limits: {memory: 64Mi}',
  );

  it('is strict only: learner mode says nothing of it', () => {
    assert.deepEqual(check(text, 'learner'), []);
    assert.deepEqual(check(text, undefined), []);
  });

  it('in strict warns on the container name with a fix that sets the field, keeping the rest', () => {
    const found = check(text, 'strict');
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, textAt(text, d)]),
      [['best-practice-read-only-root-fs', DiagnosticSeverity.Warning, 'web']],
    );
    assert.match(
      found[0]?.message ?? '',
      /kube-linter: no-read-only-root-fs; kube-score: container-security-context-readonlyrootfilesystem/,
    );
    const fixed = applyEdits(text, fixesOf(found[0])[0]?.edits ?? []);
    assert.ok(fixed.endsWith('        limits: {memory: 64Mi}\n      securityContext:\n        readOnlyRootFilesystem: true\n'), fixed);
    assert.deepEqual(check(fixed, 'strict'), []);
  });

  it('fills an existing securityContext and does not ask it of init containers', () => {
    const withInit = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  initContainers:',
      '    - name: setup',
      '      image: busybox:1.36',
      '      resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {memory: 16Mi}}',
      '  containers:',
      '    - name: web',
      '      image: nginx:1.27.3',
      '      resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {memory: 16Mi}}',
      '      securityContext:',
      '        readOnlyRootFilesystem: false',
    );
    const found = check(withInit, 'strict');
    assert.deepEqual(
      found.map((d) => [d.code, textAt(withInit, d)]),
      [['best-practice-read-only-root-fs', 'web']],
    );
    const fixed = applyEdits(withInit, fixesOf(found[0])[0]?.edits ?? []);
    assert.ok(fixed.endsWith('      securityContext:\n        readOnlyRootFilesystem: true\n'), fixed);
  });
});
