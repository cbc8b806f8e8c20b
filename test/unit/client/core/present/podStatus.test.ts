import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { podRow } from '../../../../../client/src/core/present/podStatus';
import { ago, container, NOW, pod, running, status, terminated, waiting } from './podFixtures';

const nginx = container('nginx', 'nginx:1.27');
const row = (p: Pod) => podRow(p, NOW);

describe('kubectl get pods columns: main containers', () => {
  it('a running, ready pod reads 1/1 Running 0 with its age', () => {
    const r = row(pod('web', [nginx], [status('nginx', running(290))], { age: 14 * 60 }));
    assert.deepEqual([r.ready, r.status, r.restarts, r.age, r.health], ['1/1', 'Running', '0', '14m', 'healthy']);
  });

  it('a container being created reads ContainerCreating', () => {
    const p = pod('web', [nginx], [status('nginx', waiting('ContainerCreating'))], {
      phase: 'Pending',
      age: 4,
      falseConditions: ['Ready', 'ContainersReady'],
    });
    const r = row(p);
    assert.deepEqual([r.ready, r.status, r.age, r.health], ['0/1', 'ContainerCreating', '4s', 'progressing']);
  });

  for (const reason of ['ErrImagePull', 'ImagePullBackOff', 'CreateContainerConfigError', 'InvalidImageName']) {
    it(`a container waiting with ${reason} shows that reason and is failing`, () => {
      const p = pod('app', [container('app', 'myapp')], [status('app', waiting(reason, 'Back-off pulling image "myapp"'))], {
        phase: 'Pending',
      });
      const r = row(p);
      assert.equal(r.status, reason);
      assert.equal(r.ready, '0/1');
      assert.equal(r.health, 'failing');
    });
  }

  it('CrashLoopBackOff shows the restart count and how long ago the last restart was', () => {
    const s = status('app', waiting('CrashLoopBackOff', 'back-off 40s restarting failed container=app'), {
      restartCount: 4,
      lastState: terminated(1, 'Error', 40, 37),
    });
    const r = row(pod('app', [container('app', 'busybox:1.36')], [s], { age: 150, falseConditions: ['Ready', 'ContainersReady'] }));
    assert.deepEqual(
      [r.ready, r.status, r.restarts, r.restartCount, r.age, r.health],
      ['0/1', 'CrashLoopBackOff', '4 (37s ago)', 4, '2m30s', 'failing'],
    );
    assert.equal(r.lastRestart, NOW - 37_000);
  });

  it('a finished pod reads Completed and 0/1', () => {
    const s = status('job', terminated(0, 'Completed', 80, 60));
    const r = row(pod('pi', [container('job', 'perl:5.34')], [s], { phase: 'Succeeded', falseConditions: ['Ready', 'ContainersReady'] }));
    assert.deepEqual([r.ready, r.status, r.health], ['0/1', 'Completed', 'completed']);
  });

  it('a failed pod reads Error, and OOMKilled when the kernel killed it', () => {
    const error = row(pod('x', [container('x', 'busybox')], [status('x', terminated(1, 'Error', 20, 10))], { phase: 'Failed' }));
    assert.deepEqual([error.status, error.health], ['Error', 'failing']);
    const oom = row(pod('x', [container('x', 'busybox')], [status('x', terminated(137, 'OOMKilled', 20, 10))], { phase: 'Running' }));
    assert.deepEqual([oom.status, oom.health], ['OOMKilled', 'failing']);
  });

  it('a termination without a reason reads ExitCode:N, or Signal:N when a signal ended it', () => {
    const bare = status('x', { terminated: { exitCode: 3 } });
    assert.equal(row(pod('x', [container('x', 'busybox')], [bare], { phase: 'Failed' })).status, 'ExitCode:3');
    const signalled = status('x', { terminated: { exitCode: 0, signal: 9 } });
    assert.equal(row(pod('x', [container('x', 'busybox')], [signalled], { phase: 'Failed' })).status, 'Signal:9');
  });

  it('with two containers the first container in the list decides the STATUS', () => {
    const p = pod(
      'two',
      [container('a', 'busybox'), container('b', 'busybox')],
      [
        status('a', waiting('CrashLoopBackOff'), { restartCount: 2, lastState: terminated(2, 'Error', 30, 25) }),
        status('b', waiting('ErrImagePull')),
      ],
    );
    assert.equal(row(p).status, 'CrashLoopBackOff');
  });

  it('a completed container beside a running one reads NotReady until the pod is Ready, then Running', () => {
    const statuses = [status('migrate', terminated(0, 'Completed', 200, 190)), status('web', running(200))];
    const notReady = row(
      pod('mixed', [container('migrate', 'app:1'), container('web', 'app:1')], statuses, { falseConditions: ['Ready', 'ContainersReady'] }),
    );
    assert.deepEqual([notReady.ready, notReady.status, notReady.health], ['1/2', 'NotReady', 'progressing']);
    const ready = row(pod('mixed', [container('migrate', 'app:1'), container('web', 'app:1')], statuses));
    assert.equal(ready.status, 'Running');
  });

  it('a running container that is not ready counts 0/1 and is still progressing', () => {
    const s = status('web', running(100), { ready: false });
    const r = row(pod('web', [nginx], [s], { falseConditions: ['Ready', 'ContainersReady'] }));
    assert.deepEqual([r.ready, r.status, r.health], ['0/1', 'Running', 'progressing']);
  });
});

describe('kubectl get pods columns: init containers and sidecars', () => {
  function withInit(
    initStates: Parameters<typeof status>[1][],
    main = waiting('PodInitializing'),
    initialized = false,
    restartPolicy?: string,
  ): Pod {
    const inits = initStates.map((_, i) => container(`init-${i}`, 'busybox:1.36', restartPolicy ? { restartPolicy } : {}));
    const p = pod('app', [container('app', 'app:1')], [status('app', main)], {
      phase: 'Pending',
      falseConditions: initialized ? ['Ready', 'ContainersReady'] : ['Initialized', 'Ready', 'ContainersReady'],
    });
    p.spec = { ...p.spec!, initContainers: inits };
    p.status = { ...p.status, initContainerStatuses: initStates.map((state, i) => status(`init-${i}`, state)) };
    return p;
  }

  it('counts finished init containers: Init:0/2, then Init:1/2', () => {
    assert.equal(row(withInit([running(5), waiting('PodInitializing')])).status, 'Init:0/2');
    const second = row(withInit([terminated(0, 'Completed', 20, 10), running(5)]));
    assert.deepEqual([second.status, second.health], ['Init:1/2', 'progressing']);
  });

  it('reports a failing init container with the Init: prefix', () => {
    assert.equal(row(withInit([waiting('CrashLoopBackOff'), waiting('PodInitializing')])).status, 'Init:CrashLoopBackOff');
    const error = row(withInit([terminated(1, 'Error', 20, 10), waiting('PodInitializing')]));
    assert.deepEqual([error.status, error.health], ['Init:Error', 'failing']);
    assert.equal(row(withInit([{ terminated: { exitCode: 3 } }])).status, 'Init:ExitCode:3');
    assert.equal(row(withInit([terminated(137, 'OOMKilled', 20, 10)])).status, 'Init:OOMKilled');
    assert.equal(row(withInit([waiting('ErrImagePull')])).status, 'Init:ErrImagePull');
  });

  it('once init containers are done, main containers waiting to start read PodInitializing', () => {
    const r = row(withInit([terminated(0, 'Completed', 20, 10)], waiting('PodInitializing'), true));
    assert.deepEqual([r.status, r.ready], ['PodInitializing', '0/1']);
  });

  it('counts a started native sidecar in READY and its restarts in RESTARTS', () => {
    const p = withInit([running(100)], running(90), true, 'Always');
    p.status!.phase = 'Running';
    p.status!.conditions = p.status!.conditions!.map((c) => ({ ...c, status: 'True' }));
    p.status!.initContainerStatuses![0] = status('init-0', running(100), {
      ready: true,
      started: true,
      restartCount: 1,
      lastState: terminated(1, 'Error', 130, 100),
    });
    p.status!.containerStatuses![0] = status('app', running(90), { ready: true });
    const r = row(p);
    assert.deepEqual([r.ready, r.status, r.restarts, r.health], ['2/2', 'Running', '1 (100s ago)', 'healthy']);
  });
});

describe('kubectl get pods columns: pod-level states', () => {
  it('a pod being deleted reads Terminating; one on a lost node reads Unknown', () => {
    const p = pod('web', [nginx], [status('nginx', running(200))]);
    p.metadata.deletionTimestamp = ago(-30);
    p.metadata.deletionGracePeriodSeconds = 30;
    assert.deepEqual([row(p).status, row(p).health], ['Terminating', 'terminating']);
    p.status!.reason = 'NodeLost';
    assert.equal(row(p).status, 'Unknown');
  });

  it('a deleted pod that already completed keeps its Completed status', () => {
    const p = pod('pi', [container('job', 'perl')], [status('job', terminated(0, 'Completed', 80, 60))], { phase: 'Succeeded' });
    p.metadata.deletionTimestamp = ago(5);
    assert.equal(row(p).status, 'Completed');
  });

  it('an evicted pod shows the eviction reason', () => {
    const p = pod('web', [nginx], [status('nginx', terminated(137, 'ContainerStatusUnknown', 900, 60))], { phase: 'Failed' });
    p.status!.reason = 'Evicted';
    p.status!.message = 'The node was low on resource: memory. ';
    p.status!.containerStatuses = [];
    assert.deepEqual([row(p).status, row(p).health], ['Evicted', 'failing']);
  });

  it('a pod held by scheduling gates reads SchedulingGated', () => {
    const p = pod('gated', [nginx], [], { phase: 'Pending' });
    p.status!.conditions = [
      {
        type: 'PodScheduled',
        status: 'False',
        reason: 'SchedulingGated',
        message: 'Scheduling is blocked due to non-empty scheduling gates',
      },
    ];
    delete p.spec!.nodeName;
    assert.deepEqual([row(p).status, row(p).health], ['SchedulingGated', 'progressing']);
  });

  it('an unschedulable pod reads Pending but is classed as failing', () => {
    const p = pod('big', [nginx], [], { phase: 'Pending' });
    p.status!.conditions = [
      { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient memory.' },
    ];
    assert.deepEqual([row(p).status, row(p).ready, row(p).health], ['Pending', '0/1', 'failing']);
  });

  it('a pod that was just created without conditions reads Pending and progressing', () => {
    const p: Pod = {
      metadata: { name: 'new', namespace: 'default', creationTimestamp: ago(1) },
      spec: { containers: [nginx] },
      status: { phase: 'Pending' },
    };
    assert.deepEqual([row(p).status, row(p).ready, row(p).age, row(p).health], ['Pending', '0/1', '1s', 'progressing']);
  });
});
