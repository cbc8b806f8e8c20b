// pod-security-* diagnostics through the whole service: which level applies (a Namespace of the
// workspace, else the setting), where each finding sits, what it says, and the fixes' text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { PodLanguageService } from '../../../server/src/service/index';
import { applyFix, fixesOf, textAt, yaml } from '../../helpers/ruleHarness';
import { newService } from '../../helpers/service';

const ROOT = 'file:///repo';

function namespace(name: string, labels: Record<string, string>): string {
  return yaml(
    'apiVersion: v1',
    'kind: Namespace',
    'metadata:',
    `  name: ${name}`,
    '  labels:',
    ...Object.entries(labels).map(([k, v]) => `    ${k}: ${v}`),
  );
}

const deployment = (namespaceLine: string[], container: string[]): string =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    ...namespaceLine,
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      app: web',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: web',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: nginx:1.27',
    ...container,
  );

interface Workspace {
  readonly service: PodLanguageService;
  check(path: string, text?: string): Diagnostic[];
  files: Record<string, string>;
}

function workspace(files: Record<string, string>, configure: Parameters<PodLanguageService['configure']>[0] = {}): Workspace {
  const svc = newService();
  svc.configure(configure);
  svc.setWorkspaceRoots([ROOT]);
  for (const [path, text] of Object.entries(files)) svc.indexFile(`${ROOT}/${path}`, text);
  return {
    service: svc,
    files,
    check: (path, text) => {
      const uri = `${ROOT}/${path}`;
      return svc.doValidation(uri, svc.parse(uri, text ?? files[path] ?? '')).filter((d) => String(d.code).startsWith('pod-security-'));
    },
  };
}

const pssLabel = (mode: string): string => `pod-security.kubernetes.io/${mode}`;

describe('pod-security diagnostics: which level applies', () => {
  it('says nothing about a privileged pod when nothing asks for a level', () => {
    const text = deployment([], ['          securityContext:', '            privileged: true']);
    const ws = workspace({ 'web.yaml': text, 'ns.yaml': namespace('other', { [pssLabel('enforce')]: 'restricted' }) });
    assert.deepEqual(ws.check('web.yaml'), []);
  });

  it("uses the labels of the Deployment's Namespace from another file: enforce gives errors on the fields at fault", () => {
    const text = deployment(['  namespace: team'], ['          securityContext:', '            privileged: true']);
    const ws = workspace({ 'ns.yaml': namespace('team', { [pssLabel('enforce')]: 'restricted' }), 'web.yaml': text });
    const found = ws.check('web.yaml');
    const byCode = new Map(found.map((d) => [String(d.code), d]));
    assert.deepEqual([...byCode.keys()].sort(), [
      'pod-security-capabilities',
      'pod-security-privilege-escalation',
      'pod-security-privileged',
      'pod-security-run-as-non-root',
      'pod-security-seccomp',
    ]);
    assert.ok(found.every((d) => d.severity === DiagnosticSeverity.Error));
    const privileged = byCode.get('pod-security-privileged');
    assert.ok(privileged);
    assert.equal(textAt(text, privileged), 'true');
    assert.equal(
      privileged.message.split('. ')[0],
      'Namespace "team" enforces Pod Security "restricted:latest": this Deployment is accepted with a warning, but every pod it creates is rejected: privileged (container "web" must not set securityContext.privileged=true)',
    );
    const escalation = byCode.get('pod-security-privilege-escalation');
    assert.ok(escalation);
    assert.equal(textAt(text, escalation), 'securityContext', 'a missing field is reported on its parent');
    assert.match(
      escalation.message,
      /allowPrivilegeEscalation != false \(container "web" must set securityContext\.allowPrivilegeEscalation=false\)/,
    );
  });

  it('gives warn findings as warnings and audit findings as information, each place once at its strongest mode', () => {
    const text = deployment(['  namespace: team'], ['          securityContext:', '            privileged: true']);
    const ws = workspace({
      'ns.yaml': namespace('team', {
        [pssLabel('enforce')]: 'baseline',
        [pssLabel('warn')]: 'restricted',
        [pssLabel('audit')]: 'restricted',
      }),
      'web.yaml': text,
    });
    const found = ws.check('web.yaml');
    const privileged = found.filter((d) => d.code === 'pod-security-privileged');
    assert.equal(privileged.length, 1);
    assert.equal(privileged[0]?.severity, DiagnosticSeverity.Error);
    const seccomp = found.find((d) => d.code === 'pod-security-seccomp');
    assert.equal(seccomp?.severity, DiagnosticSeverity.Warning);
    assert.match(
      seccomp?.message ?? '',
      /^Namespace "team" warns at Pod Security "restricted:latest": applying this prints `Warning: would violate PodSecurity/,
    );
    const audit = workspace({ 'ns.yaml': namespace('team', { [pssLabel('audit')]: 'baseline' }), 'web.yaml': text }).check('web.yaml');
    assert.deepEqual(
      audit.map((d) => [d.code, d.severity]),
      [['pod-security-privileged', DiagnosticSeverity.Information]],
    );
  });

  it('honours the version label: runAsUser 0 passes restricted v1.22 and fails v1.23', () => {
    const pod = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      '  namespace: team',
      'spec:',
      '  securityContext:',
      '    runAsNonRoot: true',
      '    runAsUser: 0',
      '    seccompProfile:',
      '      type: RuntimeDefault',
      '  containers:',
      '    - name: app',
      '      image: nginx:1.27',
      '      securityContext:',
      '        allowPrivilegeEscalation: false',
      '        capabilities:',
      '          drop: ["ALL"]',
    );
    const at = (version: string) =>
      workspace({
        'ns.yaml': namespace('team', { [pssLabel('enforce')]: 'restricted', [pssLabel('enforce-version')]: version }),
        'pod.yaml': pod,
      }).check('pod.yaml');
    assert.deepEqual(at('v1.22'), []);
    const [d] = at('v1.23');
    assert.equal(d?.code, 'pod-security-run-as-user');
    assert.equal(textAt(pod, d), '0');
    assert.match(
      d?.message ?? '',
      /so the API server rejects this pod: violates PodSecurity "restricted:v1\.23": runAsUser=0 \(pod must not set runAsUser=0\)/,
    );
  });

  it('falls back to the setting where the Namespace is not in the workspace or the object names none', () => {
    const text = deployment([], ['          securityContext:', '            privileged: true']);
    const ws = workspace({ 'web.yaml': text }, { podSecurity: { level: 'baseline', version: 'latest' } });
    const found = ws.check('web.yaml');
    assert.deepEqual(
      found.map((d) => [d.code, d.severity]),
      [['pod-security-privileged', DiagnosticSeverity.Warning]],
    );
    assert.match(found[0]?.message ?? '', /^Pod Security "baseline:latest", the level you asked Podwright to check/);
  });

  it('lets a Namespace of the workspace decide over the setting, even when it allows everything', () => {
    const text = deployment(['  namespace: system'], ['          securityContext:', '            privileged: true']);
    const ws = workspace(
      { 'ns.yaml': namespace('system', { [pssLabel('enforce')]: 'privileged' }), 'web.yaml': text },
      { podSecurity: { level: 'restricted', version: 'latest' } },
    );
    assert.deepEqual(ws.check('web.yaml'), []);
  });

  it('follows a change of the Namespace labels in its own file', () => {
    const text = deployment(['  namespace: team'], ['          securityContext:', '            privileged: true']);
    const ws = workspace({ 'ns.yaml': namespace('team', { [pssLabel('enforce')]: 'baseline' }), 'web.yaml': text });
    assert.equal(ws.check('web.yaml').length, 1);
    ws.service.indexFile(`${ROOT}/ns.yaml`, namespace('team', { [pssLabel('enforce')]: 'privileged' }));
    assert.deepEqual(ws.check('web.yaml'), []);
  });

  it('speaks Korean', () => {
    const text = deployment(['  namespace: team'], ['          securityContext:', '            privileged: true']);
    const ws = workspace({ 'ns.yaml': namespace('team', { [pssLabel('enforce')]: 'baseline' }), 'web.yaml': text }, { language: 'ko' });
    const [d] = ws.check('web.yaml');
    assert.match(d?.message ?? '', /^네임스페이스 "team"은 파드 보안 "baseline:latest"를 강제\(enforce\)합니다/);
    assert.match(d?.message ?? '', /privileged \(container "web" must not set securityContext\.privileged=true\)/);
    assert.equal(fixesOf(d)[0]?.title, '`securityContext.privileged: false` 설정하기');
  });
});

describe('pod-security quick fixes', () => {
  const restricted = { podSecurity: { level: 'restricted' as const, version: 'latest' } };

  it('sets the one field: privileged: true becomes false', () => {
    const text = deployment([], ['          securityContext:', '            privileged: true  # needed?']);
    const ws = workspace({ 'web.yaml': text }, { podSecurity: { level: 'baseline', version: 'latest' } });
    const [d] = ws.check('web.yaml');
    assert.equal(fixesOf(d)[0]?.title, 'Set `securityContext.privileged: false`');
    const fixed = applyFix(text, d);
    assert.ok(fixed.includes('            privileged: false  # needed?\n'));
    assert.deepEqual(ws.check('web.yaml', fixed), []);
  });

  it('makes a container meet restricted in one edit, keeping comments and layout', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '    # the app',
      '    - name: web',
      '      image: nginx:1.27 # pinned',
      '      securityContext:',
      '        readOnlyRootFilesystem: true # keep',
      '        capabilities:',
      '          add: ["NET_BIND_SERVICE"]',
      '      ports:',
      '        - containerPort: 8080',
    );
    const ws = workspace({ 'pod.yaml': text }, restricted);
    const found = ws.check('pod.yaml');
    const escalation = found.find((d) => d.code === 'pod-security-privilege-escalation');
    assert.ok(escalation);
    const [combined] = fixesOf(escalation);
    assert.equal(combined?.title, 'Make container "web" meet the restricted level');
    assert.equal(combined?.preferred, true);
    const fixed = applyFix(text, escalation);
    assert.equal(
      fixed,
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: web',
        'spec:',
        '  containers:',
        '    # the app',
        '    - name: web',
        '      image: nginx:1.27 # pinned',
        '      securityContext:',
        '        readOnlyRootFilesystem: true # keep',
        '        capabilities:',
        '          add: ["NET_BIND_SERVICE"]',
        '          drop: ["ALL"]',
        '        allowPrivilegeEscalation: false',
        '        runAsNonRoot: true',
        '        seccompProfile:',
        '          type: RuntimeDefault',
        '      ports:',
        '        - containerPort: 8080',
      ),
    );
    assert.deepEqual(ws.check('pod.yaml', fixed), []);
  });

  it('fills a securityContext written as {} and one that is missing, for every container', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  initContainers:',
      '  - name: init',
      '    image: busybox:1.36',
      '    securityContext: {}',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
    );
    const ws = workspace({ 'pod.yaml': text }, restricted);
    let current = text;
    for (const name of ['init', 'web']) {
      const d = ws
        .check('pod.yaml', current)
        .find((x) => x.code === 'pod-security-privilege-escalation' && x.message.includes(`"${name}"`));
      assert.ok(d, name);
      current = applyFix(current, d);
    }
    assert.deepEqual(ws.check('pod.yaml', current), []);
    const block =
      '    securityContext:\n      allowPrivilegeEscalation: false\n      runAsNonRoot: true\n      seccompProfile:\n        type: RuntimeDefault\n      capabilities:\n        drop: ["ALL"]\n';
    assert.ok(current.includes(`    image: busybox:1.36\n${block}  containers:\n`), current);
    assert.ok(current.endsWith(`    image: nginx:1.27\n${block}`), current);
  });

  it('writes into a flow securityContext in flow style', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '    securityContext: {runAsNonRoot: true}',
    );
    const ws = workspace({ 'pod.yaml': text }, restricted);
    const d = ws.check('pod.yaml').find((x) => x.code === 'pod-security-seccomp');
    assert.ok(d);
    const fixed = applyFix(text, d);
    assert.ok(
      fixed.endsWith(
        '    securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false, seccompProfile: {type: RuntimeDefault}, capabilities: {drop: ["ALL"]}}\n',
      ),
      fixed,
    );
    assert.deepEqual(ws.check('pod.yaml', fixed), []);
  });

  it('adds ALL to an existing block drop list and replaces an Unconfined seccomp type', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  securityContext:',
      '    runAsNonRoot: true',
      '    seccompProfile:',
      '      type: RuntimeDefault',
      '  containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '    securityContext:',
      '      allowPrivilegeEscalation: false',
      '      seccompProfile:',
      '        type: "Unconfined"',
      '      capabilities:',
      '        drop:',
      '        - NET_RAW',
    );
    const ws = workspace({ 'pod.yaml': text }, restricted);
    const found = ws.check('pod.yaml');
    const caps = found.find((d) => d.code === 'pod-security-capabilities');
    const seccomp = found.find((d) => d.code === 'pod-security-seccomp');
    assert.ok(caps && seccomp);
    assert.equal(textAt(text, seccomp), '"Unconfined"');
    assert.equal(textAt(text, caps), 'drop');
    const fixed = applyFix(text, caps);
    assert.ok(fixed.endsWith('        drop:\n        - NET_RAW\n        - ALL\n'), fixed);
    assert.ok(fixed.includes('        type: RuntimeDefault\n      capabilities:'), 'the combined fix also sets the seccomp type');
    assert.deepEqual(ws.check('pod.yaml', fixed), []);
  });
});
