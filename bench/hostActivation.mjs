// @ts-check
// Activation in the real extension host, for a user who only edits YAML: each sample is a fresh
// VS Code server + extension host (test/vscode/run.sh, no test cluster) running
// bench/hostActivation.cjs, which opens a YAML Pod and reads the host's own marks for Podwright:
// loading dist/extension.js, then activate() until it settles. Complements bench/activation.mjs
// (the bundle's load alone, outside the host). Needs `npm run build`; on a shared machine, hold
// the extension-host lock while it runs. Usage: node bench/hostActivation.mjs [--quick]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(import.meta.dirname, '..');

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {{ log: (line: string) => void, quick: boolean }} options
 * @returns {{ activateMs: number, loadCodeMs: number, totalMs: number } | undefined}
 */
export function benchHostActivation({ log, quick }) {
  console.log('\nactivation in the real extension host (a YAML file opened; host performance marks)');
  if (!existsSync(join(root, 'dist', 'extension.js'))) {
    log('skipped: run `npm run build` first');
    return undefined;
  }
  /** @type {{ vscodeVersion: string, loadCodeMs?: number, activateMs?: number, totalMs?: number, bundles: string[] }[]} */
  const samples = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const work = mkdtempSync(join(tmpdir(), 'podwright-host-activation-'));
    const out = join(work, 'activation.json');
    const extEnv = { PODWRIGHT_BENCH_OUT: out, PODWRIGHT_VSCODE_RESULTS: join(root, 'out', 'vscode-results.json') };
    const run = spawnSync('bash', ['test/vscode/run.sh'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        PODWRIGHT_VSCODE_CLUSTER: '0',
        PODWRIGHT_VSCODE_TESTS: join(root, 'bench', 'hostActivation.cjs'),
        EXT_ENV: JSON.stringify(extEnv),
      },
      timeout: 600_000,
    });
    const sample = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
    rmSync(work, { recursive: true, force: true });
    if (!sample || sample.activateMs === undefined) {
      log(`run ${i + 1}: no measurement (exit ${run.status}); ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' / ')}`);
      continue;
    }
    samples.push(sample);
    log(
      `run ${i + 1}, VS Code ${sample.vscodeVersion}: loading dist/extension.js ${sample.loadCodeMs} ms, activate() ${sample.activateMs} ms, first to last mark ${sample.totalMs} ms; Podwright modules loaded: ${sample.bundles.join(', ')}`,
    );
  }
  if (samples.length === 0) return undefined;
  const result = {
    loadCodeMs: median(samples.map((s) => s.loadCodeMs ?? NaN)),
    activateMs: median(samples.map((s) => s.activateMs ?? NaN)),
    totalMs: median(samples.map((s) => s.totalMs ?? NaN)),
  };
  log(
    `median of ${samples.length}: loading ${result.loadCodeMs} ms, activate() ${result.activateMs} ms, first to last mark ${result.totalMs} ms`,
  );
  const cluster = samples.some((s) => s.bundles.includes('dist/kubernetes-client.js'));
  log(cluster ? 'dist/kubernetes-client.js WAS loaded by the end of activation' : 'dist/kubernetes-client.js not loaded at activation');
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchHostActivation({ log: (line) => console.log(`  ${line}`), quick: process.argv.includes('--quick') });
}
