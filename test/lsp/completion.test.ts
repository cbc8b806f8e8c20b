// Completion through the real server: keys under a container, enum values, the right kind per
// document of a multi-document file, keys inside flow collections, and nothing on files that are
// not Kubernetes manifests.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { caret } from '../helpers/service';
import { deployment, dockerCompose } from '../helpers/manifests';

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe('LSP completion', () => {
  let client: LspClient;
  let counter = 0;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.dispose());

  async function itemsAt(textWithCaret: string): Promise<CompletionItem[]> {
    const fixture = caret(textWithCaret);
    const uri = `file:///completion/doc${counter++}.yaml`;
    await client.open(uri, fixture.text);
    return client.completionItems(uri, fixture.position);
  }

  it('offers container keys not yet present, imagePullPolicy among them', async () => {
    const items = await itemsAt(`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      |
`);
    const offered = labels(items);
    assert.ok(offered.includes('imagePullPolicy'), `got ${offered.join(', ')}`);
    assert.ok(offered.includes('ports'));
    assert.ok(!offered.includes('image') && !offered.includes('name'), 'keys already present are not offered again');
    assert.ok(!offered.includes('replicas') && !offered.includes('containers'), 'only Container keys');
    const pullPolicy = items.find((i) => i.label === 'imagePullPolicy');
    assert.ok(pullPolicy?.detail || pullPolicy?.documentation, 'the item carries its type or a summary');
  });

  it('offers the imagePullPolicy values after `imagePullPolicy: `', async () => {
    const offered = labels(
      await itemsAt(`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      imagePullPolicy: |
`),
    );
    for (const value of ['IfNotPresent', 'Always', 'Never']) assert.ok(offered.includes(value), `${value} in ${offered.join(', ')}`);
  });

  it('a Pod after a Deployment in the same file gets Pod spec keys', async () => {
    const offered = labels(
      await itemsAt(`${deployment}---
apiVersion: v1
kind: Pod
metadata:
  name: solo
spec:
  |
`),
    );
    assert.ok(offered.includes('containers'), `got ${offered.join(', ')}`);
    assert.ok(offered.includes('restartPolicy'));
    assert.ok(!offered.includes('replicas') && !offered.includes('template'), 'no Deployment spec keys leak into the Pod');
  });

  it('a Deployment before a Pod still gets Deployment spec keys', async () => {
    const offered = labels(
      await itemsAt(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  |
---
apiVersion: v1
kind: Pod
metadata:
  name: solo
spec:
  containers: []
`),
    );
    assert.ok(offered.includes('replicas') && offered.includes('template'), `got ${offered.join(', ')}`);
    assert.ok(!offered.includes('containers'), 'no Pod spec keys at the Deployment spec level');
  });

  it('offers item keys inside a flow list of objects, each to insert on the same line', async () => {
    const items = await itemsAt(`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - {name: web, image: nginx:1.27, ports: [{containerPort: 80, |}]}
`);
    const offered = labels(items);
    assert.ok(offered.includes('name') && offered.includes('protocol'), `got ${offered.join(', ')}`);
    assert.ok(!offered.includes('containerPort'), 'containerPort is already in this item');
    assert.ok(!offered.includes('image'), 'only ContainerPort keys');
    for (const item of items) {
      const edit = item.textEdit;
      assert.ok(edit && 'range' in edit && !edit.newText.includes('\n'), `${item.label} inserts flow text on the line`);
    }
  });

  it('offers nothing inside a docker-compose file', async () => {
    const text = dockerCompose.replace('    restart: always\n', '    restart: always\n    |\n');
    assert.deepEqual(labels(await itemsAt(text)), []);
  });
});
