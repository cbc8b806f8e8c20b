import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageSince, humanDuration } from '../../../../../client/src/core/present/duration';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { podContainers } from '../../../../../client/src/core/present/podContainers';
import { computeQosClass, podQosClass } from '../../../../../client/src/core/present/qos';
import { container, NOW, pod, running, status, terminated, waiting } from './podFixtures';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('ages like kubectl', () => {
  const cases: [number, string][] = [
    [0, '0s'],
    [5 * s, '5s'],
    [119 * s, '119s'],
    [2 * m, '2m'],
    [3 * m + 2 * s, '3m2s'],
    [9 * m + 59 * s, '9m59s'],
    [10 * m + 30 * s, '10m'],
    [179 * m, '179m'],
    [3 * h, '3h'],
    [4 * h + 30 * m, '4h30m'],
    [8 * h + 30 * m, '8h'],
    [47 * h, '47h'],
    [2 * d + 3 * h, '2d3h'],
    [7 * d, '7d'],
    [45 * d + 5 * h, '45d'],
    [365 * 2 * d + 10 * d, '2y10d'],
    [9 * 365 * d, '9y'],
  ];
  for (const [ms, text] of cases) it(`${ms} ms reads ${text}`, () => assert.equal(humanDuration(ms), text));

  it('tolerates a second of clock skew but marks larger future times invalid', () => {
    assert.equal(humanDuration(-900), '0s');
    assert.equal(humanDuration(-5 * s), '<invalid>');
  });

  it('ages a timestamp string or Date against the given now, <unknown> without one', () => {
    assert.equal(ageSince('2025-03-10T11:55:58Z', NOW), '4m2s');
    assert.equal(ageSince(new Date(NOW - 3 * d), NOW), '3d');
    assert.equal(ageSince(undefined, NOW), '<unknown>');
  });
});

describe('QoS class', () => {
  const withResources = (...resources: NonNullable<Parameters<typeof container>[2]>['resources'][]): Pod =>
    pod(
      'q',
      resources.map((r, i) => container(`c${i}`, 'nginx', { resources: r ?? {} })),
      [],
    );

  it('no requests or limits anywhere is BestEffort', () => {
    assert.equal(computeQosClass(withResources({}, {})), 'BestEffort');
  });

  it('equal cpu and memory requests and limits in every container is Guaranteed, whatever the units', () => {
    const same = { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '0.5', memory: '1024Mi' } };
    assert.equal(computeQosClass(withResources(same, same)), 'Guaranteed');
  });

  it('limits alone are Guaranteed too, because requests default to the limits', () => {
    assert.equal(computeQosClass(withResources({ limits: { cpu: '1', memory: '256Mi' } })), 'Guaranteed');
  });

  it('a request below its limit, or one container without limits, is Burstable', () => {
    assert.equal(
      computeQosClass(withResources({ requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } })),
      'Burstable',
    );
    const full = { limits: { cpu: '1', memory: '256Mi' } };
    assert.equal(computeQosClass(withResources(full, { requests: { memory: '10Mi' } })), 'Burstable');
    assert.equal(computeQosClass(withResources({ requests: { cpu: '100m' } })), 'Burstable');
  });

  it('prefers status.qosClass when the API server reported it', () => {
    const p = withResources({});
    p.status = { qosClass: 'Burstable' };
    assert.equal(podQosClass(p), 'Burstable');
  });
});

describe('container summaries for the explorer', () => {
  it('lists init, sidecar, app containers in spec order with state and last state', () => {
    const p = pod(
      'web',
      [container('web', 'nginx:1.27')],
      [status('web', waiting('CrashLoopBackOff'), { restartCount: 3, lastState: terminated(137, 'OOMKilled', 50, 40) })],
    );
    p.spec!.initContainers = [container('setup', 'busybox'), container('proxy', 'envoy', { restartPolicy: 'Always' })];
    p.status!.initContainerStatuses = [
      status('setup', terminated(0, 'Completed', 290, 280)),
      status('proxy', running(270), { ready: true }),
    ];
    const rows = podContainers(p);
    assert.deepEqual(
      rows.map((r) => [r.name, r.role, r.index]),
      [
        ['setup', 'init', 0],
        ['proxy', 'sidecar', 1],
        ['web', 'container', 0],
      ],
    );
    const web = rows[2];
    assert.equal(web.current?.text, 'Waiting: CrashLoopBackOff');
    assert.equal(web.last?.text, 'Terminated: OOMKilled (exit code 137)');
    assert.equal(web.last?.exitCode, 137);
    assert.equal(web.restartCount, 3);
    assert.equal(rows[0].current?.text, 'Terminated: Completed (exit code 0)');
  });
});
