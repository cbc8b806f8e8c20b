// Show in Pods, an apply's next step: the Pods view is focused and the pod's row selected, even
// when the pod was created a moment ago and the explorer's watch has not listed it yet. Runs after
// the explorer's own suite (file order), which checks the view before anything starts it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClusterProbe, testClusterEnv } from '../clusterProbe';
import { podObject, uniqueName } from '../clusterFixtures';

describe('pod explorer: Show in Pods', function () {
  let probe: ClusterProbe;
  const created: string[] = [];

  before(function () {
    if (!testClusterEnv()) return this.skip();
    probe = ClusterProbe.fromEnvironment();
  });

  after(async () => {
    for (const name of created) await probe.deletePod(name);
  });

  it("selects a just-created pod's row in the Pods view", async () => {
    const name = uniqueName('reveal');
    created.push(name);
    assert.equal((await probe.applyPod(podObject(name, 'nginx:1.27'), 'kubectl')).status, 201);
    const shown = await vscode.commands.executeCommand<boolean>('podwright.showInPods', {
      kind: 'Pod',
      context: 'podwright-test',
      namespace: 'default',
      name,
    });
    assert.equal(shown, true, "Show in Pods selected the pod's row in the Pods view");
  });

  it('answers false, without throwing, for something that is not a pod', async () => {
    assert.equal(await vscode.commands.executeCommand<boolean>('podwright.showInPods', { kind: 'Deployment', name: 'web' }), false);
  });
});
