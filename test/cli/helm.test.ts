// `podwright check chart/`: the chart's templates are checked statically (masked actions), its
// values files, Chart.yaml, _helpers.tpl and NOTES.txt are not judged as manifests.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, fixturesDir } from '../helpers/service';

const cli = join(distDir, 'cli.js');

/** Static checks only: what helm would render is test/cli/render.test.ts's. */
function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, 'check', '--no-render', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('podwright check on a Helm chart', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'podwright-chart-'));
    cpSync(join(fixturesDir, 'helm', 'web'), join(dir, 'web'), { recursive: true });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the chart helm create makes: no finding, only its templates counted', () => {
    const result = run(join(dir, 'web'));
    assert.equal(result.stderr, '');
    // deployment, hpa, httproute, ingress, service, serviceaccount, tests/test-connection.
    assert.equal(result.stdout, '0 errors, 0 warnings in 7 files\n');
    assert.equal(result.status, 0);
  });

  it('a literal typo in a template is an error on its line, with the suggestion', () => {
    const file = join(dir, 'web', 'templates', 'deployment.yaml');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('imagePullPolicy:')) + 1;
    writeFileSync(
      file,
      text.replace(
        'imagePullPolicy: {{ .Values.image.pullPolicy }}',
        'imagePullPolicy: {{ .Values.image.pullPolicy }}\n          imagePulPolicy: Always',
      ),
    );
    try {
      const result = run('--format', 'json', join(dir, 'web'));
      const problems = JSON.parse(result.stdout) as { file: string; line: number; column: number; code: string; message: string }[];
      assert.deepEqual(
        problems.map((p) => [p.file, p.line, p.column, p.code]),
        [[file, line + 1, 11, 'unknown-field']],
      );
      assert.match(problems[0]?.message ?? '', /did you mean `imagePullPolicy`/);
      assert.equal(result.status, 1);
    } finally {
      writeFileSync(file, text);
    }
  });

  it('values.yaml with top-level `kind:` and Chart.yaml given by name are not manifests', () => {
    writeFileSync(join(dir, 'web', 'values-prod.yaml'), 'kind: Deployment\nreplicaCount: 3\n');
    const result = run(
      join(dir, 'web', 'values-prod.yaml'),
      join(dir, 'web', 'Chart.yaml'),
      join(dir, 'web', 'templates', '_helpers.tpl'),
      join(dir, 'web', 'templates', 'NOTES.txt'),
    );
    assert.equal(result.stdout, '0 errors, 0 warnings in 0 files\n');
    assert.equal(result.status, 0);
  });
});
