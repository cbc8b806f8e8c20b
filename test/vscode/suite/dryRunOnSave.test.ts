// podwright.dryRunOnSave against the test API server, as a person meets it: saving a pod the
// cluster's admission webhook refuses marks the refused field; fixing and saving again clears it;
// a namespace that warns at Pod Security "restricted" turns the server's Warning header into a
// warning on the pod; nothing is created. With podwright.kubernetesVersion "cluster", the status
// bar shows the version of the cluster the dry run connected to.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClusterProbe, TEST_CONTEXT, testClusterEnv } from '../clusterProbe';
import { lineOf, openManifest, podYaml, replaceText, uniqueName } from '../clusterFixtures';
import { activatePodwright, closeAllEditors, EXTENSION_ID, waitUntil } from '../helpers';

/** The parts of Podwright's exports this suite reads. */
interface DryRunApi {
  dryRunSettled(uri: vscode.Uri): Promise<void>;
  versionStatus(): { text: string | undefined; tooltip: string | undefined };
}

const dryRunDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'podwright-dry-run');

/** Opens a new file holding a comment, types `text` into it and saves, as a person writes a manifest. */
async function writeAndSave(file: string, text: string): Promise<vscode.TextEditor> {
  const editor = await openManifest(file, '# new manifest\n');
  await replaceText(editor, text);
  assert.ok(editor.document.isDirty);
  assert.ok(await editor.document.save());
  return editor;
}

describe('cluster: dry run on save', function () {
  let probe: ClusterProbe;
  let api: DryRunApi;
  const namespaces: string[] = [];
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('podwright');

  before(async function () {
    if (!testClusterEnv() || !process.env.PODWRIGHT_TEST_DENY_WEBHOOK) return this.skip();
    probe = ClusterProbe.fromEnvironment();
    await activatePodwright();
    const exports = vscode.extensions.getExtension<DryRunApi>(EXTENSION_ID)?.exports;
    assert.ok(exports, 'Podwright exports its API');
    api = exports;
    await config().update('dryRunOnSave', [TEST_CONTEXT], vscode.ConfigurationTarget.Workspace);
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  after(async () => {
    if (!probe) return;
    await config().update('dryRunOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('kubernetesVersion', undefined, vscode.ConfigurationTarget.Workspace);
    for (const name of namespaces) await probe.deleteNamespace(name);
  });

  it('marks the field an admission webhook refuses on save, and clears it once a save passes', async () => {
    const name = uniqueName('net');
    const editor = await writeAndSave(`${name}.yaml`, podYaml(name, 'nginx:1.27', '  hostNetwork: true'));
    const uri = editor.document.uri;
    const [denial, ...rest] = await waitUntil(
      "the dry run's denial",
      () => {
        const found = dryRunDiagnostics(uri);
        return Promise.resolve(found.length > 0 ? found : undefined);
      },
      vscode.languages.onDidChangeDiagnostics,
    );
    assert.equal(rest.length, 0, rest.map((d) => d.message).join('\n'));
    assert.equal(denial?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(denial?.range.start.line, lineOf(editor.document, 'hostNetwork'));
    assert.match(
      denial?.message ?? '',
      /^Context "podwright-test" would refuse this: admission webhook "policy\.example\.com" denied the request: host networking is not allowed in this cluster$/,
    );
    assert.equal((await probe.pod(name)).status, 404, 'a dry run creates nothing');

    await replaceText(editor, podYaml(name, 'nginx:1.27', '  hostNetwork: false'));
    assert.ok(await editor.document.save());
    await waitUntil(
      'the denial to clear',
      () => Promise.resolve(dryRunDiagnostics(uri).length === 0 ? true : undefined),
      vscode.languages.onDidChangeDiagnostics,
    );
    await api.dryRunSettled(uri);
    assert.deepEqual(dryRunDiagnostics(uri), []);
    assert.equal((await probe.pod(name)).status, 404);
  });

  it("shows the Pod Security warning a namespace's warn label makes the server send", async () => {
    const namespace = uniqueName('warned');
    assert.equal((await probe.createNamespace(namespace, { 'pod-security.kubernetes.io/warn': 'restricted' })).status, 201);
    namespaces.push(namespace);
    const name = uniqueName('web');
    const text = podYaml(name, 'nginx:1.27').replace(`  name: ${name}\n`, `  name: ${name}\n  namespace: ${namespace}\n`);
    const editor = await writeAndSave(`${name}.yaml`, text);
    const [warning] = await waitUntil(
      'the Pod Security warning',
      () => {
        const found = dryRunDiagnostics(editor.document.uri);
        return Promise.resolve(found.length > 0 ? found : undefined);
      },
      vscode.languages.onDidChangeDiagnostics,
    );
    assert.equal(warning?.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(warning?.range.start.line, lineOf(editor.document, 'kind: Pod'));
    assert.match(
      warning?.message ?? '',
      /^Context "podwright-test" warns: would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false \(container "web" must set securityContext\.allowPrivilegeEscalation=false\)/,
    );
  });

  it('with kubernetesVersion "cluster", shows the version of the cluster it connected to', async () => {
    await config().update('kubernetesVersion', 'cluster', vscode.ConfigurationTarget.Workspace);
    const name = uniqueName('ver');
    const editor = await writeAndSave(`${name}.yaml`, podYaml(name, 'nginx:1.27'));
    await api.dryRunSettled(editor.document.uri);
    const status = await waitUntil('the cluster version in the status bar', () => {
      const shown = api.versionStatus();
      return Promise.resolve(shown.text?.includes('cluster:') ? shown : undefined);
    });
    assert.equal(status.text, '$(versions) cluster: v1.34');
    assert.match(status.tooltip ?? '', /Kubernetes 1\.34, the version of context "podwright-test" \(v1\.34\.0\)/);
  });
});
