import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

const hpa = (...spec: string[]): string =>
  yaml(
    'apiVersion: autoscaling/v2',
    'kind: HorizontalPodAutoscaler',
    'metadata:',
    '  name: web',
    'spec:',
    ...spec.map((line) => `  ${line}`),
  );

const TARGET = ['scaleTargetRef:', '  apiVersion: apps/v1', '  kind: Deployment', '  name: web'];

/** A metrics list with one Resource metric on cpu whose target has these lines. */
const cpuMetric = (...target: string[]): string[] => [
  'metrics:',
  '  - type: Resource',
  '    resource:',
  '      name: cpu',
  '      target:',
  ...target.map((l) => `        ${l}`),
];

describe('hpa-spec', () => {
  it('rejects maxReplicas below minReplicas and swaps them', () => {
    const text = hpa(...TARGET, 'minReplicas: 6', 'maxReplicas: 3');
    const [d, ...rest] = withCode(text, 'hpa-spec');
    assert.equal(rest.length, 0);
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(d), [10, 15, 10, 16]);
    assert.equal(
      d?.message,
      '`maxReplicas` (3) is below `minReplicas` (6), so no replica count satisfies both; Kubernetes rejects the autoscaler.',
    );
    assert.deepEqual(
      d?.relatedInformation?.map((r) => [r.message, r.location.range.start.line]),
      [['the `minReplicas`', 9]],
    );
    const fixed = applyFix(text, d);
    assert.match(fixed, /minReplicas: 3\n {2}maxReplicas: 6\n/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('warns about minReplicas 0 and rejects negative bounds', () => {
    const zero = hpa(...TARGET, 'minReplicas: 0', 'maxReplicas: 3');
    const [z] = withCode(zero, 'hpa-spec');
    assert.equal(z?.severity, DiagnosticSeverity.Warning);
    assert.match(z?.message ?? '', /alpha feature gate `HPAScaleToZero`/);
    assert.deepEqual(diagnose(applyFix(zero, z)), []);
    const negative = hpa(...TARGET, 'minReplicas: -1', 'maxReplicas: 0');
    assert.deepEqual(
      withCode(negative, 'hpa-spec').map((d) => [textAt(negative, d), d.severity]),
      [
        ['-1', DiagnosticSeverity.Error],
        ['0', DiagnosticSeverity.Error],
      ],
    );
  });

  it('finds the target apiVersion the autoscaler needs', () => {
    const v1 = hpa('scaleTargetRef:', '  apiVersion: v1', '  kind: Deployment', '  name: web', 'maxReplicas: 3');
    const [a] = withCode(v1, 'hpa-spec');
    assert.equal(a?.severity, DiagnosticSeverity.Warning);
    assert.equal(textAt(v1, a), 'v1');
    assert.match(a?.message ?? '', /^Deployment is served by `apps\/v1`, not `v1`: the autoscaler would not find its target/);
    assert.deepEqual(diagnose(applyFix(v1, a)), []);

    const missing = hpa('scaleTargetRef:', '  kind: StatefulSet', '  name: db', 'maxReplicas: 3');
    const [m] = withCode(missing, 'hpa-spec');
    assert.equal(textAt(missing, m), 'StatefulSet');
    const fixed = applyFix(missing, m);
    assert.match(fixed, /scaleTargetRef:\n {4}apiVersion: apps\/v1\n {4}kind: StatefulSet\n/);
    assert.deepEqual(diagnose(fixed), []);
    // A ReplicationController is in the core group, which is what no apiVersion means.
    assert.deepEqual(withCode(hpa('scaleTargetRef: {kind: ReplicationController, name: rc}', 'maxReplicas: 3'), 'hpa-spec'), []);
  });

  it('warns about targets that cannot scale, but not about custom resources', () => {
    const pod = hpa('scaleTargetRef: {apiVersion: v1, kind: Pod, name: web}', 'maxReplicas: 3');
    const [p] = withCode(pod, 'hpa-spec');
    assert.equal(p?.severity, DiagnosticSeverity.Warning);
    assert.equal(textAt(pod, p), 'Pod');
    assert.match(p?.message ?? '', /^A Pod cannot be scaled/);
    const lower = hpa('scaleTargetRef: {apiVersion: apps/v1, kind: deployment, name: web}', 'maxReplicas: 3');
    assert.deepEqual(diagnose(applyFix(lower, withCode(lower, 'hpa-spec')[0])), []);
    assert.deepEqual(
      withCode(hpa('scaleTargetRef: {apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: web}', 'maxReplicas: 3'), 'hpa-spec'),
      [],
    );
  });

  it('checks that a target names the number it aims for', () => {
    const mismatch = hpa(...TARGET, 'maxReplicas: 3', ...cpuMetric('type: Utilization', 'averageValue: 500m'));
    const [w] = withCode(mismatch, 'hpa-spec');
    assert.equal(w?.severity, DiagnosticSeverity.Warning);
    assert.equal(textAt(mismatch, w), 'Utilization');
    assert.match(w?.message ?? '', /but this target gives `averageValue`\. Change the type to `AverageValue`/);
    assert.deepEqual(diagnose(applyFix(mismatch, w)), []);

    const none = hpa(...TARGET, 'maxReplicas: 3', ...cpuMetric('type: Value', 'value: "2"'));
    const [n] = withCode(none, 'hpa-spec');
    assert.equal(n?.severity, DiagnosticSeverity.Error);
    assert.equal(textAt(none, n), 'target');
    assert.match(n?.message ?? '', /^A resource metric does not read `value`/);

    const both = hpa(...TARGET, 'maxReplicas: 3', ...cpuMetric('type: Utilization', 'averageUtilization: 60', 'averageValue: 500m'));
    assert.equal(textAt(both, withCode(both, 'hpa-spec')[0]), 'averageValue');

    const zero = hpa(...TARGET, 'maxReplicas: 3', ...cpuMetric('type: Utilization', 'averageUtilization: 0'));
    assert.equal(withCode(zero, 'hpa-spec')[0]?.message, '`averageUtilization` is 0, but a target must be greater than zero.');

    const kind = hpa(...TARGET, 'maxReplicas: 3', ...cpuMetric('type: Utilisation', 'averageUtilization: 60'));
    const [k] = withCode(kind, 'hpa-spec');
    assert.equal(
      k?.message,
      '`Utilisation` is not a target type; use `Utilization`, `AverageValue` or `Value`. Did you mean `Utilization`?',
    );
    assert.deepEqual(diagnose(applyFix(kind, k)), []);
  });

  it('checks that a metric describes its own source', () => {
    const text = hpa(
      ...TARGET,
      'maxReplicas: 3',
      'metrics:',
      '  - type: Pods',
      '    resource:',
      '      name: cpu',
      '      target: {type: Utilization, averageUtilization: 50}',
    );
    const found = withCode(text, 'hpa-spec');
    assert.deepEqual(
      found.map((d) => textAt(text, d)),
      ['resource', 'Pods'],
    );
    assert.match(found[1]?.message ?? '', /^A `Pods` metric is described under `pods`, and this one has none/);
    const typo = hpa(
      ...TARGET,
      'maxReplicas: 3',
      'metrics:',
      '  - type: resource',
      '    resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}',
    );
    assert.deepEqual(diagnose(applyFix(typo, withCode(typo, 'hpa-spec')[0])), []);
  });

  it('checks the autoscaling/v1 CPU target', () => {
    const text = yaml(
      'apiVersion: autoscaling/v1',
      'kind: HorizontalPodAutoscaler',
      'metadata: {name: web}',
      'spec:',
      ...TARGET.map((l) => `  ${l}`),
      '  maxReplicas: 3',
      '  targetCPUUtilizationPercentage: 0',
    );
    const [d] = withCode(text, 'hpa-spec');
    assert.equal(textAt(text, d), '0');
    assert.match(d?.message ?? '', /^`targetCPUUtilizationPercentage` is 0, but it must be at least 1/);
  });

  it('speaks Korean when the language is Korean', () => {
    const korean = (text: string) => withCode(text, 'hpa-spec', { language: 'ko' });
    const [m] = korean(hpa(...TARGET, 'minReplicas: 6', 'maxReplicas: 3'));
    assert.equal(
      m?.message,
      '`maxReplicas`(3)가 `minReplicas`(6)보다 작아서 둘을 함께 만족하는 복제본 수가 없습니다. Kubernetes는 이 오토스케일러를 거부합니다.',
    );
    assert.deepEqual(
      m?.relatedInformation?.map((r) => r.message),
      ['`minReplicas` 값'],
    );
    assert.deepEqual(
      fixesOf(m).map((f) => f.title),
      ['`minReplicas`와 `maxReplicas` 값 맞바꾸기'],
    );
    const [t] = korean(hpa('scaleTargetRef: {apiVersion: v1, kind: Deployment, name: web}', 'maxReplicas: 3'));
    assert.equal(
      t?.message,
      'Deployment 리소스는 `v1` 버전이 아니라 `apps/v1` 버전에서 제공되므로 오토스케일러가 대상을 찾지 못합니다. Kubernetes는 오토스케일러를 받아들이지만 `FailedGetScale`을 보고합니다.',
    );
    assert.deepEqual(
      fixesOf(t).map((f) => f.title),
      ['`apps/v1`로 바꾸기'],
    );
  });
});
