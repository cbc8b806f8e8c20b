// "Make this container meet restricted" in one edit, on layouts people write: 4-space indentation,
// CRLF line ends, a container written as one flow map, comments beside the fields it touches.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyFix, fixesOf } from '../../helpers/ruleHarness';
import { newService } from '../../helpers/service';

const restricted = { podSecurity: { level: 'restricted' as const, version: 'latest' } };

function check(text: string): Diagnostic[] {
  const svc = newService();
  svc.configure(restricted);
  const uri = 'file:///layouts/pod.yaml';
  return svc.doValidation(uri, svc.parse(uri, text)).filter((d) => String(d.code).startsWith('pod-security-'));
}

/** Applies the combined fix once and returns the text; it must be the preferred one. */
function meetRestricted(text: string): string {
  const escalation = check(text).find((d) => d.code === 'pod-security-privilege-escalation');
  assert.ok(escalation, 'privilege escalation is reported');
  const [combined] = fixesOf(escalation);
  assert.equal(combined?.title, 'Make container "web" meet the restricted level');
  assert.equal(combined?.preferred, true);
  return applyFix(text, escalation);
}

describe('the restricted quick fix keeps the layout', () => {
  it("indents with the file's 4 spaces and keeps comments", () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '    name: web',
      'spec:',
      '    containers:',
      '        - name: web   # the app',
      '          image: nginx:1.27',
      '          securityContext:  # hardened below',
      '              readOnlyRootFilesystem: true # keep',
      '    # the end',
      '',
    ].join('\n');
    const fixed = meetRestricted(text);
    assert.equal(
      fixed,
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '    name: web',
        'spec:',
        '    containers:',
        '        - name: web   # the app',
        '          image: nginx:1.27',
        '          securityContext:  # hardened below',
        '              readOnlyRootFilesystem: true # keep',
        '              allowPrivilegeEscalation: false',
        '              runAsNonRoot: true',
        '              seccompProfile:',
        '                type: RuntimeDefault',
        '              capabilities:',
        '                drop: ["ALL"]',
        '    # the end',
        '',
      ].join('\n'),
    );
    assert.deepEqual(check(fixed), []);
  });

  it('writes CRLF line ends into a CRLF file', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '    securityContext:',
      '      runAsUser: 1000',
      '',
    ].join('\r\n');
    const fixed = meetRestricted(text);
    assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /[\r\n]/, `only CRLF line ends: ${JSON.stringify(fixed)}`);
    assert.ok(fixed.includes('      runAsUser: 1000\r\n      allowPrivilegeEscalation: false\r\n'), JSON.stringify(fixed));
    assert.deepEqual(check(fixed), []);
  });

  it('adds to a container written as one flow map, in flow style', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '  - {name: web, image: "nginx:1.27"} # one line',
      '',
    ].join('\n');
    const fixed = meetRestricted(text);
    assert.equal(
      fixed.split('\n')[5],
      '  - {name: web, image: "nginx:1.27", securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}, capabilities: {drop: ["ALL"]}}} # one line',
    );
    assert.deepEqual(check(fixed), []);
  });
});
