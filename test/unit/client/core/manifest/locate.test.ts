// Placing diagnoses in manifest text: the key at fault with its value, template paths of
// workloads, a missing field at its parent, a pod-level finding at metadata.name, and documents
// after the first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locatePath, locateTarget, manifestPathFor } from '../../../../../client/src/core/manifest/locate';
import { parseManifest } from '../../../../../server/src/service/document/manifest';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: myapp
      command:
        - sh
        - -c
      resources:
        limits: { memory: 64Mi }
`;

function spanText(text: string, span: { start: number; end: number } | undefined): string | undefined {
  return span === undefined ? undefined : text.slice(span.start, span.end);
}

describe('locating diagnosis targets in a manifest', () => {
  it('points at a scalar field with its value, and at a block list by its key', () => {
    const manifest = parseManifest(POD);
    assert.equal(spanText(POD, locatePath(manifest, 0, ['spec', 'containers', 0, 'image'])), 'image: myapp');
    assert.equal(spanText(POD, locatePath(manifest, 0, ['spec', 'containers', 0, 'command'])), 'command');
  });

  it('goes into flow maps', () => {
    const manifest = parseManifest(POD);
    const span = locatePath(manifest, 0, ['spec', 'containers', 0, 'resources', 'limits', 'memory']);
    assert.equal(spanText(POD, span), 'memory: 64Mi');
    assert.equal(span?.exact, true);
  });

  it('points a missing field at its deepest parent, and says it is not exact', () => {
    const manifest = parseManifest(POD);
    const span = locatePath(manifest, 0, ['spec', 'containers', 0, 'imagePullPolicy']);
    assert.equal(spanText(POD, span), 'name: app');
    assert.equal(span?.exact, false);
    assert.equal(spanText(POD, locatePath(manifest, 0, ['spec', 'containers', 3, 'image'])), 'containers');
  });

  it('places a pod-spec path in a Deployment template and a CronJob job template', () => {
    const target = { path: ['spec', 'containers', 0, 'image'], specPath: ['containers', 0, 'image'] };
    assert.deepEqual(manifestPathFor('Deployment', target), ['spec', 'template', 'spec', 'containers', 0, 'image']);
    assert.deepEqual(manifestPathFor('CronJob', target), ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image']);
    assert.equal(
      manifestPathFor('Deployment', { path: ['metadata', 'finalizers'] }),
      undefined,
      'live-pod metadata has no place in a template',
    );
  });

  it('finds the target in the right document of a multi-document file', () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: "web:1.0"
`;
    const manifest = parseManifest(text);
    const target = { path: ['spec', 'containers', 0, 'image'], specPath: ['containers', 0, 'image'] };
    const span = locateTarget(manifest, 1, 'Deployment', target);
    assert.equal(spanText(text, span), 'image: "web:1.0"');
    assert.equal(manifest.lines.positionAt(span?.start ?? 0).line, 14);
  });

  it('puts findings without a manifest field on metadata.name', () => {
    const manifest = parseManifest(POD);
    assert.equal(spanText(POD, locateTarget(manifest, 0, 'Deployment', { path: ['metadata', 'finalizers'] })), 'name: web');
    assert.equal(spanText(POD, locateTarget(manifest, 0, 'Pod', undefined)), 'name: web');
  });
});
