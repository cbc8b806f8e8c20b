// The outline of a template names objects as written; values files fold but have no outline,
// hover or completion of a manifest.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { fixturesDir, newService } from '../../helpers/service';

const chart = join(fixturesDir, 'helm', 'web');
const service = newService();
const open = (path: string) => {
  const uri = pathToFileURL(join(chart, path)).href;
  return service.parse(uri, readFileSync(join(chart, path), 'utf8'));
};

describe('outline and folding in a chart', () => {
  it("a template's outline shows its actions, not the mask", () => {
    const [deployment] = service.findDocumentSymbols(open('templates/deployment.yaml'));
    assert.equal(deployment?.name, 'Deployment {{ include "web.fullname" . }}');
    const [container] = deployment?.children ?? [];
    assert.equal(container?.name, '{{ .Chart.Name }}');
    assert.equal(container?.detail, '{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}');
  });

  it('values.yaml folds, and has no manifest outline, hover or completion', () => {
    const values = open('values.yaml');
    assert.ok(service.getFoldingRanges(values).some((r) => r.startLine === values.text.split('\n').indexOf('image:')));
    assert.deepEqual(service.findDocumentSymbols(values), []);
    assert.equal(service.doHover(values, { line: 0, character: 1 }), null);
    assert.deepEqual(service.doComplete(values, { line: 0, character: 0 }).items, []);
  });

  it('_helpers.tpl is not YAML: nothing at all', () => {
    const helpers = open('templates/_helpers.tpl');
    assert.deepEqual(helpers.documents, []);
    assert.deepEqual(service.getFoldingRanges(helpers), []);
  });
});
