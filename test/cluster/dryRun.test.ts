// Dry runs on save against the cluster: each kind of verdict a cluster gives a server-side dry-run
// apply (admission denials by a webhook, Pod Security enforce and ResourceQuota; Pod Security and
// webhook warnings from `Warning` headers; immutable fields; field-manager conflicts; a missing
// namespace), located on the manifest's lines, gone once the manifest is fixed, nothing stored;
// a newer run of the same file abandons the older; a real kubectl's `--dry-run=server` agrees.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseManifest } from '../../server/src/service/document/manifest';
import { ClusterError, locateField, type ApplyDocument, type KubeObject } from '../../client/src/cluster';
import type { Verdict } from '../../client/src/core/dryRun/dryRunVerdicts';
import { DryRunRuns, type DryRunOutcome } from '../../client/src/models/dryRun/dryRunRuns';
import { kubectl } from './kubectl';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { waitForObject } from './waitFor';

function documents(text: string): ApplyDocument[] {
  return parseManifest(text).documents.map((d) => ({ index: d.index, object: d.chunk.yaml.toJS() as KubeObject }));
}

function verdictsOf(outcome: DryRunOutcome): readonly Verdict[] {
  assert.equal(outcome.kind, 'verdicts', JSON.stringify(outcome));
  return outcome.kind === 'verdicts' ? outcome.verdicts : [];
}

/** The 0-based line a verdict lands on, as the editor places it (its field, else `kind:`). */
function lineOf(text: string, verdict: Verdict): number | undefined {
  const manifest = parseManifest(text);
  const where =
    (verdict.field ? locateField(manifest, verdict.index, verdict.field) : undefined) ?? locateField(manifest, verdict.index, 'kind');
  return where?.range.start.line;
}

function podYaml(name: string, namespace: string, spec: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n${spec}`;
}

const PLAIN = '  containers:\n  - name: web\n    image: nginx:1.27\n';
const RESTRICTED = `  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      allowPrivilegeEscalation: false
      capabilities:
        drop: ["ALL"]
`;

describe('dry run on save', () => {
  let cluster: ClusterUnderTest;
  const runs = new DryRunRuns();
  const run = (text: string, key = 'file:///m.yaml'): Promise<DryRunOutcome> => runs.run(key, cluster.api, documents(text));
  const namespaceWith = async (labels: Record<string, string>): Promise<string> => {
    const name = uniqueName('dry');
    const [result] = await cluster.api.applyDocuments([
      { index: 0, object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } } },
    ]);
    assert.equal(result?.outcome, 'created', result?.error?.message);
    return name;
  };
  const namespaces: string[] = [];
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => {
    for (const name of namespaces) await cluster.api.delete({ apiVersion: 'v1', kind: 'Namespace', name }).catch(() => undefined);
    await cluster.stop();
  });

  it('shows a Pod Security enforce denial on the pod, stores nothing, and clears once the pod complies', async () => {
    const ns = await namespaceWith({ 'pod-security.kubernetes.io/enforce': 'restricted' });
    namespaces.push(ns);
    const name = uniqueName('web');
    const text = podYaml(name, ns, PLAIN);
    const [denial, ...rest] = verdictsOf(await run(text));
    assert.equal(rest.length, 0, JSON.stringify(rest));
    assert.equal(denial?.kind, 'pod-security');
    assert.equal(denial?.severity, 'error');
    assert.match(
      denial?.text ?? '',
      new RegExp(
        `^pods "${name}" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false \\(container "web" must set securityContext\\.allowPrivilegeEscalation=false\\)`,
      ),
    );
    assert.equal(lineOf(text, denial), 1, 'on the kind: line');
    await assert.rejects(
      cluster.api.get({ apiVersion: 'v1', kind: 'Pod', name, namespace: ns }),
      (e: unknown) => e instanceof ClusterError && e.kind === 'not-found',
    );

    assert.deepEqual(verdictsOf(await run(podYaml(name, ns, RESTRICTED))), []);
  });

  it('turns Pod Security warnings into warning verdicts', async () => {
    const ns = await namespaceWith({ 'pod-security.kubernetes.io/warn': 'baseline' });
    namespaces.push(ns);
    const text = podYaml(uniqueName('host'), ns, `  hostNetwork: true\n${PLAIN}`);
    const verdicts = verdictsOf(await run(text));
    assert.deepEqual(
      verdicts.map((v) => [v.kind, v.severity, v.text]),
      [['warning', 'warning', 'would violate PodSecurity "baseline:latest": host namespaces (hostNetwork=true)']],
    );
    // A Deployment's pod template is warned about, never refused.
    const deployment = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${uniqueName('app')}\n  namespace: ${ns}\nspec:\n  selector:\n    matchLabels: {app: a}\n  template:\n    metadata:\n      labels: {app: a}\n    spec:\n      hostNetwork: true\n      containers:\n      - name: web\n        image: nginx\n`;
    assert.deepEqual(
      verdictsOf(await run(deployment)).map((v) => v.kind),
      ['warning'],
    );
  });

  it("refuses a pod that exceeds the namespace's ResourceQuota", async () => {
    const ns = await namespaceWith({});
    namespaces.push(ns);
    const quota = uniqueName('compute');
    const [created] = await cluster.api.applyDocuments([
      {
        index: 0,
        object: {
          apiVersion: 'v1',
          kind: 'ResourceQuota',
          metadata: { name: quota, namespace: ns },
          spec: { hard: { 'requests.cpu': '500m' } },
        },
      },
    ]);
    assert.equal(created?.outcome, 'created', created?.error?.message);
    // A real cluster's quota admission waits for the quota controller to fill in the status.
    if (!cluster.server) {
      await waitForObject(
        cluster.api,
        'v1',
        'ResourceQuota',
        quota,
        (q) => (q.status as { hard?: unknown } | undefined)?.hard !== undefined,
        { timeoutMs: cluster.patienceMs, what: 'status.hard', namespace: ns },
      );
    }
    const name = uniqueName('big');
    const text = podYaml(name, ns, '  containers:\n  - name: web\n    image: nginx\n    resources:\n      requests:\n        cpu: "1"\n');
    const [verdict, ...rest] = verdictsOf(await run(text));
    assert.equal(rest.length, 0);
    assert.equal(verdict?.kind, 'quota');
    assert.equal(
      verdict?.text,
      `pods "${name}" is forbidden: exceeded quota: ${quota}, requested: requests.cpu=1, used: requests.cpu=0, limited: requests.cpu=500m`,
    );
    assert.deepEqual(verdictsOf(await run(text.replace('cpu: "1"', 'cpu: 250m'))), []);
  });

  it("shows a webhook's denial on the field it names and its warnings", async (t) => {
    if (!needsTestServer(t, cluster, "a validating webhook (the test server's deny rules)")) return;
    const undo = cluster.server.denyWrites({
      webhook: 'policy.example.com',
      kind: 'Pod',
      field: 'spec.hostNetwork',
      equals: true,
      message: 'host networking is not allowed here',
    });
    const undoWarning = cluster.server.denyWrites({
      webhook: 'policy.example.com',
      kind: 'Pod',
      field: 'spec.containers[0].image',
      equals: 'nginx',
      warnOnly: true,
      message: 'image nginx has no tag',
    });
    try {
      const text = podYaml(uniqueName('net'), cluster.namespace, `  hostNetwork: true\n${PLAIN}`);
      const [denial] = verdictsOf(await run(text));
      assert.equal(denial?.kind, 'webhook-denied');
      assert.equal(denial?.field, 'spec.hostNetwork');
      assert.equal(denial?.text, 'admission webhook "policy.example.com" denied the request: host networking is not allowed here');
      assert.equal(lineOf(text, denial), 6);

      const fixed = text.replace('hostNetwork: true', 'hostNetwork: false').replace('nginx:1.27', 'nginx');
      assert.deepEqual(
        verdictsOf(await run(fixed)).map((v) => [v.kind, v.text]),
        [['warning', 'image nginx has no tag']],
      );
    } finally {
      undo();
      undoWarning();
    }
  });

  it('points at immutable fields of existing objects', async () => {
    const name = uniqueName('app');
    const deployment = (app: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n    spec:\n      containers:\n      - name: web\n        image: nginx\n`;
    const [applied] = await cluster.api.applyDocuments(documents(deployment('one')));
    assert.equal(applied?.outcome, 'created', applied?.error?.message);
    const text = deployment('two');
    const verdicts = verdictsOf(await run(text));
    const selector = verdicts.find((v) => v.field === 'spec.selector');
    assert.equal(selector?.kind, 'immutable', JSON.stringify(verdicts));
    assert.match(selector?.text ?? '', /field is immutable/);
    assert.equal(lineOf(text, selector), 5);
    await cluster.api.delete({ apiVersion: 'apps/v1', kind: 'Deployment', name });
  });

  it('names the field manager that owns a conflicting field', async () => {
    const name = uniqueName('shared');
    const pod = (image: string): string => podYaml(name, cluster.namespace, `  containers:\n  - name: web\n    image: ${image}\n`);
    const [owned] = await cluster.api.applyDocuments(documents(pod('nginx:1.27')), { fieldManager: 'kubectl' });
    assert.equal(owned?.outcome, 'created', owned?.error?.message);
    const text = pod('nginx:1.28');
    const [conflict, ...rest] = verdictsOf(await run(text));
    assert.equal(rest.length, 0, JSON.stringify(rest));
    assert.equal(conflict?.kind, 'conflict');
    assert.equal(conflict?.manager, 'kubectl');
    assert.equal(conflict?.field, '.spec.containers[name="web"].image');
    assert.equal(lineOf(text, conflict), 8);
    await cluster.api.delete({ apiVersion: 'v1', kind: 'Pod', name }, { gracePeriodSeconds: 0 });
  });

  it('says when the namespace does not exist, on the namespace line', async () => {
    const missing = uniqueName('nowhere');
    const text = podYaml(uniqueName('lost'), missing, PLAIN);
    const [verdict, ...rest] = verdictsOf(await run(text));
    assert.equal(rest.length, 0);
    assert.equal(verdict?.kind, 'no-namespace');
    assert.equal(verdict?.text, `namespaces "${missing}" not found`);
    assert.equal(lineOf(text, verdict), 4);
  });

  it('abandons a run when the same file is saved again, not when another file is', async () => {
    const first = run(podYaml(uniqueName('a'), cluster.namespace, PLAIN), 'file:///same.yaml');
    const other = run(podYaml(uniqueName('b'), cluster.namespace, PLAIN), 'file:///other.yaml');
    const second = run(podYaml(uniqueName('c'), cluster.namespace, PLAIN), 'file:///same.yaml');
    assert.deepEqual(await first, { kind: 'cancelled' });
    assert.deepEqual(verdictsOf(await second), []);
    assert.deepEqual(verdictsOf(await other), []);
  });

  it('agrees with kubectl apply --dry-run=server on warnings and denials', async () => {
    const ns = await namespaceWith({ 'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/warn': 'restricted' });
    namespaces.push(ns);
    const dry = (text: string): ReturnType<typeof kubectl> =>
      kubectl(cluster.kubeconfigPath, ['apply', '--server-side', '--dry-run=server', '-f', '-'], { input: text });
    const denied = podYaml(uniqueName('host'), ns, `  hostNetwork: true\n${PLAIN}`);
    const [denial] = verdictsOf(await run(denied));
    const viaKubectl = await dry(denied);
    assert.notEqual(viaKubectl.code, 0);
    assert.ok(viaKubectl.stderr.includes(denial?.text ?? '(none)'), viaKubectl.stderr);

    const warned = podYaml(uniqueName('root'), ns, PLAIN);
    const verdicts = verdictsOf(await run(warned));
    const warning = verdicts.find((v) => v.kind === 'warning');
    assert.ok(warning, JSON.stringify(verdicts));
    const kubectlWarned = await dry(warned);
    assert.ok(kubectlWarned.stderr.includes(`Warning: ${warning.text}`), kubectlWarned.stderr);
  });
});
