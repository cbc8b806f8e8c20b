// Loading cost of the extension bundle: what every VS Code window pays when Podwright activates on
// a YAML file, whether or not the user ever touches a cluster. Each sample is a fresh Node process
// that requires dist/extension.js with a stand-in `vscode` module (any property is a callable,
// constructible stub), so it times parsing and evaluating the bundle, not VS Code's own work nor
// activate()'s language server start. The Kubernetes client bundle (dist/kubernetes-client.js) is
// loaded on the first cluster action, so it is not part of this cost; its size is shown beside.
// Usage: node bench/activation.mjs [bundle.js]   (or from bench/run.mjs)
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

// Runs in the child: a vscode stand-in, then the timed require.
const CHILD = `
const Module = require('node:module');
// esbuild's __toESM copies a module onto an object whose prototype is the module's: serve every
// property from that prototype too.
const members = new Proxy({}, { get: (_t, key) => key === 'then' ? undefined : stub });
const stub = new Proxy(function () {}, { get: (_t, key) => key === 'prototype' ? {} : key === 'then' ? undefined : stub, apply: () => stub, construct: () => ({}), getPrototypeOf: () => members });
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
const { performance } = require('node:perf_hooks');
const start = performance.now();
require(process.argv[1]);
process.stdout.write(String(performance.now() - start));
`;

function mb(path) {
  return existsSync(path) ? `${(statSync(path).size / 1e6).toFixed(1)} MB` : 'absent';
}

/** Median load time of `bundle` over `samples` fresh processes, in ms. */
export function measureActivation(bundle = join(root, 'dist', 'extension.js'), samples = 5) {
  const times = [];
  for (let i = 0; i < samples; i++) {
    times.push(Number(execFileSync(process.execPath, ['-e', CHILD, resolve(bundle)], { encoding: 'utf8' })));
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    times,
    size: mb(bundle),
    clusterSize: mb(join(dirname(resolve(bundle)), 'kubernetes-client.js')),
  };
}

export function benchActivation({ log, quick }) {
  console.log('\nextension load at activation (fresh process per sample, vscode stubbed)');
  const bundle = process.env.PODWRIGHT_BENCH_EXTENSION ?? join(root, 'dist', 'extension.js');
  const result = measureActivation(bundle, quick ? 3 : 7);
  log(
    `${relative(root, resolve(bundle))} ${result.size}: median ${result.median.toFixed(0)} ms (samples ${result.times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  log(`dist/kubernetes-client.js ${result.clusterSize}: loaded on first cluster use, not at activation`);
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchActivation({ log: (line) => console.log(`  ${line}`), quick: false });
}
