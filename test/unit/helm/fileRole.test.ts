// Which files are manifests, templates, or never judged as manifests.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { chartRootOf, fileRoleOf } from '../../../server/src/service/helm/fileRole';

const charts = new Set(['/repo/charts/web/Chart.yaml', '/repo/charts/web/charts/db/Chart.yaml']);
const exists = (path: string): boolean => charts.has(path);
const role = (path: string, text = 'kind: Pod\n') => fileRoleOf(`file://${path}`, text, exists);

describe('fileRoleOf', () => {
  it("a file under a chart's templates/ is a template, even without actions", () => {
    assert.deepEqual(role('/repo/charts/web/templates/cm.yaml'), { role: 'template', chartRoot: '/repo/charts/web' });
    assert.deepEqual(role('/repo/charts/web/templates/tests/t.yaml'), { role: 'template', chartRoot: '/repo/charts/web' });
  });

  it('the nearest Chart.yaml wins (a subchart)', () => {
    assert.deepEqual(role('/repo/charts/web/charts/db/templates/sts.yaml'), { role: 'template', chartRoot: '/repo/charts/web/charts/db' });
    assert.equal(chartRootOf('/repo/k8s/app.yaml', exists), undefined);
  });

  it('any YAML with Go template actions is a template', () => {
    assert.deepEqual(role('/repo/k8s/app.yaml', 'metadata:\n  name: {{ .Values.name }}\n'), { role: 'template' });
    assert.deepEqual(role('/repo/k8s/app.yaml'), { role: 'manifest' });
  });

  it('values files, ci/ values and Chart.yaml are never manifests', () => {
    assert.deepEqual(role('/repo/charts/web/values.yaml', 'kind: Deployment\n'), {
      role: 'ignored',
      why: 'values',
      chartRoot: '/repo/charts/web',
    });
    assert.equal(role('/repo/charts/web/values-prod.yaml').role, 'ignored');
    assert.equal(role('/repo/charts/web/ci/small.yaml').role, 'ignored');
    assert.equal(role('/repo/charts/web/Chart.yaml').role, 'ignored');
    // Without a chart around it, a file called values.yaml is still a values file.
    assert.equal(role('/elsewhere/values.yaml', 'kind: Deployment\n').role, 'ignored');
  });

  it('helpers and notes are not YAML', () => {
    assert.deepEqual(role('/repo/charts/web/templates/_helpers.tpl'), { role: 'ignored', why: 'not-yaml' });
    assert.deepEqual(role('/repo/charts/web/templates/NOTES.txt'), { role: 'ignored', why: 'not-yaml' });
  });

  it("a chart's crds/ hold plain manifests", () => {
    assert.deepEqual(role('/repo/charts/web/crds/widget.yaml'), { role: 'manifest' });
  });

  it('untitled documents are decided by their text', () => {
    assert.deepEqual(fileRoleOf('untitled:Untitled-1', 'kind: Pod\n', exists), { role: 'manifest' });
    assert.deepEqual(fileRoleOf('untitled:Untitled-1', 'name: {{ .Values.x }}\n', exists), { role: 'template' });
  });
});
