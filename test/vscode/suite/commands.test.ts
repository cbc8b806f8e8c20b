// Activation and the command surface: every contributed command is registered, grouped under
// "Podwright", internal ones are hidden, and the server commands do what their titles say.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activatePodwright, closeActiveEditor, codeOf, extensionPath, openUntitled, waitForDiagnostics, waitUntil } from '../helpers';
import { serverProcessIds, waitForNewServerProcess } from '../serverProcess';

interface CommandContribution {
  command: string;
  title: string;
  category?: string;
}

interface Manifest {
  contributes: { commands: CommandContribution[]; menus: { commandPalette?: { command: string; when?: string }[] } };
}

const manifest = JSON.parse(fs.readFileSync(extensionPath('package.json'), 'utf8')) as Manifest;

/** An untitled Pod with a typo, and the wait for the `unknown-field` it must produce. */
async function typoIsReported(): Promise<void> {
  const editor = await openUntitled(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: probe\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27\n      poarts: []\n',
  );
  try {
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-field'), 'unknown-field diagnostic');
  } finally {
    await closeActiveEditor();
  }
}

describe('commands', () => {
  before(async () => {
    await activatePodwright();
  });

  it('registers every command that package.json contributes', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
    assert.ok(manifest.contributes.commands.length >= 4);
  });

  it('puts every command under the Podwright category with a stable podwright.* id', () => {
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Podwright', command.command);
      assert.match(command.command, /^podwright\.[a-zA-Z.]+$/);
    }
  });

  it('hides the internal set-version command from the palette', () => {
    const hidden = manifest.contributes.menus.commandPalette?.find((entry) => entry.command === 'podwright.setKubernetesVersion');
    assert.equal(hidden?.when, 'false');
  });

  it('shows the language server output without error', async () => {
    await vscode.commands.executeCommand('podwright.showOutput');
  });

  it('restarts the language server: a new process that still reports diagnostics', async () => {
    const before = serverProcessIds();
    assert.equal(before.length, 1, `one Podwright server process expected, found ${before.length}`);
    await vscode.commands.executeCommand('podwright.restartServer');
    const after = await waitForNewServerProcess(before);
    assert.ok(!before.includes(after));
    await typoIsReported();
  });

  it('restarts the server by itself when its process dies', async () => {
    // After the previous test the old process may still be exiting: wait for a single one.
    const victim = await waitUntil('a single server process', () => {
      const pids = serverProcessIds();
      return Promise.resolve(pids.length === 1 ? pids[0] : undefined);
    });
    process.kill(victim, 'SIGKILL');
    const replacement = await waitForNewServerProcess([victim]);
    assert.notEqual(replacement, victim);
    await typoIsReported();
  });
});
