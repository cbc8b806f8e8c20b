// Bundles the shipped entry points into dist/: the language server, the CLI (and its worker) and the extension.
// `tsc -b` type-checks; esbuild only bundles (vscode stays external; everything else is inlined).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const production = process.argv.includes('--production');

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

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [yamlModules],
};

const entries = [
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The worker threads of `podwright check` (cli/parallel.ts starts it from next to cli.js).
  { entryPoints: ['server/src/checkWorker.ts'], outfile: 'dist/checkWorker.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
].filter((entry) => existsSync(entry.entryPoints[0]));

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
console.log(`bundled ${entries.map((e) => e.outfile).join(', ')}`);
