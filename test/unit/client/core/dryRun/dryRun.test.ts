// The pure parts of dry run on save: which contexts get one (protected contexts only by name),
// which files are manifests a cluster could take as written, how the cluster's answers become
// verdicts, and the Kubernetes version a cluster's /version stands for.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { dryRunPatternFor } from '../../../../../client/src/core/dryRun/dryRunContext';
import { isDryRunManifest, type FileAccess } from '../../../../../client/src/core/dryRun/dryRunFile';
import { dryRunVerdicts, type DryRunError } from '../../../../../client/src/core/dryRun/dryRunVerdicts';
import { targetVersionOf } from '../../../../../client/src/core/kube/targetVersion';
import { protectingPattern } from '../../../../../client/src/ui/shared/contextGlob';

describe('dryRunPatternFor', () => {
  const decide = (context: string, patterns: string[], protectedPatterns: string[] = ['*prod*']): string | undefined =>
    dryRunPatternFor(context, patterns, protectedPatterns, protectingPattern);

  it('is off when no pattern is given, and follows glob patterns otherwise', () => {
    assert.equal(decide('kind-dev', []), undefined);
    assert.equal(decide('kind-dev', ['kind-*']), 'kind-*');
    assert.equal(decide('minikube', ['kind-*']), undefined);
  });

  it('reaches a protected context only when a pattern names it exactly', () => {
    assert.equal(decide('prod-eu', ['*']), undefined);
    assert.equal(decide('prod-eu', ['prod-*']), undefined);
    assert.equal(decide('prod-eu', ['*', 'prod-eu']), 'prod-eu');
    assert.equal(decide('Prod-EU', ['prod-eu']), 'prod-eu');
  });
});

describe('isDryRunManifest', () => {
  const root = mkdtempSync(join(tmpdir(), 'podwright-dryrun-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const disk: FileAccess = { exists: (p) => existsSync(p), read: (p) => readFileSync(p, 'utf8') };
  const write = (relative: string, text: string): string => {
    const path = join(root, relative);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return pathToFileURL(path).href;
  };
  const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n';

  it('takes a plain manifest on disk, not an unsaved or non-YAML one', () => {
    const uri = write('plain/pod.yaml', POD);
    assert.equal(isDryRunManifest(uri, 'yaml', POD, disk), true);
    assert.equal(isDryRunManifest('untitled:Untitled-1', 'yaml', POD, disk), false);
    assert.equal(isDryRunManifest(uri, 'helm', POD, disk), false);
  });

  it('leaves out Helm templates and values', () => {
    write('chart/Chart.yaml', 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    const template = write('chart/templates/pod.yaml', POD);
    assert.equal(isDryRunManifest(template, 'yaml', POD, disk), false);
    const values = write('chart/values.yaml', 'replicas: 1\n');
    assert.equal(isDryRunManifest(values, 'yaml', 'replicas: 1\n', disk), false);
    const actions = write('loose/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n');
    assert.equal(isDryRunManifest(actions, 'yaml', readFileSync(new URL(actions), 'utf8'), disk), false);
  });

  it('leaves out kustomizations and the patches they list, not their resources', () => {
    const kustomization = write(
      'overlay/kustomization.yaml',
      'resources:\n- ../base/pod.yaml\npatches:\n- path: patch.yaml\npatchesStrategicMerge:\n- more/sm.yaml\n',
    );
    assert.equal(isDryRunManifest(kustomization, 'yaml', 'resources: []\n', disk), false);
    const patch = write('overlay/patch.yaml', POD);
    assert.equal(isDryRunManifest(patch, 'yaml', POD, disk), false);
    const nested = write('overlay/more/sm.yaml', POD);
    assert.equal(isDryRunManifest(nested, 'yaml', POD, disk), false);
    const resource = write('base/pod.yaml', POD);
    assert.equal(isDryRunManifest(resource, 'yaml', POD, disk), true);
  });
});

function error(init: Partial<DryRunError> & { kind: string }): DryRunError {
  return { message: '', causes: [], conflicts: [], ...init };
}

describe('dryRunVerdicts', () => {
  it('sorts 403s into webhook, Pod Security, quota and permission refusals', () => {
    const verdicts = dryRunVerdicts([
      {
        index: 0,
        outcome: 'failed',
        warnings: [],
        error: error({
          kind: 'forbidden',
          status: {
            reason: 'Forbidden',
            message: 'admission webhook "p.example.com" denied the request: no',
            details: { causes: [{ field: 'spec.hostPID', message: 'no' }] },
          },
        }),
      },
      {
        index: 1,
        outcome: 'failed',
        warnings: [],
        error: error({
          kind: 'forbidden',
          status: { message: 'pods "a" is forbidden: violates PodSecurity "baseline:latest": host namespaces (hostPID=true)' },
        }),
      },
      {
        index: 2,
        outcome: 'failed',
        warnings: [],
        error: error({
          kind: 'forbidden',
          status: { message: 'pods "b" is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1' },
        }),
      },
      {
        index: 3,
        outcome: 'failed',
        warnings: [],
        error: error({
          kind: 'forbidden',
          status: { message: 'pods "c" is forbidden: User "x" cannot patch resource "pods"' },
          forbidden: {},
        }),
      },
    ]);
    assert.deepEqual(
      verdicts.map((v) => [v.index, v.kind, v.field]),
      [
        [0, 'webhook-denied', 'spec.hostPID'],
        [1, 'pod-security', undefined],
        [2, 'quota', undefined],
        [3, 'forbidden', undefined],
      ],
    );
    assert.ok(verdicts.every((v) => v.severity === 'error'));
  });

  it('keeps warnings of accepted and refused documents, and says nothing for an unreachable cluster', () => {
    const verdicts = dryRunVerdicts([
      { index: 0, outcome: 'created', warnings: ['would violate PodSecurity "restricted:latest": x'] },
      { index: 1, outcome: 'failed', warnings: [], error: error({ kind: 'unreachable', message: 'down' }) },
      { index: 2, outcome: 'skipped', warnings: [], error: error({ kind: 'unreachable', message: 'down' }) },
    ]);
    assert.deepEqual(
      verdicts.map((v) => [v.index, v.kind, v.severity]),
      [[0, 'warning', 'warning']],
    );
  });

  it("tells immutable fields from other invalid ones, and names conflicts' managers", () => {
    const verdicts = dryRunVerdicts([
      {
        index: 0,
        outcome: 'failed',
        warnings: [],
        error: error({
          kind: 'invalid',
          causes: [
            { field: 'spec.selector', message: 'Invalid value: {}: field is immutable', reason: 'FieldValueInvalid' },
            { field: 'spec.replicas', message: 'must be greater than or equal to 0' },
          ],
        }),
      },
      {
        index: 1,
        outcome: 'failed',
        warnings: [],
        error: error({ kind: 'conflict', conflicts: [{ manager: 'helm', field: '.spec.replicas' }] }),
      },
      {
        index: 2,
        outcome: 'failed',
        warnings: [],
        error: error({ kind: 'not-found', status: { message: 'namespaces "x" not found', details: { kind: 'namespaces' } } }),
      },
    ]);
    assert.deepEqual(
      verdicts.map((v) => [v.kind, v.field, v.manager]),
      [
        ['immutable', 'spec.selector', undefined],
        ['invalid', 'spec.replicas', undefined],
        ['conflict', '.spec.replicas', 'helm'],
        ['no-namespace', 'metadata.namespace', undefined],
      ],
    );
  });
});

describe('targetVersionOf', () => {
  const supported = ['1.36', '1.35', '1.31', '1.28'];
  it("uses the cluster's minor, read from major/minor or the gitVersion", () => {
    assert.deepEqual(targetVersionOf({ major: '1', minor: '31', gitVersion: 'v1.31.4' }, supported), {
      cluster: 'v1.31.4',
      clusterMinor: '1.31',
      version: '1.31',
      clamped: false,
    });
    assert.equal(targetVersionOf({ major: '1', minor: '28+', gitVersion: 'v1.28.9-eks-1' }, supported)?.version, '1.28');
    assert.equal(targetVersionOf({ gitVersion: 'v1.35.0' }, supported)?.version, '1.35');
  });
  it('clamps versions Podwright does not model to the nearest, and says so', () => {
    assert.deepEqual(targetVersionOf({ major: '1', minor: '38' }, supported), {
      cluster: '1.38',
      clusterMinor: '1.38',
      version: '1.36',
      clamped: true,
    });
    assert.equal(targetVersionOf({ major: '1', minor: '25' }, supported)?.version, '1.28');
    assert.equal(targetVersionOf({}, supported), undefined);
  });
});
