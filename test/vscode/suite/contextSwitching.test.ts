// Switching Podwright's kubeconfig context and namespace in the extension host, as a person does:
// the real quick picks (driven with the quick-open keys), the context status bar item, and where
// describe and apply then go. Podwright keeps its own choice and writes the kubeconfig only when
// asked; a user who may not list namespaces types one; an unreachable context is explained once
// per action, and switching back recovers. Every test ends on podwright-test / default.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { ClusterProbe, TEST_CONTEXT, testClusterEnv } from '../clusterProbe';
import { openManifest, podObject, podYaml, uniqueName } from '../clusterFixtures';
import { activatePodwright, closeAllEditors, EXTENSION_ID, waitUntil } from '../helpers';
import { ScriptedDialogs, type InputRequest } from '../scriptedDialogs';

const POLL_MS = 25;

interface KubeconfigFile {
  contexts?: { name: string; context?: { namespace?: string } }[];
  'current-context'?: string;
}

function kubeconfigFiles(): string[] {
  return (process.env.KUBECONFIG ?? '').split(path.delimiter).filter((file) => file !== '');
}

function readKubeconfig(file: string): KubeconfigFile {
  return parse(fs.readFileSync(file, 'utf8')) as KubeconfigFile;
}

/** The contexts kubectl sees in KUBECONFIG: every file's, in order, the first definition of a name winning. */
function kubeconfigContexts(): string[] {
  const names = kubeconfigFiles().flatMap((file) => (readKubeconfig(file).contexts ?? []).map((c) => c.name));
  return [...new Set(names)];
}

function statusText(): string | undefined {
  const api = vscode.extensions.getExtension<{ clusterStatus?: () => string | undefined }>(EXTENSION_ID)?.exports;
  assert.ok(api?.clusterStatus, 'Podwright exports its context status text');
  return api.clusterStatus();
}

/** The status bar item refreshes after each change: waits until it shows this context and namespace. */
async function statusShows(context: string, namespace: string): Promise<void> {
  const want = `$(server-environment) ${context}: ${namespace}`;
  try {
    await waitUntil(`the status bar to show "${want}"`, () => Promise.resolve(statusText() === want ? true : undefined));
  } catch (error) {
    throw new Error(`${String(error)}; it shows ${JSON.stringify(statusText())}`);
  }
}

/** Runs a command that opens a quick pick and presses `keys` in it until the command has finished.
 * The command shows its picker only after awaiting (the session, a namespace list), and keys pressed
 * before that do nothing: so each round first lets it get that far, then presses. */
async function pressInQuickPick(command: string, keys: readonly string[]): Promise<string | undefined> {
  const picking = vscode.commands.executeCommand<string | undefined>(command);
  let finished = false;
  void picking.then(
    () => (finished = true),
    () => (finished = true),
  );
  for (;;) {
    await Promise.race([picking, new Promise((resolve) => setTimeout(resolve, POLL_MS))]);
    if (finished) return picking;
    for (const key of keys) await vscode.commands.executeCommand(key);
  }
}

/** Enter in the picker: the entry it opened on. */
function pickFocusedEntry(command: string): Promise<string | undefined> {
  return pressInQuickPick(command, ['workbench.action.acceptSelectedQuickOpenItem']);
}

/** ↓ then Enter in the picker: the entry below the one it opened on (`current`). If the picker
 * appeared between the two keys, Enter took `current`: then the whole gesture is made again. */
function pickEntryBelow(command: string, current: string): Promise<string> {
  return waitUntil(`the entry below "${current}" picked by ${command}`, async () => {
    const picked = await pressInQuickPick(command, [
      'workbench.action.quickOpenSelectNext',
      'workbench.action.acceptSelectedQuickOpenItem',
    ]);
    return picked !== current ? picked : undefined;
  });
}

function describedDocument(uri: unknown): vscode.TextDocument {
  assert.ok(uri instanceof vscode.Uri, `describe returned ${String(uri)}`);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  assert.ok(document, `${uri.toString()} is open`);
  return document;
}

describe('context and namespace switching', function () {
  const env = testClusterEnv();
  let dialogs: ScriptedDialogs;
  let probe: ClusterProbe;
  const namespace = uniqueName('team');
  const pod = uniqueName('team-web');
  const originals = new Map<string, string>();

  /** Puts back kubeconfig files a failed test left changed; Podwright's reload then shows default again. */
  async function restoreKubeconfig(): Promise<void> {
    for (const [file, text] of originals) if (fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
    await vscode.commands.executeCommand('podwright.switchContext', TEST_CONTEXT);
    await statusShows(TEST_CONTEXT, 'default');
  }

  before(async function () {
    await activatePodwright();
    if (!env) return this.skip();
    dialogs = await ScriptedDialogs.install();
    probe = ClusterProbe.fromEnvironment();
    for (const file of kubeconfigFiles()) originals.set(file, fs.readFileSync(file, 'utf8'));
    assert.equal((await probe.createNamespace(namespace)).status, 201);
    assert.equal((await probe.applyPod(podObject(pod, 'nginx:1.27'), 'setup', namespace)).status, 201);
    await vscode.commands.executeCommand('podwright.switchContext', TEST_CONTEXT);
  });

  beforeEach(() => dialogs?.reset());

  afterEach(async () => {
    if (!env) return;
    await closeAllEditors();
    await restoreKubeconfig();
  });

  after(async () => {
    if (!env) return;
    await probe.deleteNamespace(namespace);
    dialogs.uninstall();
  });

  it("shows Podwright's context and namespace in the status bar, and follows a namespace switch", async () => {
    await statusShows(TEST_CONTEXT, 'default');
    assert.equal(await vscode.commands.executeCommand('podwright.switchNamespace', namespace), namespace);
    await statusShows(TEST_CONTEXT, namespace);
    assert.equal(
      (await dialogs.waitForNotice('namespace-switched')).message,
      `Podwright now uses namespace "${namespace}" on context "${TEST_CONTEXT}".`,
    );
  });

  it("offers the kubeconfig's contexts in its quick pick, opened on the one in use, without touching the kubeconfig", async () => {
    assert.ok(env);
    const contexts = kubeconfigContexts();
    for (const name of [TEST_CONTEXT, env.restrictedContext, env.unreachableContext])
      assert.ok(contexts.includes(name), contexts.join(', '));
    await vscode.commands.executeCommand('podwright.switchContext', env.restrictedContext);
    assert.equal(await pickFocusedEntry('podwright.switchContext'), env.restrictedContext, 'Enter alone keeps the context in use');

    // From each entry ↓ Enter reaches the next: the picker lists the kubeconfig's contexts in order.
    await vscode.commands.executeCommand('podwright.switchContext', contexts[0]);
    const walked = [contexts[0] ?? ''];
    for (let i = 1; i < contexts.length; i++) {
      const picked = await pickEntryBelow('podwright.switchContext', walked[i - 1] ?? '');
      walked.push(picked);
      await statusShows(picked, 'default');
    }
    assert.deepEqual(walked, contexts);
    const last = dialogs.notices.filter((n) => n.id === 'context-switched').at(-1);
    assert.equal(last?.message, `Podwright now uses context "${contexts.at(-1) ?? ''}", namespace "default".`);

    // Podwright keeps its own choice: kubectl's current-context and every file stay as they were.
    for (const [file, text] of originals) assert.equal(fs.readFileSync(file, 'utf8'), text, `${file} was rewritten`);
    assert.equal(readKubeconfig(kubeconfigFiles()[0] ?? '')['current-context'], TEST_CONTEXT);
  });

  it("starts a switched-to context in the kubeconfig's namespace of that context", async () => {
    assert.ok(env);
    await vscode.commands.executeCommand('podwright.switchNamespace', namespace);
    await statusShows(TEST_CONTEXT, namespace);
    await vscode.commands.executeCommand('podwright.switchContext', env.restrictedContext);
    await statusShows(env.restrictedContext, 'default');
    await vscode.commands.executeCommand('podwright.switchContext', TEST_CONTEXT);
    await statusShows(TEST_CONTEXT, 'default');
  });

  it("writes current-context and a context's namespace to the kubeconfig only when asked, and follows edits of the file", async () => {
    assert.ok(env);
    const file = kubeconfigFiles()[0] ?? '';
    const namespaceIn = (name: string): string | undefined =>
      readKubeconfig(file).contexts?.find((c) => c.name === name)?.context?.namespace;
    await vscode.commands.executeCommand('podwright.switchContext', env.restrictedContext, { alsoSetInKubeconfig: true });
    assert.equal(readKubeconfig(file)['current-context'], env.restrictedContext);
    await vscode.commands.executeCommand('podwright.switchContext', TEST_CONTEXT);
    assert.equal(readKubeconfig(file)['current-context'], env.restrictedContext, 'a plain switch writes nothing');

    await vscode.commands.executeCommand('podwright.switchNamespace', namespace);
    assert.equal(namespaceIn(TEST_CONTEXT), 'default', 'a plain namespace switch writes nothing');
    await vscode.commands.executeCommand('podwright.switchNamespace', namespace, { alsoSetInKubeconfig: true });
    assert.equal(namespaceIn(TEST_CONTEXT), namespace);
    assert.equal(namespaceIn(env.restrictedContext), 'default', 'only the context in use changed');
    for (const other of kubeconfigFiles().slice(1))
      assert.equal(fs.readFileSync(other, 'utf8'), originals.get(other), `${other} was rewritten`);
    // Written to the kubeconfig, the namespace is the context's own whenever Podwright comes back to it.
    await vscode.commands.executeCommand('podwright.switchContext', env.restrictedContext);
    await vscode.commands.executeCommand('podwright.switchContext', TEST_CONTEXT);
    await statusShows(TEST_CONTEXT, namespace);

    // Another tool puts the file back: Podwright reloads it.
    fs.writeFileSync(file, originals.get(file) ?? '');
    await statusShows(TEST_CONTEXT, 'default');
  });

  it("lists the cluster's namespaces in its quick pick; describe and apply then go to the one picked", async () => {
    const names = (await probe.namespaceNames()).sort();
    assert.ok(names.includes(namespace), names.join(', '));
    await vscode.commands.executeCommand('podwright.switchNamespace', namespace);
    assert.equal(await pickFocusedEntry('podwright.switchNamespace'), namespace, 'Enter alone keeps the namespace in use');
    await vscode.commands.executeCommand('podwright.switchNamespace', names[0]);
    const walked = [names[0] ?? ''];
    while (walked.length < names.length) walked.push(await pickEntryBelow('podwright.switchNamespace', walked.at(-1) ?? ''));
    assert.deepEqual(walked, names);

    assert.ok(names.indexOf(namespace) > 0, 'default sorts before it');
    const previous = names[names.indexOf(namespace) - 1] ?? '';
    await vscode.commands.executeCommand('podwright.switchNamespace', previous);
    assert.equal(await pickEntryBelow('podwright.switchNamespace', previous), namespace);
    await statusShows(TEST_CONTEXT, namespace);

    const described = describedDocument(await vscode.commands.executeCommand('podwright.describe', { name: pod }));
    assert.match(described.getText(), new RegExp(`^Name:\\s+${pod}$`, 'm'));
    assert.match(described.getText(), new RegExp(`^Namespace:\\s+${namespace}$`, 'm'));

    const applied = uniqueName('team-api');
    await openManifest(`${applied}.yaml`, podYaml(applied, 'nginx:1.27'));
    dialogs.answer = (question) => (question.id === 'apply' ? 'apply' : undefined);
    await vscode.commands.executeCommand('podwright.apply');
    assert.match(dialogs.questions[0]?.message ?? '', new RegExp(`context "${TEST_CONTEXT}", namespace "${namespace}"`));
    assert.equal((await dialogs.waitForNotice('apply-result')).message, `pod/${applied} created`);
    assert.equal((await probe.pod(applied, namespace)).status, 200, 'created in the namespace picked');
    assert.equal((await probe.pod(applied)).status, 404, 'not in default');
  });

  it("lets a user who may not list namespaces type one, saying why, starting from the kubeconfig's", async () => {
    assert.ok(env);
    await vscode.commands.executeCommand('podwright.switchContext', env.restrictedContext);
    dialogs.reset();
    let asked: InputRequest | undefined;
    dialogs.answerInput = (request) => {
      asked = request;
      return namespace;
    };
    assert.equal(await vscode.commands.executeCommand('podwright.switchNamespace'), namespace);
    assert.equal(asked?.prompt, `Context "${env.restrictedContext}" may not list namespaces; type the namespace to use`);
    assert.equal(asked.value, 'default', "the kubeconfig's namespace of the context is offered");
    assert.match(asked.validate?.('Team_A') ?? '', /DNS label/);
    assert.equal(asked.validate?.(namespace), undefined);
    assert.deepEqual(
      dialogs.notices.map((n) => n.id),
      ['namespace-switched'],
      'the 403 is explained in the prompt, not reported as an error',
    );
    await statusShows(env.restrictedContext, namespace);

    // Describe goes to the restricted context and the typed namespace.
    const uri = await vscode.commands.executeCommand('podwright.describe', { name: pod });
    const described = describedDocument(uri);
    assert.equal(new URLSearchParams(described.uri.query).get('context'), env.restrictedContext);
    assert.match(described.getText(), new RegExp(`^Namespace:\\s+${namespace}$`, 'm'));

    dialogs.reset();
    dialogs.answerInput = () => undefined;
    assert.equal(await vscode.commands.executeCommand('podwright.switchNamespace'), undefined, 'Escape changes nothing');
    assert.equal(dialogs.inputs.length, 1);
    assert.deepEqual(dialogs.notices, []);
    await statusShows(env.restrictedContext, namespace);
  });

  it('explains an unreachable context once per action, without modal questions, and recovers on switching back', async () => {
    assert.ok(env);
    assert.equal(await vscode.commands.executeCommand('podwright.switchContext', env.unreachableContext), env.unreachableContext);
    await statusShows(env.unreachableContext, 'default');

    assert.equal(await vscode.commands.executeCommand('podwright.describe', { name: pod, namespace }), undefined);
    const error = await dialogs.waitForNotice('cluster-error');
    assert.equal(error.severity, 'error');
    assert.ok(
      error.message.startsWith(`Cannot reach the API server of context "${env.unreachableContext}" at ${env.unreachableServer} (`),
      error.message,
    );
    assert.deepEqual(
      error.choices?.map((c) => c.id),
      ['switch-context'],
    );
    // Switch Namespace cannot list the namespaces there: it says the same instead of an empty picker.
    assert.equal(await vscode.commands.executeCommand('podwright.switchNamespace'), undefined);
    await waitUntil('a second cluster-error', () =>
      Promise.resolve(dialogs.notices.filter((n) => n.id === 'cluster-error').length === 2 ? true : undefined),
    );
    assert.deepEqual(
      dialogs.notices.map((n) => n.id),
      ['context-switched', 'cluster-error', 'cluster-error'],
    );
    assert.ok(dialogs.notices[2]?.message.includes(env.unreachableServer), dialogs.notices[2]?.message);
    assert.equal(dialogs.questions.length, 0);
    await statusShows(env.unreachableContext, 'default');

    assert.equal(await vscode.commands.executeCommand('podwright.switchContext', TEST_CONTEXT), TEST_CONTEXT);
    await statusShows(TEST_CONTEXT, 'default');
    const described = describedDocument(await vscode.commands.executeCommand('podwright.describe', { name: pod, namespace }));
    assert.equal(new URLSearchParams(described.uri.query).get('context'), TEST_CONTEXT);
    assert.match(described.getText(), new RegExp(`^Name:\\s+${pod}$`, 'm'));
  });
  it("says once that it could not get credentials, with the plugin's own reason", async () => {
    const file = kubeconfigFiles()[0] ?? '';
    const broken = 'podwright-broken-credentials';
    const config = readKubeconfig(file) as KubeconfigFile & { clusters?: { name: string }[]; users?: unknown[] };
    const cluster = (config.contexts?.find((c) => c.name === TEST_CONTEXT)?.context as { cluster?: string } | undefined)?.cluster ?? '';
    // A credential plugin that is not installed, as after moving to a new machine.
    const withBroken = {
      ...config,
      contexts: [...(config.contexts ?? []), { name: broken, context: { cluster, user: broken, namespace: 'default' } }],
      users: [
        ...(config.users ?? []),
        {
          name: broken,
          user: {
            exec: {
              apiVersion: 'client.authentication.k8s.io/v1',
              command: '/nonexistent/podwright-credential-plugin',
              interactiveMode: 'Never',
            },
          },
        },
      ],
    };
    fs.writeFileSync(file, JSON.stringify(withBroken));
    await waitUntil('the reloaded kubeconfig', async () =>
      (await vscode.commands.executeCommand('podwright.switchContext', broken)) === broken ? true : undefined,
    );
    dialogs.reset();
    assert.equal(await vscode.commands.executeCommand('podwright.describe', { name: pod, namespace }), undefined);
    const error = await dialogs.waitForNotice('cluster-error');
    // The missing plugin is named first, with its context once and the way out; no prefix repeats.
    assert.ok(error.message.startsWith('/nonexistent/podwright-credential-plugin not found'), error.message);
    assert.equal(error.message.split(`"${broken}"`).length, 2, `context named once: ${error.message}`);
    assert.match(error.message, /Install it/, error.message);
    assert.ok(error.message.split('Could not get credentials').length <= 2, `said at most once: ${error.message}`);
  });
});
