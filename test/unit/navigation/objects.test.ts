// Objects by name across files: ConfigMaps, Secrets, claims, service accounts, roles, Services
// behind Ingress backends, workloads behind autoscalers; namespace-aware.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yaml } from '../../helpers/ruleHarness';
import { navWorkspace } from '../../helpers/navigation';
import { configMap, deployment, secret, service } from './fixtures';

/** `text` with the caret inside the `nth` (0-based) occurrence of `find`, `offset` characters in. */
function at(text: string, find: string, offset = 1, nth = 0): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(find, index + 1);
  if (index < 0) throw new Error(`${find} not found`);
  return `${text.slice(0, index + offset)}|${text.slice(index + offset)}`;
}

const CONFIG_USES = ['deploy.yaml:40:25 web-config', 'deploy.yaml:49:23 web-config', 'deploy.yaml:53:19 web-config'];

describe('navigation: ConfigMaps and Secrets across files', () => {
  it('goes from every kind of ConfigMap reference to the ConfigMap in its file', () => {
    for (const nth of [0, 1, 2]) {
      const ws = navWorkspace({ 'deploy.yaml': at(deployment(), 'web-config', 2, nth), 'config.yaml': configMap() });
      assert.deepEqual(ws.definition(), ['config.yaml:4:9 web-config'], `reference #${nth}`);
    }
  });

  it('finds the references of a ConfigMap in other files, from its name', () => {
    const ws = navWorkspace({ 'deploy.yaml': deployment(), 'config.yaml': at(configMap(), 'web-config', 3) });
    assert.deepEqual(ws.references(), ['config.yaml:4:9 web-config', ...CONFIG_USES]);
    assert.deepEqual(ws.references(false), CONFIG_USES);
    assert.deepEqual(ws.highlights(), ['config.yaml:4:9 web-config write']);
  });

  it('renames a ConfigMap and every reference, in every file', () => {
    const ws = navWorkspace({ 'deploy.yaml': deployment(), 'config.yaml': at(configMap(), 'web-config', 3), 'svc.yaml': service() });
    assert.deepEqual(ws.rename('web-settings'), {
      'config.yaml': configMap('web-settings'),
      'deploy.yaml': deployment({ config: 'web-settings' }),
    });
  });

  it('renames from a reference too', () => {
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), 'web-config', 2, 2), 'config.yaml': configMap() });
    assert.deepEqual(ws.rename('web-settings'), {
      'config.yaml': configMap('web-settings'),
      'deploy.yaml': deployment({ config: 'web-settings' }),
    });
  });

  it('refuses a ConfigMap name that is not a DNS-1123 subdomain, and one that is taken', () => {
    const ws = navWorkspace({
      'deploy.yaml': deployment(),
      'config.yaml': at(configMap(), 'web-config', 3),
      'other.yaml': configMap('shared'),
    });
    const invalid = ws.rename('Web_Config');
    assert.ok('refused' in invalid);
    assert.match(
      String(invalid.refused),
      /^ConfigMap name `Web_Config` is not valid: .* It must be a DNS-1123 subdomain: .* For example `web-config`\.$/,
    );
    assert.deepEqual(ws.rename('shared'), {
      refused: 'ConfigMap `shared` already exists (other.yaml:4); renaming would make two of them.',
    });
  });

  it('links a Secret to secretKeyRef, projected sources, imagePullSecrets and Ingress TLS', () => {
    const ingress = yaml(
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: web',
      'spec:',
      '  tls:',
      '    - hosts: [web.example.com]',
      '      secretName: web-secret',
    );
    const ws = navWorkspace({ 'deploy.yaml': deployment(), 'secret.yaml': at(secret(), 'web-secret', 1), 'ing.yaml': ingress });
    assert.deepEqual(ws.references(false), ['deploy.yaml:45:25 web-secret', 'deploy.yaml:58:25 web-secret', 'ing.yaml:8:19 web-secret']);
    const pull = navWorkspace({ 'deploy.yaml': at(deployment(), 'registry-creds', 1), 'creds.yaml': secret('registry-creds') });
    assert.deepEqual(pull.definition(), ['creds.yaml:4:9 registry-creds']);
  });

  it('links ConfigMap and Secret keys to the pods that read them, and renames them together', () => {
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), 'key: mode', 6), 'config.yaml': configMap(), 'secret.yaml': secret() });
    assert.deepEqual(ws.definition(), ['config.yaml:6:3 mode']);
    assert.deepEqual(ws.references(), ['config.yaml:6:3 mode', 'deploy.yaml:41:24 mode']);
    assert.deepEqual(ws.rename('run-mode'), {
      'config.yaml': configMap().replace('  mode:', '  run-mode:'),
      'deploy.yaml': deployment().replace('key: mode', 'key: run-mode'),
    });
    const refused = ws.rename('run mode');
    assert.ok('refused' in refused);
    assert.match(String(refused.refused), /^`run mode` is not a valid key in a ConfigMap's `data`: /);
    const fromSecret = navWorkspace({ 'deploy.yaml': deployment(), 'secret.yaml': at(secret(), 'token', 1) });
    assert.deepEqual(fromSecret.references(false), ['deploy.yaml:46:24 token']);
    const items = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      'spec:',
      '  containers:',
      '    - name: c',
      '      image: busybox',
      '  volumes:',
      '    - name: v',
      '      configMap:',
      '        name: web-config',
      '        items:',
      '          - key: mo|de',
      '            path: mode.txt',
    );
    assert.deepEqual(navWorkspace({ 'pod.yaml': items, 'config.yaml': configMap() }).definition(), ['config.yaml:6:3 mode']);
  });

  it('links claims and service accounts', () => {
    const claim = yaml(
      'apiVersion: v1',
      'kind: PersistentVolumeClaim',
      'metadata:',
      '  name: web-data',
      'spec:',
      '  accessModes: [ReadWriteOnce]',
    );
    assert.deepEqual(navWorkspace({ 'deploy.yaml': at(deployment(), 'web-data', 1), 'pvc.yaml': claim }).definition(), [
      'pvc.yaml:4:9 web-data',
    ]);
    const account = yaml('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: web-sa');
    const binding = yaml(
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBinding',
      'metadata:',
      '  name: web-reader',
      'roleRef:',
      '  apiGroup: rbac.authorization.k8s.io',
      '  kind: Role',
      '  name: reader',
      'subjects:',
      '  - kind: ServiceAccount',
      '    name: web-sa',
    );
    const ws = navWorkspace({ 'deploy.yaml': deployment(), 'sa.yaml': at(account, 'web-sa', 1), 'rb.yaml': binding });
    assert.deepEqual(ws.references(false), ['deploy.yaml:15:27 web-sa', 'rb.yaml:11:11 web-sa']);
  });

  it('links RoleBinding roleRefs to Roles and ClusterRoles, not to a Role of the other kind', () => {
    const role = (kind: string): string =>
      yaml('apiVersion: rbac.authorization.k8s.io/v1', `kind: ${kind}`, 'metadata:', '  name: reader', 'rules: []');
    const binding = (kind: string): string =>
      yaml(
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: RoleBinding',
        'metadata:',
        '  name: b',
        'roleRef:',
        '  apiGroup: rbac.authorization.k8s.io',
        `  kind: ${kind}`,
        '  name: rea|der',
      );
    assert.deepEqual(navWorkspace({ 'rb.yaml': binding('Role'), 'role.yaml': role('Role'), 'cr.yaml': role('ClusterRole') }).definition(), [
      'role.yaml:4:9 reader',
    ]);
    assert.deepEqual(
      navWorkspace({ 'rb.yaml': binding('ClusterRole'), 'role.yaml': role('Role'), 'cr.yaml': role('ClusterRole') }).definition(),
      ['cr.yaml:4:9 reader'],
    );
  });

  it('is namespace-aware: a reference finds the object of its own namespace, or any when it names none', () => {
    const files = { 'prod.yaml': configMap('web-config', 'prod'), 'dev.yaml': configMap('web-config', 'dev') };
    const inDev = navWorkspace({ ...files, 'deploy.yaml': at(deployment({ namespace: 'dev' }), 'web-config', 2) });
    assert.deepEqual(inDev.definition(), ['dev.yaml:4:9 web-config']);
    const anywhere = navWorkspace({ ...files, 'deploy.yaml': at(deployment(), 'web-config', 2) });
    assert.deepEqual(anywhere.definition(), ['dev.yaml:4:9 web-config', 'prod.yaml:4:9 web-config']);
    // The prod ConfigMap's references: none in dev.
    const fromProd = navWorkspace({
      'prod.yaml': at(configMap('web-config', 'prod'), 'web-config', 1),
      'dev.yaml': configMap('web-config', 'dev'),
      'deploy.yaml': deployment({ namespace: 'dev' }),
    });
    assert.deepEqual(fromProd.references(), ['prod.yaml:4:9 web-config']);
  });

  it('highlights a container and the annotation naming it in its file', () => {
    const pod = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      '  annotations:',
      '    kubectl.kubernetes.io/default-container: app',
      'spec:',
      '  containers:',
      '    - name: a|pp',
      '      image: busybox',
    );
    assert.deepEqual(navWorkspace({ 'pod.yaml': pod }).highlights(), ['pod.yaml:6:46 app read', 'pod.yaml:9:13 app write']);
  });

  it('keeps workspace folders apart', () => {
    const ws = navWorkspace(
      {
        'file:///one/deploy.yaml': at(deployment(), 'web-config', 2),
        'file:///two/config.yaml': configMap(),
        'file:///one/config.yaml': configMap(),
      },
      { roots: ['file:///one', 'file:///two'] },
    );
    assert.deepEqual(ws.definition(), ['file:///one/config.yaml:4:9 web-config']);
  });
});

describe('navigation: namespaces and classes', () => {
  it('renames a Namespace with every metadata.namespace and RoleBinding subject that names it', () => {
    const namespace = yaml('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: shop');
    const binding = yaml(
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBinding',
      'metadata:',
      '  name: b',
      '  namespace: shop',
      'roleRef:',
      '  apiGroup: rbac.authorization.k8s.io',
      '  kind: ClusterRole',
      '  name: view',
      'subjects:',
      '  - kind: ServiceAccount',
      '    name: web-sa',
      '    namespace: shop',
    );
    const ws = navWorkspace({
      'ns.yaml': at(namespace, 'shop', 1),
      'deploy.yaml': deployment({ namespace: 'shop' }),
      'config.yaml': configMap('web-config', 'shop'),
      'rb.yaml': binding,
    });
    assert.deepEqual(ws.references(false), ['config.yaml:5:14 shop', 'deploy.yaml:5:14 shop', 'rb.yaml:5:14 shop', 'rb.yaml:13:16 shop']);
    assert.deepEqual(ws.rename('store'), {
      'ns.yaml': namespace.replace('shop', 'store'),
      'deploy.yaml': deployment({ namespace: 'store' }),
      'config.yaml': configMap('web-config', 'store'),
      'rb.yaml': binding.replaceAll('shop', 'store'),
    });
  });

  it('links storage, priority and ingress classes to their objects', () => {
    const storageClass = yaml(
      'apiVersion: storage.k8s.io/v1',
      'kind: StorageClass',
      'metadata:',
      '  name: fast',
      'provisioner: example.com/ssd',
    );
    const claim = yaml(
      'apiVersion: v1',
      'kind: PersistentVolumeClaim',
      'metadata:',
      '  name: data',
      '  namespace: prod',
      'spec:',
      '  storageClassName: fa|st',
    );
    assert.deepEqual(navWorkspace({ 'sc.yaml': storageClass, 'pvc.yaml': claim }).definition(), ['sc.yaml:4:9 fast']);
    const priority = yaml('apiVersion: scheduling.k8s.io/v1', 'kind: PriorityClass', 'metadata:', '  name: high', 'value: 1000');
    const pod = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      'spec:',
      '  priorityClassName: hi|gh',
      '  containers:',
      '    - name: c',
      '      image: busybox',
    );
    assert.deepEqual(navWorkspace({ 'pc.yaml': priority, 'pod.yaml': pod }).definition(), ['pc.yaml:4:9 high']);
  });
});

describe('navigation: Ingress backends, autoscalers', () => {
  const ingress = (port: string): string =>
    yaml(
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: web',
      'spec:',
      '  rules:',
      '    - http:',
      '        paths:',
      '          - path: /',
      '            pathType: Prefix',
      '            backend:',
      '              service:',
      '                name: web',
      '                port:',
      `                  ${port}`,
    );

  it('goes from a backend to its Service and the Service port it names', () => {
    assert.deepEqual(navWorkspace({ 'svc.yaml': service(), 'ing.yaml': at(ingress('name: web'), 'name: web', 7, 1) }).definition(), [
      'svc.yaml:4:9 web',
    ]);
    assert.deepEqual(navWorkspace({ 'svc.yaml': service(), 'ing.yaml': at(ingress('name: web'), 'name: web', 7, 2) }).definition(), [
      'svc.yaml:9:13 web',
    ]);
    assert.deepEqual(navWorkspace({ 'svc.yaml': service(), 'ing.yaml': at(ingress('number: 80'), '80', 1) }).definition(), [
      'svc.yaml:10:13 80',
    ]);
  });

  it('renames a Service port name with the backends that use it, and never renames numbers', () => {
    const ws = navWorkspace({ 'svc.yaml': at(service(), '- name: web', 9), 'ing.yaml': ingress('name: web') });
    assert.deepEqual(ws.rename('public'), { 'svc.yaml': service({ portName: 'public' }), 'ing.yaml': ingress('name: public') });
    const number = navWorkspace({ 'svc.yaml': service(), 'ing.yaml': at(ingress('number: 80'), '80', 1) });
    assert.deepEqual(number.prepareRename(), {
      refused: 'A port number is not a name: change the number in the Service and where it is used instead of renaming it.',
    });
  });

  it('renames a Service with its Ingress backends', () => {
    const ws = navWorkspace({ 'svc.yaml': at(service(), '  name: web', 8), 'ing.yaml': ingress('number: 80') });
    assert.deepEqual(ws.rename('frontend'), {
      'svc.yaml': service({ name: 'frontend' }),
      'ing.yaml': ingress('number: 80').replace('                name: web', '                name: frontend'),
    });
    const refused = ws.rename('1st-web');
    assert.ok('refused' in refused);
    assert.match(String(refused.refused), /^Service name `1st-web` is not valid: it must start with a letter/);
  });

  it('links an HPA scaleTargetRef to its workload, and renames them together', () => {
    const hpa = yaml(
      'apiVersion: autoscaling/v2',
      'kind: HorizontalPodAutoscaler',
      'metadata:',
      '  name: web',
      'spec:',
      '  scaleTargetRef:',
      '    apiVersion: apps/v1',
      '    kind: Deployment',
      '    name: web',
      '  minReplicas: 1',
      '  maxReplicas: 5',
    );
    assert.deepEqual(navWorkspace({ 'deploy.yaml': deployment(), 'hpa.yaml': at(hpa, '    name: web', 11) }).definition(), [
      'deploy.yaml:4:9 web',
    ]);
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), '  name: web', 8), 'hpa.yaml': hpa, 'svc.yaml': service() });
    assert.deepEqual(ws.references(false), ['hpa.yaml:9:11 web'], 'a Service named web is another object');
    assert.deepEqual(ws.rename('site'), {
      'deploy.yaml': deployment({ name: 'site' }),
      'hpa.yaml': hpa.replace('    name: web', '    name: site'),
    });
  });
});
