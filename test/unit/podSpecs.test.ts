import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMap, parseDocument, type YAMLMap } from 'yaml';
import { containersOf, isSidecar, namedPortReferences, podSpecsOf, volumeReferences } from '../../server/src/service/schema/podSpecs';

function root(text: string): YAMLMap {
  const contents = parseDocument(text).contents;
  assert.ok(isMap(contents));
  return contents;
}

const podSpec = 'spec: {hostname: found, containers: [{name: c}]}';

describe('podSpecsOf', () => {
  const cases: [string, string, (string | number)[]][] = [
    ['Pod', podSpec, ['spec']],
    ['PodTemplate', `template: {metadata: {labels: {a: b}}, ${podSpec}}`, ['template', 'spec']],
    ...['ReplicationController', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'].map(
      (kind): [string, string, (string | number)[]] => [
        kind,
        `spec: {template: {metadata: {labels: {a: b}}, ${podSpec}}}`,
        ['spec', 'template', 'spec'],
      ],
    ),
    [
      'CronJob',
      `spec: {jobTemplate: {spec: {template: {metadata: {labels: {a: b}}, ${podSpec}}}}}`,
      ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    ],
  ];
  for (const [kind, text, path] of cases) {
    it(`finds the pod spec of a ${kind}`, () => {
      const [found, ...rest] = podSpecsOf(kind, root(text));
      assert.equal(rest.length, 0);
      assert.deepEqual(found?.path, path);
      assert.equal(found?.spec.get('hostname'), 'found');
      assert.equal(found?.specKey?.value, 'spec');
      if (kind === 'Pod') assert.equal(found?.templateMetadata, undefined);
      else assert.ok(found?.templateMetadata?.has('labels'));
    });
  }

  it('finds nothing for unmodelled kinds, missing or non-map specs', () => {
    assert.deepEqual(podSpecsOf('Service', root('spec: {ports: []}')), []);
    assert.deepEqual(podSpecsOf('Deployment', root('spec: {template: [1]}')), []);
    assert.deepEqual(podSpecsOf('Pod', root('spec: null')), []);
    assert.deepEqual(podSpecsOf('CronJob', root('spec: {jobTemplate: *x}')), []);
  });
});

describe('containersOf and references', () => {
  const spec = root(`
containers:
  - name: app
    ports: [{name: http, containerPort: 80}]
    livenessProbe: {httpGet: {port: http}}
    readinessProbe: {tcpSocket: {port: 80}}
    lifecycle: {preStop: {httpGet: {port: admin}}}
    volumeMounts: [{name: data}, {name: 7}]
    volumeDevices: [{name: disk}]
  - not a map
initContainers:
  - {name: sidecar, restartPolicy: Always}
  - {name: setup}
ephemeralContainers:
  - {name: debug}
`);

  it('lists every container with its list, index and kind', () => {
    const all = containersOf(spec);
    assert.deepEqual(
      all.map((c) => [c.list, c.index, c.container.get('name')]),
      [
        ['containers', 0, 'app'],
        ['initContainers', 0, 'sidecar'],
        ['initContainers', 1, 'setup'],
        ['ephemeralContainers', 0, 'debug'],
      ],
    );
    assert.deepEqual(all.map(isSidecar), [false, true, false, false]);
  });

  it('finds named probe and hook ports and volume references', () => {
    const app = containersOf(spec)[0]?.container;
    assert.ok(app);
    assert.deepEqual(
      namedPortReferences(app).map((r) => [r.where, r.node.value]),
      [
        ['livenessProbe.httpGet', 'http'],
        ['lifecycle.preStop.httpGet', 'admin'],
      ],
    );
    assert.deepEqual(
      volumeReferences(app).map((n) => n.value),
      ['data', 'disk'],
    );
  });
});
