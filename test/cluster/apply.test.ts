// Applying manifests through the cluster layer: created/configured/unchanged, dry runs, conflicts
// between field managers, 403, invalid objects mapped back to manifest lines, and a server that
// dies in the middle of a multi-document apply.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseManifest } from '../../server/src/service/document/manifest';
import { ClusterError, locateCauses, ownedBy, type ApplyDocument, type KubeObject } from '../../client/src/cluster';
import { DEVELOPER_CONTEXT } from '../../packages/kube-test-apiserver/src';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';

function documents(text: string): ApplyDocument[] {
  return parseManifest(text).documents.map((d) => ({ index: d.index, object: d.chunk.yaml.toJS() as KubeObject }));
}

function podYaml(name: string, image: string, extra = ''): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
  containers:
  - name: web
    image: ${image}
${extra}`;
}

describe('apply', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it('creates, then configures, then reports an unchanged object', async () => {
    const name = uniqueName('web');
    const [created] = await cluster.api.applyDocuments(documents(podYaml(name, 'nginx:1.27')));
    assert.equal(created?.outcome, 'created', created?.error?.message);
    assert.equal(created?.result?.metadata?.name, name);

    const [again] = await cluster.api.applyDocuments(documents(podYaml(name, 'nginx:1.27')));
    assert.equal(again?.outcome, 'unchanged');

    const [changed] = await cluster.api.applyDocuments(documents(podYaml(name, 'nginx:1.28')));
    assert.equal(changed?.outcome, 'configured');
    const live = await cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name });
    assert.equal((live.spec as { containers: { image: string }[] }).containers[0]?.image, 'nginx:1.28');
    const managers = live.metadata?.managedFields?.map((m) => `${m.manager ?? ''}/${m.operation ?? ''}`) ?? [];
    assert.ok(managers.includes('podwright/Apply'), `managers: ${managers.join(', ')}`);
    assert.deepEqual(ownedBy(live, 'podwright').spec, { containers: [{ name: 'web', image: 'nginx:1.28' }] });
  });

  it('changes nothing in a server-side dry run, but returns the result', async () => {
    const name = uniqueName('dry');
    const [dryNew] = await cluster.api.applyDocuments(documents(podYaml(name, 'nginx')), { dryRun: true });
    assert.equal(dryNew?.outcome, 'created');
    await assert.rejects(
      cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name }),
      (e: unknown) => e instanceof ClusterError && e.kind === 'not-found',
    );

    await cluster.api.applyDocuments(documents(podYaml(name, 'nginx:1.27')));
    const before = await cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name });
    const [dryChange] = await cluster.api.applyDocuments(documents(podYaml(name, 'nginx:1.28')), { dryRun: true });
    assert.equal(dryChange?.outcome, 'configured');
    assert.equal((dryChange?.result?.spec as { containers: { image: string }[] }).containers[0]?.image, 'nginx:1.28');
    const afterDry = await cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name });
    assert.equal((afterDry.spec as { containers: { image: string }[] }).containers[0]?.image, 'nginx:1.27');
    assert.equal(afterDry.metadata?.resourceVersion, before.metadata?.resourceVersion);
  });

  it('reports a conflict naming the other field manager and the field, and force takes it over', async () => {
    const name = uniqueName('shared');
    await cluster.api.applyDocuments(documents(podYaml(name, 'nginx:1.27')), { fieldManager: 'kubectl' });
    const [conflict] = await cluster.api.applyDocuments(documents(podYaml(name, 'nginx:1.28')));
    assert.equal(conflict?.outcome, 'failed');
    const error = conflict?.error;
    assert.ok(error instanceof ClusterError);
    assert.equal(error.kind, 'conflict');
    assert.equal(error.statusCode, 409);
    assert.deepEqual(error.conflicts, [{ manager: 'kubectl', field: '.spec.containers[name="web"].image' }]);
    assert.match(error.message, /owned by "kubectl"/);

    const [forced] = await cluster.api.applyDocuments(documents(podYaml(name, 'nginx:1.28')), { force: true });
    assert.equal(forced?.outcome, 'configured', forced?.error?.message);
    const live = await cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name });
    const kubectlEntry = live.metadata?.managedFields?.find((m) => m.manager === 'kubectl');
    assert.ok(!JSON.stringify(kubectlEntry?.fieldsV1 ?? {}).includes('f:image'), 'kubectl no longer owns the image');
  });

  it('applies Namespaces before the objects in them', async () => {
    const ns = uniqueName('team');
    const text = `${podYaml('inside', 'nginx').replace('metadata:\n', `metadata:\n  namespace: ${ns}\n`)}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`;
    const results = await cluster.api.applyDocuments(documents(text));
    assert.deepEqual(
      results.map((r) => [r.index, r.ref.kind, r.outcome]),
      [
        [1, 'Namespace', 'created'],
        [0, 'Pod', 'created'],
      ],
    );
    await cluster.api.delete({ apiVersion: 'v1', kind: 'Namespace', name: ns });
  });

  it('explains a 403 with the user, verb, resource and namespace', async (t) => {
    if (!needsTestServer(t, cluster, 'a user whose create is forbidden')) return;
    const undo = cluster.server.forbid({ user: 'developer', verb: 'patch', resource: 'pods' });
    try {
      await cluster.session.useContext(DEVELOPER_CONTEXT);
      const api = await cluster.session.api();
      const [result] = await api.applyDocuments(documents(podYaml(uniqueName('denied'), 'nginx')));
      const error = result?.error;
      assert.ok(error instanceof ClusterError);
      assert.equal(error.kind, 'forbidden');
      assert.deepEqual(error.forbidden, { user: 'developer', verb: 'patch', resource: 'pods', group: '', namespace: 'default' });
      assert.match(error.message, /User "developer" may not patch pods in namespace "default"/);
      assert.equal(error.target?.context, DEVELOPER_CONTEXT);
    } finally {
      undo();
      await cluster.session.useContext('podwright-test');
    }
  });

  it('maps each invalid field back to its line in the manifest', async () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${uniqueName('bad')}
spec:
  restartPolicy: Sometimes
  containers:
  - name: web
    ports:
    - containerPort: 70000
`;
    const manifest = parseManifest(text);
    const [result] = await cluster.api.applyDocuments(documents(text));
    const error = result?.error;
    assert.ok(error instanceof ClusterError);
    assert.equal(error.kind, 'invalid');
    assert.equal(error.statusCode, 422);
    const byField = new Map(locateCauses(manifest, 0, error.causes).map((l) => [l.cause.field, l]));
    assert.equal(byField.get('spec.restartPolicy')?.range.start.line, 5);
    assert.equal(byField.get('spec.containers[0].ports[0].containerPort')?.range.start.line, 9);
    const image = byField.get('spec.containers[0].image');
    assert.equal(image?.exact, false, 'the missing image points at its container');
    assert.equal(image?.range.start.line, 7);
  });

  it('refuses to change an immutable pod field, pointing at the spec', async () => {
    const name = uniqueName('fixed');
    await cluster.api.applyDocuments(documents(podYaml(name, 'nginx')));
    const text = podYaml(name, 'nginx', '    workingDir: /srv\n');
    const [result] = await cluster.api.applyDocuments(documents(text));
    const error = result?.error;
    assert.ok(error instanceof ClusterError);
    assert.equal(error.kind, 'invalid');
    assert.equal(error.causes[0]?.field, 'spec');
    assert.match(error.causes[0]?.message ?? '', /pod updates may not change fields other than/);
    assert.equal(locateCauses(parseManifest(text), 0, error.causes)[0]?.range.start.line, 6);
  });

  it('rejects an unknown field and points at it', async () => {
    const text = podYaml(uniqueName('typo'), 'nginx', '    imagePullPolice: Always\n');
    const [result] = await cluster.api.applyDocuments(documents(text));
    const error = result?.error;
    assert.ok(error instanceof ClusterError);
    assert.equal(error.kind, 'invalid');
    assert.equal(error.causes.length, 1);
    assert.match(error.causes[0]?.field ?? '', /imagePullPolice$/);
    const [location] = locateCauses(parseManifest(text), 0, error.causes);
    assert.equal(location?.range.start.line, 10);
    assert.equal(location?.exact, true);
  });

  it('names the context and URL when the server dies in the middle of an apply', async (t) => {
    if (!needsTestServer(t, cluster, 'stopping the API server on purpose')) return;
    const isolated = await startCluster();
    try {
      let patches = 0;
      isolated.server?.crashWhen((req) => req.method === 'PATCH' && ++patches === 2);
      const text = [podYaml(uniqueName('a'), 'nginx'), podYaml(uniqueName('b'), 'nginx'), podYaml(uniqueName('c'), 'nginx')].join('---\n');
      const results = await isolated.api.applyDocuments(documents(text));
      assert.deepEqual(
        results.map((r) => r.outcome),
        ['created', 'failed', 'skipped'],
      );
      const error = results[1]?.error;
      assert.ok(error instanceof ClusterError);
      assert.equal(error.kind, 'unreachable');
      assert.ok(error.message.includes('context "podwright-test"'), error.message);
      assert.ok(error.message.includes(isolated.server?.url ?? '?'), error.message);
      assert.equal(results[2]?.error, error);
    } finally {
      await isolated.stop();
    }
  });
});
