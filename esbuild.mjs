// Bundles the shipped entry points into dist/: the language server, the CLI (and its worker) and the extension.
// `tsc -b` type-checks; esbuild only bundles (vscode stays external; everything else is inlined).
// dist/server.js is also the `podwright-language-server` binary: a shebang, the executable bit,
// and the package version for `--version`. With --watch, rebuilds on every change until stopped
// (`npm run watch`, and the F5 launch through .vscode/tasks.json).
import { build, context } from 'esbuild';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// `yaml` ships the same code twice: CommonJS for Node (dist/) and ES modules (browser/). The bundles
// take the ES modules: esbuild links their exports directly instead of through a getter per access,
// and that build has no `process.env.LOG_TOKENS` read per token (a debugging aid of the library
// that costs about a tenth of parsing time). Tests run the CommonJS build of the same version.
const yamlRoot = dirname(createRequire(import.meta.url).resolve('yaml/package.json'));
const yamlModules = {
  name: 'yaml-modules',
  setup(context) {
    context.onResolve({ filter: /^yaml$/ }, () => ({ path: join(yamlRoot, 'browser', 'index.js') }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { PODWRIGHT_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  plugins: [yamlModules],
};

// The Kubernetes client (with `ws`, which the port tunnel uses directly) is most of the extension's code, and a user who only edits YAML never
// needs it: it gets a bundle of its own, dist/kubernetes-client.js, and the extension bundle keeps
// clientNode.ts's `import('@kubernetes/client-node')` as a require of that file, made on the first
// cluster action (bench/activation.mjs measures the difference).
const splitKubernetesClient = {
  name: 'split-kubernetes-client',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(@kubernetes\/client-node|ws)$/ }, () => ({ path: './kubernetes-client.js', external: true }));
  },
};

/** @type {(import('esbuild').BuildOptions & { entryPoints?: string[], outfile: string })[]} */
const entries = [
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The worker threads of `podwright check` (cli/parallel.ts starts it from next to cli.js).
  { entryPoints: ['server/src/checkWorker.ts'], outfile: 'dist/checkWorker.js' },
  {
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [yamlModules, splitKubernetesClient],
  },
].filter((entry) => existsSync(entry.entryPoints?.[0] ?? ''));
if (existsSync('client/src/extension.ts')) {
  entries.push({
    stdin: {
      contents: "export * from '@kubernetes/client-node'; export { WebSocket } from 'ws';",
      resolveDir: '.',
      sourcefile: 'kubernetes-client.js',
    },
    outfile: 'dist/kubernetes-client.js',
  });
}

if (watch) {
  // One line when a round of rebuilds starts and one when it ends: .vscode/tasks.json waits for them.
  let pending = 0;
  /** @param {{ outfile: string, banner?: unknown }} entry @returns {import('esbuild').Plugin} */
  const report = (entry) => ({
    name: 'report-rebuilds',
    setup(esbuild) {
      esbuild.onStart(() => {
        if (pending++ === 0) console.log('[watch] build started');
      });
      esbuild.onEnd((result) => {
        if (result.errors.length === 0 && entry.banner) chmodSync(entry.outfile, 0o755);
        if (--pending === 0) console.log('[watch] build finished');
      });
    },
  });
  const contexts = await Promise.all(
    entries.map((entry) => context({ ...common, ...entry, plugins: [...(entry.plugins ?? []), report(entry)] })),
  );
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
  for (const entry of entries) if (entry.banner) chmodSync(entry.outfile, 0o755);
  console.log(`bundled ${entries.map((e) => e.outfile).join(', ')}`);
}
