// Best practices through the real server process: a Service in one file of the workspace folder, a
// Deployment without a readiness probe opened in another; the quick fix as a code action clears it,
// and podwright.bestPractices from didChangeConfiguration turns the advice into warnings or off.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from '../helpers/lspClient';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  selector:
    app: shop
  ports:
    - port: 80
      targetPort: 8080
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
        - name: shop
          image: nginx:1.27.3
          ports:
            - containerPort: 8080
`;

const readiness = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code === 'best-practice-no-readiness-probe');

describe('LSP best practices', () => {
  let dir: string;
  let client: LspClient;
  const uriOf = (path: string): string => pathToFileURL(join(dir, path)).href;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'podwright-practices-'));
    writeFileSync(join(dir, 'service.yaml'), SERVICE);
    client = await LspClient.start({ workspaceFolders: [dir], watchFiles: true });
  });

  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers a readiness probe on the port as a code action, which clears the advice', async () => {
    const uri = uriOf('shop.yaml');
    writeFileSync(join(dir, 'shop.yaml'), DEPLOYMENT);
    const published = client.waitForDiagnostics(uri, (d) => readiness(d).length > 0);
    await client.open(uri, DEPLOYMENT);
    const [found] = readiness(await published);
    assert.ok(found);
    assert.equal(found.severity, 3, 'learner: information');
    assert.deepEqual(found.range.start, { line: 14, character: 16 }, 'on the container name');
    assert.match(found.message, /Service "shop" sends traffic to its pods/);
    const actions = ((await client.codeActions(uri, found.range, [found])) ?? []) as CodeAction[];
    const add = actions.find((a) => a.title === 'Add a readiness probe that connects to port 8080');
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const [edit, ...more] = add.edit?.changes?.[uri] ?? [];
    assert.ok(edit);
    assert.deepEqual(more, []);
    const cleared = client.waitForDiagnostics(uri, (d) => readiness(d).length === 0);
    await client.change(uri, edit.range, edit.newText);
    assert.deepEqual(readiness(await cleared), []);
  });

  it('follows podwright.bestPractices: strict gives warnings, off gives none', async () => {
    const uri = uriOf('other.yaml');
    const other = DEPLOYMENT.replace(/shop/g, 'cart')
      .replace('app: cart\n  template', 'app: shop\n  template')
      .replace('        app: cart', '        app: shop');
    const warned = client.waitForDiagnostics(uri, (d) => readiness(d).some((x) => x.severity === 2));
    await client.open(uri, other);
    await client.configure({ bestPractices: 'strict' });
    assert.equal(readiness(await warned).length, 1);
    const silent = client.waitForDiagnostics(uri, (d) => d.every((x) => !String(x.code).startsWith('best-practice-')));
    await client.configure({ bestPractices: 'off' });
    assert.deepEqual(
      (await silent).filter((d) => String(d.code).startsWith('best-practice-')),
      [],
    );
  });
});
