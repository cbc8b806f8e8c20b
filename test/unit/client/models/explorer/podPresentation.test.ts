// Pod rows read like `kubectl get pods`; tooltips carry node, IP, QoS and how each container
// last ended; icons follow health.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  containerDescription,
  ENGLISH_WORDS,
  escapeMarkdown,
  healthIcon,
  podDescription,
  podTooltipMarkdown,
} from '../../../../../client/src/models/explorer/podPresentation';
import { podContainers } from '../../../../../client/src/core/present/podContainers';
import { podRow } from '../../../../../client/src/core/present/podStatus';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { ago, conditions, container, NOW, running, status, terminated, waiting } from '../../core/present/podFixtures';

const crashing: Pod = {
  metadata: { name: 'web-1', namespace: 'default', creationTimestamp: ago(300) },
  spec: {
    nodeName: 'node-a',
    initContainers: [container('migrate', 'busybox'), container('proxy', 'envoy', { restartPolicy: 'Always' })],
    containers: [container('app', 'app:1', { resources: { requests: { cpu: '100m' } } })],
  },
  status: {
    phase: 'Running',
    podIP: '10.1.2.3',
    qosClass: 'Burstable',
    conditions: conditions(['Ready', 'ContainersReady']),
    initContainerStatuses: [status('migrate', terminated(0, 'Completed', 290, 285), { ready: false }), status('proxy', running(280))],
    containerStatuses: [
      status('app', waiting('CrashLoopBackOff', 'back-off 40s'), {
        ready: false,
        restartCount: 3,
        lastState: terminated(1, 'Error', 60, 50),
      }),
    ],
  },
};

describe('pod presentation', () => {
  it('describes a pod in one line with READY, STATUS, restarts and AGE', () => {
    const row = podRow(crashing, NOW);
    assert.equal(podDescription(row), '1/2 · CrashLoopBackOff · 3 restarts · 5m');
    assert.equal(podDescription(row, undefined, true), '1/2 · CrashLoopBackOff · 3 restarts · 5m · manifest');
    assert.deepEqual(healthIcon(row.health), { icon: 'error', color: 'testing.iconFailed' });
  });

  it('leaves out zero restarts, and marks init, sidecar and ephemeral containers', () => {
    const healthy: Pod = {
      ...crashing,
      status: { ...crashing.status, conditions: conditions(), containerStatuses: [status('app', running(100))] },
    };
    assert.equal(podDescription(podRow(healthy, NOW)), '2/2 · Running · 5m');
    const described = podContainers(crashing).map((c) => containerDescription(c));
    assert.deepEqual(described, [
      'init · Terminated: Completed (exit code 0)',
      'sidecar · Running',
      'Waiting: CrashLoopBackOff · 3 restarts',
    ]);
  });

  it("puts node, IP, QoS and each container's last state and exit code in the tooltip", () => {
    const tooltip = podTooltipMarkdown(crashing, podRow(crashing, NOW));
    assert.match(tooltip, /Node: node\\-a/);
    assert.match(tooltip, /IP: 10\\\.1\\\.2\\\.3/);
    assert.match(tooltip, /QoS: Burstable/);
    assert.match(tooltip, /- `app`: Waiting: CrashLoopBackOff; last: Error, exit code 1/);
    // The sidecar never restarted: no "last: <none>", which reads like a problem.
    assert.match(tooltip, /- `proxy` \(sidecar\): Running$/m);
    assert.doesNotMatch(tooltip, /none/);
  });

  it('says a pod without node or IP has none yet, not "<none>"', () => {
    const pending = {
      ...crashing,
      spec: { ...crashing.spec, nodeName: undefined },
      status: { ...crashing.status, podIP: undefined },
    } as typeof crashing;
    const tooltip = podTooltipMarkdown(pending, podRow(pending, NOW));
    assert.match(tooltip, /Node: not yet assigned/);
    assert.match(tooltip, /IP: not yet assigned/);
    assert.doesNotMatch(tooltip, /<none>|\\<none\\>/);
  });

  it("counts a namespace's pods with the right plural", () => {
    assert.equal(ENGLISH_WORDS.podCount(1, 1), '1 pod');
    assert.equal(ENGLISH_WORDS.podCount(0, 0), '0 pods');
    assert.equal(ENGLISH_WORDS.podCount(3, 3), '3 pods');
    assert.equal(ENGLISH_WORDS.podCount(0, 1), '0 of 1 pod');
    assert.equal(ENGLISH_WORDS.podCount(1, 4), '1 of 4 pods');
  });

  it('escapes Markdown in names and messages', () => {
    assert.equal(escapeMarkdown('[x](http://e)'), '\\[x\\]\\(http://e\\)');
  });
});
