// Other editors run `node dist/server.js --stdio` from wherever dist/ was copied: the bundle must
// need no node_modules and no file outside dist/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { distDir } from '../helpers/service';
import { LspClient } from '../helpers/lspClient';
import { podWithImageTypo } from '../helpers/manifests';

/** Directories Node would search for node_modules from `dir` upwards. */
function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'node_modules'))) found.push(join(current, 'node_modules'));
    if (dirname(current) === current) return found;
  }
}

describe('dist/ copied alone to a temporary directory', () => {
  let copy: string;
  let client: LspClient;
  before(async () => {
    copy = mkdtempSync(join(tmpdir(), 'podwright-dist-'));
    cpSync(distDir, copy, { recursive: true });
    // Only PATH: no NODE_PATH or NODE_OPTIONS that could let the bundle find the repo's packages.
    client = await LspClient.start({ serverPath: join(copy, 'server.js'), cwd: copy, env: { PATH: process.env.PATH ?? '' } });
  });
  after(() => {
    client?.dispose();
    rmSync(copy, { recursive: true, force: true });
  });

  it('has no node_modules to lean on (precondition of this test)', () => {
    assert.deepEqual(nodeModulesAbove(copy), []);
  });

  it('initializes over stdio', () => {
    assert.ok(client.capabilities.hoverProvider);
    assert.ok(client.capabilities.completionProvider);
  });

  it('reports YAML syntax errors', async () => {
    const uri = 'file:///standalone/broken.yaml';
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, 'apiVersion: v1\nkind: Pod\nmetadata: {name: web\n');
    const diagnostics = await published;
    assert.ok(
      diagnostics.some((d) => d.code === 'yaml-syntax'),
      JSON.stringify(diagnostics),
    );
  });

  it('finds its Kubernetes model: an unknown field is reported', async () => {
    const uri = 'file:///standalone/pod.yaml';
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, podWithImageTypo);
    const diagnostics = await published;
    assert.ok(
      diagnostics.some((d) => d.code === 'unknown-field'),
      JSON.stringify(diagnostics),
    );
  });
});
