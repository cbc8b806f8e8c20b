import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Container, Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { container, diagnoseBoth, evidenceIncludes, only, pod, podEvent, status, waiting } from './diagFixtures';

const env: Container['env'] = [
  { name: 'LOG_LEVEL', value: 'info' },
  { name: 'DB_HOST', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'db_host' } } },
  { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } },
];

function configError(message: string, extra: Partial<Container> = {}): Pod {
  return pod(
    'web',
    [container('app', 'registry.example.com/shop/api:2.3.1', { env, ...extra })],
    [status('app', waiting('CreateContainerConfigError', message))],
    {
      phase: 'Pending',
      falseConditions: ['Ready', 'ContainersReady'],
    },
  );
}

describe('diagnosis: missing configuration', () => {
  it('a missing ConfigMap named in env points at that env entry', () => {
    const p = configError('configmap "app-config" not found');
    const events = [podEvent(p, 'Failed', 'Error: configmap "app-config" not found', { container: 'app', count: 7 })];
    const d = only(diagnoseBoth({ pod: p, events }), 'config-missing-object');
    assert.equal(d.container, 'app');
    assert.deepEqual(d.manifestTarget, {
      path: ['spec', 'containers', 0, 'env', 1, 'valueFrom', 'configMapKeyRef', 'name'],
      specPath: ['containers', 0, 'env', 1, 'valueFrom', 'configMapKeyRef', 'name'],
    });
    assert.match(d.title, /ConfigMap `app-config` does not exist/);
    assert.match(d.whatToChange, /env `DB_HOST`/);
    evidenceIncludes(d, 'configmap "app-config" not found');
  });

  it('a missing key of an existing ConfigMap points at the key line', () => {
    const p = configError("couldn't find key db_host in ConfigMap default/app-config");
    const d = only(diagnoseBoth({ pod: p, events: [] }), 'config-missing-key');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'env', 1, 'valueFrom', 'configMapKeyRef', 'key']);
    assert.match(d.title, /Key `db_host` is missing from ConfigMap `app-config`/);
  });

  it('a missing Secret named in envFrom points at the envFrom entry', () => {
    const p = configError('secret "api-flags" not found', {
      env: [],
      envFrom: [{ configMapRef: { name: 'shared' } }, { secretRef: { name: 'api-flags' } }],
    });
    const d = only(diagnoseBoth({ pod: p, events: [] }), 'config-missing-object');
    assert.deepEqual(d.manifestTarget?.specPath, ['containers', 0, 'envFrom', 1, 'secretRef', 'name']);
    assert.match(d.whatToChange, /`envFrom`/);
  });

  it('runAsNonRoot with a root image points at runAsUser', () => {
    const p = configError(
      'container has runAsNonRoot and image will run as root (pod: "web_default(5b0d4f6e-8a2c-4f1e-9c3b-2d7a6e1f0c9b)", container: app)',
    );
    const d = only(diagnoseBoth({ pod: p, events: [] }), 'config-run-as-root');
    assert.deepEqual(d.manifestTarget?.specPath, ['containers', 0, 'securityContext', 'runAsUser']);
  });

  it('a ConfigMap volume that cannot be mounted (pod stuck in ContainerCreating) points at the volume', () => {
    const p = pod(
      'nginx',
      [container('nginx', 'nginx:1.27', { volumeMounts: [{ name: 'conf', mountPath: '/etc/nginx/conf.d' }] })],
      [status('nginx', waiting('ContainerCreating'))],
      { phase: 'Pending' },
    );
    p.spec!.volumes = [{ name: 'conf', configMap: { name: 'nginx-conf' } }, ...(p.spec!.volumes ?? [])];
    const mount = 'MountVolume.SetUp failed for volume "conf" : configmap "nginx-conf" not found';
    const d = only(diagnoseBoth({ pod: p, events: [podEvent(p, 'FailedMount', mount, { count: 9 })] }), 'config-missing-object');
    assert.equal(d.container, undefined);
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'volumes', 0, 'configMap', 'name']);
    assert.match(d.whatHappened, /Volume `conf`/);
    evidenceIncludes(d, mount);
  });

  it('the listing of existing objects catches every missing reference, not only the first one the kubelet reports', () => {
    const p = configError('configmap "app-config" not found');
    const diagnoses = diagnoseBoth({ pod: p, events: [], referencedObjects: { configMaps: ['kube-root-ca.crt'], secrets: [] } });
    assert.deepEqual(
      diagnoses.map((d) => [d.code, d.manifestTarget?.specPath?.join('.')]),
      [
        ['config-missing-object', 'containers.0.env.1.valueFrom.configMapKeyRef.name'],
        ['config-missing-object', 'containers.0.env.2.valueFrom.secretKeyRef.name'],
      ],
    );
    evidenceIncludes(diagnoses[1], 'No Secret named "db-credentials" in namespace "default"');
  });

  it('optional references and objects that exist are not reported', () => {
    const p = configError('configmap "app-config" not found');
    p.spec!.containers[0].env = [{ name: 'X', valueFrom: { secretKeyRef: { name: 'maybe', key: 'x', optional: true } } }, ...(env ?? [])];
    const diagnoses = diagnoseBoth({ pod: p, events: [], referencedObjects: { configMaps: [], secrets: ['db-credentials'] } });
    assert.deepEqual(
      diagnoses.map((d) => d.code),
      ['config-missing-object'],
    );
  });
});
