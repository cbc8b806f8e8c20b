// The handshake an editor performs: initialize advertises what the server does, shutdown/exit end it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';

describe('LSP lifecycle of dist/server.js --stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.dispose());

  it('initialize returns the capabilities an editor needs', () => {
    const caps = client.capabilities;
    const sync = caps.textDocumentSync;
    const syncKind = typeof sync === 'number' ? sync : sync?.change;
    assert.equal(syncKind, TextDocumentSyncKind.Incremental, 'documents are synced incrementally');
    assert.ok(caps.completionProvider, 'completion is offered');
    assert.ok(caps.completionProvider.triggerCharacters?.includes(':'), 'typing `:` triggers value completion');
    assert.ok(caps.hoverProvider, 'hover is offered');
    assert.ok(caps.codeActionProvider, 'code actions (quick fixes) are offered');
  });

  it('shutdown then exit ends the process with code 0', async () => {
    const code = await client.shutdown();
    assert.equal(code, 0);
    assert.equal(client.alive, false);
  });
});
