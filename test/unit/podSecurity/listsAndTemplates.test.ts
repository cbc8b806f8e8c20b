// Pod Security where pods are not plain documents: the items of `kind: List` and `…List`, and Helm
// templates, where a finding stays only where the literal text proves it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { PodLanguageService } from '../../../server/src/service/index';
import { applyFix, textAt, yaml } from '../../helpers/ruleHarness';
import { newService } from '../../helpers/service';

const ROOT = 'file:///repo';

function check(
  files: Record<string, string>,
  path: string,
  configure: Parameters<PodLanguageService['configure']>[0] = {},
  text?: string,
): Diagnostic[] {
  const svc = newService();
  svc.configure(configure);
  svc.setWorkspaceRoots([ROOT]);
  for (const [name, content] of Object.entries(files)) svc.indexFile(`${ROOT}/${name}`, content);
  const uri = `${ROOT}/${path}`;
  return svc.doValidation(uri, svc.parse(uri, text ?? files[path] ?? '')).filter((d) => String(d.code).startsWith('pod-security-'));
}

const restricted = { podSecurity: { level: 'restricted' as const, version: 'latest' } };
const baseline = { podSecurity: { level: 'baseline' as const, version: 'latest' } };
const namespace = (name: string, level: string): string =>
  yaml(
    'apiVersion: v1',
    'kind: Namespace',
    'metadata:',
    `  name: ${name}`,
    '  labels:',
    `    pod-security.kubernetes.io/enforce: ${level}`,
  );

describe('pod security in lists', () => {
  it('checks the pods of `kind: List` items, at their place in the file', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: ConfigMap',
      '    metadata:',
      '      name: settings',
      '  - apiVersion: v1',
      '    kind: Pod',
      '    metadata:',
      '      name: web',
      '    spec:',
      '      hostNetwork: true',
      '      containers:',
      '        - name: web',
      '          image: nginx:1.27',
    );
    const found = check({ 'list.yaml': text }, 'list.yaml', baseline);
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, textAt(text, d)]),
      [['pod-security-host-namespaces', DiagnosticSeverity.Warning, 'true']],
    );
    assert.equal(found[0]?.range.start.line, 12);
  });

  it('checks the items of a typed list against their Namespace in the workspace, and the fixed item is clean', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DeploymentList',
      'items:',
      '  - metadata:',
      '      name: web',
      '      namespace: team',
      '    spec:',
      '      selector:',
      '        matchLabels: {app: web}',
      '      template:',
      '        metadata:',
      '          labels: {app: web}',
      '        spec:',
      '          containers:',
      '            - name: web',
      '              image: nginx:1.27',
      '              securityContext:',
      '                privileged: true',
    );
    const files = { 'ns.yaml': namespace('team', 'baseline'), 'list.yaml': text };
    const found = check(files, 'list.yaml');
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, textAt(text, d)]),
      [['pod-security-privileged', DiagnosticSeverity.Error, 'true']],
    );
    const fixed = applyFix(text, found[0]);
    assert.ok(fixed.endsWith('                privileged: false\n'), fixed);
    assert.deepEqual(check(files, 'list.yaml', {}, fixed), []);
  });
});

const templateDeployment = (namespaceLine: string, container: string[], podSpec: string[] = []): string =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "web.fullname" . }}',
    namespaceLine,
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      app: web',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: web',
    '    spec:',
    ...podSpec,
    '      containers:',
    '        - name: {{ .Chart.Name }}',
    '          image: "nginx:{{ .Values.tag }}"',
    ...container,
  );

describe('pod security in Helm templates', () => {
  it('reports what the literal text proves, naming the container as written', () => {
    const text = templateDeployment('  namespace: {{ .Release.Namespace }}', [
      '          securityContext:',
      '            privileged: true',
    ]);
    const found = check({ 'chart/templates/web.yaml': text }, 'chart/templates/web.yaml', baseline);
    assert.deepEqual(
      found.map((d) => [d.code, textAt(text, d)]),
      [['pod-security-privileged', 'true']],
    );
    assert.match(found[0]?.message ?? '', /\{\{ \.Chart\.Name \}\}/);
    assert.doesNotMatch(found[0]?.message ?? '', /xxx/);
  });

  it('reports missing fields in restricted only when no action could write them', () => {
    const plain = templateDeployment('  namespace: {{ .Release.Namespace }}', []);
    const missing = check({ 'chart/templates/web.yaml': plain }, 'chart/templates/web.yaml', restricted)
      .map((d) => String(d.code))
      .sort();
    assert.deepEqual(missing, [
      'pod-security-capabilities',
      'pod-security-privilege-escalation',
      'pod-security-run-as-non-root',
      'pod-security-seccomp',
    ]);
    const withInclude = templateDeployment('  namespace: {{ .Release.Namespace }}', [
      '          securityContext:',
      '            {{- toYaml .Values.securityContext | nindent 12 }}',
    ]);
    assert.deepEqual(check({ 'chart/templates/web.yaml': withInclude }, 'chart/templates/web.yaml', restricted), []);
  });

  it('says nothing of a field an `if` guards or an action writes', () => {
    const guarded = templateDeployment(
      '  namespace: {{ .Release.Namespace }}',
      [],
      ['      {{- if .Values.hostNetwork }}', '      hostNetwork: true', '      {{- end }}'],
    );
    assert.deepEqual(check({ 'chart/templates/web.yaml': guarded }, 'chart/templates/web.yaml', baseline), []);
    const written = templateDeployment('  namespace: {{ .Release.Namespace }}', [
      '          securityContext:',
      '            privileged: {{ .Values.privileged }}',
    ]);
    assert.deepEqual(check({ 'chart/templates/web.yaml': written }, 'chart/templates/web.yaml', baseline), []);
  });

  it("reads the Namespace's labels from the workspace when the template's namespace is literal, else the setting", () => {
    const files = { 'ns.yaml': namespace('team', 'baseline') };
    const literal = templateDeployment('  namespace: team', ['          securityContext:', '            privileged: true']);
    assert.deepEqual(
      check({ ...files, 'chart/templates/web.yaml': literal }, 'chart/templates/web.yaml').map((d) => [d.code, d.severity]),
      [['pod-security-privileged', DiagnosticSeverity.Error]],
    );
    const written = templateDeployment('  namespace: {{ .Values.namespace }}', [
      '          securityContext:',
      '            privileged: true',
    ]);
    assert.deepEqual(check({ ...files, 'chart/templates/web.yaml': written }, 'chart/templates/web.yaml'), [], 'no setting: nothing');
    assert.deepEqual(
      check({ ...files, 'chart/templates/web.yaml': written }, 'chart/templates/web.yaml', baseline).map((d) => [d.code, d.severity]),
      [['pod-security-privileged', DiagnosticSeverity.Warning]],
    );
  });
});
