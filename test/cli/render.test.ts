// `podwright check overlay/` and `podwright check chart/` with helm and kubectl on the PATH (real
// binaries from the npm layer package), and without them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { distDir } from '../helpers/service';
import { copiedFixture, createdChart, edit, helmPath, kubectlPath } from '../helpers/renderTools';

const cli = join(distDir, 'cli.js');

/** A PATH holding only helm and kubectl (or nothing), so the machine's own tools never answer. */
function toolPath(withTools: boolean): string {
  const bin = mkdtempSync(join(tmpdir(), 'podwright-bin-'));
  if (withTools) {
    symlinkSync(helmPath(), join(bin, 'helm'));
    symlinkSync(kubectlPath(), join(bin, 'kubectl'));
  }
  return bin;
}

interface Problem {
  file: string;
  line: number;
  severity: string;
  code: string;
  message: string;
}

function check(cwd: string, withTools: boolean, ...args: string[]): { status: number | null; problems: Problem[]; stderr: string } {
  const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: toolPath(withTools), HOME: mkdtempSync(join(tmpdir(), 'podwright-home-')) },
  });
  return { status: result.status, problems: JSON.parse(result.stdout || '[]') as Problem[], stderr: result.stderr };
}

const where = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.file}:${p.line} ${p.code}`).sort();

describe('podwright check on kustomizations', () => {
  it('checks an overlay statically and rendered: a clean overlay is clean', () => {
    const shop = copiedFixture('kustomize', 'shop');
    const result = check(shop, true, 'overlays/prod');
    assert.deepEqual(where(result.problems), []);
    assert.equal(result.status, 0, result.stderr);
  });

  it('reports what only the build shows, on the override or patch line that caused it', () => {
    const shop = copiedFixture('kustomize', 'shop');
    edit(
      join(shop, 'overlays', 'prod', 'deployment-patch.yaml'),
      '          resources:',
      '          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: metrics\n          resources:',
    );
    const staging = check(shop, true, 'overlays/staging');
    assert.deepEqual(where(staging.problems), ['overlays/staging/kustomization.yaml:8 implicit-always-pull']);
    const prod = check(shop, true, 'overlays/prod');
    assert.deepEqual(where(prod.problems), ['overlays/prod/deployment-patch.yaml:18 undefined-port-name']);
    assert.deepEqual(where(check(shop, true, '--no-render', 'overlays/prod').problems), [], '--no-render checks the files only');
  });

  it('without kubectl the static checks run and one note says why nothing was rendered', () => {
    const shop = copiedFixture('kustomize', 'shop');
    edit(join(shop, 'overlays', 'prod', 'kustomization.yaml'), 'namePrefix:', 'namePrefx:');
    const result = check(shop, false, 'overlays/prod');
    assert.deepEqual(where(result.problems), ['overlays/prod/kustomization.yaml:5 kustomize-unknown-field']);
    assert.equal(result.status, 1);
    assert.equal(result.stderr.match(/note: .*kubectl/g)?.length, 1, result.stderr);
  });
});

describe('podwright check on charts', () => {
  it('renders with helm and reports a values typo on its line; --values adds a file; --no-render skips', () => {
    const chart = createdChart();
    const parent = dirname(chart);
    edit(join(chart, 'values.yaml'), 'resources: {}', 'resources:\n  limits:\n    memory: 512Mb');
    mkdirSync(join(parent, 'env'));
    writeFileSync(join(parent, 'env', 'prod.yaml'), 'service:\n  type: LoadBalancr\n');
    const rendered = check(parent, true, '--values', 'env/prod.yaml', 'web');
    const found = where(rendered.problems);
    assert.ok(found.includes('web/values.yaml:116 invalid-quantity'), found.join('\n'));
    assert.ok(found.includes('env/prod.yaml:2 invalid-enum'), found.join('\n'));
    assert.equal(rendered.status, 1);
    const skipped = where(check(parent, true, '--no-render', '--values', 'env/prod.yaml', 'web').problems);
    assert.ok(
      !skipped.includes('web/values.yaml:116 invalid-quantity') && !skipped.includes('env/prod.yaml:2 invalid-enum'),
      skipped.join('\n'),
    );
  });

  it('a required value that is not set fails the run on its template line', () => {
    const chart = createdChart();
    edit(
      join(chart, 'templates', 'service.yaml'),
      '{{ .Values.service.port }}',
      '{{ required "service.port is required" .Values.service.prt }}',
    );
    const result = check(dirname(chart), true, 'web');
    const failure = result.problems.find((p) => p.code === 'helm-render');
    assert.equal(failure?.file, 'web/templates/service.yaml');
    assert.match(failure?.message ?? '', /service\.port is required/);
    assert.equal(result.status, 1);
  });
});
