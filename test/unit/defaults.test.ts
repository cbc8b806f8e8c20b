import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultedFields, defaultFor } from '../../server/src/service/schema/facts/defaults';
import { loadModel } from '../../server/src/service/schema/loadModel';
import { distDir } from '../helpers/service';

const model = loadModel(distDir);
const core = 'io.k8s.api.core.v1.';
const apps = 'io.k8s.api.apps.v1.';
const batch = 'io.k8s.api.batch.v1.';
const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;

function pullPolicy(image: unknown): string | undefined {
  return defaultFor(`${core}Container`, 'imagePullPolicy', { name: 'app', image })?.value;
}

describe('API server defaults', () => {
  it('pull untagged and :latest images always, tagged or digest-pinned ones if not present', () => {
    assert.equal(pullPolicy('nginx'), 'Always');
    assert.equal(pullPolicy('nginx:latest'), 'Always');
    assert.equal(pullPolicy('nginx:1.27'), 'IfNotPresent');
    assert.equal(pullPolicy('localhost:5000/app'), 'Always', 'a registry port is not a tag');
    assert.equal(pullPolicy(`repo/app@${digest}`), 'IfNotPresent');
    assert.equal(pullPolicy('registry:5000/app:v1'), 'IfNotPresent');
    assert.equal(pullPolicy('docker.io/jeongchanmin/spring-server:0.1.2'), 'IfNotPresent');
    assert.equal(pullPolicy('spring-server'), 'Always');
  });

  it('follow the tag even when a digest is given too', () => {
    assert.equal(pullPolicy(`nginx:latest@${digest}`), 'Always');
    assert.equal(pullPolicy(`nginx:1.27@${digest}`), 'IfNotPresent');
  });

  it('say why the pull policy was chosen', () => {
    const untagged = defaultFor(`${core}Container`, 'imagePullPolicy', { image: 'spring-server' });
    assert.match(untagged?.note ?? '', /no tag/);
    const pinned = defaultFor(`${core}Container`, 'imagePullPolicy', { image: `app@${digest}` });
    assert.match(pinned?.note ?? '', /digest/);
  });

  it('treat references the kubelet cannot parse as IfNotPresent', () => {
    // uppercase repository names and short digests are not valid references
    assert.equal(pullPolicy('Spring-Server'), 'IfNotPresent');
    assert.equal(pullPolicy('app@sha256:abc'), 'IfNotPresent');
    assert.equal(pullPolicy('app:'), 'IfNotPresent');
  });

  it('still answer for a container that is missing or has no image yet', () => {
    assert.ok(defaultFor(`${core}Container`, 'imagePullPolicy', undefined));
    assert.ok(defaultFor(`${core}Container`, 'imagePullPolicy', { name: 'x' }));
    assert.equal(defaultFor(`${core}Container`, 'terminationMessagePath', undefined)?.value, '/dev/termination-log');
  });

  it('give the fixed Pod and probe defaults', () => {
    assert.equal(defaultFor(`${core}ContainerPort`, 'protocol', { containerPort: 80 })?.value, 'TCP');
    assert.equal(defaultFor(`${core}PodSpec`, 'restartPolicy', {})?.value, 'Always');
    assert.match(defaultFor(`${core}PodSpec`, 'restartPolicy', {})?.note ?? '', /OnFailure or Never/);
    assert.equal(defaultFor(`${core}PodSpec`, 'terminationGracePeriodSeconds', {})?.value, '30');
    assert.equal(defaultFor(`${core}Probe`, 'periodSeconds', {})?.value, '10');
    assert.equal(defaultFor(`${core}Probe`, 'failureThreshold', {})?.value, '3');
    assert.equal(defaultFor(`${core}HTTPGetAction`, 'path', { port: 8080 })?.value, '/');
    assert.equal(defaultFor(`${core}ConfigMapVolumeSource`, 'defaultMode', { name: 'cfg' })?.value, '420');
  });

  it('depend on sibling fields where the API server does', () => {
    assert.equal(defaultFor(`${batch}JobSpec`, 'completions', {})?.value, '1');
    assert.equal(defaultFor(`${batch}JobSpec`, 'completions', { parallelism: 3 }), undefined);
    assert.equal(defaultFor(`${batch}JobSpec`, 'backoffLimit', {})?.value, '6');
    assert.equal(defaultFor(`${batch}JobSpec`, 'backoffLimit', { backoffLimitPerIndex: 1 })?.value, '2147483647');
    assert.equal(defaultFor(`${apps}DeploymentStrategy`, 'rollingUpdate', { type: 'Recreate' }), undefined);
    assert.ok(defaultFor(`${apps}DeploymentStrategy`, 'rollingUpdate', {}));
    assert.equal(defaultFor(`${core}Volume`, 'emptyDir', { name: 'scratch' })?.value, '{}');
    assert.equal(defaultFor(`${core}Volume`, 'emptyDir', { name: 'cfg', configMap: { name: 'c' } }), undefined);
  });

  it('copy limits into missing requests', () => {
    const resources = { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '250m' } };
    assert.equal(defaultFor(`${core}ResourceRequirements`, 'requests', resources)?.value, '{memory: 128Mi}');
    assert.equal(defaultFor(`${core}ResourceRequirements`, 'requests', { requests: { cpu: '1' } }), undefined);
  });

  it('give the controller defaults', () => {
    assert.equal(defaultFor(`${apps}DeploymentSpec`, 'replicas', {})?.value, '1');
    assert.equal(defaultFor(`${apps}DeploymentSpec`, 'revisionHistoryLimit', {})?.value, '10');
    assert.equal(defaultFor(`${apps}RollingUpdateDeployment`, 'maxSurge', {})?.value, '25%');
    assert.equal(defaultFor(`${apps}StatefulSetSpec`, 'podManagementPolicy', {})?.value, 'OrderedReady');
    assert.equal(defaultFor(`${batch}CronJobSpec`, 'concurrencyPolicy', {})?.value, 'Allow');
    assert.equal(defaultFor(`${batch}CronJobSpec`, 'successfulJobsHistoryLimit', {})?.value, '3');
  });

  it('answer nothing for fields without a default', () => {
    assert.equal(defaultFor(`${core}Container`, 'image', { image: 'nginx' }), undefined);
    assert.equal(defaultFor(`${core}Container`, 'constructor', {}), undefined);
    assert.equal(defaultFor('io.example.Nope', 'replicas', {}), undefined);
  });

  it('list only real fields, with values their type and allowed values accept', () => {
    const entries = defaultedFields();
    assert.ok(entries.length >= 40);
    for (const { typeId, field } of entries) {
      const def = model.types[typeId]?.fields[field];
      assert.ok(def, `${typeId}.${field} is not in the model`);
      // Probe each entry with an empty owner, which gives the default for a bare object.
      const value = defaultFor(typeId, field, {})?.value;
      if (value === undefined) continue;
      if (def.t === 'integer') assert.match(value, /^\d+$/, `${typeId}.${field}`);
      if (def.t === 'boolean') assert.match(value, /^(true|false)$/, `${typeId}.${field}`);
      if (def.enum && def.enum.length > 0) {
        const plain = value === '""' ? '' : value;
        assert.ok(
          def.enum.some((e) => e.v === plain),
          `${typeId}.${field}: ${value} is not an allowed value`,
        );
      }
    }
  });
});
