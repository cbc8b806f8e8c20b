// Describe, live YAML, context and namespace switching and delete against the test API server:
// what the person sees (the describe document, the notices) and what the cluster then holds.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClusterProbe, TEST_CONTEXT, testClusterEnv } from '../clusterProbe';
import { openManifest, podObject, podYaml, uniqueName } from '../clusterFixtures';
import { closeAllEditors, waitUntil } from '../helpers';
import { ScriptedDialogs } from '../scriptedDialogs';

function openDocument(uri: unknown): vscode.TextDocument {
  assert.ok(uri instanceof vscode.Uri, `the command returned ${String(uri)}`);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  assert.ok(document, `${uri.toString()} is open`);
  return document;
}

describe('cluster: describe, live YAML, contexts, delete', function () {
  const env = testClusterEnv();
  let dialogs: ScriptedDialogs;
  let probe: ClusterProbe;
  const pod = uniqueName('described');

  before(async function () {
    if (!env) return this.skip();
    dialogs = await ScriptedDialogs.install();
    probe = ClusterProbe.fromEnvironment();
    assert.equal((await probe.applyPod(podObject(pod, 'nginx:1.27'), 'setup')).status, 201);
    // Running means the kubelet has recorded its events (Scheduled … Started).
    await waitUntil(`pod ${pod} running`, async () => {
      const status = (await probe.pod(pod)).body.status as { phase?: string } | undefined;
      return status?.phase === 'Running' ? true : undefined;
    });
  });

  beforeEach(() => dialogs?.reset());

  afterEach(async () => {
    await closeAllEditors();
  });

  after(async () => {
    if (!env) return;
    await vscode.commands.executeCommand('podwright.switchContext', TEST_CONTEXT);
    await probe.deletePod(pod);
    dialogs.uninstall();
  });

  it('describes a pod like kubectl describe, in a podwright-describe document', async () => {
    const document = openDocument(
      await vscode.commands.executeCommand('podwright.describe', { kind: 'Pod', name: pod, namespace: 'default' }),
    );
    assert.equal(document.uri.scheme, 'podwright-describe');
    assert.equal(document.languageId, 'podwright-describe');
    const text = document.getText();
    assert.match(text, new RegExp(`^Name:\\s+${pod}$`, 'm'));
    assert.match(text, /^Namespace:\s+default$/m);
    assert.match(text, /^Containers:$/m);
    assert.match(text, /^\s+web:$/m);
    assert.match(text, /^Events:$/m);
    assert.match(text, /Normal\s+Started/);
  });

  it('describes the pod of the manifest document under the cursor, and refreshes it', async () => {
    const editor = await openManifest(
      `${pod}.yaml`,
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n---\n${podYaml(pod, 'nginx:1.27')}`,
    );
    const inPod = editor.document.positionAt(editor.document.getText().indexOf('kind: Pod'));
    editor.selection = new vscode.Selection(inPod, inPod);
    const document = openDocument(await vscode.commands.executeCommand('podwright.describe'));
    assert.match(document.getText(), new RegExp(`^Name:\\s+${pod}$`, 'm'));
    assert.doesNotMatch(document.getText(), /stage=refreshed/);

    assert.equal((await probe.applyPod(podObject(pod, 'nginx:1.27', { stage: 'refreshed' }), 'setup')).status, 200);
    await vscode.commands.executeCommand('podwright.refreshDescribe', document.uri);
    await waitUntil(
      'the refreshed describe to show the new label',
      () => Promise.resolve(/stage=refreshed/.test(document.getText()) ? true : undefined),
      vscode.workspace.onDidChangeTextDocument,
    );
  });

  it('shows the live object as read-only YAML without server bookkeeping', async () => {
    const document = openDocument(await vscode.commands.executeCommand('podwright.showLiveYaml', { name: pod }));
    assert.equal(document.uri.scheme, 'podwright-live');
    assert.equal(document.languageId, 'yaml');
    const text = document.getText();
    assert.match(text, new RegExp(`name: ${pod}`));
    assert.match(text, /image: nginx:1\.27/);
    assert.match(text, /^status:$/m, 'the status stays: it is why one looks');
    for (const noise of ['managedFields', 'resourceVersion', 'uid:', 'creationTimestamp'])
      assert.ok(!text.includes(noise), `shows ${noise}`);
  });

  it('targets the switched-to context: an unreachable one is named with its URL', async () => {
    assert.ok(env);
    await openManifest(`${uniqueName('elsewhere')}.yaml`, podYaml(uniqueName('elsewhere'), 'nginx:1.27'));
    assert.equal(await vscode.commands.executeCommand('podwright.switchContext', env.unreachableContext), env.unreachableContext);
    await vscode.commands.executeCommand('podwright.apply');
    const error = await dialogs.waitForNotice('cluster-error');
    assert.ok(error.message.includes(`"${env.unreachableContext}"`), error.message);
    assert.ok(error.message.includes(env.unreachableServer), error.message);
    assert.deepEqual(
      error.choices?.map((c) => c.id),
      ['switch-context'],
    );
    assert.equal(dialogs.questions.length, 0);

    dialogs.reset();
    await vscode.commands.executeCommand('podwright.switchContext', TEST_CONTEXT);
    const document = openDocument(await vscode.commands.executeCommand('podwright.describe', { name: pod }));
    assert.match(document.getText(), new RegExp(`^Name:\\s+${pod}$`, 'm'), 'back on the test cluster');
  });

  it('explains a 403 with the user, verb, resource and namespace, and lets a restricted user type the namespace', async () => {
    assert.ok(env);
    const name = uniqueName('refused');
    await openManifest(`${name}.yaml`, podYaml(name, 'nginx:1.27'));
    await vscode.commands.executeCommand('podwright.switchContext', env.restrictedContext);
    await vscode.commands.executeCommand('podwright.apply');
    const error = await dialogs.waitForNotice('cluster-error');
    assert.match(error.message, /User "developer" may not patch pods in namespace "default" \(context "podwright-test-developer"\)/);
    assert.equal((await probe.pod(name)).status, 404);

    dialogs.reset();
    dialogs.answerInput = () => 'team-a';
    assert.equal(await vscode.commands.executeCommand('podwright.switchNamespace'), 'team-a');
    assert.match(dialogs.inputs[0]?.prompt ?? '', /may not list namespaces/);
    assert.match((await dialogs.waitForNotice('namespace-switched')).message, /namespace "team-a" on context "podwright-test-developer"/);
    await vscode.commands.executeCommand('podwright.switchContext', TEST_CONTEXT);
  });

  it('deletes the pod after asking, with the chosen grace period', async () => {
    const name = uniqueName('doomed');
    assert.equal((await probe.applyPod(podObject(name, 'nginx:1.27'), 'setup')).status, 201);
    dialogs.answer = (question) => (question.id === 'delete' ? 'now' : undefined);
    await vscode.commands.executeCommand('podwright.delete', { name });
    const [question] = dialogs.questions;
    assert.match(question?.message ?? '', new RegExp(`Delete pod/${name} from context "podwright-test"\\?`));
    assert.deepEqual(
      question?.choices.map((c) => c.id),
      ['default', 'now', 'custom'],
    );
    assert.equal((await dialogs.waitForNotice('delete-result')).message, `pod/${name} deleted`);
    await waitUntil(`pod ${name} gone`, async () => ((await probe.pod(name)).status === 404 ? true : undefined));
  });
});
