// The best practices that read another file of the workspace: no readiness probe on pods a Service
// sends traffic to, and a PodDisruptionBudget that lets none of its pods be evicted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { applyEdits, fixesOf, textAt, yaml } from '../../helpers/ruleHarness';
import { newService } from '../../helpers/service';

const ROOT = 'file:///repo';
type Mode = 'off' | 'learner' | 'strict' | undefined;

function check(files: Record<string, string>, path: string, mode: Mode = undefined, text?: string): Diagnostic[] {
  const service = newService();
  service.configure(mode ? { bestPractices: mode } : {});
  service.setWorkspaceRoots([ROOT]);
  for (const [name, content] of Object.entries(files)) service.indexFile(`${ROOT}/${name}`, content);
  const uri = `${ROOT}/${path}`;
  return service
    .doValidation(uri, service.parse(uri, text ?? files[path] ?? ''))
    .filter((d) => String(d.code).startsWith('best-practice-'));
}

const service = (selector: string[], namespace: string[] = []): string =>
  yaml(
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    ...namespace,
    'spec:',
    '  selector:',
    ...selector,
    '  ports:',
    '    - port: 80',
    '      targetPort: 8080',
  );

const deployment = (options: { replicas?: number; container?: string[]; labels?: string[] } = {}): string =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    ...(options.replicas !== undefined ? [`  replicas: ${options.replicas}`] : []),
    '  selector:',
    '    matchLabels:',
    '      app: web',
    '  template:',
    '    metadata:',
    '      labels:',
    ...(options.labels ?? ['        app: web', '        tier: front']),
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: nginx:1.27.3',
    ...(options.container ?? ['          ports:', '            - containerPort: 8080']),
  );

describe('best-practice-no-readiness-probe', () => {
  it('flags each app container of pods a Service of the workspace selects, naming the Service', () => {
    const files = { 'svc.yaml': service(['    app: web']), 'web.yaml': deployment() };
    const found = check(files, 'web.yaml');
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, textAt(files['web.yaml'], d)]),
      [['best-practice-no-readiness-probe', DiagnosticSeverity.Information, 'web']],
    );
    assert.match(found[0]?.message ?? '', /^Container "web" has no readiness probe, yet Service "web" sends traffic to its pods\./);
    assert.match(found[0]?.message ?? '', /\(kube-linter: no-readiness-probe; kube-score: pod-probes\)$/);
  });

  it('offers a TCP readiness probe on the container port; with it, nothing is said', () => {
    const files = { 'svc.yaml': service(['    app: web']), 'web.yaml': deployment() };
    const [d] = check(files, 'web.yaml');
    const [fix] = fixesOf(d);
    assert.equal(fix?.title, 'Add a readiness probe that connects to port 8080');
    const fixed = applyEdits(files['web.yaml'], fix?.edits ?? []);
    assert.ok(
      fixed.endsWith('            - containerPort: 8080\n          readinessProbe:\n            tcpSocket:\n              port: 8080\n'),
      fixed,
    );
    assert.deepEqual(check(files, 'web.yaml', undefined, fixed), []);
  });

  it('is silent without a Service that selects the pods, or in another namespace', () => {
    assert.deepEqual(check({ 'web.yaml': deployment() }, 'web.yaml'), []);
    assert.deepEqual(check({ 'svc.yaml': service(['    app: api']), 'web.yaml': deployment() }, 'web.yaml'), []);
    assert.deepEqual(check({ 'svc.yaml': service(['    app: web', '    tier: back']), 'web.yaml': deployment() }, 'web.yaml'), []);
    const inTeam = deployment().replace('  name: web\nspec:', '  name: web\n  namespace: team\nspec:');
    assert.deepEqual(check({ 'svc.yaml': service(['    app: web'], ['  namespace: other']), 'web.yaml': inTeam }, 'web.yaml'), []);
  });

  it('is silent when off, and a warning in strict', () => {
    const files = { 'svc.yaml': service(['    app: web']), 'web.yaml': deployment() };
    assert.deepEqual(check(files, 'web.yaml', 'off'), []);
    assert.deepEqual(
      check(files, 'web.yaml', 'strict')
        .filter((d) => d.code === 'best-practice-no-readiness-probe')
        .map((d) => d.severity),
      [DiagnosticSeverity.Warning],
    );
  });
});

const budget = (spec: string[]): string =>
  yaml('apiVersion: policy/v1', 'kind: PodDisruptionBudget', 'metadata:', '  name: web', 'spec:', ...spec);

describe('best-practice-pdb-blocks-eviction', () => {
  it('flags minAvailable equal to the replicas of the one-replica workload it selects (matchLabels)', () => {
    const pdb = budget(['  minAvailable: 1', '  selector:', '    matchLabels:', '      app: web']);
    const found = check({ 'web.yaml': deployment(), 'pdb.yaml': pdb }, 'pdb.yaml');
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, textAt(pdb, d)]),
      [['best-practice-pdb-blocks-eviction', DiagnosticSeverity.Information, '1']],
    );
    assert.match(
      found[0]?.message ?? '',
      /asks for the only pod of Deployment "web" to stay up.*\(kube-linter: pdb-min-available; kube-score: deployment-has-poddisruptionbudget\)$/,
    );
    const fixed = applyEdits(pdb, fixesOf(found[0])[0]?.edits ?? []);
    assert.ok(fixed.includes('\n  maxUnavailable: 1\n'), fixed);
    assert.deepEqual(check({ 'web.yaml': deployment(), 'pdb.yaml': fixed }, 'pdb.yaml'), []);
  });

  it('reads matchExpressions and percentages', () => {
    const pdb = budget([
      '  minAvailable: 100%',
      '  selector:',
      '    matchExpressions:',
      '      - {key: app, operator: In, values: [web, api]}',
      '      - {key: canary, operator: DoesNotExist}',
    ]);
    const files = { 'web.yaml': deployment({ replicas: 3 }), 'pdb.yaml': pdb };
    const [found, ...rest] = check(files, 'pdb.yaml');
    assert.deepEqual([found?.code, found && textAt(pdb, found), rest], ['best-practice-pdb-blocks-eviction', '100%', []]);
    assert.match(found?.message ?? '', /asks for all 3 pods of Deployment "web" to stay up/);
    const notSelected = pdb.replace('operator: DoesNotExist', 'operator: Exists');
    assert.deepEqual(check({ ...files, 'pdb.yaml': notSelected }, 'pdb.yaml'), []);
  });

  it('is silent when the budget leaves room: more replicas than minAvailable, or a workload whose size is unknown', () => {
    const pdb = budget(['  minAvailable: 1', '  selector:', '    matchLabels:', '      app: web']);
    assert.deepEqual(check({ 'web.yaml': deployment({ replicas: 2 }), 'pdb.yaml': pdb }, 'pdb.yaml'), []);
    assert.deepEqual(check({ 'pdb.yaml': pdb }, 'pdb.yaml'), [], 'nothing selected in the workspace');
    const daemonSet = deployment().replace('kind: Deployment', 'kind: DaemonSet');
    assert.deepEqual(check({ 'web.yaml': daemonSet, 'pdb.yaml': pdb }, 'pdb.yaml'), []);
  });

  it('flags maxUnavailable 0 whatever it selects, with a fix to allow one', () => {
    const pdb = budget(['  maxUnavailable: 0', '  selector:', '    matchLabels:', '      app: web']);
    const found = check({ 'pdb.yaml': pdb }, 'pdb.yaml');
    assert.deepEqual(
      found.map((d) => [d.code, textAt(pdb, d)]),
      [['best-practice-pdb-blocks-eviction', '0']],
    );
    assert.match(found[0]?.message ?? '', /lets no pod be evicted.*\(kube-linter: pdb-max-unavailable\)$/);
    const fixed = applyEdits(pdb, fixesOf(found[0])[0]?.edits ?? []);
    assert.deepEqual(check({ 'pdb.yaml': fixed }, 'pdb.yaml'), []);
  });

  it('is silent when off, a warning in strict, and speaks Korean', () => {
    const pdb = budget(['  maxUnavailable: 0', '  selector:', '    matchLabels:', '      app: web']);
    assert.deepEqual(check({ 'pdb.yaml': pdb }, 'pdb.yaml', 'off'), []);
    assert.deepEqual(
      check({ 'pdb.yaml': pdb }, 'pdb.yaml', 'strict').map((d) => d.severity),
      [DiagnosticSeverity.Warning],
    );
    const korean = newService();
    korean.configure({ language: 'ko' });
    const found = korean
      .doValidation('file:///ko/pdb.yaml', korean.parse('file:///ko/pdb.yaml', pdb))
      .filter((d) => d.code === 'best-practice-pdb-blocks-eviction');
    assert.match(found[0]?.message ?? '', /^`maxUnavailable: 0` 설정으로는 어떤 파드도 축출될 수 없어서/);
  });
});
