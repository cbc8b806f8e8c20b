// Quick fix edits on manifest text: imagePullPolicy added after image with the container's
// indentation (or replaced when written), memory limits replaced keeping quotes, in templates too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quickFixEdit } from '../../../../../client/src/core/manifest/fixEdits';
import type { QuickFix } from '../../../../../client/src/core/diagnosis';
import { parseManifest } from '../../../../../server/src/service/document/manifest';

function applied(text: string, kind: string, fix: QuickFix, documentIndex = 0): string {
  const edit = quickFixEdit(parseManifest(text), documentIndex, kind, fix);
  assert.ok(edit, 'an edit');
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

const pullFix = (path: (string | number)[], specPath: (string | number)[]): QuickFix => ({
  kind: 'add-imagePullPolicy',
  container: 'app',
  value: 'IfNotPresent',
  target: { path, specPath },
});

describe('cluster quick fix edits', () => {
  it('adds imagePullPolicy right after image, indented like the container keys', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: myapp\n      ports:\n        - containerPort: 80\n';
    assert.equal(
      applied(text, 'Pod', pullFix(['spec', 'containers', 0, 'imagePullPolicy'], ['containers', 0, 'imagePullPolicy'])),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: myapp\n      imagePullPolicy: IfNotPresent\n      ports:\n        - containerPort: 80\n',
    );
  });

  it('replaces an imagePullPolicy that is written, in a Deployment template, keeping CRLF files intact', () => {
    const text =
      'apiVersion: apps/v1\r\nkind: Deployment\r\nmetadata:\r\n  name: web\r\nspec:\r\n  template:\r\n    spec:\r\n      containers:\r\n        - name: app\r\n          imagePullPolicy: "Always"\r\n          image: myapp\r\n';
    assert.equal(
      applied(text, 'Deployment', pullFix(['spec', 'containers', 0, 'imagePullPolicy'], ['containers', 0, 'imagePullPolicy'])),
      text.replace('"Always"', '"IfNotPresent"'),
    );
  });

  it('adds imagePullPolicy to the second document of a file', () => {
    const text =
      'kind: ConfigMap\nmetadata:\n  name: x\n---\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: myapp\n';
    assert.equal(
      applied(text, 'Pod', pullFix(['spec', 'containers', 0, 'imagePullPolicy'], ['containers', 0, 'imagePullPolicy']), 1),
      'kind: ConfigMap\nmetadata:\n  name: x\n---\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: myapp\n    imagePullPolicy: IfNotPresent\n',
    );
  });

  it('raises a memory limit in place, quotes kept', () => {
    const text =
      "kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: app:1\n      resources:\n        limits:\n          memory: '64Mi'\n";
    const fix: QuickFix = {
      kind: 'raise-memory-limit',
      container: 'app',
      current: '64Mi',
      value: '128Mi',
      target: {
        path: ['spec', 'containers', 0, 'resources', 'limits', 'memory'],
        specPath: ['containers', 0, 'resources', 'limits', 'memory'],
      },
    };
    assert.equal(applied(text, 'Pod', fix), text.replace("'64Mi'", "'128Mi'"));
  });

  it('offers no edit when the manifest no longer has the container', () => {
    const text = 'kind: Pod\nmetadata:\n  name: web\nspec:\n  containers: []\n';
    assert.equal(
      quickFixEdit(
        parseManifest(text),
        0,
        'Pod',
        pullFix(['spec', 'containers', 0, 'imagePullPolicy'], ['containers', 0, 'imagePullPolicy']),
      ),
      undefined,
    );
  });
});
