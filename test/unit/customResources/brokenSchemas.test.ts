// Broken schemas never crash or hang: the converter returns problems, a CRD document gets
// invalid-crd-schema on the offending key, and the broken part of a custom resource is unchecked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertSchemaDocuments } from '../../../server/src/service/schema/custom/convert';
import { applyFix } from '../../helpers/ruleHarness';
import { check, findings, yamlDocuments } from '../../helpers/customResources';
import { newService } from '../../helpers/service';

const SCHEMA = 'spec.versions[0].schema.openAPIV3Schema';

const BROKEN_CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: traps.example.com
spec:
  group: example.com
  names:
    kind: Trap
    plural: traps
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                size:
                  type: strin
                first:
                  $ref: '#/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties/second'
                second:
                  $ref: '#/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties/first'
                missing:
                  $ref: '#/definitions/Nothing'
                count:
                  type: integer
    - name: v2
      served: true
      storage: false
    - name: v3
      served: true
      storage: false
      schema:
        openAPIV3Schema:
          type: array
`;

describe('a broken CustomResourceDefinition', () => {
  it('gets one clear invalid-crd-schema finding per problem, on the offending key', () => {
    assert.deepEqual(findings(check(newService(), BROKEN_CRD)), [
      [
        'invalid-crd-schema',
        22,
        18,
        22,
        22,
        '`type: strin` is not an OpenAPI type: did you mean `string`? The types are string, integer, number, boolean, object and array; the API server rejects this schema.',
      ],
      [
        'invalid-crd-schema',
        24,
        18,
        24,
        22,
        'The API server rejects `$ref` in a CustomResourceDefinition (`#/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties/second`): write the schema inline.',
      ],
      [
        'invalid-crd-schema',
        26,
        18,
        26,
        22,
        '`$ref: #/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties/first` leads back to itself without ever describing a value, so the value there is not checked.',
      ],
      [
        'invalid-crd-schema',
        28,
        18,
        28,
        22,
        '`$ref: #/definitions/Nothing` points at nothing in this document, so the value there is not checked.',
      ],
      [
        'invalid-crd-schema',
        31,
        6,
        31,
        10,
        'Version `v2` has no `schema.openAPIV3Schema`: apiextensions.k8s.io/v1 requires a schema for every version, and its custom resources cannot be checked.',
      ],
      [
        'invalid-crd-schema',
        39,
        10,
        39,
        14,
        "The top of a custom resource's schema must be `type: object`, not `array`; the API server rejects this schema.",
      ],
    ]);
  });

  it('the bad type has a fix to the type meant', () => {
    const diagnostic = check(newService(), BROKEN_CRD).find((d) => d.message.startsWith('`type: strin`'));
    assert.ok(diagnostic);
    assert.ok(applyFix(BROKEN_CRD, diagnostic).includes('                  type: string\n'));
  });

  it('in Korean too', () => {
    const service = newService();
    service.configure({ language: 'ko' });
    const messages = findings(check(service, BROKEN_CRD)).map((f) => f[5]);
    assert.equal(messages.length, 6);
    assert.equal(
      messages[0],
      '`type: strin`은 OpenAPI 타입이 아닙니다. `string`을 쓰려던 것인가요? 타입은 string, integer, number, boolean, object, array 중 하나여야 하며, API 서버는 이 스키마를 거부합니다.',
    );
    for (const message of messages) assert.match(message, /[\uAC00-\uD7A3]/);
  });

  it('its custom resources are checked where the schema holds and left alone where it is broken', () => {
    const service = newService();
    const result = service.customSchemas.set('traps', yamlDocuments(BROKEN_CRD));
    assert.deepEqual(result.kinds, [
      { apiVersion: 'example.com/v1', kind: 'Trap' },
      { apiVersion: 'example.com/v3', kind: 'Trap' },
    ]);
    assert.deepEqual(
      result.problems.map((p) => p.at),
      [
        `${SCHEMA}.properties.spec.properties.size.type`,
        `${SCHEMA}.properties.spec.properties.first.$ref`,
        `${SCHEMA}.properties.spec.properties.second.$ref`,
        `${SCHEMA}.properties.spec.properties.missing.$ref`,
        'spec.versions[1].name',
        'spec.versions[2].schema.openAPIV3Schema.type',
      ],
    );
    const trap =
      'apiVersion: example.com/v1\nkind: Trap\nmetadata:\n  name: t\nspec:\n  size: [1]\n  first: {a: 1}\n  missing: 3\n  count: many\n  extra: 1\n';
    assert.deepEqual(
      findings(check(service, trap)).map((f) => [f[0], f[1]]),
      [
        ['type-mismatch', 8],
        ['unknown-field', 9],
      ],
    );
  });
});

describe('schemas that would hang or crash a naive converter', () => {
  it('cyclic $ref chains, dangling refs and bad types in an OpenAPI document are problems, not exceptions', () => {
    const doc = {
      components: {
        schemas: {
          'x.v1.Loop': {
            type: 'object',
            'x-kubernetes-group-version-kind': [{ group: 'x.io', version: 'v1', kind: 'Loop' }],
            properties: {
              a: { $ref: '#/components/schemas/x.v1.A' },
              b: { $ref: 'other.json#/B' },
              c: { type: 'strng' },
              d: { type: ['string', 'null'] },
            },
          },
          'x.v1.A': { $ref: '#/components/schemas/x.v1.B' },
          'x.v1.B': { allOf: [{ $ref: '#/components/schemas/x.v1.A' }] },
        },
      },
    };
    const result = convertSchemaDocuments([doc], { idPrefix: 'p.' });
    assert.deepEqual(
      result.problems.map((p) => [p.path.join('/'), p.problem.kind]),
      [
        ['components/schemas/x.v1.B/$ref', 'cyclicRef'],
        ['components/schemas/x.v1.Loop/properties/b/$ref', 'danglingRef'],
        ['components/schemas/x.v1.Loop/properties/c/type', 'badType'],
        ['components/schemas/x.v1.Loop/properties/d/type', 'badType'],
      ],
    );
    assert.equal(result.kinds.length, 1, 'the kind is still usable');
  });

  it('self-containing objects (YAML aliases, shared JS objects) convert to a recursive type or a problem, in bounded time', () => {
    const node: Record<string, unknown> = { type: 'object', properties: {} };
    (node.properties as Record<string, unknown>).self = node;
    const list: Record<string, unknown> = { type: 'array' };
    list.items = list;
    const crd = (schema: unknown): unknown => ({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      spec: { group: 'x.io', names: { kind: 'X' }, versions: [{ name: 'v1', served: true, schema: { openAPIV3Schema: schema } }] },
    });
    const started = Date.now();
    const objects = convertSchemaDocuments([crd({ type: 'object', properties: { node, list } })], { idPrefix: 'a.' });
    assert.deepEqual(
      objects.problems.map((p) => [p.path.join('.'), p.problem.kind]),
      [['spec.versions.0.schema.openAPIV3Schema.properties.list.items', 'tooDeep']],
    );
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 5_000; i++) deep = { type: 'object', properties: { x: deep } };
    const deepResult = convertSchemaDocuments([crd(deep)], { idPrefix: 'b.' });
    assert.equal(deepResult.problems.length, 1);
    assert.equal(deepResult.problems[0]?.problem.kind, 'tooDeep');
    assert.ok(Date.now() - started < 2_000, 'quick');
  });

  it('YAML that refers to itself through an alias is handled in a CRD document', () => {
    const text = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: loops.example.com
spec:
  group: example.com
  names: {kind: Loop, plural: loops}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: &root
          type: object
          properties:
            again: *root
`;
    const service = newService();
    assert.doesNotThrow(() => check(service, text));
    assert.doesNotThrow(() => service.customSchemas.set('loops', yamlDocuments(text)));
  });

  it('garbage never throws', () => {
    const service = newService();
    const garbage: unknown[] = [
      null,
      42,
      'text',
      [],
      { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', spec: 'x' },
      {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        spec: { group: 'g.io', names: { kind: 'K' }, versions: [null, 3, { name: 'v1', served: true, schema: { openAPIV3Schema: 7 } }] },
      },
      {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        spec: {
          group: 'g.io',
          names: { kind: 'K' },
          versions: [
            {
              name: 'v2',
              served: true,
              schema: {
                openAPIV3Schema: {
                  type: 'object',
                  properties: { a: null, b: [], c: { items: 'x', type: 'array' }, d: { enum: 'x', required: 5, properties: [] } },
                },
              },
            },
          ],
        },
      },
      { components: { schemas: 5 } },
      {
        components: {
          schemas: {
            'a.B': { 'x-kubernetes-group-version-kind': 'x' },
            'a.C': {
              'x-kubernetes-group-version-kind': [null, { group: 'c.io', version: 'v1', kind: 'C' }],
              properties: { x: { $ref: '#/%zz' } },
            },
          },
        },
      },
      { kind: 'List', items: [null, { kind: 'CustomResourceDefinition' }] },
    ];
    assert.doesNotThrow(() => service.customSchemas.set('garbage', garbage));
    const result = service.customSchemas.set('garbage', garbage);
    assert.ok(result.kinds.some((k) => k.apiVersion === 'c.io/v1'));
  });
});
