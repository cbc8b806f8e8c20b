// Completion and hover on custom resources work off the converted schema: its keys, its
// descriptions, its enum values, and the kinds it adds to the apiVersion/kind completions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { serviceWithCustomSchemas } from '../../helpers/customResources';
import { caret } from '../../helpers/service';

const service = serviceWithCustomSchemas();
let counter = 0;

function complete(textWithCaret: string): CompletionItem[] {
  const { text, position } = caret(textWithCaret);
  return service.doComplete(service.parse(`file:///crd-complete${counter++}.yaml`, text), position).items;
}

function hover(textWithCaret: string, language: 'en' | 'ko' = 'en'): string | undefined {
  const { text, position } = caret(textWithCaret);
  service.configure({ language });
  try {
    const result = service.doHover(service.parse(`file:///crd-hover${counter++}.yaml`, text), position);
    return result ? (result.contents as MarkupContent).value : undefined;
  } finally {
    service.configure({ language: 'en' });
  }
}

function documentation(item: CompletionItem | undefined): string {
  const doc = item?.documentation;
  return typeof doc === 'string' ? doc : (doc?.value ?? '');
}

const HEAD = 'apiVersion: shop.example.com/v1\nkind: Widget\nmetadata:\n  name: w\n';

describe('completion on custom resources', () => {
  it('offers the schema’s keys with their descriptions, required ones marked, present ones left out', () => {
    const items = complete(`${HEAD}spec:\n  size: small\n  |`);
    const names = items.map((i) => i.label).sort();
    assert.deepEqual(names, ['color', 'labels', 'note', 'parts', 'port', 'releasedAt', 'replicas', 'sku', 'tags', 'template', 'workload']);
    const replicas = items.find((i) => i.label === 'replicas');
    assert.equal(replicas?.detail, 'integer');
    assert.equal(documentation(replicas), 'How many widgets to keep in stock.');
    assert.equal(items.find((i) => i.label === 'color')?.detail, 'string · required');
    assert.equal(items.find((i) => i.label === 'port')?.detail, 'integer or string');
    assert.equal(items.find((i) => i.label === 'parts')?.detail, 'Widget.spec.parts[][]');
    assert.equal(items.find((i) => i.label === 'labels')?.detail, 'map[string]string');
  });

  it('offers the top-level keys of the kind: spec, status and the standard ones', () => {
    const names = complete(`${HEAD}|`).map((i) => i.label);
    assert.ok(names.includes('spec'), names.join());
    assert.ok(!names.includes('metadata'), 'already present');
  });

  it('each version offers its own keys', () => {
    const names = complete('apiVersion: shop.example.com/v1beta1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  |')
      .map((i) => i.label)
      .sort();
    assert.deepEqual(names, ['colour', 'size']);
  });

  it('offers the keys of a list entry and of an object under preserve-unknown-fields', () => {
    assert.deepEqual(
      complete(`${HEAD}spec:\n  parts:\n    - |`)
        .map((i) => i.label)
        .sort(),
      ['count', 'name'],
    );
    assert.deepEqual(
      complete(`${HEAD}spec:\n  template:\n    |`).map((i) => i.label),
      ['mode'],
    );
  });

  it('offers enum values', () => {
    assert.deepEqual(
      complete(`${HEAD}spec:\n  size: |`).map((i) => i.label),
      ['small', 'medium', 'large'],
    );
    assert.deepEqual(
      complete(`${HEAD}spec:\n  template:\n    mode: |`).map((i) => i.label),
      ['fast', 'slow'],
    );
  });

  it('offers the custom kinds among the apiVersion and kind values', () => {
    const kinds = complete('apiVersion: shop.example.com/v1\nkind: |').filter((i) => i.label === 'Widget');
    assert.equal(kinds.length, 2, 'one per served version');
    assert.ok(
      kinds.some((i) => i.sortText?.startsWith('0_')),
      'the one of the written apiVersion first',
    );
    const versions = complete('apiVersion: |\nkind: Gadget\n').map((i) => i.label);
    assert.ok(versions.includes('gadgets.example.io/v1'));
  });
});

describe('hover on custom resources', () => {
  it('shows the path, type, required, allowed values, the schema’s description and where it came from', () => {
    const text = hover(`${HEAD}spec:\n  si|ze: small\n  color: "#000000"\n`);
    assert.ok(text);
    assert.match(text, /\*\*size\*\* `string` · required/);
    assert.match(text, /`spec\.size`/);
    assert.match(text, /Allowed values: `small` · `medium` · `large`/);
    assert.match(text, /Schema: CustomResourceDefinition widgets\.shop\.example\.com/);
    assert.match(text, /\*Schema description:\* How big the widget is\./);
    assert.doesNotMatch(text, /Kubernetes: 1\.28/, 'Kubernetes versions say nothing of a CRD field');
    assert.doesNotMatch(text, /kubernetes\.io\/docs/, 'no link into the Kubernetes API reference');
  });

  it('marks required fields and shows nested descriptions', () => {
    assert.match(hover(`${HEAD}spec:\n  col|or: "#000000"\n`) ?? '', /\*\*color\*\* `string` · required/);
    assert.match(hover(`${HEAD}spec:\n  parts:\n    - na|me: gear\n`) ?? '', /Schema description:\* Name of the part\./);
  });

  it('the standard metadata keeps the official ObjectMeta hover', () => {
    assert.match(hover('apiVersion: shop.example.com/v1\nkind: Widget\nmetadata:\n  na|me: w\n') ?? '', /Official description:\*/);
  });

  it('in Korean, with the schema’s own (English) words set apart', () => {
    const text = hover(`${HEAD}spec:\n  repli|cas: 3\n`, 'ko');
    assert.match(text ?? '', /\*\*replicas\*\* `integer` · 선택/);
    assert.match(text ?? '', /스키마: CustomResourceDefinition widgets\.shop\.example\.com/);
    assert.match(text ?? '', /\*스키마 설명:\* How many widgets to keep in stock\./);
  });

  it('an OpenAPI kind shows its component’s descriptions', () => {
    const text = hover('apiVersion: gadgets.example.io/v1\nkind: Gadget\nmetadata:\n  name: g\nspec:\n  func|tion: cut\n');
    assert.match(text ?? '', /\*\*function\*\* `string` · required/);
    assert.match(text ?? '', /Schema: OpenAPI io\.example\.gadgets\.v1\.Gadget/);
    assert.match(text ?? '', /What the gadget is for\./);
  });
});
