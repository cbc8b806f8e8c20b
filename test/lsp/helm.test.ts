// A Helm chart through the real server: a template opened as `helm` (the language other
// extensions give it) and as `yaml` gets no diagnostic; a literal typo gets one and its quick fix;
// `.Values` paths hover, complete and jump into values.yaml; the values file itself is silent.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Location } from 'vscode-languageserver-protocol';
import { hoverText, LspClient } from '../helpers/lspClient';
import { positionOf } from '../helpers/manifests';
import { fixturesDir } from '../helpers/service';

describe('LSP Helm chart', () => {
  let dir: string;
  let client: LspClient;
  const uriOf = (path: string): string => pathToFileURL(join(dir, 'web', path)).href;
  const textOf = (path: string): string => readFileSync(join(dir, 'web', path), 'utf8');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'podwright-helm-'));
    cpSync(join(fixturesDir, 'helm', 'web'), join(dir, 'web'), { recursive: true });
    client = await LspClient.start({ workspaceFolders: [dir] });
  });

  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a template opened as helm or yaml, and values.yaml: no diagnostics', async () => {
    for (const [path, languageId] of [
      ['templates/deployment.yaml', 'helm'],
      ['templates/service.yaml', 'yaml'],
      ['values.yaml', 'yaml'],
    ] as const) {
      const published = client.waitForDiagnostics(uriOf(path));
      await client.open(uriOf(path), textOf(path), languageId);
      assert.deepEqual(await published, [], path);
    }
  });

  it('a literal typo: a diagnostic on it and a quick fix that keeps the actions', async () => {
    const uri = uriOf('templates/deployment.yaml');
    const text = textOf('templates/deployment.yaml');
    const published = client.waitForDiagnostics(uri, (d) => d.length > 0);
    await client.replace(uri, 'imagePullPolicy:', 'imagePullPolicyy:');
    const [diagnostic, ...rest] = await published;
    assert.ok(diagnostic);
    assert.deepEqual(rest, []);
    assert.equal(diagnostic.code, 'unknown-field');
    const typed = client.text(uri);
    assert.deepEqual(diagnostic.range.start, positionOf(typed, 'imagePullPolicyy'));
    const actions = (await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? [];
    const fix = actions.find((a): a is CodeAction => 'edit' in a && a.title.includes('imagePullPolicy'));
    assert.ok(fix?.edit?.changes, JSON.stringify(actions));
    const [edit] = fix.edit.changes[uri] ?? [];
    assert.equal(edit?.newText, 'imagePullPolicy');
    const cleared = client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.replace(uri, 'imagePullPolicyy:', 'imagePullPolicy:');
    assert.deepEqual(await cleared, []);
    assert.equal(client.text(uri), text);
  });

  it('hover, completion and definition of .Values paths', async () => {
    const uri = uriOf('templates/deployment.yaml');
    const text = client.text(uri);
    const hover = hoverText(await client.hover(uri, positionOf(text, '.Values.service.port', '.Values.serv'.length)));
    assert.match(hover, /`\.Values\.service`/);
    assert.match(hover, /type: ClusterIP\nport: 80/);
    const definition = (await client.definition(uri, positionOf(text, '.Values.service.port', '.Values.service.po'.length))) as Location[];
    const values = textOf('values.yaml');
    assert.deepEqual(
      definition.map((l) => [l.uri, l.range.start]),
      [[uriOf('values.yaml'), positionOf(values, 'port: 80')]],
    );
    await client.replace(uri, '{{ .Values.replicaCount }}', '{{ .Values.ser }}');
    const items = await client.completionItems(uri, positionOf(client.text(uri), '.Values.ser', '.Values.ser'.length));
    assert.deepEqual(
      items
        .map((i) => i.label)
        .filter((l) => l.startsWith('ser'))
        .sort(),
      ['service', 'serviceAccount'],
    );
    // Settled before the next test: a publication for the edited text may still be on its way.
    const settled = client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.replace(uri, '{{ .Values.ser }}', '{{ .Values.replicaCount }}');
    await settled;
  });

  it('an unsaved change to values.yaml re-checks the open templates of the chart', async () => {
    const template = uriOf('templates/deployment.yaml');
    const values = uriOf('values.yaml');
    const told = client.waitForDiagnostics(template, (d) => d.some((x) => x.code === 'helm-value-not-set'));
    await client.replace(values, 'replicaCount: 1', 'replicas: 1');
    const [notSet, ...rest] = await told;
    assert.deepEqual(rest, []);
    assert.equal(notSet?.severity, 3);
    assert.match(notSet?.message ?? '', /^‘\.Values\.replicaCount’ is not set in ‘values\.yaml’/);
    assert.deepEqual(notSet?.range.start, positionOf(client.text(template), '.Values.replicaCount'));
    const cleared = client.waitForDiagnostics(template, (d) => d.length === 0);
    await client.replace(values, 'replicas: 1', 'replicaCount: 1');
    assert.deepEqual(await cleared, []);
  });
});
