// The corpus test: valid manifests give no error or warning; each broken manifest gives exactly the
// (code, line) pairs written in its `# expect:` comments, at error, warning or information level.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { codeAtLine, corpusFiles, type CorpusFile } from '../helpers/corpus';
import { newService } from '../helpers/service';

/** Codes the issue defines; the broken corpus must exercise each at least twice. */
const CODES = [
  'yaml-syntax',
  'tab-indent',
  'duplicate-key',
  'unknown-field',
  'misplaced-field',
  'type-mismatch',
  'required-field',
  'invalid-enum',
  'out-of-range',
  'wrong-api-version',
  'invalid-name',
  'invalid-image',
  'implicit-always-pull',
  'duplicate-container-name',
  'port-conflict',
  'duplicate-env',
  'duplicate-volume',
  'undefined-volume',
  'undefined-port-name',
  'invalid-quantity',
  'limit-below-request',
  'unavailable-in-version',
  'selector-mismatch',
  'job-restart-policy',
  'unknown-kind',
  // across resources (each corpus file is its own workspace)
  'duplicate-object',
  'service-selects-nothing',
  'unknown-service-port',
  'missing-key',
  'invalid-label',
  'invalid-data-key',
  'not-base64',
  'secret-missing-key',
  'object-too-large',
  'service-port',
  'node-port-range',
  'service-type',
  'ingress-path',
  'ingress-host',
  'ingress-backend',
  'pvc-spec',
  'cron-schedule',
  'invalid-time-zone',
  'hpa-spec',
  'pdb-spec',
  'network-policy',
  'rbac-rule',
  'rbac-binding',
  // Pod Security, from a Namespace of the same file (each corpus file is its own workspace)
  'pod-security-host-namespaces',
  'pod-security-privileged',
  'pod-security-capabilities',
  'pod-security-host-path',
  'pod-security-host-ports',
  'pod-security-apparmor',
  'pod-security-selinux',
  'pod-security-proc-mount',
  'pod-security-seccomp',
  'pod-security-sysctls',
  'pod-security-host-process',
  'pod-security-probe-host',
  'pod-security-volume-types',
  'pod-security-privilege-escalation',
  'pod-security-run-as-non-root',
  'pod-security-run-as-user',
  // best practices at their default (learner: information)
  'best-practice-identical-probes',
  'best-practice-host-network',
  'best-practice-host-path',
  'best-practice-privileged',
  'best-practice-latest-tag',
  'best-practice-no-readiness-probe',
  'best-practice-pdb-blocks-eviction',
];

function diagnose(file: CorpusFile): Diagnostic[] {
  const service = newService();
  if (file.kubernetesVersion !== undefined) service.configure({ kubernetesVersion: file.kubernetesVersion });
  const uri = `file:///corpus/${file.name}`;
  return service.doValidation(uri, service.parse(uri, file.text));
}

function byLine(a: string, b: string): number {
  const line = (s: string): number => Number(s.slice(s.lastIndexOf('@') + 1));
  return line(a) - line(b) || a.localeCompare(b);
}

function describeAll(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `  ${String(d.code)}@${d.range.start.line + 1}: ${d.message}`).join('\n');
}

const valid = corpusFiles('valid');
const broken = corpusFiles('broken');

describe('corpus: valid manifests give no error or warning', () => {
  for (const file of valid) {
    it(file.name, () => {
      const problems = diagnose(file).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
      assert.equal(problems.length, 0, `unexpected:\n${describeAll(problems)}`);
    });
  }
});

describe('corpus: broken manifests give exactly the expected codes at the expected lines', () => {
  for (const file of broken) {
    it(file.name, () => {
      const diagnostics = diagnose(file).filter((d) => d.severity !== undefined && d.severity <= DiagnosticSeverity.Information);
      const actual = [...new Set(diagnostics.map((d) => codeAtLine(String(d.code), d.range.start.line)))].sort(byLine);
      assert.deepEqual(actual, [...file.expected].sort(byLine), `all findings:\n${describeAll(diagnostics)}`);
    });
  }
});

describe('corpus: coverage', () => {
  it('has at least 60 valid and 60 broken manifests', () => {
    assert.ok(valid.length >= 60, `${valid.length} valid`);
    assert.ok(broken.length >= 60, `${broken.length} broken`);
  });

  it('gives every broken manifest an expectation, and only known codes', () => {
    for (const file of broken) {
      assert.ok(file.expected.length > 0, `${file.name} has no # expect: line`);
      for (const pair of file.expected)
        assert.ok(CODES.includes(pair.slice(0, pair.lastIndexOf('@'))), `${file.name}: unknown code in ${pair}`);
    }
  });

  it('exercises every code in at least two broken manifests', () => {
    for (const code of CODES) {
      const files = broken.filter((f) => f.expected.some((pair) => pair.startsWith(`${code}@`)));
      assert.ok(files.length >= 2, `${code}: ${files.map((f) => f.name).join(', ') || 'no file'}`);
    }
  });
});
