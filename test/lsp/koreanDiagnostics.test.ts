// A client whose locale is Korean gets diagnostics and quick-fix titles in Korean from the real
// server; the plain English client in diagnostics.test.ts stays English.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from '../helpers/lspClient';
import { podWithImageTypo } from '../helpers/manifests';

const HANGUL = /[\uAC00-\uD7A3]/;

describe('LSP diagnostics for a Korean client', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ locale: 'ko' });
  });
  after(() => client.dispose());

  it('words the unknown-field finding and its quick fix in Korean', async () => {
    const uri = 'file:///diag-ko/typo.yaml';
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, podWithImageTypo);
    const unknown = (await published).find((d) => d.code === 'unknown-field');
    assert.ok(unknown);
    assert.match(unknown.message, HANGUL);
    assert.match(unknown.message, /‘image’/, 'it still names the right key');
    const actions = (await client.codeActions(uri, unknown.range, [unknown])) ?? [];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.length > 0 && titles.every((t) => HANGUL.test(t)), JSON.stringify(titles));
  });
});
