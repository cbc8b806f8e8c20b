import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  diagnosePod,
  formatManifestPath,
  podSpecPathIn,
  renderDiagnosesMarkdown,
  renderDiagnosisMarkdown,
} from '../../../../../client/src/core/diagnosis/index';
import type { Diagnosis } from '../../../../../client/src/core/diagnosis/types';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { container, diagnoseBoth, NOW, pod, podEvent, running, status, terminated, waiting } from './diagFixtures';

function brokenDeploymentPod(): Pod {
  const p = pod(
    'web-6b7c9d8f5-x2x9k',
    [container('app', 'myapp'), container('proxy', 'envoyproxy/envoy:v1.31.0', { command: ['envoy', '-c', '/etc/envoy.yaml'] })],
    [
      status(
        'app',
        waiting(
          'ErrImagePull',
          'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/myapp:latest": failed to resolve reference "docker.io/library/myapp:latest": docker.io/library/myapp:latest: not found',
        ),
      ),
      status('proxy', waiting('CrashLoopBackOff'), { restartCount: 2, lastState: terminated(1, 'Error', 30, 29) }),
    ],
    { phase: 'Pending', falseConditions: ['Ready', 'ContainersReady'] },
  );
  delete p.spec!.containers[0].imagePullPolicy;
  p.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-6b7c9d8f5', uid: 'u1', controller: true }];
  return p;
}

describe('diagnosis: the whole pod', () => {
  it('a healthy pod has nothing to explain', () => {
    const p = pod(
      'web',
      [container('app', 'nginx:1.27', { readinessProbe: { httpGet: { path: '/', port: 80 } }, ports: [{ containerPort: 80 }] })],
      [status('app', running(600))],
    );
    assert.deepEqual(
      diagnoseBoth({ pod: p, events: [podEvent(p, 'Started', 'Started container app', { type: 'Normal', container: 'app' })] }),
      [],
    );
  });

  it('lists containers in spec order and adds the owner note to spec fixes', () => {
    const p = brokenDeploymentPod();
    const diagnoses = diagnoseBoth({
      pod: p,
      events: [],
      previousLogs: [{ container: 'proxy', lines: ["[critical][main] error initializing config '/etc/envoy.yaml': unable to read file"] }],
    });
    assert.deepEqual(
      diagnoses.map((d) => [d.code, d.container]),
      [
        ['image-pull-local-image', 'app'],
        ['crash-exit-code', 'proxy'],
      ],
    );
    for (const d of diagnoses) assert.match(d.whatToChange, /managed by ReplicaSet `web-6b7c9d8f5`/);
    const withOwner = diagnosePod({ pod: p, events: [], owner: { kind: 'Deployment', name: 'web' }, now: NOW }, 'ko');
    assert.match(withOwner[0].whatToChange, /Deployment `web`이 관리합니다/);
  });

  it('maps a pod-spec target into each workload kind', () => {
    const specPath = ['containers', 0, 'image'];
    assert.deepEqual(podSpecPathIn('Pod', specPath), ['spec', 'containers', 0, 'image']);
    assert.deepEqual(podSpecPathIn('Deployment', specPath), ['spec', 'template', 'spec', 'containers', 0, 'image']);
    assert.deepEqual(podSpecPathIn('CronJob', specPath), ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image']);
    assert.deepEqual(podSpecPathIn('PodTemplate', specPath), ['template', 'spec', 'containers', 0, 'image']);
    assert.equal(podSpecPathIn('Service', specPath), undefined);
    assert.equal(
      formatManifestPath(['spec', 'containers', 0, 'resources', 'requests', 'ephemeral-storage']),
      'spec.containers[0].resources.requests.ephemeral-storage',
    );
    assert.equal(formatManifestPath(['metadata', 'labels', 'app.kubernetes.io/name']), 'metadata.labels["app.kubernetes.io/name"]');
  });
});

describe('diagnosis: markdown', () => {
  const d: Diagnosis = {
    code: 'crash-exit-code',
    severity: 'error',
    container: 'app',
    title: 'Container `app` keeps failing with exit code 1',
    whatHappened: 'It exited.',
    likelyCause: 'A general error.',
    evidence: ['Error: <config> missing *required* key [db]', '1. retry failed', '# not a heading'],
    whatToChange: 'Fix the config.',
    manifestTarget: { path: ['spec', 'containers', 0, 'command'], specPath: ['containers', 0, 'command'] },
  };

  it('renders the parts in order with evidence quoted and escaped, and the manifest path', () => {
    const md = renderDiagnosisMarkdown(d, 'en', { links: [{ label: 'Logs (previous)', uri: 'command:podwright.logs?%5B%22prev%22%5D' }] });
    const order = [
      '#### Container `app`',
      '**What happened:**',
      '**Likely cause:**',
      '**Evidence:**',
      '> Error: \\<config\\> missing \\*required\\* key \\[db\\]',
      '**What to change:**',
      'In the manifest: `spec.containers[0].command`',
      '[Logs (previous)](command:podwright.logs?%5B%22prev%22%5D)',
    ];
    let at = -1;
    for (const part of order) {
      const next = md.indexOf(part);
      assert.ok(next > at, `"${part}" missing or out of order in:\n${md}`);
      at = next;
    }
    assert.match(md, /^> 1\\\. retry failed$/m);
    assert.match(md, /^> \\# not a heading$/m);
    assert.doesNotMatch(md, /<\/?[a-z]+>/);
  });

  it('uses Korean headings for Korean and separates several diagnoses', () => {
    const md = renderDiagnosesMarkdown([d, { ...d, code: 'oom-killed', manifestTarget: undefined }], 'ko');
    assert.match(md, /\*\*무슨 일이 있었나:\*\*/);
    assert.match(md, /\*\*근거:\*\*/);
    assert.match(md, /매니페스트 위치: `spec\.containers\[0\]\.command`/);
    assert.equal(md.split('\n---\n').length, 2);
  });

  it('keeps evidence short: long lines are cut and at most eight are shown', () => {
    const many = { ...d, evidence: Array.from({ length: 12 }, (_, i) => `line ${i} ${'x'.repeat(500)}`) };
    const md = renderDiagnosisMarkdown(many);
    assert.equal((md.match(/^> line/gm) ?? []).length, 8);
    assert.ok(md.split('\n').every((line) => line.length <= 410));
  });
});
