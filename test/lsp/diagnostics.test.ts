// Diagnostics as an editor receives them: published on open, updated on incremental edits, with
// quick fixes, per document of a multi-document file, and silent on YAML files that are not ours.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { deployment, dockerCompose, githubWorkflow, podWithImageTypo, positionOf, validPod } from '../helpers/manifests';

const YAML_SYNTAX_CODES = new Set(['yaml-syntax', 'duplicate-key', 'tab-indent']);
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));
const hasUnknownField = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === 'unknown-field');

describe('LSP diagnostics', () => {
  let client: LspClient;
  // The default 150 ms debounce stays on here: these tests wait for publications, not for time.
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.dispose());

  // Each file sits in a folder of its own: files of one folder see each other's objects, and these
  // tests' Pods share a name, which would rightly be a duplicate-object.
  it('a correct Pod gets no diagnostics', async () => {
    const uri = 'file:///diag/valid/valid.yaml';
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, validPod);
    assert.deepEqual(codes(await published), []);
  });

  it('reports `images:` as an unknown field on the key, and clears it when the edit fixes it', async () => {
    const uri = 'file:///diag/typo/typo.yaml';
    const first = client.waitForDiagnostics(uri);
    await client.open(uri, podWithImageTypo);
    const diagnostics = await first;
    const unknown = diagnostics.find((d) => d.code === 'unknown-field');
    assert.ok(unknown, `expected unknown-field, got ${JSON.stringify(diagnostics)}`);
    assert.equal(unknown.source, 'podwright');
    assert.deepEqual(unknown.range.start, positionOf(podWithImageTypo, 'images'));
    assert.deepEqual(unknown.range.end, positionOf(podWithImageTypo, 'images', 'images'.length));
    assert.match(unknown.message, /`?image`?/, 'the message suggests the right key');

    const fixed = client.waitForDiagnostics(uri);
    await client.replace(uri, 'images:', 'image:');
    assert.deepEqual(codes(await fixed), []);
  });

  it('offers a quick fix that renames `images` to `image`', async () => {
    const uri = 'file:///diag/fix/fix.yaml';
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, podWithImageTypo);
    const diagnostics = await published;
    const unknown = diagnostics.filter((d) => d.code === 'unknown-field');
    assert.ok(unknown.length > 0, `expected unknown-field, got ${JSON.stringify(diagnostics)}`);
    const actions = (await client.codeActions(uri, unknown[0].range, unknown)) ?? [];
    const edits = actions.flatMap((a) => ('edit' in a && a.edit?.changes ? (a.edit.changes[uri] ?? []) : []));
    assert.ok(
      edits.some((e) => e.newText === 'image' && e.range.start.line === unknown[0].range.start.line),
      `expected an edit to \`image\`, got ${JSON.stringify(actions)}`,
    );
  });

  it('reports YAML syntax errors, and only those, in a GitHub workflow and a docker-compose file', async () => {
    for (const [name, text] of [
      ['workflow', githubWorkflow],
      ['compose', dockerCompose],
    ] as const) {
      const uri = `file:///diag/${name}/${name}.yaml`;
      const clean = client.waitForDiagnostics(uri);
      await client.open(uri, text);
      assert.deepEqual(codes(await clean), [], `${name}: no diagnostics on a valid file that is not a Kubernetes manifest`);

      const broken = client.waitForDiagnostics(uri);
      // An unclosed flow sequence: a YAML error any YAML file can have.
      const end = { line: text.split('\n').length - 1, character: 0 };
      await client.change(uri, { start: end, end }, 'broken: [\n');
      const diagnostics = await broken;
      assert.ok(
        diagnostics.some((d) => d.code === 'yaml-syntax'),
        `${name}: ${JSON.stringify(diagnostics)}`,
      );
      assert.deepEqual(
        codes(diagnostics).filter((c) => !YAML_SYNTAX_CODES.has(c)),
        [],
        `${name}: nothing but YAML syntax`,
      );
    }
  });

  it('keeps documents of one file apart: an error in document 2 stays in document 2', async () => {
    // Its own folder: other tests' files define the same Pod, which would rightly be a duplicate-object.
    const uri = 'file:///diag/multi/multi.yaml';
    const text = `${validPod}---\n${podWithImageTypo.replace('name: web\n  labels', 'name: web2\n  labels')}`;
    const secondStartLine = text.slice(0, text.indexOf('---')).split('\n').length - 1;
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, text);
    const diagnostics = await published;
    const unknown = diagnostics.filter((d) => d.code === 'unknown-field');
    assert.equal(unknown.length, 1, JSON.stringify(diagnostics));
    assert.ok(unknown[0].range.start.line > secondStartLine, 'reported in document 2');
    assert.deepEqual(
      diagnostics.filter((d) => d.range.start.line < secondStartLine),
      [],
      'document 1 stays clean',
    );
  });

  it('an edit in one document of a file updates that document and leaves the others alone', async () => {
    const uri = 'file:///diag/multi-edit/multi-edit.yaml';
    const text = `${deployment}---\n${validPod}`;
    const clean = client.waitForDiagnostics(uri);
    await client.open(uri, text);
    assert.deepEqual(codes(await clean), []);
    const broken = client.waitForDiagnostics(uri);
    await client.replace(uri, 'containerPort: 80\n', 'containerPortt: 80\n');
    const diagnostics = await broken;
    assert.ok(hasUnknownField(diagnostics), JSON.stringify(diagnostics));
    const podStartLine = deployment.split('\n').length - 1;
    assert.deepEqual(
      diagnostics.filter((d) => d.range.start.line < podStartLine),
      [],
      'the Deployment stays clean',
    );
  });

  it('publishes at most 1000 problems of a huge file, errors first, with a notice', async () => {
    const uri = 'file:///diag/huge/huge.yaml';
    // 1,500 untagged images (an information each), then one unknown field (an error) at the very end.
    const containers = Array.from({ length: 1500 }, (_, i) => `    - name: c${i}\n      image: nginx\n`).join('');
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\nspec:\n  containers:\n${containers}    - name: last\n      image: nginx:1.27\n      imagez: x\n`;
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, text);
    const diagnostics = await published;
    assert.equal(diagnostics.length, 1001, 'the 1000 kept plus the notice');
    assert.equal(diagnostics.filter((d) => d.code === 'too-many-problems').length, 1);
    assert.ok(
      diagnostics.some((d) => d.code === 'unknown-field'),
      'the error is kept although it comes last',
    );
  });

  it('clears diagnostics when the document is closed', async () => {
    const uri = 'file:///diag/closed/closed.yaml';
    const first = client.waitForDiagnostics(uri);
    await client.open(uri, 'apiVersion: v1\nkind: Pod\nmetadata: [\n');
    await first;
    const cleared = client.waitForDiagnostics(uri);
    await client.close(uri);
    assert.deepEqual(await cleared, []);
  });
});
