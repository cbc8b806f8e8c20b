// Custom resources checked against their CRD: the structural rules (unknown-field, type-mismatch,
// required-field, invalid-enum) work on the converted schema, the schema's own limits get the
// schema-* codes, and metadata is the standard ObjectMeta. Exact codes, ranges and messages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix } from '../../helpers/ruleHarness';
import { check, findings, serviceWithCustomSchemas, widgetCrdText, type Finding } from '../../helpers/customResources';
import { newService } from '../../helpers/service';

const HANGUL = /[\uAC00-\uD7A3]/;

// Every kind of mistake a Widget can have, one per line.
const FAULTY_WIDGET = `apiVersion: shop.example.com/v1
kind: Widget
metadata:
  name: blue-widget
  labelz:
    team: shop
spec:
  size: huge
  color: blue
  replicaz: 3
  port: http
  sku: ab
  tags: [new, sale, popular, old]
  parts:
    - count: 0
  template:
    anything: goes
    nested:
      deeper: true
    mode: turbo
  workload:
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: cm
    data:
      key: value
  releasedAt: yesterday
  note: null
status:
  ready: true
`;

const GOOD_WIDGET = `apiVersion: shop.example.com/v1
kind: Widget
metadata:
  name: green-widget
  labels:
    team: shop
spec:
  size: small
  color: "#00ff00"
  replicas: 10
  port: 8080
  sku: WDG-0001
  tags: [new, sale]
  parts:
    - name: gear
      count: 2
  labels:
    printed: "yes"
  template:
    mode: fast
    anythingElse: [1, 2]
  workload:
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: runner
    spec: {}
  releasedAt: 2024-05-01T12:00:00Z
  note: ~
`;

describe('custom resources: a Widget checked against its CRD', () => {
  it('finds each mistake once, on the key or value at fault, with the schema-aware message', () => {
    const expected: Finding[] = [
      ['unknown-field', 4, 2, 4, 8, 'Unknown field `labelz` in ObjectMeta: did you mean `labels`?'],
      ['invalid-enum', 7, 8, 7, 12, '`huge` is not a valid `size`; use one of `small`, `medium`, `large`.'],
      ['schema-pattern', 8, 9, 8, 13, '`color: blue` does not match the pattern the schema requires: `^#[0-9a-f]{6}$`.'],
      ['unknown-field', 9, 2, 9, 10, 'Unknown field `replicaz` in Widget.spec: did you mean `replicas`?'],
      ['schema-length', 11, 7, 11, 9, '`sku` is 2 characters long; the schema requires at least 3.'],
      ['schema-size', 12, 2, 12, 6, '`tags` has 4 entries; the schema requires at most 3.'],
      ['invalid-enum', 12, 29, 12, 32, '`old` is not a valid `tags`; use one of `new`, `sale`, `popular`.'],
      ['required-field', 14, 6, 14, 11, 'This entry of `parts` is missing the required field `name`.'],
      ['schema-range', 14, 13, 14, 14, '`count: 0` is out of range: the schema requires at least 1.'],
      ['invalid-enum', 19, 10, 19, 15, '`turbo` is not a valid `mode`; use one of `fast`, `slow`.'],
      [
        'schema-format',
        27,
        14,
        27,
        23,
        '`releasedAt: yesterday` is not a date and time in RFC 3339 form, such as `2024-05-01T12:00:00Z` (`format: date-time` in the schema).',
      ],
    ];
    assert.deepEqual(findings(check(serviceWithCustomSchemas(), FAULTY_WIDGET)), expected);
  });

  it('says the same in Korean, at the same places', () => {
    const english = findings(check(serviceWithCustomSchemas('en'), FAULTY_WIDGET));
    const korean = findings(check(serviceWithCustomSchemas('ko'), FAULTY_WIDGET));
    assert.deepEqual(
      korean.map((f) => f.slice(0, 5)),
      english.map((f) => f.slice(0, 5)),
    );
    for (const finding of korean) assert.match(finding[5], HANGUL, finding[5]);
    const message = (code: string, line: number): string | undefined => korean.find((f) => f[0] === code && f[1] === line)?.[5];
    assert.equal(message('unknown-field', 9), 'Widget.spec에는 `replicaz` 필드가 없습니다. `replicas` 필드를 쓰려던 것인가요?');
    assert.equal(message('schema-range', 14), '`count: 0`의 값이 허용 범위를 벗어났습니다. 스키마에 따르면 값이 1 이상이어야 합니다.');
    assert.equal(message('schema-size', 12), '`tags`에 항목이 4개 있습니다. 스키마에 따르면 3개 이하여야 합니다.');
  });

  it('a correct Widget has no finding: preserve-unknown-fields, the embedded object, nullable and int-or-string all hold', () => {
    assert.deepEqual(findings(check(serviceWithCustomSchemas(), GOOD_WIDGET)), []);
  });

  it('the unknown-field fix spells the field as the schema does', () => {
    const diagnostic = check(serviceWithCustomSchemas(), FAULTY_WIDGET).find(
      (d) => d.code === 'unknown-field' && d.message.includes('replicaz'),
    );
    assert.ok(diagnostic);
    assert.ok(applyFix(FAULTY_WIDGET, diagnostic).includes('\n  replicas: 3\n'));
  });

  it('minimum and maximum of an integer field, both ways', () => {
    const widget = (replicas: string): string =>
      `apiVersion: shop.example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: small\n  color: "#000000"\n  replicas: ${replicas}\n`;
    assert.deepEqual(findings(check(serviceWithCustomSchemas(), widget('11'))), [
      ['schema-range', 7, 12, 7, 14, '`replicas: 11` is out of range: the schema requires at most 10.'],
    ]);
    assert.deepEqual(findings(check(serviceWithCustomSchemas(), widget('-1'))), [
      ['schema-range', 7, 12, 7, 14, '`replicas: -1` is out of range: the schema requires at least 0.'],
    ]);
    assert.deepEqual(
      findings(check(serviceWithCustomSchemas(), widget('"3"'))).map((f) => f[0]),
      ['type-mismatch'],
    );
  });

  it('required fields of the schema are required, with the usual fix', () => {
    const text = `apiVersion: shop.example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: small\n`;
    const [finding, ...rest] = check(serviceWithCustomSchemas(), text);
    assert.equal(rest.length, 0);
    assert.equal(finding?.code, 'required-field');
    assert.equal(finding?.message, '`spec` is missing the required field `color`.');
    assert.ok(finding && applyFix(text, finding).includes('  color: ""'));
  });

  it('metadata is the standard ObjectMeta: a missing name is reported, labels are free-form', () => {
    const text = `apiVersion: shop.example.com/v1\nkind: Widget\nmetadata:\n  labels:\n    any-key: any-value\nspec:\n  size: small\n  color: "#000000"\n`;
    assert.deepEqual(
      findings(check(serviceWithCustomSchemas(), text)).map((f) => [f[0], f[1]]),
      [['required-field', 2]],
    );
  });

  it('an embedded resource must say what it is (apiVersion and kind)', () => {
    const text = `apiVersion: shop.example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: small\n  color: "#000000"\n  workload:\n    metadata:\n      name: x\n`;
    assert.deepEqual(
      findings(check(serviceWithCustomSchemas(), text)).map((f) => [f[0], f[1], f[5]]),
      [
        ['required-field', 7, '`workload` is missing the required field `apiVersion`.'],
        ['required-field', 7, '`workload` is missing the required field `kind`.'],
      ],
    );
  });

  it('each served version has its own fields', () => {
    const beta = `apiVersion: shop.example.com/v1beta1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: anything\n  colour: red\n  color: red\n`;
    assert.deepEqual(findings(check(serviceWithCustomSchemas(), beta)), [
      ['unknown-field', 7, 2, 7, 7, 'Unknown field `color` in Widget.spec: did you mean `colour`?'],
    ]);
  });

  it('a version the CRD does not serve is a wrong apiVersion, fixed to a served one', () => {
    const text = `apiVersion: shop.example.com/v1alpha1\nkind: Widget\nmetadata:\n  name: w\n`;
    const [finding, ...rest] = check(serviceWithCustomSchemas(), text);
    assert.equal(rest.length, 0, JSON.stringify(rest));
    assert.equal(finding?.code, 'wrong-api-version');
    assert.deepEqual(finding.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 37 } });
    assert.ok(applyFix(text, finding).startsWith('apiVersion: shop.example.com/v1\n'));
  });

  it('the CRD itself is a clean document', () => {
    assert.deepEqual(findings(check(serviceWithCustomSchemas(), widgetCrdText())), []);
  });

  it('without the schema a Widget is silent, as any custom resource is', () => {
    assert.deepEqual(findings(check(newService(), FAULTY_WIDGET)), []);
  });
});

describe('custom resources: unknown kinds of a known custom group', () => {
  it('a misspelt kind gets unknown-kind with the group version’s own kinds as suggestions', () => {
    const text = `apiVersion: shop.example.com/v1\nkind: Widgit\nmetadata:\n  name: w\n`;
    const diagnostics = check(serviceWithCustomSchemas(), text);
    assert.deepEqual(findings(diagnostics), [
      [
        'unknown-kind',
        1,
        6,
        1,
        12,
        '`shop.example.com/v1` has no kind `Widgit`, so the cluster would refuse this document. Did you mean `Widget`?',
      ],
    ]);
    const [diagnostic] = diagnostics;
    assert.ok(diagnostic);
    assert.ok(applyFix(text, diagnostic).includes('kind: Widget\n'));
  });

  it('a case slip is named as one', () => {
    const text = `apiVersion: shop.example.com/v1\nkind: widget\nmetadata:\n  name: w\n`;
    assert.match(check(serviceWithCustomSchemas(), text)[0]?.message ?? '', /Did you mean `Widget`\? Kinds are case-sensitive\./);
  });

  it('a kind far from every known one stays silent: the group may have CRDs we were not given', () => {
    const text = `apiVersion: shop.example.com/v1\nkind: ShopOrder\nmetadata:\n  name: w\n`;
    assert.deepEqual(check(serviceWithCustomSchemas(), text), []);
  });

  it('a built-in kind name under a custom group is not taken for the built-in kind', () => {
    const text = `apiVersion: shop.example.com/v1\nkind: Service\nmetadata:\n  name: w\nspec:\n  bogus: 1\n`;
    assert.deepEqual(check(serviceWithCustomSchemas(), text), []);
  });
});

describe('custom resources from an OpenAPI v3 document', () => {
  it('follows $refs and allOf wrappers, names component types by their short name, and recurses', () => {
    const text = `apiVersion: gadgets.example.io/v1
kind: Gadget
metadata:
  name: knife
  labels:
    kind: tool
spec:
  function: opn
  chidren: []
  children:
    - function: cut
    - children: []
`;
    assert.deepEqual(findings(check(serviceWithCustomSchemas(), text)), [
      ['invalid-enum', 7, 12, 7, 15, '`opn` is not a valid `function`; use one of `open`, `cut`, `measure`. Did you mean `open`?'],
      ['unknown-field', 8, 2, 8, 9, 'Unknown field `chidren` in GadgetSpec: did you mean `children`?'],
      ['required-field', 11, 6, 11, 14, 'This entry of `children` is missing the required field `function`.'],
    ]);
  });

  it('Kubernetes’ own types in the document (ObjectMeta, DeleteOptions) stay the built-in ones', () => {
    const service = serviceWithCustomSchemas();
    assert.equal(service.model.kind('gadgets.example.io/v1', 'DeleteOptions'), undefined);
    assert.deepEqual(service.model.kindsServedBy('gadgets.example.io/v1'), ['Gadget', 'GadgetList']);
    const text = `apiVersion: gadgets.example.io/v1\nkind: Gadget\nmetadata:\n  name: k\n  namespace: tools\n  annotations:\n    a: b\nspec:\n  function: cut\n`;
    assert.deepEqual(check(service, text), []);
  });
});
