// Rendered checks through the real server: saving a chart's values file or an overlay's patch
// renders it (helm 4 and kubectl 1.34 from the npm layer package) and the findings arrive on the
// lines they came from; an untrusted workspace never renders; a missing helm is said once.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from '../helpers/lspClient';
import { copiedFixture, createdChart, edit, helmPath, kubectlPath } from '../helpers/renderTools';

const HELM = 'podwright (helm template)';
const KUSTOMIZE = 'podwright (kubectl kustomize)';
const clients: LspClient[] = [];
after(() => {
  for (const client of clients) client.dispose();
});

async function start(folder: string, settings: Record<string, unknown>): Promise<LspClient> {
  const client = await LspClient.start({ workspaceFolders: [folder], settings });
  clients.push(client);
  return client;
}

async function openAndSave(client: LspClient, path: string): Promise<string> {
  const uri = pathToFileURL(path).href;
  await client.open(uri, readFileSync(path, 'utf8'));
  await client.notify('textDocument/didSave', { textDocument: { uri } });
  return uri;
}

const fromRender = (source: string) => (list: Diagnostic[]) => list.some((d) => d.source === source);

describe('render on save', () => {
  it('a saved values file of a chart gets the rendered finding on its line', async () => {
    const chart = createdChart();
    edit(join(chart, 'values.yaml'), 'resources: {}', 'resources:\n  limits:\n    memory: 512Mb');
    const client = await start(dirname(chart), { helm: { path: helmPath() } });
    const uri = pathToFileURL(join(chart, 'values.yaml')).href;
    const arrived = client.waitForDiagnostics(uri, fromRender(HELM));
    await openAndSave(client, join(chart, 'values.yaml'));
    const found = (await arrived).filter((d) => d.source === HELM);
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.code]),
      [[115, 'invalid-quantity']],
    );
  });

  it('an untrusted workspace never renders, and renders once trust is granted', async () => {
    const chart = createdChart();
    edit(join(chart, 'values.yaml'), 'type: ClusterIP', 'type: ClusterIp');
    const client = await start(dirname(chart), { helm: { path: helmPath() }, workspaceTrusted: false });
    const uri = pathToFileURL(join(chart, 'values.yaml')).href;
    const rendered = client.waitForDiagnostics(uri, fromRender(HELM), 4000);
    await openAndSave(client, join(chart, 'values.yaml'));
    await assert.rejects(rendered, 'no rendered diagnostics without trust');
    await client.configure({ helm: { path: helmPath() }, workspaceTrusted: true });
    const trusted = client.waitForDiagnostics(uri, fromRender(HELM));
    await client.notify('textDocument/didSave', { textDocument: { uri } });
    const found = (await trusted).filter((d) => d.source === HELM);
    const line = readFileSync(join(chart, 'values.yaml'), 'utf8').split('\n').indexOf('  type: ClusterIp');
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.code]),
      [[line, 'invalid-enum']],
    );
  });

  it('podwright.render.onSave false turns it off', async () => {
    const chart = createdChart();
    edit(join(chart, 'values.yaml'), 'type: ClusterIP', 'type: ClusterIp');
    const client = await start(dirname(chart), { helm: { path: helmPath() }, render: { onSave: false } });
    const uri = pathToFileURL(join(chart, 'values.yaml')).href;
    const rendered = client.waitForDiagnostics(uri, fromRender(HELM), 4000);
    await openAndSave(client, join(chart, 'values.yaml'));
    await assert.rejects(rendered);
  });

  it('a saved patch of an overlay gets what only the build shows, and no missing-field noise', async () => {
    const shop = copiedFixture('kustomize', 'shop');
    const patch = join(shop, 'overlays', 'prod', 'deployment-patch.yaml');
    edit(
      patch,
      '          resources:',
      '          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: metrics\n          resources:',
    );
    const client = await start(shop, { kubectl: { path: kubectlPath() } });
    // The kustomization is known first (the workspace walk, or here: opening it).
    const kustomization = pathToFileURL(join(shop, 'overlays', 'prod', 'kustomization.yaml')).href;
    const clean = client.waitForDiagnostics(kustomization);
    await client.open(kustomization, readFileSync(join(shop, 'overlays', 'prod', 'kustomization.yaml'), 'utf8'));
    assert.deepEqual(await clean, []);
    const uri = pathToFileURL(patch).href;
    const arrived = client.waitForDiagnostics(uri, fromRender(KUSTOMIZE));
    await openAndSave(client, patch);
    const found = await arrived;
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.code, d.source]),
      [[17, 'undefined-port-name', KUSTOMIZE]],
    );
  });

  it('a missing helm is one notice, however often the chart is saved', async () => {
    const chart = createdChart();
    const client = await start(dirname(chart), { helm: { path: join(chart, 'no-helm-here') } });
    const path = join(chart, 'templates', 'service.yaml');
    const uri = await openAndSave(client, path);
    for (let i = 0; i < 20 && client.messages.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await client.notify('textDocument/didSave', { textDocument: { uri } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(client.messages.filter((m) => m.includes('podwright.helm.path')).length, 1, client.messages.join('\n'));
  });
});
