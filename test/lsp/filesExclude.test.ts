// `files.exclude` through the real server process: the server asks the client for it per workspace
// folder, leaves excluded folders and files out of its index (and out of file events), and walks
// the workspace again when the setting changes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from '../helpers/lspClient';

const deployment = (name: string, label: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
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
`;

const has =
  (code: string) =>
  (diagnostics: Diagnostic[]): boolean =>
    diagnostics.some((d) => d.code === code);
const lacks =
  (code: string) =>
  (diagnostics: Diagnostic[]): boolean =>
    !diagnostics.some((d) => d.code === code);

describe('LSP files.exclude', () => {
  let dir: string;
  let client: LspClient;
  let exclude: Record<string, unknown> = { '**/generated': true };
  const asked: string[] = [];
  const uriOf = (path: string): string => pathToFileURL(join(dir, path)).href;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'podwright-exclude-'));
    mkdirSync(join(dir, 'k8s'));
    mkdirSync(join(dir, 'out', 'generated'), { recursive: true });
    // The only pods the Service selects are in an excluded folder; the others are a slip away.
    writeFileSync(join(dir, 'k8s', 'deploy.yaml'), deployment('web', 'webb'));
    writeFileSync(join(dir, 'out', 'generated', 'deploy.yaml'), deployment('web-generated', 'web'));
    client = await LspClient.start({
      workspaceFolders: [dir],
      watchFiles: true,
      configuration: (item) => {
        asked.push(`${item.section ?? ''} ${item.scopeUri ?? ''}`);
        return item.section === 'files.exclude' ? exclude : null;
      },
    });
  });

  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks for files.exclude of each workspace folder and leaves excluded folders out of the index', async () => {
    const uri = uriOf('k8s/svc.yaml');
    writeFileSync(join(dir, 'k8s', 'svc.yaml'), service);
    const warned = client.waitForDiagnostics(uri, has('service-selects-nothing'));
    await client.open(uri, service);
    const [d] = (await warned).filter((x) => x.code === 'service-selects-nothing');
    assert.match(d?.message ?? '', /Deployment ‘web’ \(k8s\/deploy\.yaml:4\)/);
    assert.ok(asked.includes(`files.exclude ${pathToFileURL(dir).href}`), asked.join('\n'));
  });

  it('ignores file events for excluded files', async () => {
    const uri = uriOf('k8s/svc.yaml');
    writeFileSync(join(dir, 'out', 'generated', 'more.yaml'), deployment('web-more', 'web'));
    // With an included file in the same batch the index changes, so the open Service is checked
    // again once the whole batch is in: with `more.yaml` indexed, its selector would match.
    writeFileSync(join(dir, 'k8s', 'config.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  a: b\n');
    const republished = client.waitForDiagnostics(uri);
    await client.changeWatchedFiles([
      { uri: uriOf('out/generated/more.yaml'), type: 1 },
      { uri: uriOf('k8s/config.yaml'), type: 1 },
    ]);
    assert.ok((await republished).some((x) => x.code === 'service-selects-nothing'));
  });

  it('walks the workspace again when the setting changes', async () => {
    const uri = uriOf('k8s/svc.yaml');
    exclude = { '**/*.tmp.yaml': true };
    const cleared = client.waitForDiagnostics(uri, lacks('service-selects-nothing'));
    await client.configurationChanged();
    assert.deepEqual(
      (await cleared).filter((x) => x.code === 'service-selects-nothing'),
      [],
    );
    // And back: excluded again, the generated Deployments leave the index.
    exclude = { 'out/**': true };
    const warned = client.waitForDiagnostics(uri, has('service-selects-nothing'));
    await client.configurationChanged();
    await warned;
  });
});
