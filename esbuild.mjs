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

// The Kubernetes client is most of the extension's code, and a user who only edits YAML never
// needs it: it gets a bundle of its own, dist/kubernetes-client.js, and the extension bundle keeps
// clientNode.ts's `import('@kubernetes/client-node')` as a require of that file, made on the first
// cluster action (bench/activation.mjs measures the difference).
const splitKubernetesClient = {
  name: 'split-kubernetes-client',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@kubernetes\/client-node$/ }, () => ({ path: './kubernetes-client.js', external: true }));
  },
};

const entries = [
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [splitKubernetesClient] },
].filter((entry) => existsSync(entry.entryPoints[0]));
if (existsSync('client/src/extension.ts')) {
  entries.push({ stdin: { contents: "export * from '@kubernetes/client-node';", resolveDir: '.', sourcefile: 'kubernetes-client.js' }, outfile: 'dist/kubernetes-client.js' });
}

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
for (const entry of entries) if (entry.banner) chmodSync(entry.outfile, 0o755);
console.log(`bundled ${entries.map((e) => e.outfile).join(', ')}`);
