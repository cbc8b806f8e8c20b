// Names inside one pod spec: volumes and their mounts (and a StatefulSet's claim templates), containers
// and the default-container annotations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yaml } from '../../helpers/ruleHarness';
import { navWorkspace } from '../../helpers/navigation';

const pod = (volumeName: string, mountName: string, deviceName = 'raw'): string =>
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    '  annotations:',
    '    kubectl.kubernetes.io/default-container: web',
    'spec:',
    '  containers:',
    '    - name: web',
    '      image: nginx:1.27',
    '      volumeMounts:',
    `        - name: ${mountName}`,
    '          mountPath: /data',
    '    - name: sidecar',
    '      image: busybox:1.36',
    '      volumeMounts:',
    '        - name: data',
    '          mountPath: /data',
    '      volumeDevices:',
    `        - name: ${deviceName}`,
    '          devicePath: /dev/xvda',
    '  volumes:',
    `    - name: ${volumeName}`,
    '      emptyDir: {}',
    '    - name: raw',
    '      persistentVolumeClaim:',
    '        claimName: raw-claim',
  );

describe('navigation: volumes', () => {
  it('goes from a volumeMount to its volume', () => {
    const ws = navWorkspace({ 'pod.yaml': pod('data', 'da|ta') });
    assert.deepEqual(ws.definition(), ['pod.yaml:23:13 data']);
  });

  it('goes from a volumeDevice to its volume', () => {
    assert.deepEqual(navWorkspace({ 'pod.yaml': pod('data', 'data', '|raw') }).definition(), ['pod.yaml:25:13 raw']);
  });

  it('lists every mount of a volume, with or without the declaration', () => {
    const ws = navWorkspace({ 'pod.yaml': pod('dat|a', 'data') });
    assert.deepEqual(ws.definition(), ['pod.yaml:23:13 data'], 'a definition is its own definition');
    assert.deepEqual(ws.references(), ['pod.yaml:12:17 data', 'pod.yaml:17:17 data', 'pod.yaml:23:13 data']);
    assert.deepEqual(ws.references(false), ['pod.yaml:12:17 data', 'pod.yaml:17:17 data']);
  });

  it('highlights the volume as written and its mounts as read', () => {
    const ws = navWorkspace({ 'pod.yaml': pod('data', 'data|') });
    assert.deepEqual(ws.highlights(), ['pod.yaml:12:17 data read', 'pod.yaml:17:17 data read', 'pod.yaml:23:13 data write']);
  });

  it('renames a volume together with its mounts, and nothing else', () => {
    const ws = navWorkspace({ 'pod.yaml': pod('data', 'd|ata') });
    assert.equal(ws.prepareRename(), 'data (data)');
    const renamed = ws.rename('cache');
    assert.deepEqual(renamed, {
      'pod.yaml': pod('cache', 'cache').replace(
        '        - name: data\n          mountPath: /data\n      volumeDevices',
        '        - name: cache\n          mountPath: /data\n      volumeDevices',
      ),
    });
    assert.ok(!('refused' in renamed) && !renamed['pod.yaml']?.includes('name: data'));
  });

  it('refuses a volume name that is not a DNS-1123 label, saying why', () => {
    const ws = navWorkspace({ 'pod.yaml': pod('data', 'd|ata') });
    assert.deepEqual(ws.rename('Cache_1'), {
      refused:
        "Volume name `Cache_1` is not valid: it contains '_' and upper-case letters, which are not allowed (use only lower-case letters, digits and '-'). It must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters. For example `cache-1`.",
    });
  });

  it('refuses a name another volume of the pod has', () => {
    const refused = navWorkspace({ 'pod.yaml': pod('da|ta', 'data') }).rename('raw');
    assert.deepEqual(refused, { refused: 'This pod already has a volume named `raw`; renaming would make two of them.' });
  });

  it('links a StatefulSet claim template to the mounts that use it', () => {
    const sts = yaml(
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: db',
      'spec:',
      '  serviceName: db',
      '  selector:',
      '    matchLabels:',
      '      app: db',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: db',
      '    spec:',
      '      containers:',
      '        - name: db',
      '          image: postgres:16',
      '          volumeMounts:',
      '            - name: pg|data',
      '              mountPath: /var/lib/postgresql',
      '  volumeClaimTemplates:',
      '    - metadata:',
      '        name: pgdata',
      '      spec:',
      '        accessModes: [ReadWriteOnce]',
    );
    assert.deepEqual(navWorkspace({ 'sts.yaml': sts }).definition(), ['sts.yaml:23:15 pgdata']);
  });

  it('keeps pods apart: a mount never finds the volume of another document', () => {
    const other = pod('data', 'data').replace('name: web\n  annotations', 'name: other\n  annotations');
    const ws = navWorkspace({ 'pod.yaml': `${pod('data', 'da|ta')}---\n${other}` });
    assert.deepEqual(ws.definition(), ['pod.yaml:23:13 data']);
    assert.equal(ws.references().length, 3);
  });
});

describe('navigation: containers and the default-container annotations', () => {
  it('goes from the annotation to the container', () => {
    const ws = navWorkspace({ 'pod.yaml': pod('data', 'data').replace('default-container: web', 'default-container: w|eb') });
    assert.deepEqual(ws.definition(), ['pod.yaml:9:13 web']);
    assert.deepEqual(ws.references(), ['pod.yaml:6:46 web', 'pod.yaml:9:13 web']);
  });

  it('renames a container with the annotations that name it (default-logs-container too)', () => {
    const template = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: api',
      'spec:',
      '  selector:',
      '    matchLabels:',
      '      app: api',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: api',
      '      annotations:',
      '        kubectl.kubernetes.io/default-container: "api"',
      '        kubectl.kubernetes.io/default-logs-container: api',
      '    spec:',
      '      containers:',
      '        - name: api',
      '          image: example/api:1.0',
    );
    const renamed = navWorkspace({ 'deploy.yaml': template.replace('- name: api', '- name: a|pi') }).rename('server');
    const expected = template
      .replace('default-container: "api"', 'default-container: "server"')
      .replace('logs-container: api', 'logs-container: server')
      .replace('- name: api', '- name: server');
    assert.deepEqual(renamed, { 'deploy.yaml': expected });
  });

  it('refuses a container name with a tag', () => {
    const refused = navWorkspace({ 'pod.yaml': pod('data', 'data').replace('    - name: web', '    - name: w|eb') }).rename('web:latest');
    assert.ok('refused' in refused);
    assert.match(String(refused.refused), /^Container name `web:latest` is not valid: it contains ':'/);
  });
});
