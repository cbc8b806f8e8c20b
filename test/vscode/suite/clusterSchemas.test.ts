// "Load Custom Resource Schemas from Cluster" in the real editor against the test API server, which
// serves the CronTab CRD and its OpenAPI v3 document: once the command ran, a CronTab's fields are
// checked and explained from the cluster's schema (what the command saw is also what it reports).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { testClusterEnv } from '../clusterProbe';
import { closeAllEditors, codeOf, describeDiagnostics, positionOf, waitForDiagnostics } from '../helpers';
import { ScriptedDialogs } from '../scriptedDialogs';
import { hoverMarkdown } from './languageFeatures.test';

const CRONTAB = `apiVersion: stable.example.com/v1
kind: CronTab
metadata:
  name: nightly
spec:
  cronSpec: "0 3 * * *"
  image: busybox:1.36
  replicaz: 2
`;

describe('cluster: custom resource schemas from the cluster', function () {
  const env = testClusterEnv();
  let dialogs: ScriptedDialogs;

  before(async function () {
    if (!env) return this.skip();
    dialogs = await ScriptedDialogs.install();
  });

  after(async () => {
    if (!env) return;
    await closeAllEditors();
    dialogs.uninstall();
  });

  it('checks and explains a CronTab once its schema is loaded from the cluster', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: CRONTAB });
    await vscode.window.showTextDocument(document);
    const result = await vscode.commands.executeCommand<{ kinds: number; context: string; failed: readonly string[] } | undefined>(
      'podwright.loadClusterSchemas',
    );
    assert.ok(result, 'the command loaded schemas');
    assert.ok(result.kinds >= 1, `kinds: ${result.kinds}`);
    assert.deepEqual(result.failed, []);
    const notice = await dialogs.waitForNotice('cluster-schemas-loaded');
    assert.match(notice.message, /Loaded schemas for \d+ custom kinds? from context/);

    const found = await waitForDiagnostics(
      document.uri,
      (ds) => ds.some((d) => codeOf(d) === 'unknown-field'),
      'unknown-field on replicaz',
    );
    const unknown = found.filter((d) => codeOf(d) === 'unknown-field');
    assert.equal(unknown.length, 1, describeDiagnostics(found));
    assert.equal(unknown[0]?.range.start.line, 7);
    assert.match(unknown[0]?.message ?? '', /replicas/, 'the did-you-mean names the real field');

    const hover = await hoverMarkdown(document.uri, positionOf(document, 'cronSpec').translate(0, 2));
    assert.match(hover, /When to run, in cron format\./);
  });
});
