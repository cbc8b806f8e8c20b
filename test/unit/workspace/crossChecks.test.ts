// Checks across resources: a Deployment and its Service, ConfigMap and Ingress in separate files of one
// workspace folder, as real repositories keep them. Every check must stay silent when the workspace does
// not hold what it would compare against.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { PodLanguageService } from '../../../server/src/service/index';
import { applyFix, fixesOf, rangeOf, textAt, yaml } from '../../helpers/ruleHarness';
import { newService } from '../../helpers/service';

const ROOT = 'file:///repo';

const deployment = yaml(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app: web',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: web',
  '        tier: frontend',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: nginx:1.27',
  '          ports:',
  '            - name: http',
  '              containerPort: 80',
  '          env:',
  '            - name: MODE',
  '              valueFrom:',
  '                configMapKeyRef:',
  '                  name: web-config',
  '                  key: mode',
  '          readinessProbe:',
  '            httpGet: {path: /, port: http}',
);

function service(selector: string[], ports: string[] = ['    - port: 80', '      targetPort: http'], extra: string[] = []): string {
  return yaml(
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    ...extra,
    'spec:',
    '  selector:',
    ...selector,
    '  ports:',
    ...ports,
  );
}

const configMap = yaml(
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: web-config',
  'data:',
  '  mode: production',
  '  level: info',
);

interface Workspace {
  readonly service: PodLanguageService;
  check(path: string): Diagnostic[];
}

/** A service whose workspace folder holds these files, all indexed as the language server does. */
function workspace(files: Record<string, string>, language: 'en' | 'ko' = 'en'): Workspace {
  const svc = newService();
  svc.configure({ language });
  svc.setWorkspaceRoots([ROOT]);
  for (const [path, text] of Object.entries(files)) svc.indexFile(`${ROOT}/${path}`, text);
  return {
    service: svc,
    check: (path) => {
      const uri = `${ROOT}/${path}`;
      return svc.doValidation(uri, svc.parse(uri, files[path] ?? ''));
    },
  };
}

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));

describe('checks across resources: a Service and the pods it selects', () => {
  it('is quiet when the Service selects the Deployment of another file and names its port', () => {
    const ws = workspace({ 'deploy.yaml': deployment, 'svc.yaml': service(['    app: web']), 'config.yaml': configMap });
    assert.deepEqual(ws.check('svc.yaml'), []);
    assert.deepEqual(ws.check('deploy.yaml'), []);
  });

  it('warns on the selector label that matches no pod, with the nearest real label as the fix', () => {
    const text = service(['    app: webb']);
    const ws = workspace({ 'deploy.yaml': deployment, 'svc.yaml': text });
    const [d, ...rest] = ws.check('svc.yaml');
    assert.ok(d);
    assert.deepEqual(rest, []);
    assert.equal(d.code, 'service-selects-nothing');
    assert.equal(textAt(text, d), 'webb');
    assert.equal(
      d.message,
      'No pod of the workspace has the label `app: webb`, so this Service selects no pods and has no endpoints: connections to it are refused. The closest is Deployment `web` (deploy.yaml:4).',
    );
    assert.equal(fixesOf(d)[0]?.title, 'Change to `web`');
    const fixed = applyFix(text, d);
    assert.match(fixed, /^ {4}app: web$/m);
    assert.deepEqual(workspace({ 'deploy.yaml': deployment, 'svc.yaml': fixed }).check('svc.yaml'), []);
  });

  it('names the pod of its own folder when several are as close', () => {
    const [d] = workspace({
      'a/deploy.yaml': deployment,
      'shop/deploy.yaml': deployment,
      'shop/svc.yaml': service(['    app: webb']),
    }).check('shop/svc.yaml');
    assert.match(d?.message ?? '', /The closest is Deployment `web` \(shop\/deploy\.yaml:4\)\.$/);
  });

  it('offers the nearest label key when the key itself is misspelt', () => {
    const text = service(['    ap: web']);
    const [d] = workspace({ 'deploy.yaml': deployment, 'svc.yaml': text }).check('svc.yaml');
    assert.ok(d);
    assert.equal(textAt(text, d), 'ap');
    assert.match(d.message, /No pod of the workspace has a label `ap`/);
    assert.match(applyFix(text, d), /^ {4}app: web$/m);
  });

  it('reports only the pairs the closest pod lacks', () => {
    const text = service(['    app: web', '    tier: backend']);
    const found = workspace({ 'deploy.yaml': deployment, 'svc.yaml': text }).check('svc.yaml');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['backend'],
    );
    assert.equal(fixesOf(found[0])[0]?.title, 'Change to `frontend`');
  });

  it('warns on a named targetPort that no selected pod declares, offering the declared names', () => {
    const text = service(['    app: web'], ['    - port: 80', '      targetPort: htp']);
    const [d] = workspace({ 'deploy.yaml': deployment, 'svc.yaml': text }).check('svc.yaml');
    assert.ok(d);
    assert.equal(d.code, 'undefined-port-name');
    assert.deepEqual(rangeOf(d), [9, 18, 9, 21]);
    assert.match(d.message, /declares a port named `htp`.*Declared: `http`\./);
    assert.match(applyFix(text, d), /targetPort: http$/m);
  });

  it('leaves numeric targetPorts alone: containers need not declare their ports', () => {
    const text = service(['    app: web'], ['    - port: 80', '      targetPort: 8080']);
    assert.deepEqual(workspace({ 'deploy.yaml': deployment, 'svc.yaml': text }).check('svc.yaml'), []);
  });

  it('stays silent where the workspace cannot know', () => {
    const selectorless = yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: db', 'spec:', '  ports:', '    - port: 5432');
    const external = yaml(
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: db',
      'spec:',
      '  type: ExternalName',
      '  externalName: db.example.com',
      '  selector:',
      '    app: nothing',
    );
    const otherNamespace = service(['    app: nothing'], undefined, ['  namespace: other']);
    const elsewhere = {
      'deploy.yaml': yaml(
        ...deployment
          .trimEnd()
          .split('\n')
          .flatMap((l) => (l === '  name: web' ? [l, '  namespace: prod'] : [l])),
      ),
    };
    // A selector unlike every pod of the workspace selects pods applied from elsewhere.
    assert.deepEqual(workspace({ 'deploy.yaml': deployment, 'svc.yaml': service(['    app: postgres']) }).check('svc.yaml'), []);
    // No pods in the workspace at all: they may be applied from another repository.
    assert.deepEqual(workspace({ 'svc.yaml': service(['    app: nothing']) }).check('svc.yaml'), []);
    assert.deepEqual(workspace({ 'deploy.yaml': deployment, 'svc.yaml': selectorless }).check('svc.yaml'), []);
    assert.deepEqual(workspace({ 'deploy.yaml': deployment, 'svc.yaml': external }).check('svc.yaml'), []);
    // The workspace has pods in `prod` only; the Service is in `other`.
    assert.deepEqual(workspace({ ...elsewhere, 'svc.yaml': otherNamespace }).check('svc.yaml'), []);
  });

  it('resolves namespaces as kubectl does: a Service without one may sit with any pods', () => {
    const prodDeployment = deployment.replace('  name: web\n', '  name: web\n  namespace: prod\n');
    const ws = workspace({ 'deploy.yaml': prodDeployment, 'svc.yaml': service(['    app: webb']) });
    assert.deepEqual(codes(ws.check('svc.yaml')), ['service-selects-nothing']);
    const prodService = service(['    app: web'], undefined, ['  namespace: prod']);
    assert.deepEqual(workspace({ 'deploy.yaml': prodDeployment, 'svc.yaml': prodService }).check('svc.yaml'), []);
  });

  it('follows the index as files change and go', () => {
    const ws = workspace({ 'deploy.yaml': deployment, 'svc.yaml': service(['    app: web']) });
    assert.deepEqual(ws.check('svc.yaml'), []);
    ws.service.indexFile(`${ROOT}/deploy.yaml`, deployment.replaceAll('app: web', 'app: web2'));
    assert.deepEqual(codes(ws.check('svc.yaml')), ['service-selects-nothing']);
    ws.service.workspace.delete(`${ROOT}/deploy.yaml`);
    assert.deepEqual(ws.check('svc.yaml'), [], 'no pods left in the workspace: silent again');
  });

  it('speaks Korean', () => {
    const [d] = workspace({ 'deploy.yaml': deployment, 'svc.yaml': service(['    app: webb']) }, 'ko').check('svc.yaml');
    assert.ok(d);
    assert.match(d.message, /^워크스페이스에는 `app: webb` 레이블을 가진 파드가 없어서/);
    assert.equal(fixesOf(d)[0]?.title, '`web`으로 바꾸기');
  });
});

describe('checks across resources: keys, Ingress backends and duplicates', () => {
  it('warns on a configMapKeyRef key the ConfigMap lacks, pointing at the ConfigMap', () => {
    const text = deployment.replace('key: mode', 'key: mdoe');
    const [d, ...rest] = workspace({ 'deploy.yaml': text, 'config.yaml': configMap }).check('deploy.yaml');
    assert.ok(d);
    assert.deepEqual(rest, []);
    assert.equal(d.code, 'missing-key');
    assert.equal(textAt(text, d), 'mdoe');
    assert.match(
      d.message,
      /^ConfigMap `web-config` in the workspace has no key `mdoe`, so the pod will not start \(CreateContainerConfigError\)/,
    );
    assert.equal(d.relatedInformation?.[0]?.location.uri, `${ROOT}/config.yaml`);
    assert.equal(d.relatedInformation?.[0]?.location.range.start.line, 3);
    assert.match(applyFix(text, d), /key: mode$/m);
  });

  it('never errs on a reference to an object the workspace does not hold, or an optional one', () => {
    const text = deployment.replace('key: mode', 'key: anything');
    assert.deepEqual(workspace({ 'deploy.yaml': text }).check('deploy.yaml'), []);
    const optional = text.replace('                  key: anything', '                  key: anything\n                  optional: true');
    assert.deepEqual(workspace({ 'deploy.yaml': optional, 'config.yaml': configMap }).check('deploy.yaml'), []);
  });

  it('checks Secret volume items against the Secret, whose value it never shows', () => {
    const pod = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: db',
      'spec:',
      '  containers:',
      '    - name: db',
      '      image: postgres:16',
      '  volumes:',
      '    - name: creds',
      '      secret:',
      '        secretName: db-creds',
      '        items:',
      '          - key: passwrd',
      '            path: password',
    );
    const secret = yaml('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db-creds', 'stringData:', '  password: hunter2');
    const [d] = workspace({ 'pod.yaml': pod, 'secret.yaml': secret }).check('pod.yaml');
    assert.equal(d?.code, 'missing-key');
    assert.ok(d && !d.message.includes('hunter2'));
  });

  it('warns on an Ingress backend port that the Service does not have', () => {
    const svc = service(['    app: web'], ['    - name: http', '      port: 80', '      targetPort: http']);
    const ingress = (port: string): string =>
      yaml(
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        '  name: web',
        'spec:',
        '  rules:',
        '    - host: web.example.com',
        '      http:',
        '        paths:',
        '          - path: /',
        '            pathType: Prefix',
        '            backend:',
        '              service:',
        '                name: web',
        '                port:',
        `                  ${port}`,
      );
    const files = { 'deploy.yaml': deployment, 'svc.yaml': svc };
    assert.deepEqual(workspace({ ...files, 'ing.yaml': ingress('number: 80') }).check('ing.yaml'), []);
    assert.deepEqual(workspace({ ...files, 'ing.yaml': ingress('name: http') }).check('ing.yaml'), []);
    const [byNumber] = workspace({ ...files, 'ing.yaml': ingress('number: 8080') }).check('ing.yaml');
    assert.equal(byNumber?.code, 'unknown-service-port');
    assert.match(byNumber?.message ?? '', /^Service `web` \(svc\.yaml:4\) has no port 8080; .* Its ports: `80`\.$/);
    const byName = ingress('name: htp');
    const [d] = workspace({ ...files, 'ing.yaml': byName }).check('ing.yaml');
    assert.ok(d);
    assert.match(applyFix(byName, d), /name: http$/m);
    // A Service the workspace does not define may exist in the cluster.
    assert.deepEqual(workspace({ 'ing.yaml': ingress('number: 8080') }).check('ing.yaml'), []);
  });

  it('warns on the later of two objects with the same kind, namespace and name, saying where the first is', () => {
    const ws = workspace({ 'a.yaml': configMap, 'b.yaml': configMap });
    assert.deepEqual(ws.check('a.yaml'), []);
    const [d] = ws.check('b.yaml');
    assert.equal(d?.code, 'duplicate-object');
    assert.equal(d?.severity, DiagnosticSeverity.Information, 'another file of the folder: worth knowing, not alarming');
    assert.equal(
      d?.message,
      'ConfigMap `web-config` is defined twice; the first is at a.yaml:4. Applying both leaves only the one applied last, so one of them is lost.',
    );
    assert.equal(d?.relatedInformation?.[0]?.location.uri, `${ROOT}/a.yaml`);
    // Other namespaces, other kinds and other groups are different objects.
    const other = configMap.replace('  name: web-config\n', '  name: web-config\n  namespace: other\n');
    assert.deepEqual(workspace({ 'a.yaml': configMap, 'b.yaml': other }).check('b.yaml'), []);
    const inOneFile = `${configMap}---\n${configMap}`;
    const found = workspace({ 'one.yaml': inOneFile }).check('one.yaml');
    assert.deepEqual(
      found.map((x) => [x.code, x.range.start.line, x.severity]),
      [['duplicate-object', 11, DiagnosticSeverity.Warning]],
    );
  });

  it('leaves environments alone: the same objects in dev/ and prod/ with their own keys and ports', () => {
    const prodConfig = configMap.replace('  level: info', '  region: eu');
    const reader = deployment.replace('key: mode', 'key: region');
    const ws = workspace({ 'dev/config.yaml': configMap, 'prod/config.yaml': prodConfig, 'prod/deploy.yaml': reader });
    assert.deepEqual(ws.check('prod/config.yaml'), [], 'not a duplicate: another folder');
    assert.deepEqual(ws.check('prod/deploy.yaml'), [], 'prod/config.yaml has the key');
    const [missing] = workspace({
      'dev/config.yaml': configMap,
      'prod/config.yaml': prodConfig,
      'prod/deploy.yaml': deployment.replace('key: mode', 'key: zone'),
    }).check('prod/deploy.yaml');
    assert.equal(missing?.code, 'missing-key', 'a key no definition has is still news');
    assert.equal(missing?.relatedInformation?.[0]?.location.uri, `${ROOT}/prod/config.yaml`, 'pointing at the one of its own folder');
  });

  it('keeps workspace folders apart, and a file outside them sees its own directory', () => {
    const svc = newService();
    svc.setWorkspaceRoots(['file:///one', 'file:///two']);
    svc.indexFile('file:///one/deploy.yaml', deployment);
    const text = service(['    app: webb']);
    assert.deepEqual(svc.doValidation('file:///two/svc.yaml', svc.parse('file:///two/svc.yaml', text)), []);
    assert.equal(svc.doValidation('file:///one/svc.yaml', svc.parse('file:///one/svc.yaml', text)).length, 1);
    svc.indexFile('file:///tmp/x/deploy.yaml', deployment);
    assert.equal(svc.doValidation('file:///tmp/x/svc.yaml', svc.parse('file:///tmp/x/svc.yaml', text)).length, 1);
    assert.deepEqual(svc.doValidation('file:///tmp/y/svc.yaml', svc.parse('file:///tmp/y/svc.yaml', text)), []);
  });
});

describe('hovers from the workspace index', () => {
  it('lists the workloads a Service selector selects', () => {
    const text = service(['    app: web']);
    const ws = workspace({ 'deploy.yaml': deployment, 'svc.yaml': text });
    const uri = `${ROOT}/svc.yaml`;
    const hover = ws.service.doHover(ws.service.parse(uri, text), { line: 6, character: 10 }, uri);
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /Selects the pods of:\n- Deployment `web` \(deploy\.yaml:4\)/);
  });

  it('says when a selector selects no pod of the workspace, or when the workspace has none', () => {
    const hoverOf = (files: Record<string, string>): string => {
      const ws = workspace(files);
      const uri = `${ROOT}/svc.yaml`;
      const hover = ws.service.doHover(ws.service.parse(uri, files['svc.yaml'] ?? ''), { line: 6, character: 10 }, uri);
      return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    };
    const text = service(['    app: web', '    tier: backend']);
    assert.match(hoverOf({ 'deploy.yaml': deployment, 'svc.yaml': text }), /Selects no pod of the workspace/);
    assert.match(hoverOf({ 'svc.yaml': text }), /The workspace holds no pods for this namespace/);
  });

  it('shows the value a configMapKeyRef reads', () => {
    const ws = workspace({ 'deploy.yaml': deployment, 'config.yaml': configMap });
    const uri = `${ROOT}/deploy.yaml`;
    const hover = ws.service.doHover(ws.service.parse(uri, deployment), { line: 25, character: 24 }, uri);
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /From ConfigMap `web-config` \(config\.yaml:4\):\n\n```\nproduction\n```/);
  });
});
