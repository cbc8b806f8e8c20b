import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InsertTextMode, type ClientCapabilities } from 'vscode-languageserver-protocol';
import { clientFeatures } from '../../server/src/clientFeatures';

describe('what the client can do, from initialize', () => {
  it('Neovim 0.7: no snippets, no indentation adjustment, markdown, UTF-16, no VS Code commands', () => {
    const features = clientFeatures({
      clientInfo: { name: 'Neovim', version: '0.7.2' },
      capabilities: {
        textDocument: {
          completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        window: { showDocument: { support: false } },
      },
    });
    assert.deepEqual(features, {
      editor: { snippets: false, adjustsIndentation: false, vscodeCommands: false, hoverMarkdown: true, documentationMarkdown: true },
      positionEncoding: 'utf-16',
      codeLensRefresh: false,
      inlayHintRefresh: false,
      showDocument: false,
    });
  });

  it('VS Code: by the Podwright client option or its name', () => {
    const capabilities: ClientCapabilities = {
      general: { positionEncodings: ['utf-16'] },
      textDocument: {
        completion: {
          completionItem: {
            snippetSupport: true,
            insertTextModeSupport: { valueSet: [InsertTextMode.asIs, InsertTextMode.adjustIndentation] },
          },
        },
      },
      workspace: { codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
      window: { showDocument: { support: true } },
    };
    const byOption = clientFeatures({ capabilities, initializationOptions: { settings: {}, vscodeCommands: true } });
    assert.deepEqual(byOption.editor, {
      snippets: true,
      adjustsIndentation: true,
      vscodeCommands: true,
      hoverMarkdown: true,
      documentationMarkdown: true,
    });
    assert.equal(byOption.codeLensRefresh && byOption.inlayHintRefresh && byOption.showDocument, true);
    assert.equal(clientFeatures({ capabilities, clientInfo: { name: 'Visual Studio Code' } }).editor.vscodeCommands, true);
    assert.equal(clientFeatures({ capabilities, clientInfo: { name: 'VSCodium' } }).editor.vscodeCommands, true);
    assert.equal(clientFeatures({ capabilities, clientInfo: { name: 'helix' } }).editor.vscodeCommands, false);
  });

  it('plain text where the client prefers it, and the encoding it prefers', () => {
    const features = clientFeatures({
      capabilities: {
        general: { positionEncodings: ['utf-8', 'utf-32', 'utf-16'] },
        textDocument: {
          hover: { contentFormat: ['plaintext', 'markdown'] },
          completion: { completionItem: { documentationFormat: ['plaintext'] } },
        },
      },
    });
    assert.equal(features.editor.hoverMarkdown, false);
    assert.equal(features.editor.documentationMarkdown, false);
    assert.equal(features.positionEncoding, 'utf-8');
  });
});
