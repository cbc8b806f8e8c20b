// Hover through the real server: markdown with the path, type and our plain-language explanation,
// in the language of the client's locale.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MarkupKind, type Hover } from 'vscode-languageserver-protocol';
import { hoverText, LspClient } from '../helpers/lspClient';
import { githubWorkflow, positionOf, validPod } from '../helpers/manifests';

const HANGUL = /[\uAC00-\uD7A3]/;
const clients: LspClient[] = [];

async function hoverOn(locale: string | undefined, text: string, needle: string): Promise<Hover | null> {
  const client = await LspClient.start(locale ? { locale } : {});
  clients.push(client);
  const uri = 'file:///hover/pod.yaml';
  await client.open(uri, text);
  return client.hover(uri, positionOf(text, needle, 2));
}

describe('LSP hover', () => {
  after(() => clients.forEach((c) => c.dispose()));

  it('on containerPort: markdown with the path, the type and what the field does not do', async () => {
    const hover = await hoverOn(undefined, validPod, 'containerPort');
    assert.ok(hover, 'a hover is returned');
    assert.ok(!Array.isArray(hover.contents) && typeof hover.contents === 'object' && 'kind' in hover.contents, 'MarkupContent');
    assert.equal(hover.contents.kind, MarkupKind.Markdown);
    const text = hoverText(hover);
    assert.match(text, /spec\.containers\[0\]\.ports\[0\]\.containerPort/);
    assert.match(text, /integer/);
    assert.match(text, /port-forward/i, 'the explanation says how to reach the port');
    assert.match(text, /Service/, 'and mentions a Service');
    assert.match(text, /https:\/\/kubernetes\.io\//, 'links to the reference docs');
    assert.doesNotMatch(text, HANGUL, 'English for a client without a Korean locale');
  });

  it('in Korean when initialize has locale ko', async () => {
    const english = hoverText(await hoverOn('en', validPod, 'containerPort'));
    const korean = hoverText(await hoverOn('ko', validPod, 'containerPort'));
    assert.match(korean, HANGUL, korean);
    assert.match(korean, /spec\.containers\[0\]\.ports\[0\]\.containerPort/, 'the path is the same in any language');
    assert.notEqual(korean, english);
  });

  it('nothing on a GitHub workflow', async () => {
    assert.equal(await hoverOn(undefined, githubWorkflow, 'runs-on'), null);
  });
});
