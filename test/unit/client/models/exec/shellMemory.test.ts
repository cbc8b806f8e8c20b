// The shell tried first: the one that last worked in the same image, and PowerShell/cmd when the
// pod's node is a Windows node even though the pod spec does not say so.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KubeObject } from '../../../../../client/src/cluster';
import { ShellMemory, isWindowsNode, runsOnWindows, type ShellMemoryStore } from '../../../../../client/src/models/exec/shellMemory';
import { shellCandidates } from '../../../../../client/src/models/exec/shells';

function mapStore(): ShellMemoryStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return { values, get: (key) => values.get(key), update: (key, value) => void values.set(key, value) };
}

const node = (labels: Record<string, string>): KubeObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels } });

describe('shell memory', () => {
  it('tries first the shell that worked last in the same image, and only there', async () => {
    const memory = new ShellMemory(mapStore());
    const windows = shellCandidates(undefined, true);
    assert.deepEqual(memory.order(windows, 'mcr.microsoft.com/windows/nanoserver:ltsc2022'), ['powershell', 'cmd']);
    await memory.remember('mcr.microsoft.com/windows/nanoserver:ltsc2022', 'cmd');
    assert.deepEqual(memory.order(windows, 'mcr.microsoft.com/windows/nanoserver:ltsc2022'), ['cmd', 'powershell']);
    assert.deepEqual(
      memory.order(windows, 'mcr.microsoft.com/windows/servercore:ltsc2022'),
      ['powershell', 'cmd'],
      'another image keeps the usual order',
    );
    assert.deepEqual(
      memory.order(shellCandidates(undefined, false), 'mcr.microsoft.com/windows/nanoserver:ltsc2022'),
      ['bash', 'sh'],
      'a remembered shell that is no candidate is not added',
    );
    assert.deepEqual(memory.order(windows, undefined), ['powershell', 'cmd']);
  });

  it('keeps its choice across instances (the store outlives a window) and replaces an older one', async () => {
    const store = mapStore();
    await new ShellMemory(store).remember('busybox:1.36', 'sh');
    await new ShellMemory(store).remember('busybox:1.36', 'bash');
    assert.equal(new ShellMemory(store).remembered('busybox:1.36'), 'bash');
    assert.deepEqual(new ShellMemory(store).order(['bash', 'sh'], 'busybox:1.36'), ['bash', 'sh']);
  });

  it('ignores a store holding something else', () => {
    const store = mapStore();
    store.values.set('podwright.exec.shellByImage', ['not', 'a', 'map']);
    assert.deepEqual(new ShellMemory(store).order(['bash', 'sh'], 'x'), ['bash', 'sh']);
    store.values.set('podwright.exec.shellByImage', { x: 42 });
    assert.equal(new ShellMemory(store).remembered('x'), undefined);
  });
});

describe('Windows nodes', () => {
  it('reads kubernetes.io/os, then the beta label', () => {
    assert.equal(isWindowsNode(node({ 'kubernetes.io/os': 'windows' })), true);
    assert.equal(isWindowsNode(node({ 'beta.kubernetes.io/os': 'Windows' })), true);
    assert.equal(isWindowsNode(node({ 'kubernetes.io/os': 'linux' })), false);
    assert.equal(isWindowsNode(undefined), false);
  });

  it('asks the node when the pod spec does not say, and trusts a spec that does', async () => {
    const asked: string[] = [];
    const windowsNode = (name: string): Promise<KubeObject> => {
      asked.push(name);
      return Promise.resolve(node({ 'kubernetes.io/os': 'windows' }));
    };
    assert.equal(await runsOnWindows({ spec: { containers: [], nodeName: 'akswin000001' } }, windowsNode), true);
    assert.deepEqual(asked, ['akswin000001']);
    assert.equal(await runsOnWindows({ spec: { containers: [], nodeName: 'akswin000001', os: { name: 'linux' } } }, windowsNode), false);
    assert.equal(await runsOnWindows({ spec: { containers: [] } }, windowsNode), false, 'a pod not yet scheduled');
    assert.deepEqual(asked, ['akswin000001']);
  });

  it('falls back to the spec when reading the node is forbidden', async () => {
    const forbidden = (): Promise<KubeObject> => Promise.reject(new Error('nodes "n1" is forbidden'));
    assert.equal(await runsOnWindows({ spec: { containers: [], nodeName: 'n1' } }, forbidden), false);
    assert.equal(
      await runsOnWindows({ spec: { containers: [], nodeName: 'n1', nodeSelector: { 'kubernetes.io/os': 'windows' } } }, forbidden),
      true,
    );
  });
});
