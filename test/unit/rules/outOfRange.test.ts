import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

function pod(...containerLines: string[]): string {
  return yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '  - name: web',
    '    image: nginx:1.27',
    ...containerLines.map((l) => `    ${l}`),
  );
}

describe('out-of-range', () => {
  it('flags container ports outside 1–65535 on the value', () => {
    const text = pod('ports:', '- containerPort: 70000', '- containerPort: 0', '- containerPort: 8080', '  hostPort: -1');
    const found = withCode(text, 'out-of-range');
    assert.deepEqual(found.map(rangeOf), [
      [9, 21, 9, 26],
      [10, 21, 10, 22],
      [12, 16, 12, 18],
    ]);
    assert.ok(found.every((d) => d.severity === DiagnosticSeverity.Error));
    assert.equal(
      found[0]?.message,
      '`containerPort: 70000` is out of range: a port number is between 1 and 65535 (allowed: between 1 and 65535).',
    );
  });

  it('flags probe ports and probe settings below their minimum', () => {
    const text = pod(
      'livenessProbe:',
      '  httpGet: {path: /, port: 99999}',
      '  periodSeconds: 0',
      '  failureThreshold: 0',
      '  initialDelaySeconds: -5',
    );
    const found = withCode(text, 'out-of-range');
    assert.deepEqual(found.map(rangeOf), [
      [9, 31, 9, 36],
      [10, 21, 10, 22],
      [11, 24, 11, 25],
      [12, 27, 12, 29],
    ]);
    assert.match(found[1]?.message ?? '', /`periodSeconds: 0` is out of range: it must be at least 1/);
    assert.match(found[3]?.message ?? '', /`initialDelaySeconds: -5` is out of range: it cannot be negative/);
  });

  it('flags negative counts in workloads', () => {
    const text = yaml(
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: j',
      'spec:',
      '  backoffLimit: -1',
      '  completions: -2',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      '      - name: j',
      '        image: busybox:1.36',
    );
    const found = withCode(text, 'out-of-range');
    assert.deepEqual(found.map(rangeOf), [
      [5, 16, 5, 18],
      [6, 15, 6, 17],
    ]);
    const deployment = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: d',
      'spec:',
      '  replicas: -3',
      '  selector:',
      '    matchLabels: {app: d}',
      '  template:',
      '    metadata:',
      '      labels: {app: d}',
      '    spec:',
      '      containers:',
      '      - name: d',
      '        image: nginx:1.27',
    );
    const [r] = withCode(deployment, 'out-of-range');
    assert.ok(r);
    assert.deepEqual(rangeOf(r), [5, 12, 5, 14]);
    assert.match(r.message, /`replicas: -3` is out of range: it cannot be negative \(allowed: at least 0\)/);
  });

  it('accepts values in range, named ports, and hostPort 0 (meaning none)', () => {
    const text = pod(
      'ports:',
      '- containerPort: 1',
      '  hostPort: 0',
      '- containerPort: 65535',
      'readinessProbe:',
      '  tcpSocket: {port: http}',
      '  periodSeconds: 1',
      '  initialDelaySeconds: 0',
    );
    assert.deepEqual(withCode(text, 'out-of-range'), []);
  });

  it('speaks Korean when the language is Korean, with the same range', () => {
    const text = pod('ports:', '- containerPort: 70000', 'livenessProbe:', '  tcpSocket: {port: 8080}', '  initialDelaySeconds: -5');
    const found = withCode(text, 'out-of-range', { language: 'ko' });
    assert.deepEqual(found.map(rangeOf), withCode(text, 'out-of-range').map(rangeOf));
    assert.deepEqual(
      found.map((d) => d.message),
      [
        '`containerPort: 70000`의 값이 허용 범위를 벗어났습니다. 포트 번호는 1부터 65535까지입니다(허용 범위: 1~65535).',
        '`initialDelaySeconds: -5`의 값이 허용 범위를 벗어났습니다. 음수일 수 없습니다(허용 범위: 0 이상).',
      ],
    );
  });
});
