// Inlay hints and the selector code lens through the real server: what it advertises, hints in
// English and Korean, the podwright.inlayHints.enabled setting, and a lens whose command opens the
// selected workloads in VS Code (through the extension's command) and in other clients (through
// the server).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { InlayHint } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx
      resources:
        limits: {cpu: 500m, memory: 128Mi}
`;

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
const labelText = (hint: InlayHint): string =>
  typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
const labels = (hints: InlayHint[] | null): string[] => (hints ?? []).map(labelText);
const tooltipOf = (hint: InlayHint | undefined): string => (typeof hint?.tooltip === 'object' ? hint.tooltip.value : (hint?.tooltip ?? ''));

describe('LSP inlay hints', () => {
  it('are advertised and answer in English, with markdown tooltips', async () => {
    const client = await LspClient.start();
    try {
      assert.ok(client.capabilities.inlayHintProvider);
      const uri = 'file:///hints/pod.yaml';
      await client.open(uri, pod);
      const hints = await client.inlayHints(uri, WHOLE);
      assert.deepEqual(labels(hints), ['imagePullPolicy: Always', '= 0.5 CPU', '≈ 134 MB']);
      assert.deepEqual(hints?.[0]?.position, { line: 7, character: 18 });
      assert.match(tooltipOf(hints?.[0]), /^Not written here: the API server sets `imagePullPolicy: Always`/);
    } finally {
      client.dispose();
    }
  });

  it('speak Korean to a Korean client, in plain text to a plain-text client', async () => {
    const client = await LspClient.start({ locale: 'ko', capabilities: { textDocument: { hover: { contentFormat: ['plaintext'] } } } });
    try {
      const uri = 'file:///hints/pod-ko.yaml';
      await client.open(uri, pod);
      const hints = await client.inlayHints(uri, WHOLE);
      assert.deepEqual(labels(hints), ['imagePullPolicy: Always', '= 0.5 CPU', '≈ 134 MB']);
      assert.deepEqual(hints?.[1]?.tooltip, { kind: 'plaintext', value: '500m은 0.5 CPU (코어 절반)입니다.' });
    } finally {
      client.dispose();
    }
  });

  it('follow podwright.inlayHints.enabled, and ask the client to refresh when it changes', async () => {
    const client = await LspClient.start({
      settings: { inlayHints: { enabled: false } },
      capabilities: { workspace: { inlayHint: { refreshSupport: true } } },
    });
    try {
      const uri = 'file:///hints/off.yaml';
      await client.open(uri, pod);
      assert.deepEqual(await client.inlayHints(uri, WHOLE), []);
      await client.configure({ inlayHints: { enabled: true } });
      const refreshed = (async (): Promise<void> => {
        while (!client.refreshes.includes('workspace/inlayHint/refresh')) await new Promise((r) => setTimeout(r, 10));
      })();
      await client.bounded(refreshed, 'an inlay hint refresh');
      assert.equal(labels(await client.inlayHints(uri, WHOLE)).length, 3);
    } finally {
      client.dispose();
    }
  });
});

const deployment = (name: string, app: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${app}}
  template:
    metadata:
      labels: {app: ${app}}
    spec:
      containers: [{name: app, image: "nginx:1.27"}]
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

describe('LSP selector code lens', () => {
  let dir: string;
  const uriOf = (path: string): string => pathToFileURL(join(dir, path)).href;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'podwright-lens-'));
    mkdirSync(join(dir, 'k8s'));
    writeFileSync(join(dir, 'k8s', 'web.yaml'), deployment('web', 'web'));
    writeFileSync(join(dir, 'k8s', 'web-canary.yaml'), deployment('web-canary', 'web'));
    writeFileSync(join(dir, 'k8s', 'db.yaml'), deployment('db', 'db'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function started(options: Parameters<typeof LspClient.start>[0]): Promise<LspClient> {
    const client = await LspClient.start({ workspaceFolders: [dir], ...options });
    await client.waitForLog(/Podwright indexed/, 0);
    return client;
  }

  it('VS Code: "selects 2 workloads" opens them in the references peek through podwright.showLocations', async () => {
    const client = await started({ initializationOptions: { vscodeCommands: true } });
    try {
      assert.ok(client.capabilities.codeLensProvider);
      assert.equal(client.capabilities.executeCommandProvider, undefined, 'VS Code runs the command itself');
      const uri = uriOf('k8s/svc.yaml');
      await client.open(uri, service);
      const [lens, ...rest] = (await client.codeLenses(uri)) ?? [];
      assert.equal(rest.length, 0);
      assert.deepEqual(lens?.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 10 } });
      assert.equal(lens?.command?.title, 'selects 2 workloads');
      assert.equal(lens?.command?.command, 'podwright.showLocations');
      assert.deepEqual(lens?.command?.arguments, [
        uri,
        { line: 5, character: 2 },
        [
          { uri: uriOf('k8s/web-canary.yaml'), range: { start: { line: 3, character: 8 }, end: { line: 3, character: 18 } } },
          { uri: uriOf('k8s/web.yaml'), range: { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } } },
        ],
      ]);
    } finally {
      client.dispose();
    }
  });

  it('other clients: the server runs the command, asks which to open and shows it', async () => {
    const client = await started({ capabilities: { window: { showDocument: { support: true } } } });
    try {
      assert.deepEqual(client.capabilities.executeCommandProvider?.commands, ['podwright.selectedWorkloads']);
      const uri = uriOf('k8s/svc.yaml');
      await client.open(uri, service);
      const [lens] = (await client.codeLenses(uri)) ?? [];
      assert.equal(lens?.command?.command, 'podwright.selectedWorkloads');
      client.answerMessageRequest = (actions) => actions.find((a) => a.startsWith('Deployment web '));
      const result = await client.executeCommand(lens?.command?.command ?? '', lens?.command?.arguments ?? []);
      assert.deepEqual(client.messages.at(-1), 'Service web selects 2 workloads. Open which one?');
      assert.deepEqual(client.shownDocuments, [
        { uri: uriOf('k8s/web.yaml'), selection: { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } }, takeFocus: true },
      ]);
      assert.equal((result as unknown[]).length, 2);
    } finally {
      client.dispose();
    }
  });

  it('a client that cannot show documents gets the list in a message; the count follows edits', async () => {
    const client = await started({});
    try {
      const uri = uriOf('k8s/svc.yaml');
      await client.open(uri, service);
      const [lens] = (await client.codeLenses(uri)) ?? [];
      await client.executeCommand(lens?.command?.command ?? '', lens?.command?.arguments ?? []);
      const listed = (async (): Promise<string> => {
        while (client.messages.length === 0) await new Promise((r) => setTimeout(r, 10));
        return client.messages[0] ?? '';
      })();
      assert.equal(
        await client.bounded(listed, 'the message listing the workloads'),
        'Service web selects 2 workloads: Deployment web-canary (k8s/web-canary.yaml:4), Deployment web (k8s/web.yaml:4)',
      );
      await client.replace(uri, 'app: web', 'app: db');
      const [after] = (await client.codeLenses(uri)) ?? [];
      assert.equal(after?.command?.title, 'selects 1 workload');
    } finally {
      client.dispose();
    }
  });
});
