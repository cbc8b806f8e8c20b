// The apply command's cluster side, without VS Code: picking documents from a manifest, the plan a
// server-side dry run yields (live vs. result without server noise, a pod waiting for the
// namespace the same apply creates) and invalid fields mapped back to their manifest lines.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { planChangesSomething, planDiffTexts, planFromDryRun } from '../../client/src/core/apply/applyPlan';
import { manifestDocuments } from '../../client/src/core/manifest/manifestDocuments';
import { locateCauses } from '../../client/src/cluster';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';

function podYaml(name: string, image: string, extra = ''): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: web\n      image: ${image}\n${extra}`;
}

const NOISE = ['managedFields', 'resourceVersion', 'uid:', 'creationTimestamp', 'generation:', '\nstatus:'];

describe('apply plan', () => {
  let cluster: ClusterUnderTest;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    await cluster.stop();
  });

  it('plans a new namespace and a pod in it, which the server cannot dry-run before the namespace exists', async () => {
    const namespace = uniqueName('team');
    const pod = uniqueName('web');
    // The pod comes first in the file; the plan still follows apply order (namespaces first).
    const text = `${podYaml(pod, 'nginx:1.27').replace(`name: ${pod}`, `name: ${pod}\n  namespace: ${namespace}`)}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${namespace}\n`;
    const { documents, problems } = manifestDocuments(text);
    assert.deepEqual(problems, []);
    const results = await cluster.api.applyDocuments(documents, { dryRun: true, fieldManager: 'podwright' });
    const plan = planFromDryRun(documents, results);
    assert.deepEqual(
      plan.failures.map((f) => f.error?.message),
      [],
    );
    assert.deepEqual(
      plan.entries.map((e) => [e.label, e.change, e.awaitsNamespace]),
      [
        [`namespace/${namespace}`, 'created', undefined],
        [`pod/${pod}`, 'created', namespace],
      ],
    );
    assert.ok(planChangesSomething(plan));
    const { before: live, after: applied } = planDiffTexts(plan);
    assert.equal(live, `# namespace/${namespace}\n---\n# pod/${pod}\n`, 'nothing exists yet');
    assert.match(applied, new RegExp(`# pod/${pod}\\napiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: ${pod}\\n  namespace: ${namespace}`));

    // Applied for real, in that order, both exist.
    const applied2 = await cluster.api.applyDocuments(documents, { fieldManager: 'podwright' });
    assert.deepEqual(
      applied2.map((r) => r.outcome),
      ['created', 'created'],
    );
    await cluster.api.delete({ apiVersion: 'v1', kind: 'Namespace', name: namespace });
  });

  it('shows live and result of a change without server bookkeeping', async () => {
    const name = uniqueName('web');
    await cluster.api.applyDocuments(manifestDocuments(podYaml(name, 'nginx:1.27')).documents, { fieldManager: 'podwright' });
    const { documents } = manifestDocuments(podYaml(name, 'nginx:1.28'));
    const plan = planFromDryRun(documents, await cluster.api.applyDocuments(documents, { dryRun: true, fieldManager: 'podwright' }));
    assert.deepEqual(
      plan.entries.map((e) => e.change),
      ['configured'],
    );
    const { before: live, after: applied } = planDiffTexts(plan);
    assert.match(live, /image: nginx:1\.27/);
    assert.match(applied, /image: nginx:1\.28/);
    // Only the fields the manifest sets (which Podwright will own): no server defaults.
    for (const defaulted of ['imagePullPolicy', 'terminationMessagePath', 'dnsPolicy', 'restartPolicy']) {
      assert.ok(!live.includes(defaulted) && !applied.includes(defaulted), `the diff shows the server default ${defaulted}:\n${applied}`);
    }
    for (const noise of NOISE) {
      assert.ok(!live.includes(noise), `live side shows ${noise}`);
      assert.ok(!applied.includes(noise), `result side shows ${noise}`);
    }
    const same = planFromDryRun(
      documents,
      await cluster.api.applyDocuments(manifestDocuments(podYaml(name, 'nginx:1.27')).documents, { dryRun: true }),
    );
    assert.equal(planChangesSomething(same), false, 'the manifest as applied changes nothing');
    await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name }, { gracePeriodSeconds: 0 });
  });

  it('maps the invalid fields of each refused document to its manifest lines', async (t) => {
    if (!needsTestServer(t, cluster, 'the exact Status bodies of the test server')) return;
    const bad = uniqueName('bad');
    const noImage = uniqueName('noimage');
    const text = `${podYaml(bad, 'nginx:1.27', '      imagePullPolice: Always\n')}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ${noImage}\nspec:\n  containers:\n    - name: web\n`;
    const { manifest, documents } = manifestDocuments(text);
    const plan = planFromDryRun(documents, await cluster.api.applyDocuments(documents, { dryRun: true, fieldManager: 'podwright' }));
    assert.deepEqual(plan.entries, []);
    assert.deepEqual(
      plan.failures.map((f) => [f.index, f.error?.kind]),
      [
        [0, 'invalid'],
        [1, 'invalid'],
      ],
    );
    const lines = text.split('\n');
    const [unknown] = locateCauses(manifest, 0, plan.failures[0]?.error?.causes ?? []);
    assert.equal(lines[unknown?.range.start.line ?? -1]?.trim(), 'imagePullPolice: Always');
    assert.equal(unknown?.exact, true);
    const [missing] = locateCauses(manifest, 1, plan.failures[1]?.error?.causes ?? []);
    assert.equal(missing?.exact, false, 'the image is missing: shown at its container');
    assert.equal(missing?.range.start.line, lines.lastIndexOf('    - name: web'));
  });
});
