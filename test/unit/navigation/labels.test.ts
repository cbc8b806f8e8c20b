// Selectors and the labels they select: a Service's selector and a PodDisruptionBudget's across
// files, a workload's own selector in its document.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yaml } from '../../helpers/ruleHarness';
import { navWorkspace } from '../../helpers/navigation';
import { deployment, service } from './fixtures';

function at(text: string, find: string, offset = 1, nth = 0): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(find, index + 1);
  if (index < 0) throw new Error(`${find} not found`);
  return `${text.slice(0, index + offset)}|${text.slice(index + offset)}`;
}

const pdb = (app: string): string =>
  yaml(
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata:',
    '  name: web',
    'spec:',
    '  minAvailable: 1',
    '  selector:',
    '    matchLabels:',
    `      app: ${app}`,
  );

describe('navigation: selectors and labels', () => {
  it('goes from a Service selector value to the matching labels of the pods it selects', () => {
    const ws = navWorkspace({
      'deploy.yaml': deployment(),
      'other.yaml': deployment({ name: 'api', app: 'api' }),
      'svc.yaml': at(service(), 'app: web', 6),
    });
    assert.deepEqual(ws.definition(), ['deploy.yaml:12:14 web']);
  });

  it('goes from a selector key to the label keys', () => {
    const ws = navWorkspace({ 'deploy.yaml': deployment(), 'svc.yaml': at(service(), 'app: web', 1) });
    assert.deepEqual(ws.definition(), ['deploy.yaml:12:9 app']);
  });

  it('selects with the whole selector: a pod lacking one of its pairs is not a definition', () => {
    const text = service().replace('    app: web\n', '    app: web\n    tier: backend\n');
    assert.deepEqual(navWorkspace({ 'deploy.yaml': deployment(), 'svc.yaml': at(text, 'app: web', 6) }).definition(), []);
  });

  it("lists every selector of a template label: the workload's own, Services and budgets", () => {
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), 'app: web', 6, 1), 'svc.yaml': service(), 'pdb.yaml': pdb('web') });
    assert.deepEqual(ws.references(), ['deploy.yaml:8:12 web', 'deploy.yaml:12:14 web', 'pdb.yaml:9:12 web', 'svc.yaml:7:10 web']);
    assert.deepEqual(ws.references(false), ['deploy.yaml:8:12 web', 'pdb.yaml:9:12 web', 'svc.yaml:7:10 web']);
    assert.deepEqual(ws.highlights(), ['deploy.yaml:8:12 web read', 'deploy.yaml:12:14 web write']);
  });

  it('goes from a PodDisruptionBudget selector to the workloads', () => {
    assert.deepEqual(navWorkspace({ 'deploy.yaml': deployment(), 'pdb.yaml': at(pdb('web'), 'app: web', 6) }).definition(), [
      'deploy.yaml:12:14 web',
    ]);
  });

  it('renames a label value in the template, its own selector and every selector across files', () => {
    const ws = navWorkspace({
      'deploy.yaml': deployment(),
      'svc.yaml': at(service(), 'app: web', 6),
      'pdb.yaml': pdb('web'),
      'api.yaml': deployment({ name: 'api', app: 'api' }),
    });
    assert.deepEqual(ws.rename('frontend'), {
      'deploy.yaml': deployment({ app: 'frontend' }),
      'svc.yaml': service({ app: 'frontend' }),
      'pdb.yaml': pdb('frontend'),
    });
  });

  it('quotes a new value that YAML would read as a number, and refuses an invalid one', () => {
    const ws = navWorkspace({ 'deploy.yaml': deployment(), 'svc.yaml': at(service(), 'app: web', 6) });
    const renamed = ws.rename('2');
    assert.ok(!('refused' in renamed));
    assert.match(renamed['svc.yaml'] ?? '', /^ {4}app: "2"$/m);
    assert.match(renamed['deploy.yaml'] ?? '', /^ {8}app: "2"$/m);
    const refused = ws.rename('web app');
    assert.ok('refused' in refused);
    assert.match(String(refused.refused), /^Label value `web app` is not valid: it contains a space/);
  });

  it('renames a label key everywhere it is selected, leaving other labels alone', () => {
    const ws = navWorkspace({ 'deploy.yaml': deployment(), 'svc.yaml': at(service(), 'app: web', 1) });
    const renamed = ws.rename('app.kubernetes.io/name');
    assert.deepEqual(renamed, {
      'deploy.yaml': deployment().replaceAll('app: web', 'app.kubernetes.io/name: web'),
      'svc.yaml': service().replace('app: web', 'app.kubernetes.io/name: web'),
    });
    assert.ok('refused' in ws.rename('-app'));
  });
});
