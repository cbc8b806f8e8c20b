// The target Kubernetes version comes from initializationOptions and from
// workspace/didChangeConfiguration (podwright.kubernetesVersion); version checks follow it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { positionOf } from '../helpers/manifests';

// Pod-level `spec.resources` exists from Kubernetes 1.32 on.
const podWithPodLevelResources = `apiVersion: v1
kind: Pod
metadata:
  name: sized
spec:
  resources:
    limits:
      memory: 512Mi
  containers:
    - name: app
      image: nginx:1.27
`;

const versionFindings = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'unavailable-in-version');

describe('LSP configuration: podwright.kubernetesVersion', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: { kubernetesVersion: '1.30' } });
  });
  after(() => client.dispose());

  const uri = 'file:///config/pod.yaml';

  it('initializationOptions 1.30: pod-level resources are reported as unavailable, on the key', async () => {
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, podWithPodLevelResources);
    const findings = versionFindings(await published);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.deepEqual(findings[0].range.start, positionOf(podWithPodLevelResources, 'resources:'));
    assert.match(findings[0].message, /1\.32/, 'says which version added the field');
  });

  it('didChangeConfiguration to 1.36 re-validates open documents and the finding goes away', async () => {
    const published = client.waitForDiagnostics(uri);
    await client.configure({ kubernetesVersion: '1.36' });
    assert.deepEqual(versionFindings(await published), []);
  });

  it('didChangeConfiguration back to 1.31 brings it back', async () => {
    const published = client.waitForDiagnostics(uri);
    await client.configure({ kubernetesVersion: 'v1.31' });
    assert.equal(versionFindings(await published).length, 1);
  });
});
