// Index entries as plain data (what the worker threads of `podwright check` exchange): a service that
// loads another's entries (objects and CRD documents) holds the same index and custom kinds, and
// checks files across them as if it had parsed every file itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PodLanguageService } from '../../../server/src/service/index';
import { portableObjects } from '../../../server/src/service/workspace/workspaceIndex';
import { findings, widgetCrdText } from '../../helpers/customResources';
import { newService } from '../../helpers/service';

const ROOT = 'file:///repo';

const FILES: Record<string, string> = {
  [`${ROOT}/a-service.yaml`]:
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: htp\n',
  [`${ROOT}/b-widget.yaml`]:
    'apiVersion: shop.example.com/v1\nkind: Widget\nmetadata:\n  name: blue\nspec:\n  size: small\n  color: "#0000ff"\n  replicaz: 3\n',
  [`${ROOT}/c-deploy.yaml`]:
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - name: http\n              containerPort: 80\n',
  [`${ROOT}/d-crds.yaml`]: widgetCrdText(),
};

function prepared(): PodLanguageService {
  const service = newService();
  service.setWorkspaceRoots([ROOT], { oneScope: true });
  return service;
}

describe('index entries as plain data', () => {
  it('gives a service that loads them the index and custom kinds of the one that parsed the files', () => {
    const parsing = prepared();
    const loading = prepared();
    for (const [uri, text] of Object.entries(FILES)) {
      const manifest = parsing.parse(uri, text);
      // Through structured clone, as between threads.
      loading.load(uri, structuredClone(parsing.indexEntries(uri, manifest)));
      parsing.index(uri, manifest);
    }
    for (const uri of Object.keys(FILES)) {
      assert.deepEqual(portableObjects(loading.workspace.objectsIn(uri)), portableObjects(parsing.workspace.objectsIn(uri)), uri);
    }
    assert.ok(loading.model.kind('shop.example.com/v1', 'Widget'));
    for (const uri of [`${ROOT}/a-service.yaml`, `${ROOT}/b-widget.yaml`]) {
      const text = FILES[uri] ?? '';
      const expected = findings(parsing.doValidation(uri, parsing.parse(uri, text)));
      assert.deepEqual(findings(loading.doValidation(uri, loading.parse(uri, text))), expected, uri);
      assert.ok(expected.length > 0, uri);
    }
  });

  it('carries CRD documents only for files that have CRDs', () => {
    const service = prepared();
    const uri = `${ROOT}/d-crds.yaml`;
    assert.equal(service.indexEntries(uri, service.parse(uri, FILES[uri] ?? '')).crds?.length, 1);
    const other = `${ROOT}/c-deploy.yaml`;
    assert.equal(service.indexEntries(other, service.parse(other, FILES[other] ?? '')).crds, undefined);
  });

  it('forgets the custom kinds of a file loaded again without CRDs', () => {
    const source = prepared();
    const service = prepared();
    const uri = `${ROOT}/d-crds.yaml`;
    service.load(uri, source.indexEntries(uri, source.parse(uri, FILES[uri] ?? '')));
    assert.ok(service.model.kind('shop.example.com/v1', 'Widget'));
    service.load(uri, { objects: [] });
    assert.equal(service.model.kind('shop.example.com/v1', 'Widget'), undefined);
  });
});
