// The chart `helm create web` makes (helm v4.1.4, committed under test/fixtures/helm/web): every
// file, as a user opening it would see it, with no error and no warning.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { fixturesDir, newService } from '../../helpers/service';

const chart = join(fixturesDir, 'helm', 'web');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('helm create web', () => {
  const service = newService();
  // What an editor opens as YAML (or as a chart's template files); `.helmignore` is neither.
  const files = filesUnder(chart).filter((f) => /\.(ya?ml|tpl|txt)$/.test(f));

  it('has the files helm writes', () => {
    const names = files.map((f) => relative(chart, f).replaceAll('\\', '/')).sort();
    for (const expected of [
      'Chart.yaml',
      'values.yaml',
      'templates/deployment.yaml',
      'templates/_helpers.tpl',
      'templates/NOTES.txt',
      'templates/tests/test-connection.yaml',
    ]) {
      assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
    }
  });

  for (const file of files) {
    const name = relative(chart, file).replaceAll('\\', '/');
    it(`${name}: no error and no warning`, () => {
      const uri = pathToFileURL(file).href;
      const text = readFileSync(file, 'utf8');
      const diagnostics = service.doValidation(uri, service.parse(uri, text));
      const loud = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
      assert.deepEqual(
        loud.map((d) => `${d.range.start.line + 1}: ${String(d.code)} ${d.message}`),
        [],
      );
      // Every `.Values` path of helm's own templates is in its values.yaml.
      assert.deepEqual(
        diagnostics.map((d) => `${d.range.start.line + 1}: ${String(d.code)} ${d.message}`),
        [],
      );
    });
  }

  it('reads the templates as templates and the rest as no manifest', () => {
    const role = (path: string) => service.roleOf(pathToFileURL(join(chart, path)).href, readFileSync(join(chart, path), 'utf8'));
    assert.equal(role('templates/service.yaml').role, 'template');
    assert.deepEqual(role('values.yaml'), { role: 'ignored', why: 'values', chartRoot: chart.replaceAll('\\', '/') });
    assert.equal(role('Chart.yaml').role, 'ignored');
    assert.deepEqual(role('templates/_helpers.tpl'), { role: 'ignored', why: 'not-yaml' });
    assert.deepEqual(role('templates/NOTES.txt'), { role: 'ignored', why: 'not-yaml' });
  });
});
