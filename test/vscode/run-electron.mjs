// Runs the same integration suite under @vscode/test-electron, i.e. in desktop VS Code downloaded
// from Microsoft, for machines that can reach update.code.visualstudio.com (not the CI machines
// here, which use test/vscode/run.sh and the VS Code server instead).
//
//   npm run build && npx tsc -b test/vscode && node test/vscode/run-electron.mjs
//   VSCODE_VERSION=1.100.0 node test/vscode/run-electron.mjs      # the oldest version we support
//   (Linux without a display: xvfb-run -a node test/vscode/run-electron.mjs)
//
// Writes out/vscode-results.json like run.sh. The crash/restart tests read /proc and need Linux.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'podwright-electron-'));
const workspace = join(work, 'workspace');
cpSync(join(root, 'test', 'fixtures', 'vscode'), workspace, { recursive: true });
let code = 1;
try {
  code = await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'vscode', 'test', 'vscode', 'index.js'),
    extensionTestsEnv: { PODWRIGHT_VSCODE_GREP: process.env.PODWRIGHT_VSCODE_GREP ?? '' },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(work, 'user')],
  });
} catch (error) {
  console.error(error);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(code);
