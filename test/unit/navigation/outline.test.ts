// The outline (document symbols), workspace symbols, folding ranges and selection ranges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentSymbol, SelectionRange } from 'vscode-languageserver-types';
import { yaml } from '../../helpers/ruleHarness';
import { textIn } from '../../helpers/navigation';
import { caret, newService } from '../../helpers/service';
import { configMap, deployment, service } from './fixtures';

const svc = newService();

/** `name (detail)` per symbol, children indented below their parent. */
function outline(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`,
    ...outline(s.children ?? [], depth + 1),
  ]);
}

function assertNested(symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): void {
  const inside = (outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean =>
    (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
    (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));
  for (const symbol of symbols) {
    assert.ok(inside(symbol.range, symbol.selectionRange), `${symbol.name}: selection inside range`);
    if (parent) assert.ok(inside(parent.range, symbol.range), `${symbol.name} inside ${parent.name}`);
    assertNested(symbol.children ?? [], symbol);
  }
}

describe('outline: document symbols', () => {
  const text = [
    deployment(),
    service(),
    configMap(),
    yaml(
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: web',
      '  namespace: prod',
      'spec:',
      '  rules:',
      '    - host: web.example.com',
      '      http:',
      '        paths:',
      '          - path: /api',
      '            pathType: Prefix',
      '            backend:',
      '              service:',
      '                name: web',
      '                port:',
      '                  name: web',
    ),
    yaml('name: CI', 'on:', '  push: {}'),
  ].join('---\n');

  it('shows each document as `Kind name` with what it holds', () => {
    const symbols = svc.findDocumentSymbols(svc.parse('file:///outline.yaml', text));
    assert.deepEqual(outline(symbols), [
      'Deployment web (apps/v1)',
      '  web (nginx:1.27)',
      '    http (8080/TCP)',
      '    metrics (9090/TCP)',
      '  config (configMap web-config)',
      '  bundle (projected)',
      '  data (persistentVolumeClaim web-data)',
      'Service web (v1)',
      '  web (80 → http)',
      'ConfigMap web-config (v1)',
      '  mode',
      'Ingress web (networking.k8s.io/v1, namespace prod)',
      '  web.example.com/api (→ web:web)',
      'Document 5',
      '  name (CI)',
      '  on',
    ]);
    assertNested(symbols);
    const [first, second] = symbols;
    assert.equal(textIn(text, first?.selectionRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), 'web');
    assert.equal(first?.range.start.line, 0);
    assert.equal(second?.range.start.line, 62, 'the Service starts after the separator');
  });

  it('outlines sidecars, init containers and documents still being typed', () => {
    const pod = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      'spec:',
      '  initContainers:',
      '    - name: setup',
      '      image: busybox',
      '    - name: proxy',
      '      image: envoy',
      '      restartPolicy: Always',
      '  containers:',
      '    - name: app',
      '      image: app',
      '      ports:',
      '        - containerPort: 80',
    );
    assert.deepEqual(outline(svc.findDocumentSymbols(svc.parse('file:///pod.yaml', pod))), [
      'Pod p (v1)',
      '  app (app)',
      '    80 (TCP)',
      '  setup (init busybox)',
      '  proxy (sidecar envoy)',
    ]);
    assert.deepEqual(
      outline(svc.findDocumentSymbols(svc.parse('file:///half.yaml', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: \n'))),
      ['Pod (v1)', '  (container)'],
    );
    assert.deepEqual(svc.findDocumentSymbols(svc.parse('file:///empty.yaml', '# nothing\n')), []);
  });
});

describe('outline: workspace symbols', () => {
  const ws = newService();
  ws.setWorkspaceRoots(['file:///repo']);
  ws.indexFile('file:///repo/k8s/deploy.yaml', `${deployment()}---\n${service()}`);
  ws.indexFile('file:///repo/k8s/config.yaml', configMap());
  ws.indexFile('file:///repo/api.yaml', deployment({ name: 'api', app: 'api', namespace: 'prod' }));

  it('lists every object as `Kind name` with its file', () => {
    const all = ws.findWorkspaceSymbols('');
    assert.deepEqual(all.map((s) => `${s.name} ${s.containerName ?? ''}`).sort(), [
      'ConfigMap web-config k8s/config.yaml',
      'Deployment api api.yaml (namespace prod)',
      'Deployment web k8s/deploy.yaml',
      'Service web k8s/deploy.yaml',
    ]);
    const service = all.find((s) => s.name === 'Service web');
    assert.equal(service?.location.uri, 'file:///repo/k8s/deploy.yaml');
    assert.equal(service?.location.range.start.line, 65);
  });

  it('matches queries fuzzily, best first', () => {
    assert.deepEqual(
      ws.findWorkspaceSymbols('dweb').map((s) => s.name),
      ['Deployment web'],
    );
    assert.deepEqual(
      ws
        .findWorkspaceSymbols('web')
        .map((s) => s.name)
        .slice(0, 2)
        .sort(),
      ['Deployment web', 'Service web'],
    );
    assert.deepEqual(
      ws.findWorkspaceSymbols('cfg').map((s) => s.name),
      ['ConfigMap web-config'],
    );
    assert.deepEqual(ws.findWorkspaceSymbols('zzz'), []);
  });
});

describe('outline: folding ranges', () => {
  it('folds documents, mappings, lists, block scalars and comment blocks', () => {
    const text = yaml(
      '# A ConfigMap',
      '# with two keys',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: c',
      '  labels:',
      '    app: c',
      'data:',
      '  script: |',
      '    echo one',
      '    echo two',
      '  list: x',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      '    - name: a',
      '      image: a',
      '    - name: b',
      '      image: b',
    );
    const ranges = svc
      .getFoldingRanges(svc.parse('file:///fold.yaml', text))
      .map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`);
    assert.deepEqual(ranges, ['0-1 comment', '2-12', '4-7', '6-7', '8-12', '9-11', '14-21', '16-21', '17-21', '18-19', '20-21']);
  });
});

describe('outline: selection ranges', () => {
  function chain(textWithCaret: string): string[] {
    const { text, position } = caret(textWithCaret);
    const [range] = svc.getSelectionRanges(svc.parse('file:///select.yaml', text), [position]);
    const out: string[] = [];
    for (let r: SelectionRange | undefined = range; r; r = r.parent) out.push(textIn(text, r.range).split('\n').join('⏎'));
    return out;
  }

  it('grows from the scalar to its pair, its map, its list item, … up to the document and the file', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: web\n      image: ngi|nx\n---\nkind: Other\n';
    assert.deepEqual(chain(text), [
      'nginx',
      'image: nginx',
      'name: web⏎      image: nginx',
      '- name: web⏎      image: nginx',
      'containers:⏎    - name: web⏎      image: nginx',
      'spec:⏎  containers:⏎    - name: web⏎      image: nginx',
      'apiVersion: v1⏎kind: Pod⏎spec:⏎  containers:⏎    - name: web⏎      image: nginx',
      'apiVersion: v1⏎kind: Pod⏎spec:⏎  containers:⏎    - name: web⏎      image: nginx⏎---⏎kind: Other',
    ]);
  });

  it('starts at the key when the cursor is on one', () => {
    assert.deepEqual(chain('kind: Pod\nme|tadata:\n  name: x\n').slice(0, 2), ['metadata', 'metadata:⏎  name: x']);
  });
});
