// The code lens over a Service selector: how many workloads of the workspace it selects, and where.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newService } from '../helpers/service';
import { yaml } from '../helpers/ruleHarness';

const ROOT = 'file:///repo';

function workload(kind: 'Deployment' | 'StatefulSet', name: string, labels: string, namespace?: string): string {
  return yaml(
    'apiVersion: apps/v1',
    `kind: ${kind}`,
    'metadata:',
    `  name: ${name}`,
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'spec:',
    `  selector: {matchLabels: ${labels}}`,
    '  template:',
    `    metadata: {labels: ${labels}}`,
    '    spec:',
    '      containers: [{name: app, image: "nginx:1.27"}]',
  );
}

const service = (selector: string, extra: string[] = []): string =>
  yaml(
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    ...extra,
    'spec:',
    `  selector: ${selector}`,
    '  ports: [{port: 80}]',
  );

function lenses(files: Record<string, string>, serviceText: string, language: 'en' | 'ko' = 'en') {
  const svc = newService();
  svc.configure({ language });
  svc.setWorkspaceRoots([ROOT]);
  for (const [path, text] of Object.entries(files)) svc.indexFile(`${ROOT}/${path}`, text);
  const uri = `${ROOT}/svc.yaml`;
  return svc.getSelectorLenses(uri, svc.parse(uri, serviceText));
}

describe('selector code lens', () => {
  it('counts the workloads of the workspace whose pod labels the selector matches, with their places', () => {
    const files = {
      'web.yaml': workload('Deployment', 'web', '{app: web, tier: front}'),
      'web-canary.yaml': workload('StatefulSet', 'web-canary', '{app: web}'),
      'db.yaml': workload('Deployment', 'db', '{app: db}'),
    };
    const [lens, ...rest] = lenses(files, service('{app: web}'));
    assert.equal(rest.length, 0);
    assert.ok(lens);
    assert.equal(lens.title, 'selects 2 workloads');
    assert.equal(lens.service, 'web');
    assert.deepEqual(lens.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 10 } }, 'over the selector key');
    assert.deepEqual(
      lens.workloads.map((w) => w.label),
      ['StatefulSet web-canary (web-canary.yaml:4)', 'Deployment web (web.yaml:4)'],
    );
    assert.deepEqual(lens.workloads[1]?.location, {
      uri: `${ROOT}/web.yaml`,
      range: { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } },
    });
  });

  it('one workload, none, and another namespace', () => {
    const files = {
      'web.yaml': workload('Deployment', 'web', '{app: web}', 'shop'),
      'other.yaml': workload('Deployment', 'other', '{app: web}', 'blog'),
    };
    assert.equal(lenses(files, service('{app: web}', ['  namespace: shop']))[0]?.title, 'selects 1 workload');
    assert.equal(lenses(files, service('{app: nothing}'))[0]?.title, 'selects no workload in the workspace');
    assert.equal(lenses(files, service('{app: web}'))[0]?.title, 'selects 2 workloads', 'a Service without namespace may share either');
  });

  it('workloads in the Service file itself count, as the file reads now', () => {
    const text = `${workload('Deployment', 'web', '{app: web}')}---\n${service('{app: web}')}`;
    const [lens] = lenses({}, text);
    assert.equal(lens?.title, 'selects 1 workload');
    assert.deepEqual(lens?.range.start, { line: 16, character: 2 });
  });

  it('no lens without a selector, with an empty one, or on an ExternalName Service', () => {
    const files = { 'web.yaml': workload('Deployment', 'web', '{app: web}') };
    assert.deepEqual(lenses(files, yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: x}', 'spec:', '  ports: [{port: 80}]')), []);
    assert.deepEqual(lenses(files, service('{}')), []);
    assert.deepEqual(
      lenses(files, service('{app: web}').replace('spec:\n', 'spec:\n  type: ExternalName\n  externalName: example.com\n')),
      [],
    );
  });

  it('speaks Korean', () => {
    const files = { 'web.yaml': workload('Deployment', 'web', '{app: web}'), 'b.yaml': workload('Deployment', 'b', '{app: web}') };
    assert.equal(lenses(files, service('{app: web}'), 'ko')[0]?.title, '워크로드 2개를 고릅니다');
    assert.equal(lenses(files, service('{app: none}'), 'ko')[0]?.title, '워크스페이스에서 고르는 워크로드가 없습니다');
  });
});
