// Custom resource schemas the client sends (`podwright/customSchemas`, `podwright/removeCustomSchemas`),
// as the VS Code extension does with a cluster's OpenAPI v3 documents: custom resources of those
// kinds are checked at once, and fall silent again when the source is removed — by id or by prefix.
// The client cannot replace or remove the sources of the settings, and bad parameters are ignored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { gadgetsOpenApi, WIDGET_CRD_FILE } from '../helpers/customResources';
import { LspClient } from '../helpers/lspClient';

const SET = 'podwright/customSchemas';
const REMOVE = 'podwright/removeCustomSchemas';
const SOURCE = 'cluster:kind-dev/gadgets.example.io/v1';
const GADGET = 'apiVersion: gadgets.example.io/v1\nkind: Gadget\nmetadata:\n  name: opener\nspec:\n  function: drill\n  colour: red\n';
const WIDGET =
  'apiVersion: shop.example.com/v1\nkind: Widget\nmetadata:\n  name: blue\nspec:\n  size: small\n  color: "#0000ff"\n  replicaz: 3\n';
const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code)).sort();

describe('LSP: custom schemas sent by the client', () => {
  let client: LspClient;
  const gadgetUri = 'file:///cluster-schemas/gadget.yaml';
  const widgetUri = 'file:///cluster-schemas/widget.yaml';

  before(async () => {
    client = await LspClient.start({ settings: { schemas: [WIDGET_CRD_FILE] } });
    await client.waitForLog(/^podwright\.schemas: 2 custom kinds from 1 file\.$/, 0);
  });

  after(() => client.dispose());

  it('leaves a custom resource of an unknown kind alone', async () => {
    const published = client.waitForDiagnostics(gadgetUri);
    await client.open(gadgetUri, GADGET);
    assert.deepEqual(await published, []);
  });

  it('checks it once its schemas arrive, and logs what the source defines', async () => {
    const from = client.logs.length;
    const published = client.waitForDiagnostics(gadgetUri, (d) => d.length > 0);
    await client.notify(SET, { sourceId: SOURCE, documents: [gadgetsOpenApi()] });
    assert.deepEqual(codes(await published), ['invalid-enum', 'unknown-field']);
    assert.match(
      await client.waitForLog(/^podwright\/customSchemas: /, from),
      /^podwright\/customSchemas: cluster:kind-dev\/gadgets\.example\.io\/v1: \d+ custom kinds\.$/,
    );
  });

  it('falls silent when the source is removed by prefix', async () => {
    const published = client.waitForDiagnostics(gadgetUri, (d) => d.length === 0);
    await client.notify(REMOVE, { prefix: 'cluster:kind-dev/' });
    assert.deepEqual(await published, []);
  });

  it('and when it is removed by id', async () => {
    const checked = client.waitForDiagnostics(gadgetUri, (d) => d.length > 0);
    await client.notify(SET, { sourceId: SOURCE, documents: [gadgetsOpenApi()] });
    await checked;
    const silent = client.waitForDiagnostics(gadgetUri, (d) => d.length === 0);
    await client.notify(REMOVE, { sourceId: SOURCE });
    assert.deepEqual(await silent, []);
  });

  it('cannot replace or remove a source of the podwright.schemas setting', async () => {
    const published = client.waitForDiagnostics(widgetUri);
    await client.open(widgetUri, WIDGET);
    assert.deepEqual(codes(await published), ['unknown-field']);
    const from = client.logs.length;
    await client.notify(SET, { sourceId: `podwright.schemas:${WIDGET_CRD_FILE}`, documents: [] });
    assert.match(
      await client.waitForLog(/ignored/, from),
      /^podwright\/customSchemas: ignored: "podwright\.schemas:.*" is a source of the workspace or settings, not of the client\.$/,
    );
    await client.notify(REMOVE, { prefix: 'podwright.schemas:' });
    const again = client.waitForDiagnostics(widgetUri);
    await client.replace(widgetUri, 'blue', 'navy');
    assert.deepEqual(codes(await again), ['unknown-field']);
  });

  it('ignores malformed parameters with a log line, and keeps serving', async () => {
    const from = client.logs.length;
    await client.notify(SET, { sourceId: 42, documents: 'nope' });
    await client.waitForLog(/^podwright\/customSchemas: ignored: the parameters need/, from);
    await client.notify(REMOVE, null);
    await client.waitForLog(/^podwright\/removeCustomSchemas: ignored: the parameters need/, from);
    // Documents that are not schemas define nothing, and break nothing.
    await client.notify(SET, { sourceId: 'cluster:kind-dev/odd.example.com/v1', documents: ['text', 42, { kind: 'ConfigMap' }] });
    await client.waitForLog(/odd\.example\.com\/v1: 0 custom kinds \(3 of 3 documents not CRDs or OpenAPI documents\)\.$/, from);
    assert.ok(client.alive);
  });
});
