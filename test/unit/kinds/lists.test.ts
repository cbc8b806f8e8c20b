// `kind: List` (what `kubectl get -o yaml` writes) and the typed `…List` kinds: each item is checked,
// hovered, completed and indexed as an object of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnose, textAt, yaml } from '../../helpers/ruleHarness';
import { hoverText } from '../../helpers/lspClient';
import { caret, newService, parse } from '../../helpers/service';

const list = yaml(
  'apiVersion: v1',
  'kind: List',
  'items:',
  '  - apiVersion: v1',
  '    kind: Service',
  '    metadata:',
  '      name: web',
  '    spec:',
  '      type: Nodeport',
  '      ports:',
  '        - port: 80',
  '  - apiVersion: v1',
  '    kind: pod',
  '    metadata:',
  '      name: x',
);

describe('lists of objects', () => {
  it('checks each item of a v1 List as its own object', () => {
    const found = diagnose(list).map((d) => [d.code, textAt(list, d)]);
    assert.deepEqual(found, [
      ['invalid-enum', 'Nodeport'],
      ['unknown-kind', 'pod'],
    ]);
  });

  it('checks items of a typed list, whose kind and apiVersion the list implies', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DeploymentList',
      'items:',
      '  - metadata:',
      '      name: api',
      '    spec:',
      '      replicaz: 2',
    );
    const codes = diagnose(text).map((d) => `${String(d.code)}:${textAt(text, d)}`);
    assert.ok(codes.includes('unknown-field:replicaz'), codes.join(', '));
    assert.ok(
      codes.some((c) => c.startsWith('required-field')),
      'selector and template are required of each Deployment',
    );
  });

  it('leaves a valid list alone, and an empty one', () => {
    assert.deepEqual(diagnose(yaml('apiVersion: v1', 'kind: List', 'items: []')), []);
    const valid = yaml(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: ConfigMap',
      '    metadata:',
      '      name: a',
      '    data:',
      '      k: v',
    );
    assert.deepEqual(diagnose(valid), []);
  });

  it('still reports the YAML syntax of the whole file once', () => {
    const text = `${list}  - {broken: [\n`;
    const syntax = diagnose(text).filter((d) => d.code === 'yaml-syntax');
    assert.equal(syntax.length > 0, true);
    assert.equal(new Set(syntax.map((d) => d.range.start.line)).size, syntax.length, 'no finding twice');
  });

  it("hovers a field of an item with the item kind's own documentation", () => {
    const service = newService();
    const { manifest } = parse(service, list);
    const text = hoverText(service.doHover(manifest, { line: 8, character: 8 }));
    assert.match(text, /\*\*type\*\*/);
    assert.match(text, /ClusterIP/);
  });

  it('indexes the items for checks across resources', () => {
    const service = newService();
    service.setWorkspaceRoots(['file:///ws']);
    service.indexFile(
      'file:///ws/list.yaml',
      yaml(
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - apiVersion: v1',
        '    kind: ConfigMap',
        '    metadata:',
        '      name: settings',
        '    data:',
        '      mode: fast',
      ),
    );
    assert.equal(service.workspace.objectsIn('file:///ws/list.yaml')[0]?.name, 'settings');
  });

  it("completes the keys of an item from its own kind, and of a typed list's items from the list's kind", () => {
    const service = newService();
    const labels = (text: string): string[] => {
      const fixture = caret(text);
      const { manifest } = parse(service, fixture.text);
      return service.doComplete(manifest, fixture.position).items.map((i) => i.label);
    };
    const inService = labels(
      yaml('apiVersion: v1', 'kind: List', 'items:', '  - apiVersion: v1', '    kind: Service', '    spec:', '      sessionAff|'),
    );
    assert.ok(inService.includes('sessionAffinity'), inService.join(', '));
    const second = labels(
      yaml(
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - apiVersion: v1',
        '    kind: Service',
        '  - apiVersion: v1',
        '    kind: ConfigMap',
        '    |',
      ),
    );
    assert.ok(second.includes('data') && !second.includes('spec'), second.join(', '));
    const typed = labels(yaml('apiVersion: apps/v1', 'kind: DeploymentList', 'items:', '  - spec:', '      |'));
    assert.ok(typed.includes('replicas') && typed.includes('template'), typed.join(', '));
  });

  it("completes an item's enum values from its own kind", () => {
    const service = newService();
    const fixture = caret(
      yaml('apiVersion: v1', 'kind: List', 'items:', '  - apiVersion: v1', '    kind: Service', '    spec:', '      type: |'),
    );
    const { manifest } = parse(service, fixture.text);
    const values = service.doComplete(manifest, fixture.position).items.map((i) => i.label);
    assert.deepEqual([...values].sort(), ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
  });
});
