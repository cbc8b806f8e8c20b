// Rendered checks of charts with a real helm 4: the chart `helm create` makes, and the same chart
// broken in ways only a render shows (a value, a `required`, a syntax error, a missing dependency).
import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { loadModel } from '../../../server/src/service/schema/loadModel';
import { renderChart } from '../../../server/src/render/renderChart';
import type { RenderOutcome } from '../../../server/src/render/checkRendered';
import { distDir } from '../../helpers/service';
import { createdChart, edit, helmPath } from '../../helpers/renderTools';

const model = loadModel(distDir);

function render(
  chartDir: string,
  options: { valuesFiles?: string[]; helm?: string; language?: 'en' | 'ko'; signal?: AbortSignal } = {},
): Promise<RenderOutcome> {
  return renderChart({
    chartDir,
    helm: options.helm ?? helmPath(),
    valuesFiles: options.valuesFiles ?? [],
    model,
    settings: { language: options.language ?? 'en' },
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** `file:line code` of every rendered finding, relative to the chart. */
function summary(chartDir: string, outcome: RenderOutcome): string[] {
  assert.equal(outcome.kind, 'checked', JSON.stringify(outcome));
  if (outcome.kind !== 'checked') return [];
  const root = pathToFileURL(chartDir).href + '/';
  return [...outcome.diagnostics]
    .flatMap(([uri, list]) => list.map((d) => `${uri.replace(root, '')}:${d.range.start.line + 1} ${String(d.code)}`))
    .sort();
}

function only(outcome: RenderOutcome, chartDir: string, file: string): Diagnostic[] {
  return outcome.kind === 'checked' ? (outcome.diagnostics.get(pathToFileURL(join(chartDir, file)).href) ?? []) : [];
}

describe('helm template, checked', () => {
  it('the chart helm create makes has no errors; the untagged busybox of its test pod is the one warning', async () => {
    const chart = createdChart();
    const outcome = await render(chart);
    assert.deepEqual(summary(chart, outcome), ['templates/tests/test-connection.yaml:12 implicit-always-pull']);
    // Every template the render read is answered, so fixed mistakes disappear.
    assert.ok(
      only(outcome, chart, 'templates/deployment.yaml').length === 0 &&
        outcome.kind === 'checked' &&
        outcome.diagnostics.has(pathToFileURL(join(chart, 'templates/deployment.yaml')).href),
    );
  });

  it('a value typo lands on the values line, a literal typo on the template line, the rest on the kind line', async () => {
    const chart = createdChart();
    edit(join(chart, 'values.yaml'), 'resources: {}', 'resources:\n  limits:\n    memory: 512Mb');
    edit(join(chart, 'values.yaml'), 'replicaCount: 1', 'replicaCount: three');
    edit(join(chart, 'templates/service.yaml'), 'protocol: TCP', 'protocol: TPC');
    const outcome = await render(chart);
    const found = summary(chart, outcome);
    assert.ok(found.includes('values.yaml:116 invalid-quantity'), found.join('\n'));
    assert.ok(found.includes('templates/service.yaml:12 invalid-enum'), found.join('\n'));
    const [replicas] = only(outcome, chart, 'templates/deployment.yaml');
    assert.equal(replicas?.range.start.line, 1, 'placed on `kind: Deployment`');
    assert.match(replicas?.message ?? '', /^In the rendered Deployment release-name-web, at `spec\.replicas`/);
    const [protocol] = only(outcome, chart, 'templates/service.yaml');
    assert.equal(protocol?.source, 'podwright (helm template)');
    assert.deepEqual(protocol?.range.start, { line: 11, character: 16 });
  });

  it('says which rendered object it means in Korean too', async () => {
    const chart = createdChart();
    edit(join(chart, 'values.yaml'), 'replicaCount: 1', 'replicaCount: three');
    const [replicas] = only(await render(chart, { language: 'ko' }), chart, 'templates/deployment.yaml');
    assert.match(replicas?.message ?? '', /^렌더링된 Deployment release-name-web의 `spec\.replicas`: /);
  });

  it('a values file from the setting renders after values.yaml and gets its own findings', async () => {
    const chart = createdChart();
    writeFileSync(join(chart, 'values-prod.yaml'), 'service:\n  type: LoadBalancr\n');
    const found = summary(chart, await render(chart, { valuesFiles: ['values-prod.yaml'] }));
    assert.ok(found.includes('values-prod.yaml:2 invalid-enum'), found.join('\n'));
  });

  it('a failing required lands where helm says, in the template', async () => {
    const chart = createdChart();
    edit(
      join(chart, 'templates/deployment.yaml'),
      '{{ .Values.image.repository }}',
      '{{ required "set image.repository" .Values.image.repo }}',
    );
    const outcome = await render(chart);
    const [failure] = only(outcome, chart, 'templates/deployment.yaml');
    assert.equal(failure?.code, 'helm-render');
    assert.equal(failure?.range.start.line, 40);
    assert.match(failure?.message ?? '', /set image\.repository/);
  });

  it('a template syntax error and a missing dependency are placed too', async () => {
    const chart = createdChart();
    writeFileSync(join(chart, 'templates/extra.yaml'), 'apiVersion: v1\nkind: ConfigMap\n{{- if .Values.extra }}\ndata: {}\n');
    const [syntax] = only(await render(chart), chart, 'templates/extra.yaml');
    assert.equal(syntax?.code, 'helm-render');
    assert.match(syntax?.message ?? '', /unexpected EOF/);
    const other = createdChart();
    appendFileSync(
      join(other, 'Chart.yaml'),
      'dependencies:\n  - name: redis\n    version: 19.0.0\n    repository: https://charts.example.com\n',
    );
    const [dependency] = only(await render(other), other, 'Chart.yaml');
    assert.match(dependency?.message ?? '', /`redis` is not in charts\//);
    const lines = (await import('node:fs')).readFileSync(join(other, 'Chart.yaml'), 'utf8').split('\n');
    assert.match(lines[dependency?.range.start.line ?? 0] ?? '', /name: redis/);
  });

  it('a missing helm is one notice, in the user language', async () => {
    const chart = createdChart();
    const outcome = await render(chart, { helm: join(chart, 'no-such-helm'), language: 'ko' });
    assert.equal(outcome.kind, 'notice');
    assert.match(outcome.kind === 'notice' ? outcome.message : '', /podwright\.helm\.path/);
    assert.match(outcome.kind === 'notice' ? outcome.message : '', /찾지 못했습니다/);
  });

  it('a render given up for a newer save reports nothing', async () => {
    const chart = createdChart();
    const controller = new AbortController();
    const pending = render(chart, { signal: controller.signal });
    controller.abort();
    assert.equal((await pending).kind, 'cancelled');
  });
});
