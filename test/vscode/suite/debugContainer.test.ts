// The debug container command in the extension host against the test API server: a debugger of
// busybox targets the chosen container, and a terminal opens in it where typed commands run; a
// second run reuses the debugger; a Windows pod is refused with a notice that says why; an exec
// that finds no shell (a distroless-like image) offers a debug container, which gives one.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClusterProbe, TEST_CONTEXT, testClusterEnv } from '../clusterProbe';
import { uniqueName } from '../clusterFixtures';
import { activatePodwright, waitUntil } from '../helpers';
import { ScriptedDialogs } from '../scriptedDialogs';

/** What the debug command returns (client/src/ui/debug/debugCommand.ts). */
interface DebugResult {
  readonly terminal?: { readonly terminal: vscode.Terminal; transcript(): string };
  readonly debugger?: { readonly reused: boolean; readonly name: string };
  readonly error?: string;
}

interface PodBody {
  spec?: { ephemeralContainers?: { name: string; image?: string; targetContainerName?: string }[] };
  status?: { phase?: string };
}

describe('debug container', function () {
  const env = testClusterEnv();
  let probe: ClusterProbe;
  let dialogs: ScriptedDialogs;
  const box = uniqueName('dbg');
  const windows = uniqueName('win');
  const shellless = uniqueName('noshell');
  const target = (name: string): object => ({ kind: 'Pod', context: TEST_CONTEXT, namespace: 'default', name });

  before(async function () {
    await activatePodwright();
    if (!env) return this.skip();
    probe = ClusterProbe.fromEnvironment();
    dialogs = await ScriptedDialogs.install();
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: box },
      spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }] },
    };
    assert.equal((await probe.applyPod(pod, 'setup')).status, 201);
    const win = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: windows },
      spec: { nodeSelector: { 'kubernetes.io/os': 'windows' }, containers: [{ name: 'main', image: 'busybox' }] },
    };
    assert.equal((await probe.applyPod(win, 'setup')).status, 201);
    const noShell = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: shellless },
      spec: { containers: [{ name: 'app', image: 'podwright/no-shell', ports: [{ containerPort: 8080 }] }] },
    };
    assert.equal((await probe.applyPod(noShell, 'setup')).status, 201);
    await waitUntil(`pod ${shellless} running`, async () =>
      ((await probe.pod(shellless)).body.status as { phase?: string } | undefined)?.phase === 'Running' ? true : undefined,
    );
    await waitUntil(`pod ${box} running`, async () =>
      ((await probe.pod(box)).body.status as { phase?: string } | undefined)?.phase === 'Running' ? true : undefined,
    );
  });

  after(async () => {
    if (!env) return;
    dialogs.uninstall();
    await probe.deletePod(box);
    await probe.deletePod(windows);
    await probe.deletePod(shellless);
  });

  it('adds a busybox debugger targeting the container and opens a terminal in it; a second run reuses it', async () => {
    const result = await vscode.commands.executeCommand<DebugResult | undefined>('podwright.debugContainer', {
      target: target(box),
      container: 'main',
      image: 'busybox',
    });
    assert.ok(result?.terminal && result.debugger, `no terminal: ${JSON.stringify(result?.error)}`);
    assert.equal(result.debugger.reused, false);
    assert.match(result.debugger.name, /^debugger-[a-z0-9]{5}$/);
    assert.equal(result.terminal.terminal.name, `${box}/${result.debugger.name}`);
    const body = (await probe.pod(box)).body as PodBody;
    assert.deepEqual(
      body.spec?.ephemeralContainers?.map((c) => [c.name, c.image, c.targetContainerName]),
      [[result.debugger.name, 'busybox', 'main']],
    );
    result.terminal.terminal.sendText('echo "debugging ${HOSTNAME}"', true);
    const opened = result.terminal;
    await waitUntil('the echo in the debugger', () =>
      Promise.resolve(opened.transcript().includes(`debugging ${box}`) ? true : undefined),
    ).catch((error: Error) => assert.fail(`${error.message}; the terminal shows ${JSON.stringify(opened.transcript())}`));

    const again = await vscode.commands.executeCommand<DebugResult | undefined>('podwright.debugContainer', {
      target: target(box),
      container: 'main',
      image: 'busybox',
    });
    assert.deepEqual(again?.debugger, { reused: true, name: result.debugger.name });
    assert.equal(((await probe.pod(box)).body as PodBody).spec?.ephemeralContainers?.length, 1);
    opened.terminal.dispose();
    again?.terminal?.terminal.dispose();
  });

  it('refuses a Windows pod with a notice that says why, adding nothing', async () => {
    dialogs.reset();
    const result = await vscode.commands.executeCommand<DebugResult | undefined>('podwright.debugContainer', {
      target: target(windows),
      container: 'main',
      image: 'busybox',
    });
    assert.equal(result?.terminal, undefined);
    const notice = await dialogs.waitForNotice('debug-error');
    assert.equal(notice.severity, 'error');
    assert.match(notice.message, new RegExp(`Pod ${windows} runs on Windows nodes`));
    assert.equal(notice.message, result?.error);
    assert.equal(((await probe.pod(windows)).body as PodBody).spec?.ephemeralContainers, undefined);
  });

  it('offers a debug container when exec finds no shell in the image, and the debugger gives one', async () => {
    dialogs.reset();
    const opened = await vscode.commands.executeCommand<{ terminal: vscode.Terminal } | undefined>('podwright.exec', {
      target: target(shellless),
      container: 'app',
    });
    assert.ok(opened);
    const notice = await dialogs.waitForNotice('exec-no-shell');
    assert.equal(notice.severity, 'warning');
    assert.match(notice.message, /Container "app" has no shell/);
    assert.deepEqual(
      notice.choices?.map((c) => c.id),
      ['debug'],
    );
    opened.terminal.dispose();
    const debug = await vscode.commands.executeCommand<DebugResult | undefined>('podwright.debugContainer', {
      target: target(shellless),
      container: 'app',
      image: 'busybox',
    });
    assert.ok(debug?.terminal, `no terminal: ${JSON.stringify(debug?.error)}`);
    const terminal = debug.terminal;
    terminal.terminal.sendText('echo "shell beside ${HOSTNAME}"', true);
    await waitUntil('the echo in the debugger', () =>
      Promise.resolve(terminal.transcript().includes(`shell beside ${shellless}`) ? true : undefined),
    );
    terminal.terminal.dispose();
  });
});
