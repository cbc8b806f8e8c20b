// dist/server.js as a command: --help and --version answer without loading the model, a wrong
// argument is one line and exit 2 (never a stack dump), and every transport works: --stdio (the
// other tests), --node-ipc (VS Code) and --socket=PORT.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from '../helpers/service';
import { LspClient } from '../helpers/lspClient';
import { podWithImageTypo } from '../helpers/manifests';

const server = join(distDir, 'server.js');
const run = (...args: string[]) => spawnSync(process.execPath, [server, ...args], { encoding: 'utf8', timeout: 20_000 });
const version = (JSON.parse(readFileSync(join(distDir, '..', 'package.json'), 'utf8')) as { version: string }).version;

describe('dist/server.js command line', () => {
  it('--help prints the usage and exits 0', () => {
    const result = run('--help');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^podwright-language-server \d+\.\d+\.\d+: the Podwright language server/);
    for (const flag of ['--stdio', '--node-ipc', '--socket=PORT', '--version']) assert.ok(result.stdout.includes(flag), flag);
    assert.equal(result.stderr, '');
    assert.ok(result.stdout.length < 4000, 'usage, not a bundle');
  });

  it('--version prints the package version and exits 0', () => {
    const result = run('--version');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, `podwright-language-server ${version}\n`);
  });

  it('--help and --version need neither the model nor a connection (the bundle copied alone)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podwright-lone-'));
    try {
      copyFileSync(server, join(dir, 'server.js'));
      for (const flag of ['--help', '--version']) {
        const result = spawnSync(process.execPath, [join(dir, 'server.js'), flag], {
          encoding: 'utf8',
          timeout: 20_000,
          env: { PATH: process.env.PATH ?? '' },
        });
        assert.equal(result.status, 0, `${flag}: ${result.stderr}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const args of [['--sdtio'], [], ['--socket=http'], ['--stdio', '--node-ipc']]) {
    it(`${args.length === 0 ? 'no argument' : args.join(' ')}: one line of usage on stderr, exit 2`, () => {
      const result = run(...args);
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      const lines = result.stderr.split('\n').filter((l) => l !== '');
      assert.equal(lines.length, 1, result.stderr);
      assert.match(
        lines[0] ?? '',
        /^podwright-language-server: .+\. Usage: podwright-language-server --stdio \| --node-ipc \| --socket=PORT/,
      );
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('is the podwright-language-server binary of the package', () => {
    const pkg = JSON.parse(readFileSync(join(distDir, '..', 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.equal(pkg.bin['podwright-language-server'], './dist/server.js');
    assert.match(readFileSync(server, 'utf8').slice(0, 30), /^#!\/usr\/bin\/env node\n/);
  });
});

for (const transport of ['node-ipc', 'socket'] as const) {
  describe(`LSP over --${transport}`, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ transport });
    });
    after(() => client.dispose());

    it('initializes, publishes diagnostics, answers hovers and shuts down cleanly', async () => {
      assert.ok(client.capabilities.hoverProvider);
      const uri = `file:///${transport}/pod.yaml`;
      const published = client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unknown-field'));
      await client.open(uri, podWithImageTypo);
      await published;
      assert.ok(await client.hover(uri, { line: 1, character: 2 }));
      assert.equal(await client.shutdown(), 0);
    });
  });
}
