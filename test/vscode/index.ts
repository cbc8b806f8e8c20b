// The tests module the extension host loads (the `run()` contract of @vscode/test-electron, also
// honoured by the VS Code server recipe). Runs every suite/*.test.js with mocha and writes
// out/vscode-results.json {"passed","failed"} for scripts/run-tests.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

// Compiled to out/vscode/test/vscode/index.js; the results go to out/vscode-results.json.
const RESULTS = path.resolve(__dirname, '..', '..', '..', 'vscode-results.json');

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.PODWRIGHT_VSCODE_GREP;
  if (grep) mocha.grep(grep);
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs
    .readdirSync(suiteDir)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(suiteDir, file));
  }
  const counts = await new Promise<{ passed: number; failed: number }>((resolve) => {
    const runner = mocha.run();
    let passed = 0;
    let failed = 0;
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
    runner.on('end', () => resolve({ passed, failed }));
  });
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(counts)}\n`);
  if (counts.failed > 0) throw new Error(`${counts.failed} integration test(s) failed`);
}
