// `npm test`: builds, type-checks, lints, then runs every test layer and prints one closing line
// "N passed, N failed" summed over the layers. Layers: unit, lsp (real dist/server.js),
// cli, and vscode (a real VS Code server extension host) when its runner exists.
// Usage: node scripts/run-tests.mjs [layer ...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const wanted = process.argv.slice(2);
const layers = ['unit', 'lsp', 'cli', 'cluster'].filter((l) => wanted.length === 0 || wanted.includes(l));
let passed = 0;
let failed = 0;

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function runNodeTests(layer) {
  const dir = join('out', 'test', layer);
  if (!existsSync(dir)) return;
  const tmp = mkdtempSync(join(tmpdir(), 'podwright-tap-'));
  const tap = join(tmp, 'result.tap');
  step(`${layer} tests`, process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    dir,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const layerPassed = count('pass');
  const layerFailed = count('fail') + count('cancelled');
  if (!text) failed++; // the runner itself died
  console.log(`${layer}: ${layerPassed} passed, ${layerFailed} failed`);
  passed += layerPassed;
  failed += layerFailed;
  rmSync(tmp, { recursive: true, force: true });
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const prepared =
  wanted.length > 0 && process.env.PODWRIGHT_SKIP_BUILD === '1'
    ? true
    : step('build', 'npm', ['run', '--silent', 'build']) &&
      step('type-check', npx, ['tsc', '-b']) &&
      step('type-check tools', npx, ['tsc', '-p', 'tsconfig.tools.json']) &&
      step('lint', npx, ['eslint', '.']) &&
      step('format', npx, ['prettier', '--check', '--log-level', 'warn', '.']);
if (!prepared) {
  console.log('\nbuild, type-check, lint or format check failed');
  failed++;
}
for (const layer of layers) runNodeTests(layer);
if (wanted.length === 0 || wanted.includes('vscode')) {
  if (existsSync('test/vscode/run.sh')) {
    const ok = step('vscode integration tests', 'bash', ['test/vscode/run.sh']);
    const summary = existsSync('out/vscode-results.json') ? JSON.parse(readFileSync('out/vscode-results.json', 'utf8')) : undefined;
    if (summary) {
      passed += summary.passed;
      failed += summary.failed;
      console.log(`vscode: ${summary.passed} passed, ${summary.failed} failed`);
    }
    if (!ok && !(summary?.failed > 0)) failed++;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
