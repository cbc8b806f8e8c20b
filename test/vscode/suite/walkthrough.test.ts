// The getting-started walkthrough in the extension host: its steps come in English and Korean,
// every button is a command that exists, and the buttons that do not ask anything run and do
// what they say (the sample pods open in untitled editors, the one with mistakes gets Podwright's
// two marks, the Pods view comes to the front).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatePodwright, closeAllEditors, codeOf, extensionPath, waitForDiagnostics } from '../helpers';
import * as fs from 'node:fs';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image: string; altText: string };
}
interface Walkthrough {
  id: string;
  steps: Step[];
}

const readJson = <T>(...parts: string[]): T => JSON.parse(fs.readFileSync(extensionPath(...parts), 'utf8')) as T;
const manifest = readJson<{ contributes: { walkthroughs: Walkthrough[] } }>('package.json');
const english = readJson<Record<string, string>>('package.nls.json');
const korean = readJson<Record<string, string>>('package.nls.ko.json');
const keyOf = (text: string): string => text.replace(/^%|%$/g, '');

/** `[title](command:id?args)` links of a step description. */
function commandLinks(description: string): { command: string; args: unknown[] }[] {
  return [...description.matchAll(/\]\(command:([\w.]+)(?:\?([^)]+))?\)/g)].map((m) => ({
    command: m[1] ?? '',
    args: m[2] ? (JSON.parse(decodeURIComponent(m[2])) as unknown[]) : [],
  }));
}

describe('walkthrough', () => {
  const walkthrough = manifest.contributes.walkthroughs[0];

  before(async () => {
    await activatePodwright();
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  it("follows a learner's first hour, each step with a picture and a button, in English and Korean", () => {
    assert.ok(walkthrough);
    assert.deepEqual(
      walkthrough.steps.map((s) => s.id),
      ['write', 'fix', 'connect', 'apply', 'pods', 'portForward', 'logs', 'exec', 'breakIt'],
    );
    for (const step of walkthrough.steps) {
      assert.ok(fs.existsSync(extensionPath(step.media.image)), `${step.id}: ${step.media.image} exists`);
      for (const catalogue of [english, korean]) {
        const description = catalogue[keyOf(step.description)] ?? '';
        assert.ok(description.length > 40, `${step.id}: described`);
        assert.ok(commandLinks(description).length > 0, `${step.id}: has a button`);
        assert.ok(catalogue[keyOf(step.title)], `${step.id}: titled`);
        assert.ok(catalogue[keyOf(step.media.altText)], `${step.id}: alt text`);
      }
      assert.deepEqual(
        commandLinks(korean[keyOf(step.description)] ?? ''),
        commandLinks(english[keyOf(step.description)] ?? ''),
        `${step.id}: the same buttons in Korean`,
      );
    }
    assert.match(english['walkthrough.connect.description'] ?? '', /KUBECONFIG/);
    assert.match(english['walkthrough.connect.description'] ?? '', /kind[\s\S]*minikube[\s\S]*Docker Desktop/);
    assert.match(english['walkthrough.portForward.description'] ?? '', /below 1024 are privileged/);
    assert.match(english['walkthrough.exec.description'] ?? '', /no bash, only sh/);
  });

  it('has buttons only for commands that exist', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    const used = walkthrough?.steps.flatMap((s) => commandLinks(english[keyOf(s.description)] ?? '').map((l) => l.command)) ?? [];
    assert.deepEqual(
      used.filter((c) => !commands.has(c)),
      [],
    );
  });

  it('opens the sample pod, the one with mistakes and the broken one in untitled YAML editors', async () => {
    const links = walkthrough?.steps.flatMap((s) => commandLinks(english[keyOf(s.description)] ?? '')) ?? [];
    const samples = links.filter((l) => l.command === 'podwright.openSamplePod' || l.command === 'podwright.openBrokenSample');
    assert.equal(samples.length, 3);
    const texts: string[] = [];
    for (const link of samples) {
      await vscode.commands.executeCommand(link.command, ...link.args);
      const document = vscode.window.activeTextEditor?.document;
      assert.equal(document?.uri.scheme, 'untitled', `${link.command} opened an untitled editor`);
      assert.equal(document.languageId, 'yaml');
      texts.push(document.getText());
      if (link.args[0] === 'mistakes') {
        const marks = await waitForDiagnostics(document.uri, (d) => d.length >= 2, 'the two mistakes');
        assert.deepEqual(marks.map(codeOf).sort(), ['invalid-enum', 'unknown-field']);
      }
    }
    assert.match(texts[0] ?? '', /kind: Pod[\s\S]*name: nginx-pod[\s\S]*containerPort: 80/);
    assert.match(texts[1] ?? '', /imagePullPolicy: always[\s\S]*containerport: 80/);
    assert.match(texts[2] ?? '', /image: nginx:1\.277/);
  });

  it('runs the buttons that ask nothing: the Pods view, the settings, the walkthrough itself', async () => {
    await vscode.commands.executeCommand('podwright.pods.focus');
    await vscode.commands.executeCommand('workbench.action.openSettings', 'podwright');
    await vscode.commands.executeCommand(
      'workbench.action.openWalkthrough',
      { category: `podwright.podwright#${walkthrough?.id ?? ''}`, step: `podwright.podwright#${walkthrough?.id ?? ''}#connect` },
      false,
    );
  });
});
