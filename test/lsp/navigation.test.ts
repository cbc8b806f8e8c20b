// Navigation and outline through the real server process, with a folder on disk as the workspace:
// F12 on a volume mount, the references of a ConfigMap used by two files, a port renamed across a
// Deployment and the Service of another file (not open), and the outline of a manifest.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Location, Position } from 'vscode-languageserver-types';
import { LspClient } from '../helpers/lspClient';
import { applyEdits } from '../helpers/ruleHarness';

const deployment = (port: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
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
          ports:
            - name: ${port}
              containerPort: 8080
          readinessProbe:
            httpGet:
              path: /ready
              port: ${port}
          envFrom:
            - configMapRef:
                name: web-config
          volumeMounts:
            - name: cache
              mountPath: /cache
      volumes:
        - name: cache
          emptyDir: {}
`;

const service = (targetPort: string): string => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: ${targetPort}
`;

const configMap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  mode: production
`;

const worker = `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example/migrate:1.0
          env:
            - name: MODE
              valueFrom:
                configMapKeyRef:
                  name: web-config
                  key: mode
`;

/** The position of the `nth` (0-based) occurrence of `find` in `text`, `offset` characters in. */
function positionOf(text: string, find: string, offset = 0, nth = 0): Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(find, index + 1);
  if (index < 0) throw new Error(`${find} not found`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]?.length ?? 0 };
}

describe('LSP navigation and outline', () => {
  let dir: string;
  let client: LspClient;
  const uriOf = (path: string): string => pathToFileURL(join(dir, path)).href;
  const files: Record<string, string> = {};
  const show = (locations: readonly Location[]): string[] =>
    locations.map((l) => `${l.uri.slice(pathToFileURL(dir).href.length + 1)}:${l.range.start.line + 1}:${l.range.start.character + 1}`);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'podwright-nav-'));
    mkdirSync(join(dir, 'k8s'));
    Object.assign(files, {
      'k8s/deploy.yaml': deployment('http'),
      'k8s/svc.yaml': service('http'),
      'k8s/config.yaml': configMap,
      'jobs/migrate.yaml': worker,
    });
    mkdirSync(join(dir, 'jobs'));
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
    client = await LspClient.start({ workspaceFolders: [dir], watchFiles: true });
    await client.waitForLog(/Podwright indexed \d+ manifest files/, 0);
  });

  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('advertises navigation and outline', () => {
    const caps = client.capabilities;
    assert.ok(caps.definitionProvider && caps.referencesProvider && caps.documentHighlightProvider);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.ok(caps.documentSymbolProvider && caps.workspaceSymbolProvider && caps.foldingRangeProvider && caps.selectionRangeProvider);
  });

  it('goes from a volume mount to its volume (F12)', async () => {
    const uri = uriOf('k8s/deploy.yaml');
    await client.open(uri, files['k8s/deploy.yaml'] ?? '');
    const answer = await client.definition(uri, positionOf(deployment('http'), '- name: cache', 10));
    assert.ok(Array.isArray(answer));
    assert.deepEqual(show(answer as Location[]), ['k8s/deploy.yaml:31:17']);
  });

  it('finds the references of a ConfigMap in two other files that are not open', async () => {
    const uri = uriOf('k8s/config.yaml');
    await client.open(uri, configMap);
    const answer = await client.references(uri, positionOf(configMap, 'web-config', 4), false);
    assert.deepEqual(show(answer ?? []), ['jobs/migrate.yaml:16:25', 'k8s/deploy.yaml:26:23']);
    const withDeclaration = await client.references(uri, positionOf(configMap, 'web-config', 4), true);
    assert.equal(withDeclaration?.length, 3);
  });

  it('renames a port name across the Deployment and its Service in another file', async () => {
    const uri = uriOf('k8s/deploy.yaml');
    const text = deployment('http');
    const at = positionOf(text, 'port: http', 7);
    assert.deepEqual(await client.prepareRename(uri, at), {
      range: { start: { line: 22, character: 20 }, end: { line: 22, character: 24 } },
      placeholder: 'http',
    });
    const edit = await client.rename(uri, at, 'web');
    const changes = edit?.changes ?? {};
    assert.deepEqual(Object.keys(changes).sort(), [uriOf('k8s/deploy.yaml'), uriOf('k8s/svc.yaml')].sort());
    assert.equal(applyEdits(text, changes[uriOf('k8s/deploy.yaml')] ?? []), deployment('web'));
    assert.equal(applyEdits(service('http'), changes[uriOf('k8s/svc.yaml')] ?? []), service('web'));
  });

  it('refuses an invalid new name with a readable message', async () => {
    const uri = uriOf('k8s/deploy.yaml');
    await assert.rejects(client.rename(uri, positionOf(deployment('http'), 'port: http', 7), 'HTTP_PORT'), (error: Error) => {
      assert.match(error.message, /^Port name ‘HTTP_PORT’ is not valid: /);
      return true;
    });
  });

  it('outlines the document: the Deployment with its container, port and volume', async () => {
    const symbols = (await client.documentSymbol(uriOf('k8s/deploy.yaml'))) as DocumentSymbol[];
    const names = (list: readonly DocumentSymbol[]): unknown[] => list.map((s) => (s.children ? [s.name, names(s.children)] : s.name));
    assert.deepEqual(names(symbols), [['Deployment web', [['web', ['http']], 'cache']]]);
    assert.equal(symbols[0]?.detail, 'apps/v1');
  });
});
