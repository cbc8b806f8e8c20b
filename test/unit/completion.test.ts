import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { caret, newService } from '../helpers/service';

const service = newService();

function complete(textWithCaret: string): CompletionItem[] {
  const { text, position } = caret(textWithCaret);
  const manifest = service.parse(`file:///c${Math.random()}.yaml`, text);
  return service.doComplete(manifest, position).items;
}

function labels(items: CompletionItem[]): string[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
}

function newText(items: CompletionItem[], label: string): string {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no completion ${label}`);
  const edit = found.textEdit;
  assert.ok(edit && 'range' in edit);
  return edit.newText;
}

const POD_HEAD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n';

describe('key completion', () => {
  it('offers container fields not already present, required first', () => {
    const items = complete(`${POD_HEAD}  - name: web\n    image: nginx:1.27\n    |`);
    const names = labels(items);
    assert.ok(names.includes('imagePullPolicy'));
    assert.ok(names.includes('ports'));
    assert.ok(!names.includes('name'), 'name is already present');
    assert.ok(!names.includes('image'), 'image is already present');
    assert.ok(names.indexOf('ports') < names.indexOf('tty'), 'common fields come before the long tail');
    const detail = items.find((i) => i.label === 'imagePullPolicy')?.detail;
    assert.equal(detail, 'string');
  });

  it('puts required fields first in a new list item', () => {
    const names = labels(complete(`${POD_HEAD}  - |`));
    assert.deepEqual(names.slice(0, 2).sort(), ['image', 'name']);
  });

  it('inserts lists of objects with the first item and its required keys', () => {
    const items = complete(`${POD_HEAD}  - name: web\n    image: nginx\n    po|`);
    assert.equal(newText(items, 'ports'), 'ports:\n  - containerPort: ${1}');
  });

  it('inserts enum choices for enum fields', () => {
    const items = complete(`${POD_HEAD}  - name: web\n    image: nginx\n    |`);
    assert.equal(newText(items, 'imagePullPolicy'), 'imagePullPolicy: ${1|Always,IfNotPresent,Never|}');
  });

  it('completes top-level keys of the kind, without status', () => {
    const names = labels(complete('apiVersion: apps/v1\nkind: Deployment\n|'));
    assert.deepEqual(names.sort(), ['metadata', 'spec']);
  });

  it('follows compact list style (dash at the parent key indentation)', () => {
    const names = labels(complete('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    |'));
    assert.ok(names.includes('image'));
  });

  it('knows nested pod templates: CronJob jobTemplate', () => {
    const text =
      'apiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: a\n              |';
    assert.ok(labels(complete(text)).includes('imagePullPolicy'));
  });

  it('offers nothing in documents of kinds we do not model', () => {
    assert.deepEqual(complete('name: CI\non:\n  push:\njobs:\n  build:\n    |'), []);
    assert.deepEqual(complete('services:\n  web:\n    |'), []);
  });

  it('keeps documents apart: a Pod after a Deployment gets Pod keys', () => {
    const names = labels(
      complete('apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 1\n---\napiVersion: v1\nkind: Pod\nspec:\n  |'),
    );
    assert.ok(names.includes('containers'));
    assert.ok(!names.includes('replicas'));
  });

  it('offers list item keys with a dash under a list field', () => {
    const items = complete(`${POD_HEAD}  - name: web\n    image: nginx\n    ports:\n      |`);
    assert.equal(newText(items, 'containerPort'), '- containerPort: ${1}');
  });
});

describe('value completion', () => {
  it('offers enum values', () => {
    const items = complete(`${POD_HEAD}  - name: web\n    image: nginx\n    imagePullPolicy: |`);
    assert.deepEqual(labels(items), ['Always', 'IfNotPresent', 'Never']);
    assert.match(String((items[0]?.documentation as { value: string }).value), /pull/);
  });

  it('offers protocol and restartPolicy values', () => {
    assert.deepEqual(labels(complete(`${POD_HEAD}  - name: web\n    ports:\n      - containerPort: 80\n        protocol: |`)), [
      'SCTP',
      'TCP',
      'UDP',
    ]);
    assert.deepEqual(labels(complete('apiVersion: v1\nkind: Pod\nspec:\n  restartPolicy: |')), ['Always', 'Never', 'OnFailure']);
  });

  it('offers booleans', () => {
    assert.deepEqual(labels(complete(`${POD_HEAD}  - name: web\n    tty: |`)).sort(), ['false', 'true']);
  });

  it('pairs kind and apiVersion', () => {
    const versions = labels(complete('apiVersion: |\nkind: Deployment\n'));
    assert.equal(versions[0], 'apps/v1');
    const kinds = complete('kind: |');
    const deployment = kinds.find((i) => i.label === 'Deployment');
    assert.equal(deployment?.additionalTextEdits?.[0]?.newText, 'apiVersion: apps/v1\n');
  });

  it('offers volume names for volumeMounts', () => {
    const text = `${POD_HEAD}  - name: web\n    volumeMounts:\n      - name: |\n  volumes:\n    - name: cache\n      emptyDir: {}\n    - name: config\n      configMap:\n        name: cfg\n`;
    assert.deepEqual(labels(complete(text)), ['cache', 'config']);
  });

  it('offers named container ports for probes', () => {
    const text = `${POD_HEAD}  - name: web\n    ports:\n      - name: http\n        containerPort: 8080\n    livenessProbe:\n      httpGet:\n        port: |`;
    const names = labels(complete(text));
    assert.ok(names.includes('http'));
    assert.ok(names.includes('8080'));
  });

  it('offers container names for the default-container annotation', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/default-container: |\nspec:\n  containers:\n    - name: app\n    - name: sidecar\n';
    assert.deepEqual(labels(complete(text)), ['app', 'sidecar']);
  });
});

describe('empty document', () => {
  it('offers a skeleton per kind', () => {
    const items = complete('|');
    assert.ok(items.some((i) => i.label === 'Deployment (apps/v1)'));
    const pod = newText(items, 'Pod (v1)');
    assert.match(pod, /^apiVersion: v1\nkind: Pod\nmetadata:\n {2}name: /);
  });

  it('offers a skeleton after a separator', () => {
    assert.ok(complete('apiVersion: v1\nkind: Pod\n---\n|').some((i) => i.label === 'Job (batch/v1)'));
  });
});

describe('well-known map keys', () => {
  it('offers resource names under limits, without those present', () => {
    const names = labels(
      complete(`${POD_HEAD}  - name: web\n    image: nginx\n    resources:\n      limits:\n        memory: 128Mi\n        |`),
    );
    assert.deepEqual(names, ['cpu', 'ephemeral-storage']);
  });

  it('offers node labels under nodeSelector', () => {
    assert.ok(labels(complete('apiVersion: v1\nkind: Pod\nspec:\n  nodeSelector:\n    |')).includes('kubernetes.io/arch'));
  });

  it("offers nothing for labels, which are the author's own", () => {
    assert.deepEqual(complete('apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    |'), []);
  });
});
