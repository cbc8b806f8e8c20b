// The debug container's pure decisions: reuse or add, names, the patch, the debugger's state, and
// the image list the picker offers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDebuggerPatch,
  debuggerName,
  debuggerState,
  planDebugger,
  sameImage,
} from '../../../../../client/src/core/debug/debugContainer';
import { imageChoices, imageProblem, MAX_RECENT_IMAGES, rememberImage } from '../../../../../client/src/core/debug/debugImages';
import type { ContainerStatus, Pod } from '../../../../../client/src/core/kube/kubeTypes';

function pod(ephemeral: { name: string; image: string; target?: string }[] = [], statuses: ContainerStatus[] = []): Pod {
  return {
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      containers: [{ name: 'app', image: 'nginx' }],
      ephemeralContainers: ephemeral.map((e) => ({ name: e.name, image: e.image, ...(e.target ? { targetContainerName: e.target } : {}) })),
    },
    status: { ephemeralContainerStatuses: statuses },
  };
}

const running = (name: string): ContainerStatus => ({
  name,
  ready: false,
  restartCount: 0,
  state: { running: { startedAt: '2026-01-01T00:00:00Z' } },
});
const waiting = (name: string, reason: string, message?: string): ContainerStatus => ({
  name,
  ready: false,
  restartCount: 0,
  state: { waiting: message ? { reason, message } : { reason } },
});
const exited = (name: string): ContainerStatus => ({
  name,
  ready: false,
  restartCount: 0,
  state: { terminated: { exitCode: 0, reason: 'Completed' } },
});

/** A fixed sequence of "random" values. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

describe('debug container plan', () => {
  it('adds a debugger named debugger-xxxxx that targets the container, with stdin and a TTY', () => {
    const plan = planDebugger(pod(), { image: 'busybox', target: 'app' }, sequence(0, 0.2, 0.4, 0.6, 0.99));
    assert.equal(plan.kind, 'add');
    if (plan.kind !== 'add') return;
    assert.match(plan.container.name, /^debugger-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    assert.equal(plan.container.name, 'debugger-bhnv9');
    assert.deepEqual(addDebuggerPatch(plan.container), {
      spec: {
        ephemeralContainers: [
          {
            name: 'debugger-bhnv9',
            image: 'busybox',
            targetContainerName: 'app',
            stdin: true,
            tty: true,
            terminationMessagePolicy: 'File',
          },
        ],
      },
    });
  });

  it('reuses a running or starting debugger of the same image and target', () => {
    const twoDebuggers = pod(
      [
        { name: 'debugger-aaaaa', image: 'alpine', target: 'app' },
        { name: 'debugger-bbbbb', image: 'docker.io/library/busybox:latest', target: 'app' },
      ],
      [running('debugger-aaaaa'), running('debugger-bbbbb')],
    );
    assert.deepEqual(planDebugger(twoDebuggers, { image: 'busybox', target: 'app' }, Math.random), {
      kind: 'reuse',
      name: 'debugger-bbbbb',
    });
    const starting = pod([{ name: 'debugger-ccccc', image: 'busybox', target: 'app' }], [waiting('debugger-ccccc', 'ContainerCreating')]);
    assert.deepEqual(planDebugger(starting, { image: 'busybox', target: 'app' }, Math.random), { kind: 'reuse', name: 'debugger-ccccc' });
    const notYetReported = pod([{ name: 'debugger-ddddd', image: 'busybox', target: 'app' }]);
    assert.deepEqual(planDebugger(notYetReported, { image: 'busybox', target: 'app' }, Math.random), {
      kind: 'reuse',
      name: 'debugger-ddddd',
    });
  });

  it('adds another when the same image targets another container, runs another image, or has exited or failed', () => {
    const cases = [
      pod([{ name: 'debugger-aaaaa', image: 'busybox', target: 'sidecar' }], [running('debugger-aaaaa')]),
      pod([{ name: 'debugger-aaaaa', image: 'busybox:1.36', target: 'app' }], [running('debugger-aaaaa')]),
      pod([{ name: 'debugger-aaaaa', image: 'busybox', target: 'app' }], [exited('debugger-aaaaa')]),
      pod([{ name: 'debugger-aaaaa', image: 'busybox', target: 'app' }], [waiting('debugger-aaaaa', 'ImagePullBackOff')]),
      pod([{ name: 'debugger-aaaaa', image: 'busybox' }], [running('debugger-aaaaa')]),
    ];
    for (const p of cases) assert.equal(planDebugger(p, { image: 'busybox', target: 'app' }, Math.random).kind, 'add');
  });

  it('never picks a name the pod already has', () => {
    const taken = pod([{ name: 'debugger-bbbbb', image: 'busybox', target: 'other' }]);
    assert.equal(debuggerName(taken, sequence(0, 0, 0, 0, 0, 0.99, 0, 0, 0, 0)), 'debugger-9bbbb');
  });

  it("reads the debugger's state from ephemeralContainerStatuses", () => {
    assert.deepEqual(debuggerState(pod([], [running('d')]), 'd'), { kind: 'running' });
    assert.deepEqual(debuggerState(pod([], []), 'd'), { kind: 'starting' });
    assert.deepEqual(debuggerState(pod([], [waiting('d', 'ContainerCreating')]), 'd'), { kind: 'starting', reason: 'ContainerCreating' });
    assert.deepEqual(debuggerState(pod([], [waiting('d', 'ErrImagePull', 'not found')]), 'd'), {
      kind: 'failed',
      reason: 'ErrImagePull',
      message: 'not found',
    });
    assert.deepEqual(debuggerState(pod([], [exited('d')]), 'd'), { kind: 'failed', reason: 'Completed', message: 'exit code 0' });
  });

  it('compares image references as the registry resolves them', () => {
    assert.ok(sameImage('busybox', 'docker.io/library/busybox:latest'));
    assert.ok(sameImage('library/busybox:1.36', 'busybox:1.36'));
    assert.ok(sameImage('ghcr.io/me/tools', 'ghcr.io/me/tools:latest'));
    assert.ok(!sameImage('busybox', 'busybox:1.36'));
    assert.ok(!sameImage('ghcr.io/me/tools', 'docker.io/me/tools'));
  });
});

describe('debug images', () => {
  it('offers busybox first, then recent choices newest first', () => {
    assert.deepEqual(imageChoices([]), ['busybox']);
    let recent: string[] = [];
    for (const image of ['nicolaka/netshoot', 'alpine', 'busybox', 'nicolaka/netshoot']) recent = rememberImage(recent, image);
    assert.deepEqual(recent, ['nicolaka/netshoot', 'busybox', 'alpine']);
    assert.deepEqual(imageChoices(recent), ['busybox', 'nicolaka/netshoot', 'alpine']);
  });

  it('keeps a bounded number of recent images', () => {
    let recent: string[] = [];
    for (let i = 0; i < MAX_RECENT_IMAGES + 3; i++) recent = rememberImage(recent, `img${i}`);
    assert.equal(recent.length, MAX_RECENT_IMAGES);
    assert.equal(recent[0], `img${MAX_RECENT_IMAGES + 2}`);
    assert.ok(!recent.includes('img0'));
  });

  it('catches typing mistakes in image references before they reach the cluster', () => {
    assert.equal(imageProblem('  '), 'empty');
    assert.equal(imageProblem('busy box'), 'whitespace');
    assert.equal(imageProblem('BusyBox:latest'), 'uppercase');
    assert.equal(imageProblem('busybox:Latest-TAG'), undefined);
    assert.equal(imageProblem('registry.local:5000/tools/debug@sha256:abc'), undefined);
  });
});
