// Shell choice and container order for exec: what a person would type for `kubectl exec -it`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { execContainers } from '../../../../../client/src/models/exec/containers';
import { isWindowsPod, shellCandidates } from '../../../../../client/src/models/exec/shells';
import type { Pod } from '../../../../../client/src/core/kube/kubeTypes';

describe('shellCandidates', () => {
  it('tries the configured shell, then sh, on Linux', () => {
    assert.deepEqual(shellCandidates('bash', false), ['bash', 'sh']);
    assert.deepEqual(shellCandidates('zsh', false), ['zsh', 'sh']);
    assert.deepEqual(shellCandidates('/bin/ash', false), ['/bin/ash', 'sh']);
  });

  it('does not try sh twice, and defaults to bash when the setting is empty', () => {
    assert.deepEqual(shellCandidates('sh', false), ['sh']);
    assert.deepEqual(shellCandidates('', false), ['bash', 'sh']);
    assert.deepEqual(shellCandidates(undefined, false), ['bash', 'sh']);
  });

  it('uses PowerShell then cmd on Windows, unless a Windows shell is configured', () => {
    assert.deepEqual(shellCandidates('bash', true), ['powershell', 'cmd']);
    assert.deepEqual(shellCandidates('pwsh', true), ['pwsh', 'cmd']);
    assert.deepEqual(shellCandidates('cmd.exe', true), ['cmd.exe', 'cmd']);
    assert.deepEqual(shellCandidates('cmd', true), ['cmd']);
  });

  it('ignores a Windows shell setting on a Linux pod', () => {
    assert.deepEqual(shellCandidates('powershell', false), ['bash', 'sh']);
  });
});

describe('isWindowsPod', () => {
  it('reads spec.os.name, then the kubernetes.io/os node selector', () => {
    assert.equal(isWindowsPod({ spec: { containers: [], os: { name: 'windows' } } }), true);
    assert.equal(isWindowsPod({ spec: { containers: [], os: { name: 'linux' }, nodeSelector: { 'kubernetes.io/os': 'windows' } } }), false);
    assert.equal(isWindowsPod({ spec: { containers: [], nodeSelector: { 'kubernetes.io/os': 'windows' } } }), true);
    assert.equal(isWindowsPod({ spec: { containers: [] } }), false);
  });
});

function pod(annotations: Record<string, string> = {}): Pod {
  return {
    metadata: { name: 'web', annotations },
    spec: {
      initContainers: [
        { name: 'migrate', image: 'busybox' },
        { name: 'proxy', image: 'envoy', restartPolicy: 'Always' },
      ],
      containers: [
        { name: 'app', image: 'nginx' },
        { name: 'logs', image: 'busybox' },
      ],
      ephemeralContainers: [{ name: 'debugger', image: 'busybox' }],
    },
    status: {
      initContainerStatuses: [
        { name: 'migrate', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } },
        { name: 'proxy', ready: true, restartCount: 0, state: { running: {} } },
      ],
      containerStatuses: [
        { name: 'app', ready: true, restartCount: 0, state: { running: {} } },
        { name: 'logs', ready: true, restartCount: 0, state: { running: {} } },
      ],
      ephemeralContainerStatuses: [{ name: 'debugger', ready: false, restartCount: 0, state: { running: {} } }],
    },
  };
}

describe('execContainers', () => {
  it('lists app containers first (the first one is the default), then sidecars and running ephemeral ones; not finished init containers', () => {
    const list = execContainers(pod());
    assert.deepEqual(
      list.map((c) => [c.name, c.role, c.isDefault]),
      [
        ['app', 'container', true],
        ['logs', 'container', false],
        ['proxy', 'sidecar', false],
        ['debugger', 'ephemeral', false],
      ],
    );
  });

  it('puts the container named by kubectl.kubernetes.io/default-container first', () => {
    const list = execContainers(pod({ 'kubectl.kubernetes.io/default-container': 'logs' }));
    assert.deepEqual(
      list.map((c) => c.name),
      ['logs', 'app', 'proxy', 'debugger'],
    );
    assert.equal(list[0]?.isDefault, true);
    assert.equal(list.filter((c) => c.isDefault).length, 1);
  });

  it('ignores an annotation naming a container the pod does not have', () => {
    assert.equal(execContainers(pod({ 'kubectl.kubernetes.io/default-container': 'nope' }))[0]?.name, 'app');
  });
});
