// Exec in the extension host against the test API server: the command (container and shell passed
// as arguments) opens a terminal on a busybox pod; bash is not there, so it says so and uses sh;
// what is typed in the terminal runs; the exit code is shown and a key press closes the terminal.
import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import * as vscode from 'vscode';
import { ClusterProbe, TEST_CONTEXT, testClusterEnv } from '../clusterProbe';
import { uniqueName } from '../clusterFixtures';
import { activatePodwright, waitUntil } from '../helpers';

/** What the exec command returns (client/src/ui/exec/execTerminal.ts). */
interface ExecTerminal {
  readonly terminal: vscode.Terminal;
  readonly session: NodeJS.EventEmitter & { readonly ended?: { kind: string; exitCode?: number; shell?: string } };
  transcript(): string;
}

describe('exec', function () {
  const env = testClusterEnv();
  let probe: ClusterProbe;
  const box = uniqueName('box');

  before(async function () {
    await activatePodwright();
    if (!env) return this.skip();
    probe = ClusterProbe.fromEnvironment();
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: box },
      spec: {
        containers: [
          { name: 'main', image: 'busybox', command: ['sleep', '3600'] },
          { name: 'side', image: 'busybox', command: ['sleep', '3600'] },
        ],
      },
    };
    assert.equal((await probe.applyPod(pod, 'setup')).status, 201);
    await waitUntil(`pod ${box} running`, async () =>
      ((await probe.pod(box)).body.status as { phase?: string } | undefined)?.phase === 'Running' ? true : undefined,
    );
  });

  after(async () => {
    if (!env) return;
    await probe.deletePod(box);
  });

  it('opens a shell in the chosen container, falling back from bash to sh, and shows the exit code', async () => {
    const target = { kind: 'Pod', context: TEST_CONTEXT, namespace: 'default', name: box };
    const opened = await vscode.commands.executeCommand<ExecTerminal | undefined>('podwright.exec', {
      target,
      container: 'side',
      shell: 'bash',
    });
    assert.ok(opened, 'the command opened no terminal');
    assert.equal(opened.terminal.name, `${box}/side`);
    opened.terminal.sendText('echo "in ${HOSTNAME} as ${0##*/}"', true);
    await waitUntil('the echo', () => Promise.resolve(opened.transcript().includes(`in ${box} as sh`) ? true : undefined)).catch(
      (error: Error) =>
        assert.fail(
          `${error.message}; the terminal shows ${JSON.stringify(opened.transcript())}, session ${JSON.stringify(opened.session.ended)} ${String((opened.session as unknown as { shell?: string }).shell)}`,
        ),
    );
    const ended = opened.session.ended ? Promise.resolve() : once(opened.session, 'end');
    opened.terminal.sendText('exit 3', true);
    await ended;
    assert.deepEqual(opened.session.ended, {
      kind: 'exited',
      shell: 'sh',
      exitCode: 3,
      message: 'command terminated with non-zero exit code: error executing command [sh], exit code 3',
    });
    const transcript = opened.transcript();
    // Not a blank terminal: where it connects first, then which shell answered and how to leave.
    assert.ok(transcript.includes(`Connecting to ${box}/side…`), transcript);
    assert.ok(transcript.includes(`Connected to ${box}/side (sh). Type exit to leave.`), transcript);
    assert.ok(transcript.indexOf('Connecting to') < transcript.indexOf('Connected to'));
    assert.match(transcript, /bash is not in this image; using sh/);
    assert.match(transcript, /\[process exited with code 3\]/);
    assert.match(transcript, /Press any key to close the terminal\./);
    assert.ok(!transcript.includes('OCI runtime'), "the runtime's error for bash is not shown");
    const closed = new Promise<vscode.Terminal>((resolve) => {
      const subscription = vscode.window.onDidCloseTerminal((terminal) => {
        if (terminal !== opened.terminal) return;
        subscription.dispose();
        resolve(terminal);
      });
    });
    opened.terminal.sendText('x', false);
    assert.equal(await closed, opened.terminal);
  });
});
