// Port-forwarding in the extension host against the test API server: the command (with its
// choices passed as arguments) starts a forward that answers an HTTP GET from the pod's nginx,
// the Port Forwards view and the status bar show it, and stopping it closes the local port.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as vscode from 'vscode';
import { ClusterProbe, TEST_CONTEXT, testClusterEnv } from '../clusterProbe';
import { podObject, uniqueName } from '../clusterFixtures';
import { activatePodwright, EXTENSION_ID, waitUntil } from '../helpers';
import { ScriptedDialogs } from '../scriptedDialogs';

/** The parts of a PortForward (client/src/models/portForward/forward.ts) this suite reads. */
interface Forward {
  readonly state: string;
  readonly pod: string;
  readonly url: string;
  readonly spec: { readonly localPort: number; readonly remotePort: number };
  readonly stats: { readonly sent: number; readonly received: number; readonly open: number; readonly total: number };
}

interface ForwardsApi {
  readonly portForwardTree: vscode.TreeDataProvider<unknown>;
  portForwardStatus(): string | undefined;
}

function api(): ForwardsApi {
  const exports = vscode.extensions.getExtension<ForwardsApi>(EXTENSION_ID)?.exports;
  assert.ok(exports?.portForwardTree, 'Podwright exports its Port Forwards tree');
  return exports;
}

async function treeRows(): Promise<{ label: string; description: string; contextValue: string }[]> {
  const tree = api().portForwardTree;
  const elements = (await tree.getChildren(undefined)) ?? [];
  return Promise.all(
    elements.map(async (element) => {
      const item = await tree.getTreeItem(element);
      return {
        label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        description: String(item.description ?? ''),
        contextValue: item.contextValue ?? '',
      };
    }),
  );
}

function httpGet(url: string): Promise<{ status: number; server: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, server: String(res.headers.server ?? ''), body }));
      })
      .on('error', reject);
  });
}

describe('port-forward', function () {
  const env = testClusterEnv();
  let probe: ClusterProbe;
  let dialogs: ScriptedDialogs;
  const web = uniqueName('fwd');

  before(async function () {
    await activatePodwright();
    if (!env) return this.skip();
    dialogs = await ScriptedDialogs.install();
    probe = ClusterProbe.fromEnvironment();
    assert.equal((await probe.applyPod(podObject(web, 'nginx:1.27'), 'setup')).status, 201);
    await waitUntil(`pod ${web} running`, async () =>
      ((await probe.pod(web)).body.status as { phase?: string } | undefined)?.phase === 'Running' ? true : undefined,
    );
    // Running means the process started, not that it listens yet; nginx says when it does.
    await waitUntil(`nginx in ${web} listening`, async () => (/start worker processes/.test(await probe.podLog(web)) ? true : undefined));
  });

  after(async () => {
    if (!env) return;
    dialogs.uninstall();
    await probe.deletePod(web);
  });

  it("forwards a local port that answers an HTTP GET from the pod's nginx", async () => {
    const target = { kind: 'Pod', context: TEST_CONTEXT, namespace: 'default', name: web };
    const forward = await vscode.commands.executeCommand<Forward | undefined>('podwright.portForward', { target, remotePort: 8080 });
    assert.ok(forward, `the command started no forward; notices: ${dialogs.notices.map((n) => n.message).join(' | ')}`);
    assert.ok(forward.spec.localPort >= 1024);
    assert.equal(forward.url, `http://127.0.0.1:${forward.spec.localPort}`);
    await waitUntil('the forward to be active', () => Promise.resolve(forward.state === 'active' ? true : undefined));
    const page = await httpGet(`${forward.url}/`);
    assert.equal(page.status, 200);
    assert.match(page.server, /^nginx/);
    assert.match(page.body, /Welcome to nginx!/);
    // This host is a remote one (code-server): VS Code announces the forwarded port itself, so
    // Podwright's own notice would double it. (A local window gets Podwright's notice with
    // Open in Browser and Copy URL.)
    assert.ok(vscode.env.remoteName, 'the test host is a remote window');
    assert.deepEqual(
      dialogs.notices.filter((n) => n.id === 'port-forward-started'),
      [],
      'no second notice in a remote window',
    );
  });

  it('lists the forward in the Port Forwards view and counts it in the status bar', async () => {
    const rows = await waitUntil('a row with traffic', async () => {
      const found = await treeRows();
      return found.length === 1 && /↓\d/.test(found[0]?.description ?? '') && !/↓0 B/.test(found[0]?.description ?? '') ? found : undefined;
    });
    assert.match(rows[0]?.label ?? '', new RegExp(`^127\\.0\\.0\\.1:\\d+ → ${web}:8080$`));
    assert.match(rows[0]?.description ?? '', /^active · ↑\d+ B ↓[\d.]+ (B|KB)/);
    assert.equal(rows[0]?.contextValue, 'podwright.portForward.active');
    assert.equal(api().portForwardStatus(), '$(plug) 1 forward');
  });

  it('refuses a second forward on the same local port and says why', async () => {
    const [row] = await treeRows();
    const localPort = Number(/:(\d+) →/.exec(row?.label ?? '')?.[1]);
    dialogs.reset();
    const target = { kind: 'Pod', context: TEST_CONTEXT, namespace: 'default', name: web };
    const second = await vscode.commands.executeCommand<Forward | undefined>('podwright.portForward', {
      target,
      remotePort: 8080,
      localPort,
    });
    assert.equal(second, undefined);
    const notice = await dialogs.waitForNotice('cluster-error');
    assert.match(notice.message, new RegExp(`127\\.0\\.0\\.1:${localPort} already forwards to ${web}:8080`));
  });

  it('stops the forward: the view empties, the status bar hides and the port closes', async () => {
    const [row] = await treeRows();
    const localPort = Number(/:(\d+) →/.exec(row?.label ?? '')?.[1]);
    await vscode.commands.executeCommand('podwright.stopPortForward', { localPort });
    assert.deepEqual(await treeRows(), []);
    assert.equal(api().portForwardStatus(), undefined);
    await assert.rejects(httpGet(`http://127.0.0.1:${localPort}/`), /ECONNREFUSED/);
  });
});
