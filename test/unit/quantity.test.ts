import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatBytes, formatCpu, parseQuantity, suggestQuantity } from '../../server/src/service/util/quantity';

describe('parseQuantity', () => {
  it('reads milli, binary and decimal suffixes into base units', () => {
    assert.deepEqual(parseQuantity('500m'), { value: 0.5, suffix: 'm' });
    assert.deepEqual(parseQuantity('128Mi'), { value: 134217728, suffix: 'Mi' });
    assert.deepEqual(parseQuantity('1G'), { value: 1e9, suffix: 'G' });
    assert.deepEqual(parseQuantity('2Ki'), { value: 2048, suffix: 'Ki' });
    assert.deepEqual(parseQuantity('1Ei'), { value: 2 ** 60, suffix: 'Ei' });
    assert.deepEqual(parseQuantity('250u'), { value: 250e-6, suffix: 'u' });
    assert.deepEqual(parseQuantity('3k'), { value: 3000, suffix: 'k' });
  });

  it('reads exponents, signs and decimals', () => {
    assert.deepEqual(parseQuantity('1e3'), { value: 1000, suffix: 'e3' });
    assert.deepEqual(parseQuantity('5E-2'), { value: 0.05, suffix: 'E-2' });
    assert.equal(parseQuantity('-1')?.value, -1);
    assert.equal(parseQuantity('+.5')?.value, 0.5);
    assert.equal(parseQuantity('1.')?.value, 1);
    assert.equal(parseQuantity('1.5Gi')?.value, 1.5 * 2 ** 30);
  });

  it('rejects what Kubernetes rejects', () => {
    for (const text of ['128mb', '128MB', 'lots', '1gb', '0.5cpu', '', 'Mi', '1 Gi', '1KI', '1ki', '1.2.3', '--1', '1e', '1Gi ']) {
      assert.equal(parseQuantity(text), undefined, text);
    }
  });
});

describe('suggestQuantity', () => {
  it('turns the memory units people type into binary suffixes', () => {
    assert.equal(suggestQuantity('128mb', 'memory'), '128Mi');
    assert.equal(suggestQuantity('128MB', 'memory'), '128Mi');
    assert.equal(suggestQuantity('128m', 'memory'), '128Mi');
    assert.equal(suggestQuantity('1gb', 'memory'), '1Gi');
    assert.equal(suggestQuantity('512 KB', 'ephemeral-storage'), '512Ki');
    assert.equal(suggestQuantity('1gb', 'sizeLimit'), '1Gi');
  });

  it('turns cores into CPU quantities', () => {
    assert.equal(suggestQuantity('0.5cpu', 'cpu'), '500m');
    assert.equal(suggestQuantity('2 cores', 'cpu'), '2');
    assert.equal(suggestQuantity('250 millicores', 'cpu'), '250m');
  });

  it('has no suggestion when the intent is unclear', () => {
    assert.equal(suggestQuantity('lots', 'cpu'), undefined);
    assert.equal(suggestQuantity('lots', 'memory'), undefined);
    assert.equal(suggestQuantity('128xb', 'memory'), undefined);
    assert.equal(suggestQuantity('2gb', 'nvidia.com/gpu'), undefined);
  });
});

describe('formatBytes and formatCpu', () => {
  it('formats bytes with grouping and the binary unit', () => {
    assert.equal(formatBytes(134217728), '134,217,728 bytes (128 MiB)');
    assert.equal(formatBytes(1536), '1,536 bytes (1.5 KiB)');
    assert.equal(formatBytes(512), '512 bytes');
    assert.equal(formatBytes(1), '1 byte');
    assert.equal(formatBytes(1e9), '1,000,000,000 bytes (1 GB, 953.67 MiB)');
  });

  it('formats CPU in cores and millicores', () => {
    assert.equal(formatCpu(0.5), '0.5 CPU (half a core)');
    assert.equal(formatCpu(0.25), '0.25 CPU (250 millicores)');
    assert.equal(formatCpu(0.001), '0.001 CPU (1 millicore)');
    assert.equal(formatCpu(1), '1 CPU (one core)');
    assert.equal(formatCpu(2), '2 CPU (2 cores)');
  });

  it('words amounts in Korean, keeping the unit symbols', () => {
    assert.equal(formatBytes(134217728, 'ko'), '134,217,728바이트 (128 MiB)');
    assert.equal(formatBytes(1, 'ko'), '1바이트');
    assert.equal(formatBytes(1e9, 'ko'), '1,000,000,000바이트 (1 GB, 953.67 MiB)');
    assert.equal(formatCpu(0.5, 'ko'), '0.5 CPU (코어 절반)');
    assert.equal(formatCpu(0.25, 'ko'), '0.25 CPU (250밀리코어)');
    assert.equal(formatCpu(1, 'ko'), '1 CPU (1코어)');
    assert.equal(formatCpu(2, 'ko'), '2 CPU (2코어)');
  });
});
