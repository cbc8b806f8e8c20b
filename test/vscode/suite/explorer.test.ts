// The pod explorer against the test API server: nothing until the user starts it, then
// contexts → namespaces → pods with kubectl's columns, health icons, the filter, manifest marks,
// and "disconnected — retrying" for a context whose API server is down.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ClusterProbe, TEST_CONTEXT, testClusterEnv } from '../clusterProbe';
import { openManifest, podObject, podYaml, uniqueName } from '../clusterFixtures';
import { activatePodwright, closeAllEditors, extensionPath } from '../helpers';
import { childRow, podTree, rows, waitForTree, type ExplorerElement, type Row } from '../podTree';

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

function iconId(row: Row): string | undefined {
  return row.item.iconPath instanceof vscode.ThemeIcon ? row.item.iconPath.id : undefined;
}

describe('pod explorer', function () {
  const env = testClusterEnv();
  let probe: ClusterProbe;
  const web = uniqueName('web');
  const typo = uniqueName('typo');
  let namespace: ExplorerElement;

  before(async function () {
    await activatePodwright();
    if (!env) return this.skip();
    probe = ClusterProbe.fromEnvironment();
    assert.equal((await probe.applyPod(podObject(web, 'nginx:1.27', { tier: 'front' }), 'setup')).status, 201);
    assert.equal((await probe.applyPod(podObject(typo, 'nginxx-podwright-does-not-exist:1.0'), 'setup')).status, 201);
  });

  after(async () => {
    if (!env) return;
    await vscode.commands.executeCommand('podwright.clearPodFilter');
    await closeAllEditors();
    await probe.deletePod(web);
    await probe.deletePod(typo);
  });

  it("shows nothing (its welcome view) until the user starts it, then the kubeconfig's contexts", async () => {
    assert.deepEqual(await rows(), [], 'no rows, so VS Code shows the welcome view; no cluster was contacted');
    await vscode.commands.executeCommand('podwright.refreshPods');
    const contexts = await waitForTree('the contexts', async () => {
      const found = await rows();
      return found.length > 0 ? found : undefined;
    });
    const labels = contexts.map((row) => row.label);
    assert.ok(labels.includes(TEST_CONTEXT), labels.join(', '));
    assert.ok(labels.includes(env?.unreachableContext ?? ''), labels.join(', '));
    const current = contexts.find((row) => row.label === TEST_CONTEXT);
    assert.equal(current?.item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded, 'the current context opens by itself');
    assert.match(current?.description ?? '', /current/);
  });

  it('lists the namespaces and shows each pod like kubectl get pods, with icons by health', async () => {
    const context = (await childRow(undefined, TEST_CONTEXT)).element;
    namespace = (await childRow(context, 'default')).element;
    const running = await childRow(namespace, web, (row) => row.description.startsWith('1/1 · Running'));
    assert.match(running.description, /^1\/1 · Running · \d+s$/);
    assert.equal(iconId(running), 'pass-filled');
    assert.equal(running.item.contextValue, 'podwright.pod');
    const broken = await childRow(namespace, typo, (row) => /ErrImagePull|ImagePullBackOff/.test(row.description));
    assert.match(broken.description, /^0\/1 · (ErrImagePull|ImagePullBackOff) · /);
    assert.equal(iconId(broken), 'error');
    const namespaceRow = (await rows(context)).find((row) => row.label === 'default');
    assert.match(namespaceRow?.description ?? '', /\d+ pods/);
  });

  it('shows the containers of a pod and a tooltip with node, IP and QoS', async () => {
    const row = await childRow(namespace, web);
    const containers = await rows(row.element);
    assert.deepEqual(
      containers.map((c) => [c.label, c.description]),
      [['web', 'Running']],
    );
    assert.equal(containers[0]?.item.contextValue, 'podwright.container.container');
    const tree = podTree();
    const resolved = await tree.resolveTreeItem?.(row.item, row.element, new vscode.CancellationTokenSource().token);
    const tooltip = resolved?.tooltip instanceof vscode.MarkdownString ? resolved.tooltip.value : '';
    assert.match(tooltip, /Node: podwright\\-node/);
    assert.match(tooltip, /IP: 127\\\.\d+\\\.\d+\\\.\d+/);
    assert.match(tooltip, /QoS: BestEffort/);
    assert.doesNotMatch(tooltip, /podwright\.diagnose/, 'a healthy pod has no diagnosis in its tooltip');
  });

  it("says in a failing pod's tooltip why it fails, with a link to the full explanation", async () => {
    const row = await childRow(namespace, typo, (r) => /ErrImagePull|ImagePullBackOff/.test(r.description));
    const resolved = await podTree().resolveTreeItem?.(row.item, row.element, new vscode.CancellationTokenSource().token);
    const tooltip = resolved?.tooltip instanceof vscode.MarkdownString ? resolved.tooltip.value : '';
    assert.match(tooltip, /command:podwright\.diagnose\?/);
    assert.match(tooltip, /image/i);
  });

  it('filters by a label selector or by name, and clears the filter', async () => {
    await vscode.commands.executeCommand('podwright.filterPods', 'tier=front');
    const filtered = await waitForTree('only the labelled pod', async () => {
      const found = await rows(namespace);
      return found.every((row) => row.label === web) && found.length === 1 ? found : undefined;
    });
    assert.equal(filtered[0]?.label, web);
    await vscode.commands.executeCommand('podwright.filterPods', typo.slice(0, 8));
    await waitForTree('only the pods named like the typo pod', async () => {
      const found = await rows(namespace);
      return found.length > 0 && found.every((row) => row.label.startsWith(typo.slice(0, 8))) ? true : undefined;
    });
    await vscode.commands.executeCommand('podwright.clearPodFilter');
    await waitForTree('both pods again', async () => {
      const labels = (await rows(namespace)).map((row) => row.label);
      return labels.includes(web) && labels.includes(typo) ? true : undefined;
    });
  });

  it('marks the pods that the active manifest defines', async () => {
    await openManifest(`${web}.yaml`, podYaml(web, 'nginx:1.27'));
    await waitForTree('the manifest mark', async () =>
      (await rows(namespace)).find((row) => row.label === web)?.description.endsWith(' · manifest') ? true : undefined,
    );
    const other = (await rows(namespace)).find((row) => row.label === typo);
    assert.ok(!other?.description.endsWith('manifest'), other?.description);
  });

  it('says "disconnected — retrying" on a context whose API server is down, instead of rows', async () => {
    const unreachable = (await childRow(undefined, env?.unreachableContext ?? '')).element;
    await rows(unreachable);
    const row = await waitForTree('the disconnected context', async () => {
      const found = (await rows()).find((r) => r.label === env?.unreachableContext);
      return found && /disconnected — retrying in \d+s/.test(found.description) ? found : undefined;
    });
    assert.match(
      typeof row.item.tooltip === 'string' ? row.item.tooltip : '',
      new RegExp(`Cannot reach the API server of context "${env?.unreachableContext ?? ''}"`),
    );
    const children = await rows(unreachable);
    assert.equal(children.length, 1);
    assert.equal(children[0]?.element.type, 'message');
  });

  it("shows the kubeconfig's namespace for a context that may not list namespaces", async () => {
    const restricted = (await childRow(undefined, env?.restrictedContext ?? '')).element;
    await rows(restricted);
    const namespaceRow = await childRow(restricted, 'default');
    assert.equal(namespaceRow.element.type, 'namespace');
    const contextRow = (await rows()).find((row) => row.label === env?.restrictedContext);
    assert.doesNotMatch(contextRow?.description ?? '', /not available|disconnected/, 'not an outage');
    assert.match(typeof contextRow?.item.tooltip === 'string' ? contextRow.item.tooltip : '', /may not list namespaces/);
  });

  it('offers the pod commands on pod and container rows through the menus', async () => {
    const manifest = JSON.parse(fs.readFileSync(extensionPath('package.json'), 'utf8')) as {
      contributes: { menus: Record<string, MenuEntry[]> };
    };
    const itemMenus = manifest.contributes.menus['view/item/context'] ?? [];
    const pod = await childRow(namespace, web);
    const container = (await rows(pod.element))[0];
    const offered = (contextValue: string | undefined): string[] =>
      itemMenus
        .filter((entry) => {
          const match = /viewItem (==|=~) (\S+)/.exec(entry.when ?? '');
          if (!match || contextValue === undefined) return false;
          const pattern = match[2] ?? '';
          return match[1] === '==' ? pattern === contextValue : new RegExp(pattern.slice(1, -1)).test(contextValue);
        })
        .map((entry) => `${entry.command}${entry.group?.startsWith('inline') ? ' (inline)' : ''}`);
    const onPod = offered(pod.item.contextValue);
    for (const command of [
      'podwright.describe',
      'podwright.logs',
      'podwright.logsPrevious',
      'podwright.exec',
      'podwright.portForward',
      'podwright.delete',
      'podwright.showLiveYaml',
      'podwright.copyPodName',
      'podwright.diagnose',
      'podwright.logs (inline)',
      'podwright.exec (inline)',
    ]) {
      assert.ok(onPod.includes(command), `${command} on pods: ${onPod.join(', ')}`);
    }
    const onContainer = offered(container?.item.contextValue);
    assert.ok(onContainer.includes('podwright.logs (inline)') && onContainer.includes('podwright.exec'), onContainer.join(', '));
  });
});
