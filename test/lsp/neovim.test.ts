// A real editor that is not VS Code: Neovim from Debian (0.7, `vim.lsp.start_client`, no plugins)
// runs headless against `dist/server.js --stdio` (test/lsp/neovim/session.lua) and reports what it
// saw: diagnostics, hover text, a quick fix applied to its buffer, completion without snippets,
// and go to definition when the server offers it. Skipped, with the reason, where nvim is missing.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from '../helpers/service';
import { environmentWithoutLocale } from '../helpers/lspClient';

const nvimVersion = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const missing =
  nvimVersion.error !== undefined || nvimVersion.status !== 0
    ? 'nvim is not installed (apt-get install neovim; .ci/run installs it)'
    : false;
const script = join(__dirname, '..', '..', '..', 'test', 'lsp', 'neovim', 'session.lua');

const manifest = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: data
      emptyDir: {}
  containers:
    - name: web
      images: nginx:1.27
      volumeMounts:
        - name: data
          mountPath: /data
      
`;

interface Session {
  readonly nvim: string;
  readonly error?: string;
  readonly definitionProvider: boolean;
  readonly diagnostics: string[];
  readonly hover: string;
  readonly actions: string[];
  readonly afterFix: string;
  readonly fixCleared: boolean;
  readonly completionCount: number;
  readonly snippetItems: string[];
  readonly portsText: string;
  readonly afterCompletion: string[];
  readonly mountLine?: number;
  readonly definition?: {
    uri?: string;
    targetUri?: string;
    range?: { start: { line: number } };
    targetSelectionRange?: { start: { line: number } };
  };
}

describe('Neovim (headless, vim.lsp.start_client) against dist/server.js --stdio', { skip: missing }, () => {
  let session: Session;
  let file: string;

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podwright-nvim-'));
    try {
      file = join(dir, 'pod.yaml');
      writeFileSync(file, manifest);
      const out = join(dir, 'session.json');
      const env = {
        ...environmentWithoutLocale(),
        PODWRIGHT_NVIM_OUT: out,
        PODWRIGHT_SERVER: join(distDir, 'server.js'),
        PODWRIGHT_NODE: process.execPath,
        PODWRIGHT_FILE: file,
        // Neovim's own log and state stay in the temporary folder.
        XDG_CACHE_HOME: join(dir, 'cache'),
        XDG_STATE_HOME: join(dir, 'state'),
        XDG_DATA_HOME: join(dir, 'data'),
        XDG_CONFIG_HOME: join(dir, 'config'),
      };
      const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${script}`], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      clearTimeout(timer);
      let text: string;
      try {
        text = readFileSync(out, 'utf8');
      } catch {
        throw new Error(`nvim wrote no results (exit ${String(code)}):\n${output}`);
      }
      session = JSON.parse(text) as Session;
      if (session.error) throw new Error(`the Neovim session failed: ${session.error}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs Neovim 0.7 or newer', () => {
    assert.match(session.nvim, /^0\.(7|8|9|\d\d)\.|^[1-9]/);
  });

  it('receives diagnostics', () => {
    assert.ok(session.diagnostics.includes('unknown-field'), JSON.stringify(session.diagnostics));
  });

  it('shows hover text', () => {
    assert.match(session.hover, /kind/);
    assert.match(session.hover, /Pod|object|string/);
  });

  it('applies a quick fix to the buffer, and the diagnostic goes away', () => {
    assert.ok(session.actions.length > 0);
    assert.equal(session.afterFix, '      image: nginx:1.27');
    assert.equal(session.fixCleared, true);
  });

  it('completes without snippets: no tab stops, the plain text lands in the buffer as it should', () => {
    assert.ok(session.completionCount > 10);
    assert.deepEqual(session.snippetItems, []);
    assert.equal(session.portsText, 'ports:\n        - containerPort: ');
    assert.deepEqual(session.afterCompletion, ['      ports:', '        - containerPort: ']);
  });

  it('goes to the definition of a volume mount name', (t) => {
    if (!session.definitionProvider) {
      t.skip('the server does not advertise definitionProvider (textDocument/definition is being added separately)');
      return;
    }
    const definition = session.definition;
    assert.ok(definition, 'a location');
    const line = definition.range?.start.line ?? definition.targetSelectionRange?.start.line;
    assert.equal(line, 6, JSON.stringify(definition));
  });
});
