import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { rangeOf, withCode, yaml } from '../../helpers/ruleHarness';

const MiB = 1024 * 1024;

describe('object-too-large', () => {
  it('reports a ConfigMap whose data and binaryData total more than 1 MiB, counting aliases as kubectl expands them', () => {
    const quarter = 'x'.repeat(MiB / 4);
    const configMap = (...extra: string[]) =>
      yaml(
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: dashboards',
        'data:',
        `  a.json: &dash "${quarter}"`,
        '  b.json: *dash',
        '  c.json: *dash',
        ...extra,
        'binaryData:',
        '  d.bin: AAAAAA==',
      );
    // Three quarters of a MiB and 4 decoded bytes: accepted.
    assert.deepEqual(withCode(configMap(), 'object-too-large'), []);
    const text = configMap('  e.json: *dash');
    const [d] = withCode(text, 'object-too-large');
    assert.ok(d);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(d), [4, 0, 4, 4]);
    assert.match(
      d.message,
      /^This ConfigMap holds 1\.00 MiB \(1,048,580 bytes\) of data; the API server accepts at most 1,048,576 bytes \(1 MiB\) per ConfigMap/,
    );
  });

  it('merges a Secret’s stringData over its data and counts decoded bytes', () => {
    const half = 'y'.repeat(MiB / 2);
    const over = yaml('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: bundle', 'stringData:', `  a: "${half}"`, `  b: "${half}x"`);
    const [d] = withCode(over, 'object-too-large');
    assert.ok(d);
    assert.equal(
      d.message,
      'This Secret holds 1.00 MiB (1,048,577 bytes) of data; the API server accepts at most 1,048,576 bytes (1 MiB) per Secret ("Too long: must have at most 1048576 bytes"). Split it into several Secrets, or ship large files another way (in the image, or on a volume).',
    );
    // The same key in data and stringData counts once.
    const merged = yaml(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: bundle',
      'data:',
      `  a: ${Buffer.from(half).toString('base64')}`,
      'stringData:',
      `  a: "${half}"`,
    );
    assert.deepEqual(withCode(merged, 'object-too-large'), []);
  });

  it('reports annotations over 256 KiB on any object, and speaks Korean', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      '  annotations:',
      `    note: "${'z'.repeat(256 * 1024)}"`,
      'spec:',
      '  containers:',
      '    - name: web',
      '      image: nginx:1.27.3',
    );
    const [d] = withCode(text, 'object-too-large');
    assert.ok(d);
    assert.deepEqual(rangeOf(d), [4, 2, 4, 13]);
    assert.match(
      d.message,
      /^These annotations total 256\.0 KiB \(262,148 bytes, keys and values\); the API server accepts at most 262,144 bytes/,
    );
    const [ko] = withCode(text, 'object-too-large', { language: 'ko' });
    assert.match(ko?.message ?? '', /^어노테이션의 합계가 키와 값을 합쳐 256\.0 KiB\(262148바이트\)인데/);
  });
});
