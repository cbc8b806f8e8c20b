// podwright.apply against the test API server, as a person uses it: the dry run shown as a diff,
// the question answered (here by script, or in the diff's title bar), the pod then on the cluster and the result
// reported; refusals explained (invalid fields as diagnostics on their lines, a conflict with an
// offer to force) and protected contexts always asked about.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClusterProbe, testClusterEnv } from '../clusterProbe';
import { lineOf, openManifest, podObject, podwrightDiffTabs, podYaml, replaceText, uniqueName } from '../clusterFixtures';
import { closeAllEditors, waitUntil } from '../helpers';
import { ScriptedDialogs } from '../scriptedDialogs';

const applyDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'podwright-apply');
const imageOf = (pod: Record<string, unknown>): string | undefined =>
  (pod.spec as { containers: { image: string }[] } | undefined)?.containers[0]?.image;

describe('cluster: apply', function () {
  let dialogs: ScriptedDialogs;
  let probe: ClusterProbe;
  const created: string[] = [];

  before(async function () {
    if (!testClusterEnv()) return this.skip();
    dialogs = await ScriptedDialogs.install();
    probe = ClusterProbe.fromEnvironment();
  });

  beforeEach(() => dialogs?.reset());

  afterEach(async () => {
    await closeAllEditors();
  });

  after(async () => {
    for (const name of created) await probe.deletePod(name);
    dialogs?.uninstall();
  });

  it('shows the dry run as a diff, asks naming the context, applies the pod and reports it', async () => {
    const name = uniqueName('web');
    created.push(name);
    await openManifest(`${name}.yaml`, podYaml(name, 'nginx:1.27'));
    let diffShown: vscode.TabInputTextDiff | undefined;
    let afterApply = '';
    dialogs.answer = async (question) => {
      diffShown = podwrightDiffTabs()[0];
      if (diffShown) afterApply = (await vscode.workspace.openTextDocument(diffShown.modified)).getText();
      return question.id === 'apply' ? 'apply' : undefined;
    };
    await vscode.commands.executeCommand('podwright.apply');

    const [question] = dialogs.questions;
    assert.equal(question?.id, 'apply');
    assert.match(question.message, /context "podwright-test", namespace "default"/);
    assert.match(question.detail ?? '', new RegExp(`pod/${name}: will be created`));
    assert.ok(diffShown, 'a podwright-diff editor was open when the question came');
    assert.equal(diffShown.original.scheme, 'podwright-diff');
    assert.deepEqual(podwrightDiffTabs(), [], 'answered: the diff is closed and the manifest is in front again');
    assert.match(afterApply, new RegExp(`name: ${name}`));
    assert.match(afterApply, /image: nginx:1\.27/);
    for (const noise of ['managedFields', 'resourceVersion', 'uid:', 'creationTimestamp', 'generation:', '\nstatus:']) {
      assert.ok(!afterApply.includes(noise), `the diff shows ${noise}:\n${afterApply}`);
    }
    const live = await probe.pod(name);
    assert.equal(live.status, 200, 'the pod exists on the cluster');
    assert.equal(imageOf(live.body), 'nginx:1.27');
    const managers = (live.body.metadata as { managedFields?: { manager?: string; operation?: string }[] }).managedFields ?? [];
    assert.ok(
      managers.some((m) => m.manager === 'podwright' && m.operation === 'Apply'),
      'applied with field manager podwright',
    );
    const result = await dialogs.waitForNotice('apply-result');
    assert.equal(result.severity, 'info');
    assert.equal(result.message, `pod/${name} created`);
  });

  it('reports an unchanged pod without asking, and applies nothing when the question is cancelled', async () => {
    const name = uniqueName('web');
    created.push(name);
    const editor = await openManifest(`${name}.yaml`, podYaml(name, 'nginx:1.27'));
    dialogs.answer = () => 'apply';
    await vscode.commands.executeCommand('podwright.apply');
    assert.equal((await dialogs.waitForNotice('apply-result')).message, `pod/${name} created`);

    dialogs.reset();
    await vscode.commands.executeCommand('podwright.apply');
    assert.equal(dialogs.questions.length, 0, 'nothing to confirm when nothing changes');
    assert.equal((await dialogs.waitForNotice('apply-result')).message, `pod/${name} unchanged`);

    dialogs.reset();
    // The diff came and went in the editor group; the manifest is in front again, in a new editor.
    const front = vscode.window.activeTextEditor;
    assert.equal(front?.document.uri.toString(), editor.document.uri.toString());
    await replaceText(front, podYaml(name, 'nginx:1.28'));
    let before = '';
    dialogs.answer = async () => {
      const diff = podwrightDiffTabs()[0];
      if (diff) before = (await vscode.workspace.openTextDocument(diff.original)).getText();
      return undefined;
    };
    await vscode.commands.executeCommand('podwright.apply');
    assert.match(dialogs.questions[0]?.detail ?? '', new RegExp(`pod/${name}: will be configured`));
    assert.match(before, /image: nginx:1\.27/, 'the live side shows the current image');
    assert.equal(dialogs.notices.filter((n) => n.id === 'apply-result').length, 0);
    assert.equal(imageOf((await probe.pod(name)).body), 'nginx:1.27', 'cancelled: the pod keeps its image');
  });

  it('marks the fields the API server rejects as podwright-apply diagnostics on their lines, until the next edit', async () => {
    const bad = uniqueName('bad');
    const noImage = uniqueName('noimage');
    const text = `${podYaml(bad, 'nginx:1.27', '      imagePullPolice: Always')}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ${noImage}\nspec:\n  containers:\n    - name: web\n`;
    const editor = await openManifest(`${bad}.yaml`, text);
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('podwright.apply');

    assert.equal(dialogs.questions.length, 0, 'nothing is asked when the server refuses a document');
    const notice = await dialogs.waitForNotice('apply-invalid');
    assert.match(notice.message, /Nothing was applied/);
    const diagnostics = applyDiagnostics(uri);
    const unknown = diagnostics.find((d) => d.message.includes('imagePullPolice'));
    assert.ok(unknown, `a diagnostic about imagePullPolice; got ${diagnostics.map((d) => d.message).join(' | ')}`);
    assert.equal(unknown.range.start.line, lineOf(editor.document, 'imagePullPolice'));
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    const missing = diagnostics.find((d) => d.message.includes('image') && d !== unknown);
    assert.ok(missing, 'a diagnostic about the missing image of the second pod');
    const secondContainer = editor.document.positionAt(editor.document.getText().lastIndexOf('- name: web')).line;
    assert.equal(missing.range.start.line, secondContainer, 'shown at the container that lacks the image');
    assert.equal((await probe.pod(bad)).status, 404, 'nothing was created');
    assert.equal((await probe.pod(noImage)).status, 404, 'nothing was created');

    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# fixed soon\n'));
    await waitUntil(
      'the apply diagnostics to clear after an edit',
      () => Promise.resolve(applyDiagnostics(uri).length === 0 ? true : undefined),
      vscode.languages.onDidChangeDiagnostics,
    );
  });

  it('explains a conflict with another field manager and takes the field over when asked to force', async () => {
    const name = uniqueName('shared');
    created.push(name);
    assert.equal((await probe.applyPod(podObject(name, 'nginx:1.27'), 'teammate')).status, 201);
    await openManifest(`${name}.yaml`, podYaml(name, 'nginx:1.28'));
    dialogs.answer = (question) => question.choices[0]?.id;
    await vscode.commands.executeCommand('podwright.apply');

    const [offer, confirm] = dialogs.questions;
    assert.equal(offer?.id, 'force-apply');
    assert.equal(offer.choices[0]?.id, 'force');
    assert.match(offer.detail ?? '', /image.*owned by field manager "teammate"/);
    assert.equal(confirm?.id, 'force-apply');
    assert.match(confirm.detail ?? '', /taken over \(force\)/);
    assert.equal((await dialogs.waitForNotice('apply-result')).message, `pod/${name} configured`);
    assert.equal(imageOf((await probe.pod(name)).body), 'nginx:1.28');
  });

  it('always asks on a protected context, naming it, even with confirmation turned off', async () => {
    const name = uniqueName('guarded');
    created.push(name);
    const config = vscode.workspace.getConfiguration('podwright');
    await config.update('confirmApply', false, vscode.ConfigurationTarget.Workspace);
    await config.update('protectedContexts', ['PODWRIGHT-test*'], vscode.ConfigurationTarget.Workspace);
    try {
      await openManifest(`${name}.yaml`, podYaml(name, 'nginx:1.27'));
      await vscode.commands.executeCommand('podwright.apply');
      const [question] = dialogs.questions;
      assert.match(question?.message ?? '', /Context "podwright-test" is protected \(matches "PODWRIGHT-test\*"\)/);
      assert.equal((await probe.pod(name)).status, 404, 'cancelled on the protected context');

      dialogs.reset();
      await config.update('protectedContexts', [], vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('podwright.apply');
      assert.equal(dialogs.questions.length, 0, 'confirmation is off and the context is not protected');
      assert.equal((await dialogs.waitForNotice('apply-result')).message, `pod/${name} created`);
    } finally {
      await config.update('confirmApply', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('protectedContexts', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
  it("keeps the diff readable while deciding: no modal question, Apply in the diff's title, then next steps", async () => {
    const name = uniqueName('web');
    created.push(name);
    await openManifest(`${name}.yaml`, podYaml(name, 'nginx:1.27'));
    // The person leaves the notification alone and decides in the diff editor's title bar.
    dialogs.answer = () => new Promise<undefined>(() => undefined);
    const applying = vscode.commands.executeCommand('podwright.apply');
    await waitUntil('the question', () => Promise.resolve(dialogs.questions[0]));
    const active = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(
      active?.input instanceof vscode.TabInputTextDiff && active.input.modified.scheme === 'podwright-diff',
      'the diff is the active editor while the question is open',
    );
    assert.equal(dialogs.questions[0]?.message, 'Apply 1 resource to context "podwright-test", namespace "default"?');
    assert.equal((await probe.pod(name)).status, 404, 'nothing is applied before the decision');
    await vscode.commands.executeCommand('podwright.acceptApply');
    await applying;
    assert.deepEqual(podwrightDiffTabs(), [], 'decided: the diff is closed');
    assert.equal((await probe.pod(name)).status, 200, "the title bar's Apply applied the pod");
    const result = await dialogs.waitForNotice('apply-result');
    assert.equal(result.message, `pod/${name} created`);
    // Show in Pods itself is tested with the pod explorer (explorerReveal.test.ts): starting the
    // explorer here would take away the first-run state that its own suite checks.
    assert.deepEqual(
      result.choices?.map((c) => c.title),
      ['Show in Pods', 'Show Logs', 'Port-forward'],
    );
  });

  it("cancels when the diff is closed, and with the diff's Cancel", async () => {
    const name = uniqueName('web');
    created.push(name);
    await openManifest(`${name}.yaml`, podYaml(name, 'nginx:1.27'));
    dialogs.answer = () => new Promise<undefined>(() => undefined);
    const closing = vscode.commands.executeCommand('podwright.apply');
    await waitUntil('the question', () => Promise.resolve(dialogs.questions[0]));
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.scheme === 'podwright-diff');
    await vscode.window.tabGroups.close(tabs);
    assert.equal(await closing, undefined);
    dialogs.reset();
    dialogs.answer = () => new Promise<undefined>(() => undefined);
    const cancelling = vscode.commands.executeCommand('podwright.apply');
    await waitUntil('the question', () => Promise.resolve(dialogs.questions[0]));
    await vscode.commands.executeCommand('podwright.cancelApply');
    assert.equal(await cancelling, undefined);
    assert.deepEqual(podwrightDiffTabs(), []);
    assert.equal((await probe.pod(name)).status, 404, 'nothing was applied');
  });
});
