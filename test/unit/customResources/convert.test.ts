// The converter alone: CRDs and OpenAPI documents in, kinds and types in the model's own shape out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertSchemaDocuments, type ConvertedSchemas } from '../../../server/src/service/schema/custom/convert';
import { shortTypeName, type TypeDef } from '../../../server/src/service/schema/model';
import { gadgetsOpenApi, widgetCrdText, yamlDocuments } from '../../helpers/customResources';

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

function convert(documents: readonly unknown[]): ConvertedSchemas {
  return convertSchemaDocuments(documents, { idPrefix: 't.', builtInType: (id) => id.startsWith('io.k8s.') });
}

function typeNamed(converted: ConvertedSchemas, name: string): TypeDef {
  const entries = Object.entries(converted.types).filter(([id]) => shortTypeName(id) === name);
  assert.equal(entries.length, 1, `one type named ${name} among ${Object.keys(converted.types).join(', ')}`);
  const found = entries[0];
  assert.ok(found);
  return found[1];
}

describe('converting a CustomResourceDefinition', () => {
  const converted = convert(yamlDocuments(widgetCrdText()));

  it('gives a kind per served version (not the retired one), rooted at its own type', () => {
    assert.deepEqual(
      converted.kinds.map((k) => [k.apiVersion, k.kind, shortTypeName(k.type), k.origin]),
      [
        ['shop.example.com/v1', 'Widget', 'Widget', 'CustomResourceDefinition widgets.shop.example.com'],
        ['shop.example.com/v1beta1', 'Widget', 'Widget', 'CustomResourceDefinition widgets.shop.example.com'],
      ],
    );
    assert.notEqual(converted.kinds[0]?.type, converted.kinds[1]?.type, 'each version has its own schema');
    assert.deepEqual(converted.problems, []);
    assert.equal(converted.recognized, 1);
  });

  it('type ids are custom (crd:…) and never a built-in id, and read as the place in the kind', () => {
    for (const id of Object.keys(converted.types)) {
      assert.ok(id.startsWith('crd:t.'), id);
      assert.ok(!id.startsWith('io.k8s.'), id);
    }
    const names = Object.keys(converted.types).map(shortTypeName).sort();
    assert.deepEqual(names, [
      'Widget',
      'Widget',
      'Widget.spec',
      'Widget.spec',
      'Widget.spec.parts[]',
      'Widget.spec.template',
      'Widget.spec.workload',
      'Widget.status',
    ]);
  });

  it('the root has apiVersion, kind, the standard metadata, spec and status', () => {
    const root = converted.types[converted.kinds[0]?.type ?? ''];
    assert.ok(root);
    assert.deepEqual(Object.keys(root.fields).sort(), ['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    assert.equal(root.fields.metadata?.t, `#${OBJECT_META}`);
    assert.equal(root.fields.apiVersion?.t, 'string');
    assert.equal(root.description, 'A Widget is something the shop builds and sells.');
    assert.equal(root.open, undefined);
  });

  it('fields carry type, description, required, enum and constraints', () => {
    const spec = Object.entries(converted.types).find(([id, t]) => shortTypeName(id) === 'Widget.spec' && 'sku' in t.fields)?.[1];
    assert.ok(spec);
    const f = spec.fields;
    assert.deepEqual(f.size, { t: 'string', d: 'How big the widget is.', r: 1, enum: [{ v: 'small' }, { v: 'medium' }, { v: 'large' }] });
    assert.deepEqual(f.color, {
      t: 'string',
      d: 'Colour of the widget as a lower-case hex code, such as "#00ff00".',
      r: 1,
      c: { pattern: '^#[0-9a-f]{6}$' },
    });
    assert.deepEqual(f.replicas, {
      t: 'integer',
      d: 'How many widgets to keep in stock.',
      c: { minimum: 0, maximum: 10, format: 'int32' },
    });
    assert.deepEqual(f.port, { t: 'int-or-string', d: 'Port number or name the widget listens on.' });
    assert.deepEqual(f.sku, { t: 'string', d: 'Stock keeping unit.', c: { minLength: 3, maxLength: 12 } });
    assert.deepEqual(f.tags, {
      t: '[]string',
      d: 'Labels for the shop window.',
      enum: [{ v: 'new' }, { v: 'sale' }, { v: 'popular' }],
      c: { maxItems: 3 },
    });
    assert.match(f.parts?.t ?? '', /^\[\]#crd:t\.\d+\|Widget\.spec\.parts\[\]$/);
    assert.deepEqual(f.labels, { t: '{}string', d: 'Extra labels, printed on the box.' });
    assert.deepEqual(f.releasedAt, { t: 'time', d: 'When the widget went on sale.', c: { format: 'date-time' } });
    assert.deepEqual(f.note, { t: 'string', d: 'A note for the shop floor.', c: { nullable: true } });
  });

  it('preserve-unknown-fields opens an object; an embedded resource gets apiVersion, kind and metadata', () => {
    const template = typeNamed(converted, 'Widget.spec.template');
    assert.equal(template.open, true);
    assert.deepEqual(Object.keys(template.fields), ['mode']);
    const workload = typeNamed(converted, 'Widget.spec.workload');
    assert.equal(workload.open, true);
    assert.equal(workload.fields.apiVersion?.r, 1);
    assert.equal(workload.fields.kind?.r, 1);
    assert.equal(workload.fields.metadata?.t, `#${OBJECT_META}`);
    const parts = typeNamed(converted, 'Widget.spec.parts[]');
    assert.deepEqual(parts.fields.count, { t: 'integer', d: 'How many of this part go into one widget.', c: { minimum: 1 } });
    assert.equal(parts.fields.name?.r, 1);
  });

  it('a list of CRDs (kubectl get crd -o yaml) is read too', () => {
    const list = convert([{ apiVersion: 'v1', kind: 'List', items: yamlDocuments(widgetCrdText()) }]);
    assert.equal(list.kinds.length, 2);
    assert.equal(list.recognized, 1);
  });

  it('documents that are neither CRDs nor OpenAPI are skipped', () => {
    const other = convert([{ apiVersion: 'v1', kind: 'ConfigMap' }, null, 'text', 3, []]);
    assert.deepEqual(other, { kinds: [], types: {}, problems: [], recognized: 0 });
  });
});

describe('converting an OpenAPI v3 document', () => {
  const converted = convert([gadgetsOpenApi()]);

  it('kinds come from x-kubernetes-group-version-kind of custom groups; Kubernetes’ own types are not converted', () => {
    assert.deepEqual(
      converted.kinds.map((k) => [k.apiVersion, k.kind, shortTypeName(k.type)]),
      [
        ['gadgets.example.io/v1', 'Gadget', 'Gadget'],
        ['gadgets.example.io/v1', 'GadgetList', 'GadgetList'],
      ],
    );
    assert.deepEqual(converted.problems, []);
  });

  it('$ref and allOf: the referring words, the component’s name, a recursive type by one id', () => {
    const gadget = typeNamed(converted, 'Gadget');
    assert.equal(gadget.fields.metadata?.t, `#${OBJECT_META}`);
    assert.equal(gadget.fields.spec?.d, 'What the gadget does.');
    const specId = gadget.fields.spec?.t.slice(1) ?? '';
    assert.equal(shortTypeName(specId), 'GadgetSpec');
    const spec = converted.types[specId];
    assert.equal(spec?.fields.children?.t, `[]#${specId}`, 'children are GadgetSpecs again');
    assert.equal(spec?.fields.function?.r, 1);
    const list = typeNamed(converted, 'GadgetList');
    assert.equal(list.fields.items?.t, `[]#${converted.kinds[0]?.type ?? ''}`);
  });

  it('exclusive bounds in both OpenAPI 3.0 (boolean) and JSON Schema (number) form', () => {
    const doc = {
      components: {
        schemas: {
          'x.v1.Box': {
            type: 'object',
            'x-kubernetes-group-version-kind': [{ group: 'x.io', version: 'v1', kind: 'Box' }],
            properties: {
              a: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true },
              b: { type: 'integer', exclusiveMinimum: 5, multipleOf: 5 },
              c: { type: 'object', minProperties: 1, maxProperties: 2, additionalProperties: { type: 'string', maxLength: 3 } },
              d: { type: 'array', items: { type: 'array', items: { type: 'string', pattern: '^a' }, minItems: 1 } },
              e: { type: 'object', additionalProperties: true },
            },
          },
        },
      },
    };
    const box = typeNamed(convert([doc]), 'Box');
    assert.deepEqual(box.fields.a?.c, { minimum: 0, maximum: 1, exclusiveMinimum: true, exclusiveMaximum: true });
    assert.deepEqual(box.fields.b?.c, { minimum: 5, exclusiveMinimum: true, multipleOf: 5 });
    assert.deepEqual(box.fields.c, { t: '{}string', d: '', c: { minProperties: 1, maxProperties: 2, items: { maxLength: 3 } } });
    assert.deepEqual(box.fields.d, { t: '[][]string', d: '', c: { items: { minItems: 1, items: { pattern: '^a' } } } });
    assert.deepEqual(box.fields.e, { t: '{}any', d: '' });
  });
});
