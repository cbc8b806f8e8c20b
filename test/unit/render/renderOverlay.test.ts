// Rendered checks of kustomizations with a real kubectl 1.34 (kustomize v5): the overlays of
// test/fixtures/kustomize/shop, and mistakes that only the built output shows.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { loadModel } from '../../../server/src/service/schema/loadModel';
import { renderOverlay } from '../../../server/src/render/renderOverlay';
import type { RenderOutcome } from '../../../server/src/render/checkRendered';
import { distDir } from '../../helpers/service';
import { copiedFixture, edit, kubectlPath } from '../../helpers/renderTools';

const model = loadModel(distDir);

const render = (dir: string): Promise<RenderOutcome> => renderOverlay({ dir, kubectl: kubectlPath(), model, settings: { language: 'en' } });

function summary(root: string, outcome: RenderOutcome): string[] {
  assert.equal(outcome.kind, 'checked', JSON.stringify(outcome));
  if (outcome.kind !== 'checked') return [];
  const prefix = pathToFileURL(root).href + '/';
  return [...outcome.diagnostics]
    .flatMap(([uri, list]) => list.map((d) => `${uri.replace(prefix, '')}:${d.range.start.line + 1} ${String(d.code)}`))
    .sort();
}

describe('kubectl kustomize, checked', () => {
  it('the prod overlay (base, component, patches, images, generators) builds clean', async () => {
    const shop = copiedFixture('kustomize', 'shop');
    assert.deepEqual(summary(shop, await render(join(shop, 'overlays', 'prod'))), []);
  });

  it('an overlay that moves the image to :latest is told so, on the override that did it', async () => {
    const shop = copiedFixture('kustomize', 'shop');
    const outcome = await render(join(shop, 'overlays', 'staging'));
    assert.deepEqual(summary(shop, outcome), ['overlays/staging/kustomization.yaml:8 implicit-always-pull']);
    const [finding] =
      outcome.kind === 'checked'
        ? (outcome.diagnostics.get(pathToFileURL(join(shop, 'overlays', 'staging', 'kustomization.yaml')).href) ?? [])
        : [];
    assert.match(finding?.message ?? '', /^In the rendered Deployment shop-staging, at `spec\.template\.spec\.containers\[0\]\.image`/);
  });

  it('a patch probing a port the base does not name is caught once rendered, on the patch line', async () => {
    const shop = copiedFixture('kustomize', 'shop');
    edit(
      join(shop, 'overlays', 'prod', 'deployment-patch.yaml'),
      '          resources:',
      '          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: metrics\n          resources:',
    );
    assert.deepEqual(summary(shop, await render(join(shop, 'overlays', 'prod'))), [
      'overlays/prod/deployment-patch.yaml:18 undefined-port-name',
    ]);
  });

  it('what matches no line and no override lands on the kind line of the resource that defines the object', async () => {
    const shop = copiedFixture('kustomize', 'shop');
    edit(join(shop, 'overlays', 'staging', 'kustomization.yaml'), 'nameSuffix: -staging', 'nameSuffix: -Staging');
    const found = summary(shop, await render(join(shop, 'overlays', 'staging')));
    assert.ok(found.includes('base/deployment.yaml:2 invalid-name'), found.join('\n'));
  });

  it('a build failure lands on the kustomization line that names what failed', async () => {
    const shop = copiedFixture('kustomize', 'shop');
    edit(join(shop, 'base', 'kustomization.yaml'), '  - service.yaml', '  - services.yaml');
    const found = summary(shop, await render(join(shop, 'overlays', 'prod')));
    assert.deepEqual(found, ['base/kustomization.yaml:6 kustomize-render']);
  });

  it('an overlay built from a remote base is not fetched on save: one notice instead', async () => {
    const shop = copiedFixture('kustomize', 'shop');
    edit(
      join(shop, 'overlays', 'prod', 'kustomization.yaml'),
      '  - ingress.yaml',
      '  - ingress.yaml\n  - https://github.com/example/platform//monitoring?ref=v1.0.0',
    );
    const outcome = await render(join(shop, 'overlays', 'prod'));
    assert.equal(outcome.kind, 'notice');
    assert.match(outcome.kind === 'notice' ? outcome.message : '', /network.*github\.com\/example\/platform/);
  });

  it('helmCharts, which kubectl kustomize builds only with --enable-helm, is a notice, not an error', async () => {
    const shop = copiedFixture('kustomize', 'shop');
    edit(
      join(shop, 'overlays', 'prod', 'kustomization.yaml'),
      'replicas:',
      'helmCharts:\n  - name: redis\n    repo: https://charts.example.com\n    version: 19.0.0\n\nreplicas:',
    );
    const outcome = await render(join(shop, 'overlays', 'prod'));
    assert.equal(outcome.kind, 'notice', JSON.stringify(outcome));
  });
});
