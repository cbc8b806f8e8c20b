// The custom schemas laid over the built-in model: sources come and go, findings follow at once
// (no stale cache), built-in kinds always win, and the first source of a kind keeps it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortTypeName } from '../../../server/src/service/schema/model';
import { check, findings, widgetCrdText, yamlDocuments } from '../../helpers/customResources';
import { newService, parse } from '../../helpers/service';

const WIDGET =
  'apiVersion: shop.example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: small\n  color: "#000000"\n  replicaz: 3\n';

function crd(group: string, kind: string, version: string, properties: Record<string, unknown>, preserve = false): unknown {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${kind.toLowerCase()}s.${group}` },
    spec: {
      group,
      names: { kind, plural: `${kind.toLowerCase()}s` },
      scope: 'Namespaced',
      versions: [
        {
          name: version,
          served: true,
          storage: true,
          schema: {
            openAPIV3Schema: {
              type: 'object',
              properties: { spec: { type: 'object', properties, ...(preserve ? { 'x-kubernetes-preserve-unknown-fields': true } : {}) } },
            },
          },
        },
      ],
    },
  };
}

describe('custom schema sources', () => {
  it('set types a custom resource; delete makes it silent again, even for a document checked before', () => {
    const service = newService();
    const { uri, manifest } = parse(service, WIDGET);
    assert.deepEqual(service.doValidation(uri, manifest), []);
    const result = service.customSchemas.set('file:///crds/widget.yaml', yamlDocuments(widgetCrdText()));
    assert.deepEqual(result.kinds, [
      { apiVersion: 'shop.example.com/v1', kind: 'Widget' },
      { apiVersion: 'shop.example.com/v1beta1', kind: 'Widget' },
    ]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.recognized, 1);
    assert.deepEqual(service.customSchemas.sources, ['file:///crds/widget.yaml']);
    assert.deepEqual(
      service.doValidation(uri, manifest).map((d) => d.code),
      ['unknown-field'],
    );
    assert.equal(service.customSchemas.delete('file:///crds/widget.yaml'), true);
    assert.equal(service.customSchemas.delete('file:///crds/widget.yaml'), false);
    assert.deepEqual(service.doValidation(uri, manifest), []);
    assert.equal(service.model.kind('shop.example.com/v1', 'Widget'), undefined);
    assert.equal(service.model.kindsServedBy('shop.example.com/v1'), undefined);
  });

  it('setting a source again replaces what it defined; the same schemas again change nothing', () => {
    const service = newService();
    service.customSchemas.set('crd', [crd('a.example.com', 'Thing', 'v1', { size: { type: 'string' } })]);
    const text = 'apiVersion: a.example.com/v1\nkind: Thing\nmetadata:\n  name: t\nspec:\n  size: big\n  color: red\n';
    const { uri, manifest } = parse(service, text);
    assert.deepEqual(
      service.doValidation(uri, manifest).map((d) => d.message),
      [
        'Unknown field `color` in Thing.spec. Kubernetes rejects fields it does not know; check the spelling and the indentation, or remove it.',
      ],
    );
    const generation = service.model.generation;
    service.customSchemas.set('crd', [crd('a.example.com', 'Thing', 'v1', { size: { type: 'string' } })]);
    assert.equal(service.model.generation, generation, 'identical schemas: cached findings stay valid');
    service.customSchemas.set('crd', [crd('a.example.com', 'Thing', 'v1', { size: { type: 'string' }, color: { type: 'string' } })]);
    assert.notEqual(service.model.generation, generation);
    assert.deepEqual(service.doValidation(uri, manifest), []);
    service.customSchemas.set('crd', []);
    assert.equal(service.model.kind('a.example.com/v1', 'Thing'), undefined);
  });

  it('the first source of a kind keeps it; when it goes, the next one takes over', () => {
    const service = newService();
    service.customSchemas.set('first', [crd('b.example.com', 'Box', 'v1', { width: { type: 'integer' } })]);
    service.customSchemas.set('second', [crd('b.example.com', 'Box', 'v1', { height: { type: 'integer' } })]);
    const text = 'apiVersion: b.example.com/v1\nkind: Box\nmetadata:\n  name: b\nspec:\n  width: 1\n  height: 2\n';
    assert.deepEqual(
      findings(check(service, text)).map((f) => [f[0], f[1]]),
      [['unknown-field', 6]],
    );
    service.customSchemas.delete('first');
    assert.deepEqual(
      findings(check(service, text)).map((f) => [f[0], f[1]]),
      [['unknown-field', 5]],
    );
  });

  it('built-in kinds are never overridden, and a built-in group version gets no custom kinds', () => {
    const service = newService();
    const deploymentType = service.model.kind('apps/v1', 'Deployment')?.type;
    const result = service.customSchemas.set('impostor', [
      crd('apps', 'Deployment', 'v1', {}, true),
      crd('apps', 'Gizmo', 'v1', {}),
      crd('c.example.com', 'Pod', 'v1', { anything: { type: 'string' } }),
    ]);
    assert.equal(result.kinds.length, 3, 'the converter reads them all');
    assert.equal(service.model.kind('apps/v1', 'Deployment')?.type, deploymentType);
    assert.equal(service.model.kind('apps/v1', 'Gizmo'), undefined);
    assert.ok(!service.model.kindsServedBy('apps/v1')?.includes('Gizmo'));
    const deployment =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicaz: 1\n  selector:\n    matchLabels: {app: d}\n  template:\n    metadata:\n      labels: {app: d}\n    spec:\n      containers:\n        - name: c\n          image: nginx:1.27\n';
    assert.deepEqual(
      findings(check(service, deployment)).map((f) => f[5]),
      ['Unknown field `replicaz` in DeploymentSpec: did you mean `replicas`?'],
    );
    // A custom kind named like a built-in one is the custom one under its own group, and the built-in one elsewhere.
    assert.equal(shortTypeName(service.model.kind('c.example.com/v1', 'Pod')?.type ?? ''), 'Pod');
    assert.equal(service.model.kind('v1', 'Pod')?.type, 'io.k8s.api.core.v1.Pod');
    const customPod = 'apiVersion: c.example.com/v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  anything: x\n  containers: []\n';
    assert.deepEqual(
      findings(check(service, customPod)).map((f) => [f[0], f[5]]),
      [
        [
          'unknown-field',
          'Unknown field `containers` in Pod.spec. Kubernetes rejects fields it does not know; check the spelling and the indentation, or remove it.',
        ],
      ],
    );
  });

  it('a custom kind named like a workload gets none of the workload rules', () => {
    const service = newService();
    service.customSchemas.set('jobs', [
      crd('batch.example.com', 'Job', 'v1', { template: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } }),
    ]);
    const job = `apiVersion: batch.example.com/v1\nkind: Job\nmetadata:\n  name: ${'a'.repeat(70)}\nspec:\n  template:\n    spec:\n      containers:\n        - name: Bad_Name\n          image: nginx\n`;
    assert.deepEqual(check(service, job), []);
  });

  it('custom kinds are in the model’s kind lists, after the built-in ones', () => {
    const service = newService();
    const builtIn = service.model.kinds.length;
    service.customSchemas.set('w', yamlDocuments(widgetCrdText()));
    assert.equal(service.model.kinds.length, builtIn + 2);
    assert.deepEqual(
      service.model.kindsNamed('Widget').map((k) => k.apiVersion),
      ['shop.example.com/v1', 'shop.example.com/v1beta1'],
    );
    assert.deepEqual(service.model.kindsServedBy('shop.example.com/v1beta1'), ['Widget']);
    assert.ok(service.model.isKindType(service.model.kind('shop.example.com/v1', 'Widget')?.type ?? ''));
  });

  it('a Widget without apiVersion gets the usual fix, to its CRD’s version', () => {
    const service = newService();
    service.customSchemas.set('w', yamlDocuments(widgetCrdText()));
    const diagnostics = check(service, 'kind: Widget\nmetadata:\n  name: w\n');
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['wrong-api-version'],
    );
    assert.match(diagnostics[0]?.message ?? '', /shop\.example\.com\/v1/);
  });
});
