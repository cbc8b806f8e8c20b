// Placing the watched pods' diagnoses in the current text (found again by kind and name after the
// documents move; one entry for the same finding of several pods) and the explanation page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeDiagnoses } from '../../../../../client/src/core/manifest/place';
import type { WatchedPod } from '../../../../../client/src/models/podWatching/podWatcher';
import type { GatheredPod } from '../../../../../client/src/models/diagnosis/gather';
import type { Diagnosis } from '../../../../../client/src/core/diagnosis/types';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { diagnosisPage, type PageWords } from '../../../../../client/src/ui/diagnosis/page';
import { parseManifest } from '../../../../../server/src/service/document/manifest';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: web-local
`;

const pullError: Diagnosis = {
  code: 'image-pull-local-image',
  severity: 'error',
  container: 'web',
  title: 'Image `web-local` is not in any registry',
  whatHappened: 'The node tried to download it.',
  likelyCause: 'A local image.',
  whatToChange: 'Set `imagePullPolicy: IfNotPresent`.',
  evidence: ['Failed to pull image "web-local": pull access denied <html>'],
  manifestTarget: { path: ['spec', 'containers', 0, 'image'], specPath: ['containers', 0, 'image'] },
};

function gathered(name: string, diagnoses: Diagnosis[], extra: Partial<GatheredPod> = {}): GatheredPod {
  const pod: Pod = {
    metadata: { name, namespace: 'default', labels: { app: 'web' } },
    spec: { containers: [{ name: 'web', image: 'web-local' }] },
    status: {
      phase: 'Pending',
      containerStatuses: [{ name: 'web', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff' } } }],
    },
  };
  return {
    pod,
    input: { pod, events: [] },
    owners: [
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d4c' },
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    ],
    gaps: [],
    diagnoses,
    ...extra,
  };
}

const workload = { documentIndex: 0, kind: 'Deployment', name: 'web', namespace: 'default', podLabels: { app: 'web' } };

describe('placing cluster diagnoses', () => {
  it('merges the same finding of two pods, and follows the document when another is inserted before it', () => {
    const pods: WatchedPod[] = [
      { workload, gathered: gathered('web-5d4c-b', [pullError]) },
      { workload, gathered: gathered('web-5d4c-a', [pullError]) },
    ];
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n---\n${DEPLOYMENT}`;
    const placed = placeDiagnoses(parseManifest(text), 'default', pods);
    assert.equal(placed.length, 1);
    assert.equal(text.slice(placed[0]?.start, placed[0]?.end), 'image: web-local');
    assert.equal(placed[0]?.workload.documentIndex, 1);
    assert.deepEqual(
      placed[0]?.pods.map((p) => p.name),
      ['web-5d4c-a', 'web-5d4c-b'],
    );
  });

  it('drops findings whose document is gone from the text', () => {
    const placed = placeDiagnoses(parseManifest('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n'), 'default', [
      { workload, gathered: gathered('web-1', [pullError]) },
    ]);
    assert.deepEqual(placed, []);
  });
});

const words: PageWords = {
  title: (pod) => `Why is pod ${pod} not running?`,
  nothingWrong: (pod, status) => `Nothing wrong with ${pod} (${status}).`,
  facts: (p) => `Context ${p.context} · namespace ${p.namespace} · status ${p.status} · ready ${p.ready} · restarts ${p.restarts}`,
  managedBy: (kind, name) => `managed by ${kind} ${name}`,
  describe: 'Describe',
  refresh: 'Refresh',
  previousLogs: (c) => `Previous logs of ${c}`,
  gaps: (list) => `Not read: ${list}`,
};
const links = {
  describe: 'command:podwright.describe?x',
  refresh: 'command:podwright.diagnose?x',
  previousLogs: (c: string) => `command:podwright.logsPrevious?${c}`,
};

describe('the explanation page', () => {
  it('says where and how the pod is, who manages it, each diagnosis with escaped evidence, and what was not read', () => {
    const page = diagnosisPage(gathered('web-5d4c-a', [pullError], { gaps: ['events: forbidden'] }), 'kind-dev', 'en', words, links);
    assert.match(page, /^# Why is pod web-5d4c-a not running\?\n/);
    assert.match(
      page,
      /Context `kind-dev` · namespace `default` · status \*\*ImagePullBackOff\*\* · ready 0\/1 · restarts 0 · managed by Deployment `web`/,
    );
    assert.match(page, /\[Describe\]\(command:podwright\.describe\?x\) · \[Refresh\]\(command:podwright\.diagnose\?x\)/);
    assert.match(page, /#### Image `web-local` is not in any registry/);
    assert.match(page, /> Failed to pull image "web-local": pull access denied \\<html\\>/);
    assert.match(page, /_Not read: events: forbidden_/);
  });

  it('links the previous logs when the diagnosis offers them, and says when nothing is wrong', () => {
    const crash: Diagnosis = { ...pullError, code: 'crash-exit-code', quickFix: { kind: 'open-previous-logs', container: 'web' } };
    assert.match(
      diagnosisPage(gathered('p', [crash]), 'c', 'en', words, links),
      /\[Previous logs of web\]\(command:podwright\.logsPrevious\?web\)/,
    );
    assert.match(diagnosisPage(gathered('p', []), 'c', 'en', words, links), /Nothing wrong with `p` \(\*\*ImagePullBackOff\*\*\)\./);
  });
});
