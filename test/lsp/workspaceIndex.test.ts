// The workspace index through the real server process: a folder on disk with a Deployment in one file,
// a Service opened in an editor, and files created, changed and deleted as the editor reports them.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { hoverText, LspClient } from '../helpers/lspClient';

const deployment = (label: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: ${label}
  template:
    metadata:
      labels:
        app: ${label}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 80
`;

const service = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: http
`;

const has =
  (code: string) =>
  (diagnostics: Diagnostic[]): boolean =>
    diagnostics.some((d) => d.code === code);
const lacks =
  (code: string) =>
  (diagnostics: Diagnostic[]): boolean =>
    !diagnostics.some((d) => d.code === code);

describe('LSP workspace index', () => {
  let dir: string;
  let client: LspClient;
  const uriOf = (path: string): string => pathToFileURL(join(dir, path)).href;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'podwright-ws-'));
    mkdirSync(join(dir, 'k8s'));
    // Labels that the Service below does not select, one slip away from what it asks for.
    writeFileSync(join(dir, 'k8s', 'deploy.yaml'), deployment('webb'));
    // Never indexed: a chart template, a values file, and a folder that holds dependencies.
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'x', 'deploy.yaml'), deployment('web'));
    writeFileSync(join(dir, 'k8s', 'template.yaml'), deployment('{{ .Values.app }}'));
    client = await LspClient.start({ workspaceFolders: [dir], watchFiles: true });
  });

  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks the client to watch YAML files', async () => {
    // The server registers after `initialized`, without a reply to wait for: poll its requests.
    const registered = (async (): Promise<void> => {
      while (!client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles')) await new Promise((r) => setTimeout(r, 20));
    })();
    await client.bounded(registered, 'the file watcher registration');
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watch, JSON.stringify(client.registrations));
    assert.match(JSON.stringify(watch.registerOptions), /\*\*\/\*\.\{yaml,yml,json\}/);
  });

  it('checks an open Service against the Deployment of a file that is not open', async () => {
    const uri = uriOf('k8s/svc.yaml');
    writeFileSync(join(dir, 'k8s', 'svc.yaml'), service);
    const published = client.waitForDiagnostics(uri, has('service-selects-nothing'));
    await client.open(uri, service);
    const diagnostics = await published;
    const [d] = diagnostics.filter((x) => x.code === 'service-selects-nothing');
    assert.ok(d);
    assert.equal(d.range.start.line, 6);
    assert.match(d.message, /The closest is Deployment ‘web’ \(k8s\/deploy\.yaml:4\)\.$/);
  });

  it('follows a change on disk, reported by the client', async () => {
    const uri = uriOf('k8s/svc.yaml');
    writeFileSync(join(dir, 'k8s', 'deploy.yaml'), deployment('web'));
    const cleared = client.waitForDiagnostics(uri, lacks('service-selects-nothing'));
    await client.changeWatchedFiles([{ uri: uriOf('k8s/deploy.yaml'), type: 2 }]);
    assert.deepEqual(await cleared, []);
    const hover = hoverText(await client.hover(uri, { line: 6, character: 6 }));
    assert.match(hover, /Deployment `web` \(k8s\/deploy\.yaml:4\)/);
  });

  it('follows an edit in another open editor before it is saved', async () => {
    const svc = uriOf('k8s/svc.yaml');
    const other = uriOf('k8s/deploy.yaml');
    const warned = client.waitForDiagnostics(svc, has('undefined-port-name'));
    await client.open(other, deployment('web'));
    await client.replace(other, 'name: http', 'name: web');
    const diagnostics = await warned;
    assert.match(diagnostics.find((d) => d.code === 'undefined-port-name')?.message ?? '', /Declared: ‘web’/);
    // Closing without saving: the file on disk (port `http`) is what counts again.
    const cleared = client.waitForDiagnostics(svc, lacks('undefined-port-name'));
    await client.close(other);
    assert.deepEqual(await cleared, []);
  });

  it('forgets a deleted file and picks up a created one', async () => {
    const svc = uriOf('k8s/svc.yaml');
    unlinkSync(join(dir, 'k8s', 'deploy.yaml'));
    writeFileSync(join(dir, 'other.yaml'), deployment('wbe'));
    const warned = client.waitForDiagnostics(svc, has('service-selects-nothing'));
    await client.changeWatchedFiles([
      { uri: uriOf('k8s/deploy.yaml'), type: 3 },
      { uri: uriOf('other.yaml'), type: 1 },
    ]);
    const [d] = (await warned).filter((x) => x.code === 'service-selects-nothing');
    assert.match(d?.message ?? '', /Deployment ‘web’ \(other\.yaml:4\)/);
    // Deleting the folder's last pods leaves nothing to compare against: silent.
    unlinkSync(join(dir, 'other.yaml'));
    const cleared = client.waitForDiagnostics(svc, lacks('service-selects-nothing'));
    await client.changeWatchedFiles([{ uri: uriOf('other.yaml'), type: 3 }]);
    assert.deepEqual(await cleared, []);
  });
});
