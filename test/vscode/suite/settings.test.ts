// Settings reach the server: the explanation language switches hovers to Korean, and the target
// Kubernetes version (set through the internal command or the quick pick) changes what is flagged.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatePodwright, closeAllEditors, codeOf, openFixture, positionOf, waitForDiagnostics, waitUntil } from '../helpers';
import { hoverMarkdown } from './languageFeatures.test';

const HANGUL = /[\uAC00-\uD7A3]/;
const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('podwright');

async function resetSetting(key: string): Promise<void> {
  for (const target of [vscode.ConfigurationTarget.Global, vscode.ConfigurationTarget.Workspace]) {
    await config().update(key, undefined, target);
  }
}

const flagged = (ds: vscode.Diagnostic[]): boolean => ds.some((d) => codeOf(d) === 'unavailable-in-version');

describe('settings', () => {
  before(async () => {
    await activatePodwright();
  });

  afterEach(async () => {
    await closeAllEditors();
    await resetSetting('explanationLanguage');
    await resetSetting('kubernetesVersion');
  });

  it('explains in Korean with podwright.explanationLanguage = ko, and in English again when reset', async () => {
    const { document } = await openFixture('pod.yaml');
    const position = positionOf(document, 'containerPort');
    await config().update('explanationLanguage', 'ko', vscode.ConfigurationTarget.Global);
    const korean = await waitUntil('a Korean hover', async () => {
      const markdown = await hoverMarkdown(document.uri, position);
      return HANGUL.test(markdown) ? markdown : undefined;
    });
    assert.match(korean, /spec\.containers\[0\]\.ports\[0\]\.containerPort/, 'the path is the same in any language');
    await resetSetting('explanationLanguage');
    await waitUntil('an English hover again', async () => {
      const markdown = await hoverMarkdown(document.uri, position);
      return /port-forward/i.test(markdown) && !HANGUL.test(markdown) ? markdown : undefined;
    });
  });

  it('words diagnostics and quick fixes in Korean with podwright.explanationLanguage = ko', async () => {
    const { document } = await openFixture('broken.yaml');
    await config().update('explanationLanguage', 'ko', vscode.ConfigurationTarget.Global);
    const korean = (ds: vscode.Diagnostic[]): vscode.Diagnostic | undefined =>
      ds.find((d) => codeOf(d) === 'unknown-field' && HANGUL.test(d.message));
    const finding = korean(await waitForDiagnostics(document.uri, (ds) => korean(ds) !== undefined, 'a Korean unknown-field diagnostic'));
    assert.ok(finding);
    assert.equal(document.getText(finding.range), 'images');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      finding.range,
    );
    const fix = actions.find(
      (a) => a.kind?.contains(vscode.CodeActionKind.QuickFix) && a.edit?.get(document.uri).some((e) => e.newText === 'image'),
    );
    assert.ok(fix, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, HANGUL);
  });

  it('flags a field the target version lacks after podwright.setKubernetesVersion 1.30', async () => {
    const { document } = await openFixture('version.yaml');
    // hostnameOverride exists since 1.34; the default target is the newest version.
    await vscode.commands.executeCommand('podwright.setKubernetesVersion', '1.30');
    assert.equal(config().get('kubernetesVersion'), '1.30');
    const diagnostics = await waitForDiagnostics(document.uri, flagged, 'an unavailable-in-version diagnostic');
    const finding = diagnostics.find((d) => codeOf(d) === 'unavailable-in-version');
    assert.equal(finding && document.getText(finding.range), 'hostnameOverride');
    assert.match(finding?.message ?? '', /1\.34/, 'says which version added the field');
    await vscode.commands.executeCommand('podwright.setKubernetesVersion', '1.36');
    await waitForDiagnostics(document.uri, (ds) => !flagged(ds), 'the diagnostic to go away at 1.36');
  });

  it('refuses a version Podwright does not model and leaves the setting alone', async () => {
    await vscode.commands.executeCommand('podwright.setKubernetesVersion', '1.99');
    assert.equal(config().inspect('kubernetesVersion')?.workspaceValue, undefined);
    assert.equal(config().inspect('kubernetesVersion')?.globalValue, undefined);
  });

  it('picks another version from the status bar quick pick', async () => {
    await openFixture('version.yaml');
    const before = config().get<string>('kubernetesVersion');
    assert.equal(before, '1.36');
    // Drive the quick pick like a user: move down one entry, press Enter. Until the picker is on
    // screen those keys do nothing, so repeat the gesture until the command has finished with a
    // changed setting.
    const chosen = await waitUntil('a version picked in the quick pick', async () => {
      const picking = vscode.commands.executeCommand('podwright.selectKubernetesVersion');
      let finished = false;
      void picking.then(() => (finished = true));
      while (!finished) {
        await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await Promise.race([picking, new Promise((resolve) => setTimeout(resolve, 25))]);
      }
      const now = config().get<string>('kubernetesVersion');
      return now !== before ? now : undefined;
    });
    assert.equal(chosen, '1.35', 'the entry below the current version (1.36) is 1.35');
  });
});
