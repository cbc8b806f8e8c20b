// Bundles the shipped entry points into dist/: the language server, the CLI and the extension.
// `tsc -b` type-checks; esbuild only bundles (vscode stays external; everything else is inlined).
// dist/server.js is also the `podwright-language-server` binary: a shebang, the executable bit,
// and the package version for `--version`.
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { PODWRIGHT_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};

const entries = [
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
].filter((entry) => existsSync(entry.entryPoints[0]));

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
for (const entry of entries) if (entry.banner) chmodSync(entry.outfile, 0o755);
console.log(`bundled ${entries.map((e) => e.outfile).join(', ')}`);
