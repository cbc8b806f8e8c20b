// Pod Security through the real server process: a Namespace labelled enforce=restricted in one file
// of the workspace folder, a Deployment of that namespace opened in another; the setting from
// didChangeConfiguration; the "meet restricted" quick fix as a code action.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from '../helpers/lspClient';

const namespace = (level: string): string => `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: ${level}
`;

const deployment = (namespaceName: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: ${namespaceName}
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

const podSecurity = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => String(d.code).startsWith('pod-security-'));

describe('LSP Pod Security', () => {
  let dir: string;
  let client: LspClient;
  let first: Diagnostic[] = [];
  const uriOf = (path: string): string => pathToFileURL(join(dir, path)).href;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'podwright-pss-'));
    writeFileSync(join(dir, 'namespace.yaml'), namespace('restricted'));
    client = await LspClient.start({ workspaceFolders: [dir], watchFiles: true });
  });

  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports restricted errors on a Deployment of the Namespace defined in another file', async () => {
    const uri = uriOf('web.yaml');
    writeFileSync(join(dir, 'web.yaml'), deployment('shop'));
    const published = client.waitForDiagnostics(uri, (d) => podSecurity(d).length > 0);
    await client.open(uri, deployment('shop'));
    const found = podSecurity(await published);
    first = found;
    assert.deepEqual(found.map((d) => d.code).sort(), [
      'pod-security-capabilities',
      'pod-security-privilege-escalation',
      'pod-security-run-as-non-root',
      'pod-security-seccomp',
    ]);
    for (const d of found) {
      assert.equal(d.severity, 1, 'enforce: error');
      assert.deepEqual(d.range.start, { line: 15, character: 16 }, 'on the container name');
      assert.match(d.message, /^Namespace "shop" enforces Pod Security "restricted:latest"/);
    }
  });

  it('offers one code action that makes the container meet restricted, which clears the errors', async () => {
    const uri = uriOf('web.yaml');
    const escalation = first.find((d) => d.code === 'pod-security-privilege-escalation');
    assert.ok(escalation);
    const actions = ((await client.codeActions(uri, escalation.range, [escalation])) ?? []) as CodeAction[];
    const meet = actions.find((a) => a.title === 'Make container "web" meet the restricted level');
    assert.ok(meet, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(meet.isPreferred, true);
    const edits = meet.edit?.changes?.[uri] ?? [];
    assert.equal(edits.length, 1);
    const cleared = client.waitForDiagnostics(uri, (d) => podSecurity(d).length === 0);
    const insert = edits[0];
    assert.ok(insert);
    await client.change(uri, insert.range, insert.newText);
    assert.deepEqual(podSecurity(await cleared), []);
  });

  it('uses the podwright.podSecurity setting for a namespace the workspace does not define', async () => {
    const other = uriOf('other.yaml');
    await client.open(other, deployment('elsewhere'));
    const settled = client.waitForDiagnostics(other, (d) => podSecurity(d).length > 0);
    await client.configure({ podSecurity: { level: 'baseline', version: 'v1.25' } });
    // The Deployment meets baseline: only a privileged container shows the setting at work.
    await client.replace(
      other,
      '          image: nginx:1.27',
      '          image: nginx:1.27\n          securityContext:\n            privileged: true',
    );
    const [d] = podSecurity(await settled);
    assert.equal(d?.code, 'pod-security-privileged');
    assert.equal(d?.severity, 2, 'the setting: warning');
    assert.match(d?.message ?? '', /Pod Security "baseline:v1\.25", the level you asked Podwright to check/);
  });
});
