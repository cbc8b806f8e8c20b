// Files a kustomization lists as patches are partial objects: what they write is still checked,
// what they leave to the base is not; and they are not objects of their own for other files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newService } from '../../helpers/service';
import { yaml } from '../../helpers/ruleHarness';
import type { PodLanguageService } from '../../../server/src/service/index';

const partial = yaml(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  replicas: three',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          resource:',
  '            limits:',
  '              memory: 1Gi',
);

const base = yaml(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app: web',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: web',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: nginx:1.27',
);

function codes(service: PodLanguageService, uri: string, text: string): string[] {
  return service
    .doValidation(uri, service.parse(uri, text))
    .map((d) => `${d.range.start.line + 1} ${String(d.code)}`)
    .sort();
}

describe('patch files', () => {
  it('a listed patch keeps unknown fields and types, not missing required fields', () => {
    const service = newService();
    service.indexFile('file:///repo/prod/kustomization.yaml', 'resources:\n  - ../base\npatches:\n  - path: web-patch.yaml\n');
    assert.equal(service.patchKindOf('file:///repo/prod/web-patch.yaml'), 'strategic');
    assert.deepEqual(codes(service, 'file:///repo/prod/web-patch.yaml', partial), ['11 unknown-field', '6 type-mismatch']);
  });

  it('a kustomization indexed in another thread (podwright check in workers) still names its patches', () => {
    const reader = newService();
    const uri = 'file:///repo/prod/kustomization.yaml';
    const manifest = reader.parse(uri, 'resources:\n  - ../base\npatches:\n  - path: web-patch.yaml\n');
    const checker = newService();
    checker.load(uri, structuredClone(reader.indexEntries(uri, manifest)));
    assert.equal(checker.patchKindOf('file:///repo/prod/web-patch.yaml'), 'strategic');
    assert.ok(!codes(checker, 'file:///repo/prod/web-patch.yaml', partial).some((c) => c.endsWith('required-field')));
  });

  it('the same partial object, listed by nobody, is judged as today', () => {
    const service = newService();
    const found = codes(service, 'file:///repo/other/web-patch.yaml', partial);
    assert.ok(
      found.some((c) => c.endsWith('required-field')),
      found.join(', '),
    );
  });

  it('patchesStrategicMerge entries count, and forgetting the kustomization ends it', () => {
    const service = newService();
    const uri = 'file:///repo/prod/kustomization.yaml';
    service.indexFile(uri, 'patchesStrategicMerge:\n  - patches/web.yaml\n');
    const patch = 'file:///repo/prod/patches/web.yaml';
    assert.ok(!codes(service, patch, partial).some((c) => c.endsWith('required-field')));
    service.unindex(uri);
    assert.equal(service.patchKindOf(patch), undefined);
    assert.ok(codes(service, patch, partial).some((c) => c.endsWith('required-field')));
  });

  it('strategic merge directives are not unknown fields', () => {
    const service = newService();
    service.indexFile('file:///repo/prod/kustomization.yaml', 'patches:\n  - path: p.yaml\n');
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: old',
      '          $patch: delete',
    );
    assert.deepEqual(codes(service, 'file:///repo/prod/p.yaml', text), []);
  });

  it('a JSON 6902 patch is a list of operations, not a manifest', () => {
    const service = newService();
    service.indexFile(
      'file:///repo/prod/kustomization.yaml',
      'patchesJson6902:\n  - path: ops.yaml\n    target: {kind: Deployment, name: web}\n',
    );
    const ops = '- op: replace\n  path: /spec/replicas\n  value: 3\n';
    assert.equal(service.patchKindOf('file:///repo/prod/ops.yaml'), 'json6902');
    assert.deepEqual(codes(service, 'file:///repo/prod/ops.yaml', ops), []);
  });

  it('a patch is not a second object beside the one it patches', () => {
    const service = newService();
    service.setWorkspaceRoots(['file:///repo']);
    service.indexFile('file:///repo/app/kustomization.yaml', 'resources:\n  - deployment.yaml\npatches:\n  - path: a-patch.yaml\n');
    service.indexFile('file:///repo/app/a-patch.yaml', partial);
    assert.deepEqual(codes(service, 'file:///repo/app/deployment.yaml', base), []);
    // Without the kustomization the same two files are two Deployments named web.
    const plain = newService();
    plain.setWorkspaceRoots(['file:///repo']);
    plain.indexFile('file:///repo/app/a-patch.yaml', partial);
    assert.ok(codes(plain, 'file:///repo/app/deployment.yaml', base).some((c) => c.endsWith('duplicate-object')));
  });
});
