import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

const claim = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: PersistentVolumeClaim', 'metadata:', '  name: data', 'spec:', ...spec.map((line) => `  ${line}`));
const SIZE = ['resources:', '  requests:', '    storage: 1Gi'];

describe('pvc-spec', () => {
  it('asks for accessModes and adds ReadWriteOnce', () => {
    const text = claim('storageClassName: standard', ...SIZE);
    const [d, ...rest] = withCode(text, 'pvc-spec');
    assert.equal(rest.length, 0);
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(d), [4, 0, 4, 4]);
    assert.equal(
      d?.message,
      'This volume claim has no `accessModes`: they say how the volume may be mounted, usually `[ReadWriteOnce]` (read-write by one node). Kubernetes rejects a claim without one.',
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['Add `accessModes: [ReadWriteOnce]`'],
    );
    const fixed = applyFix(text, d);
    assert.match(fixed, /\n {6}storage: 1Gi\n {2}accessModes:\n {4}- ReadWriteOnce\n$/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('asks for a size, wherever the layout stops', () => {
    const none = claim('accessModes: [ReadWriteOnce]');
    const [a] = withCode(none, 'pvc-spec');
    assert.equal(textAt(none, a), 'spec');
    assert.match(a?.message ?? '', /^This volume claim does not say how much storage it needs: set `resources\.requests\.storage`/);
    const fixedNone = applyFix(none, a);
    assert.match(fixedNone, /\n {2}resources:\n {4}requests:\n {6}storage: 1Gi\n$/);
    assert.deepEqual(diagnose(fixedNone), []);

    const limitsOnly = claim('accessModes: [ReadWriteOnce]', 'resources:', '  limits:', '    storage: 5Gi');
    const [b] = withCode(limitsOnly, 'pvc-spec');
    assert.equal(textAt(limitsOnly, b), 'resources');
    const fixedLimits = applyFix(limitsOnly, b);
    assert.match(fixedLimits, /\n {4}limits:\n {6}storage: 5Gi\n {4}requests:\n {6}storage: 1Gi\n$/);
    assert.deepEqual(diagnose(fixedLimits), []);

    const emptyRequests = claim('accessModes: [ReadWriteOnce]', 'resources:', '  requests: {}');
    const [c] = withCode(emptyRequests, 'pvc-spec');
    assert.equal(textAt(emptyRequests, c), 'requests');
    assert.match(applyFix(emptyRequests, c), /requests: \{storage: 1Gi\}/);
  });

  it('rejects a zero size and leaves unreadable sizes to invalid-quantity', () => {
    const zero = claim('accessModes: [ReadWriteOnce]', 'resources:', '  requests:', '    storage: "0"');
    const [z] = withCode(zero, 'pvc-spec');
    assert.equal(textAt(zero, z), '"0"');
    assert.equal(z?.message, "`0` asks for no storage at all: a claim's `storage` request must be greater than zero.");
    const gb = claim('accessModes: [ReadWriteOnce]', 'resources:', '  requests:', '    storage: 10GB');
    assert.deepEqual(withCode(gb, 'pvc-spec'), []);
    assert.equal(withCode(gb, 'invalid-quantity').length, 1);
  });

  it('checks access modes: known values, kubectl abbreviations, ReadWriteOncePod alone, not empty', () => {
    const text = claim('accessModes: [RWX, ReadWriteOnly, readwriteonce]', ...SIZE);
    const found = withCode(text, 'pvc-spec');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['RWX', 'ReadWriteOnly', 'readwriteonce'],
    );
    assert.equal(found[0]?.message, '`RWX` is the short form `kubectl` prints; a manifest spells the mode out: `ReadWriteMany`.');
    assert.equal(
      found[1]?.message,
      '`ReadWriteOnly` is not an access mode; use `ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany` or `ReadWriteOncePod`. Did you mean `ReadWriteOnce`?',
    );
    assert.deepEqual(
      found.map((d) => fixesOf(d)[0]?.title),
      ['Change to `ReadWriteMany`', 'Change to `ReadWriteOnce`', 'Change to `ReadWriteOnce`'],
    );

    const pod = claim('accessModes:', '  - ReadWriteOnce', '  - ReadWriteOncePod', ...SIZE);
    const [p] = withCode(pod, 'pvc-spec');
    assert.equal(textAt(pod, p), 'ReadWriteOncePod');
    assert.match(p?.message ?? '', /^`ReadWriteOncePod` cannot be combined with other access modes/);

    const empty = claim('accessModes: []', ...SIZE);
    const [e] = withCode(empty, 'pvc-spec');
    assert.equal(textAt(empty, e), 'accessModes');
    const fixed = applyFix(empty, e);
    assert.match(fixed, /accessModes: \[ReadWriteOnce\]/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('checks the claims of StatefulSet templates and ephemeral volumes', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata: {name: db}',
      'spec:',
      '  serviceName: db',
      '  selector: {matchLabels: {app: db}}',
      '  template:',
      '    metadata: {labels: {app: db}}',
      '    spec:',
      '      containers: [{name: db, image: "postgres:16.4", volumeMounts: [{name: data, mountPath: /data}, {name: scratch, mountPath: /tmp}]}]',
      '      volumes:',
      '        - name: scratch',
      '          ephemeral:',
      '            volumeClaimTemplate:',
      '              spec:',
      '                accessModes: [ReadWriteOnce]',
      '  volumeClaimTemplates:',
      '    - metadata: {name: data}',
      '      spec:',
      '        resources: {requests: {storage: 1Gi}}',
    );
    const found = withCode(text, 'pvc-spec');
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.message.slice(0, 40)]),
      [
        [14, 'This volume claim does not say how much '],
        [18, 'This volume claim has no `accessModes`: '],
      ],
    );
    let fixed = text;
    for (const d of found.reverse()) fixed = applyFix(fixed, d);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('speaks Korean when the language is Korean', () => {
    const korean = (text: string) => withCode(text, 'pvc-spec', { language: 'ko' });
    const [m] = korean(claim(...SIZE));
    assert.equal(
      m?.message,
      '이 볼륨 클레임에는 `accessModes`가 없습니다. `accessModes`는 볼륨을 어떻게 마운트할지 정하며, 보통 `[ReadWriteOnce]`(한 노드에서 읽기·쓰기)를 씁니다. Kubernetes는 이 값이 없는 클레임을 거부합니다.',
    );
    assert.deepEqual(
      fixesOf(m).map((f) => f.title),
      ['`accessModes: [ReadWriteOnce]` 추가하기'],
    );
    const [s] = korean(claim('accessModes: [ReadWriteOnce]'));
    assert.equal(
      s?.message,
      '이 볼륨 클레임에는 필요한 저장 공간의 크기가 없습니다. `resources.requests.storage`에 `1Gi` 같은 값을 쓰세요. Kubernetes는 크기가 없는 클레임을 거부합니다.',
    );
    assert.deepEqual(
      fixesOf(s).map((f) => f.title),
      ['`storage: 1Gi` 추가하기'],
    );
    const [a] = korean(claim('accessModes: [RWO]', ...SIZE));
    assert.equal(a?.message, '`RWO` 값은 `kubectl`이 보여 주는 줄임말입니다. 매니페스트에는 `ReadWriteOnce` 값을 그대로 씁니다.');
  });
});
