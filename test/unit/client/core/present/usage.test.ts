import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containerUses, formatAmount, formatPercent, formatUse, usageLines } from '../../../../../client/src/core/present/usage';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';

const Mi = 1024 * 1024;

describe('resource use', () => {
  it('writes amounts in millicores and binary units', () => {
    assert.equal(formatAmount('cpu', 0.005), '5m');
    assert.equal(formatAmount('cpu', 1.5), '1500m');
    assert.equal(formatAmount('memory', 512 * 1024), '512Ki');
    assert.equal(formatAmount('memory', 240 * Mi), '240Mi');
    assert.equal(formatAmount('memory', 12 * 1024 * Mi), '12.0Gi');
  });

  it('rounds percents and never shows a small use as 0 %', () => {
    assert.equal(formatPercent(240, 256), '94 %');
    assert.equal(formatPercent(300, 256), '117 %');
    assert.equal(formatPercent(0.001, 1), '<1 %');
    assert.equal(formatPercent(0, 1), '0 %');
  });

  it('measures against the limit, else the request, and says when there is neither', () => {
    assert.equal(
      formatUse({ resource: 'memory', used: 240 * Mi, limit: 256 * Mi, request: 128 * Mi }),
      'memory 240Mi of 256Mi limit, 94 %',
    );
    assert.equal(formatUse({ resource: 'cpu', used: 0.25, request: 0.2 }), 'cpu 250m of 200m request, 125 %');
    assert.equal(formatUse({ resource: 'cpu', used: 0.001 }), 'cpu 1m (no request or limit)');
  });

  it('speaks Korean', () => {
    assert.equal(formatUse({ resource: 'memory', used: 240 * Mi, limit: 256 * Mi }, 'ko'), '메모리 240Mi, 한도 256Mi의 94 %');
    assert.equal(formatUse({ resource: 'cpu', used: 0.25, request: 0.2 }, 'ko'), 'CPU 250m, 요청 200m의 125 %');
    assert.equal(formatUse({ resource: 'cpu', used: 0.001 }, 'ko'), 'CPU 1m (요청·한도 없음)');
  });

  it('pairs each measured container with its spec', () => {
    const pod: Pod = {
      metadata: { name: 'web' },
      spec: {
        containers: [
          { name: 'app', image: 'x', resources: { limits: { memory: '256Mi', cpu: '500m' } } },
          { name: 'side', image: 'y' },
        ],
      },
    };
    const metrics = {
      containers: [
        { name: 'app', usage: { cpu: '5000000n', memory: '245760Ki' } },
        { name: 'side', usage: { cpu: '0', memory: '1023Ki' } },
      ],
    };
    assert.deepEqual(containerUses(pod, metrics)[0], {
      container: 'app',
      uses: [
        { resource: 'cpu', used: 0.005, limit: 0.5 },
        { resource: 'memory', used: 240 * Mi, limit: 256 * Mi },
      ],
    });
    assert.deepEqual(usageLines(pod, metrics), [
      'app: cpu 5m of 500m limit, 1 % · memory 240Mi of 256Mi limit, 94 %',
      'side: cpu 0m (no request or limit) · memory 1023Ki (no request or limit)',
    ]);
  });
});
