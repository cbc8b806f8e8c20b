// Image pull failures reproduced on the cluster, gathered and explained, and placed on the
// manifest's `image:` line: a locally built image without a tag (pull policy Always), a tag
// that does not exist, and a private registry without imagePullSecrets.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applyYaml, gather, lineAt, only, pathIsExact, waitingReason, waitPod } from './diagnoseHarness';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';

function podYaml(name: string, image: string, extra = ''): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: ${image}
      command: ["sh", "-c", "sleep 3600"]
${extra}`;
}

describe('diagnosing image pulls on a cluster', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it('a locally built image without a tag: points at image and offers imagePullPolicy: IfNotPresent', async () => {
    const name = uniqueName('local');
    const image = `podwright-local-${name}`;
    const text = podYaml(name, image);
    await applyYaml(cluster, text);
    await waitPod(cluster, name, 'ImagePullBackOff', (p) => waitingReason(p, 'app') === 'ImagePullBackOff');
    const gathered = await gather(cluster, name);
    const d = only(gathered, 'image-pull-local-image');
    assert.equal(d.container, 'app');
    assert.deepEqual(d.manifestTarget?.path, ['spec', 'containers', 0, 'image']);
    assert.equal(lineAt(text, 'Pod', d), `image: ${image}`);
    assert.ok(
      d.evidence.some((e) => e.includes(`Failed to pull image "${image}"`)),
      d.evidence.join('\n'),
    );
    // The live pod carries the defaulted policy (Always); the manifest does not, so the fix adds the key.
    assert.deepEqual(d.quickFix && { kind: d.quickFix.kind, path: 'target' in d.quickFix ? d.quickFix.target.path : undefined }, {
      kind: 'add-imagePullPolicy',
      path: ['spec', 'containers', 0, 'imagePullPolicy'],
    });
    assert.equal(pathIsExact(text, ['spec', 'containers', 0, 'imagePullPolicy']), false);
  });

  it('a tag that does not exist: image-pull-not-found on the image line', async () => {
    const name = uniqueName('tag');
    // `lates`: a typo of `latest`.
    const text = podYaml(name, 'nginx:lates');
    await applyYaml(cluster, text);
    await waitPod(cluster, name, 'ErrImagePull or ImagePullBackOff', (p) =>
      ['ErrImagePull', 'ImagePullBackOff'].includes(waitingReason(p, 'app') ?? ''),
    );
    const d = only(await gather(cluster, name), 'image-pull-not-found');
    assert.equal(lineAt(text, 'Pod', d), 'image: nginx:lates');
    assert.equal(d.quickFix, undefined, 'no pull policy fix for a tag that does not exist');
  });

  it('a private registry without imagePullSecrets: unauthorized, says that no pull secret is set', async (t) => {
    if (!needsTestServer(t, cluster, 'the test registry answers 401')) return;
    const name = uniqueName('private');
    const text = podYaml(name, 'registry.example.com/team/app:1.0');
    await applyYaml(cluster, text);
    await waitPod(cluster, name, 'ErrImagePull or ImagePullBackOff', (p) =>
      ['ErrImagePull', 'ImagePullBackOff'].includes(waitingReason(p, 'app') ?? ''),
    );
    const gathered = await gather(cluster, name);
    const d = only(gathered, 'image-pull-unauthorized');
    assert.equal(lineAt(text, 'Pod', d), 'image: registry.example.com/team/app:1.0');
    assert.match(d.whatToChange, /imagePullSecrets/);
    assert.ok(
      d.evidence.some((e) => /401 Unauthorized/.test(e)),
      d.evidence.join('\n'),
    );
  });
});
