// invalid-name by kind: each kind's name follows the rule the API server applies to it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

function problems(text: string): Diagnostic[] {
  return diagnose(text).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
}

const named = (apiVersion: string, kind: string, name: string, ...rest: string[]) =>
  yaml(`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata:', `  name: ${name}`, ...rest);
const serviceBody = ['spec:', '  selector:', '    app: web', '  ports:', '    - port: 80'];

describe('invalid-name: object names by kind', () => {
  it('requires a DNS-1035 label for a Service: no dots, and a letter first', () => {
    const dotted = named('v1', 'Service', 'web.frontend', ...serviceBody);
    const [d] = withCode(dotted, 'invalid-name');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [3, 8, 3, 20]);
    assert.equal(
      d.message,
      "Service name `web.frontend` is not valid: it contains '.', which is not allowed (use only lower-case letters, digits and '-'). It must be a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit, at most 63 characters. For example `web-frontend`.",
    );
    assert.deepEqual(problems(applyFix(dotted, d)), []);

    const digit = named('v1', 'Service', '2048-game', ...serviceBody);
    const [g] = withCode(digit, 'invalid-name');
    assert.match(g?.message ?? '', /it must start with a letter, not a digit/);
    assert.deepEqual(fixesOf(g), []);
    // A Deployment may have that name.
    assert.deepEqual(withCode(named('v1', 'ConfigMap', '2048-game.v2'), 'invalid-name'), []);
  });

  it('requires a DNS-1123 label for a Namespace', () => {
    const text = named('v1', 'Namespace', 'team.a');
    const [d] = withCode(text, 'invalid-name');
    assert.ok(d);
    assert.match(d.message, /^Namespace name `team\.a` is not valid: it contains '\.'.* It must be a DNS-1123 label/);
    assert.deepEqual(problems(applyFix(text, d)), []);
  });

  it('accepts any path segment for RBAC roles and bindings, but not a slash', () => {
    assert.deepEqual(
      withCode(named('rbac.authorization.k8s.io/v1', 'ClusterRole', 'system:aggregate-to-edit', 'rules: []'), 'invalid-name'),
      [],
    );
    assert.deepEqual(withCode(named('rbac.authorization.k8s.io/v1', 'Role', 'Pod-Reader', 'rules: []'), 'invalid-name'), []);
    const text = named('rbac.authorization.k8s.io/v1', 'ClusterRole', 'team/reader', 'rules: []');
    const [d] = withCode(text, 'invalid-name');
    assert.ok(d);
    assert.equal(
      d.message,
      "ClusterRole name `team/reader` is not valid: it contains '/', which is not allowed (any character but '/' and '%'). It must be usable as part of a URL path: not `.` or `..`, and without '/' or '%'. For example `team-reader`.",
    );
    assert.deepEqual(problems(applyFix(text, d)), []);
  });

  it('keeps DNS subdomains for ConfigMaps, Secrets and Ingresses', () => {
    for (const [apiVersion, kind] of [
      ['v1', 'ConfigMap'],
      ['v1', 'Secret'],
    ] as const) {
      const [d] = withCode(named(apiVersion, kind, 'App_Config'), 'invalid-name');
      assert.match(d?.message ?? '', new RegExp(`^${kind} name \`App_Config\` is not valid: .*DNS-1123 subdomain`));
    }
  });

  it('checks Service port names as DNS labels and externalName as a DNS subdomain', () => {
    const text = named(
      'v1',
      'Service',
      'web',
      'spec:',
      '  selector:',
      '    app: web',
      '  ports:',
      '    - name: HTTP_Web',
      '      port: 80',
    );
    const [d] = withCode(text, 'invalid-name');
    assert.ok(d);
    assert.equal(textAt(text, d), 'HTTP_Web');
    assert.match(d.message, /^Service port name `HTTP_Web` is not valid: it contains '_' and upper-case letters/);
    assert.deepEqual(problems(applyFix(text, d)), []);

    const external = named('v1', 'Service', 'db', 'spec:', '  type: ExternalName', '  externalName: https://DB.example.com:5432/');
    const [e] = withCode(external, 'invalid-name');
    assert.ok(e);
    assert.match(e.message, /^External name `https:\/\/DB\.example\.com:5432\/` is not valid/);
    assert.deepEqual(
      fixesOf(e).map((f) => f.title),
      ['Rename to `db.example.com`'],
    );
    assert.deepEqual(problems(applyFix(external, e)), []);
  });

  it('speaks Korean', () => {
    const [d] = withCode(named('v1', 'Service', '1st-web', ...serviceBody), 'invalid-name', { language: 'ko' });
    assert.equal(
      d?.message,
      "Service 이름 `1st-web`은 올바르지 않습니다. 숫자가 아니라 글자로 시작해야 합니다(Service 이름은 클러스터 안에서 DNS 이름이 됩니다). 이름은 DNS-1035 레이블 형식(소문자, 숫자, '-'로 이루어지고, 글자로 시작하고 글자나 숫자로 끝나며, 최대 63자)이어야 합니다.",
    );
  });
});
