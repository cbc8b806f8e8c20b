// A chart written the way charts in the wild are (test/fixtures/helm/wild: if/with/range blocks,
// toYaml | nindent, include for names, labels and selectors, env from range, a comment block, an
// apiVersion chosen by if/else): no finding at all. The same templates with literal typos: each
// typo caught, on its own text, with its quick fix.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { fixturesDir, newService } from '../../helpers/service';
import { applyFix, rangeOf } from '../../helpers/diagnostics';
import { LineIndex } from '../../../server/src/service/document/lineIndex';

const chart = join(fixturesDir, 'helm', 'wild');
const templates = join(chart, 'templates');
const service = newService();

function check(name: string, text: string): Diagnostic[] {
  const uri = pathToFileURL(join(templates, name)).href;
  return service.doValidation(uri, service.parse(uri, text));
}

const shown = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}`);

const deployment = readFileSync(join(templates, 'deployment.yaml'), 'utf8');

/** `text` with `from` (which must occur once) replaced. */
function typo(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `${from} occurs once`);
  return text.replace(from, to);
}

describe('charts as written in the wild', () => {
  for (const name of readdirSync(templates).filter((n) => n.endsWith('.yaml'))) {
    it(`${name}: no finding`, () => {
      assert.deepEqual(shown(check(name, readFileSync(join(templates, name), 'utf8'))), []);
    });
  }

  it('values.yaml with a top-level `kind:` is no manifest', () => {
    const uri = pathToFileURL(join(chart, 'values.yaml')).href;
    const text = readFileSync(join(chart, 'values.yaml'), 'utf8');
    assert.match(text, /^kind: Deployment$/m);
    assert.deepEqual(shown(service.doValidation(uri, service.parse(uri, text))), []);
  });

  it('catches `contaners:` and fixes it to `containers`', () => {
    const text = typo(deployment, '      containers:', '      contaners:');
    const found = check('deployment.yaml', text);
    const unknown = found.find((d) => d.code === 'unknown-field');
    assert.ok(unknown, shown(found).join('\n'));
    assert.deepEqual(unknown.range, rangeOf(text, 'contaners'));
    assert.match(unknown.message, /did you mean `containers`/);
    assert.match(applyFix(text, unknown), /^ {6}containers:$/m);
    // The typo stands for `containers` (the rule says so instead of "containers is missing").
    assert.deepEqual(
      found.map((d) => d.code),
      ['unknown-field'],
    );
  });

  it('catches `imagePullPolicy: Allways` and offers `Always`', () => {
    const text = typo(deployment, 'imagePullPolicy: IfNotPresent', 'imagePullPolicy: Allways');
    const found = check('deployment.yaml', text);
    const invalid = found.find((d) => d.code === 'invalid-enum');
    assert.ok(invalid, shown(found).join('\n'));
    assert.deepEqual(invalid.range, rangeOf(text, 'Allways'));
    assert.match(applyFix(text, invalid), /imagePullPolicy: Always$/m);
    assert.equal(found.length, 1, shown(found).join('\n'));
  });

  it('catches `replicas` at the top level, its value an action', () => {
    const text = typo(deployment, 'spec:\n  replicas: {{ .Values.replicaCount }}\n', 'replicas: {{ .Values.replicaCount }}\nspec:\n');
    const found = check('deployment.yaml', text);
    const misplaced = found.find((d) => d.code === 'misplaced-field');
    assert.ok(misplaced, shown(found).join('\n'));
    assert.deepEqual(misplaced.range, rangeOf(text, 'replicas'));
    assert.match(misplaced.message, /`spec`/);
    const fixed = applyFix(text, misplaced);
    // Under `spec`, with its action as written, and after the `{{- end }}` of the last `with`
    // block (inside it, it would render only when tolerations are set).
    assert.ok(
      fixed.endsWith('        {{- toYaml . | nindent 8 }}\n      {{- end }}\n  replicas: {{ .Values.replicaCount }}\n'),
      fixed.slice(-200),
    );
    assert.deepEqual(shown(check('deployment.yaml', fixed)), []);
  });

  it('catches a wrong apiVersion and fixes it', () => {
    const text = typo(deployment, 'apiVersion: apps/v1', 'apiVersion: apps/v1beta3');
    const found = check('deployment.yaml', text);
    const wrong = found.find((d) => d.code === 'wrong-api-version');
    assert.ok(wrong, shown(found).join('\n'));
    assert.deepEqual(wrong.range, rangeOf(text, 'apps/v1beta3'));
    assert.equal(applyFix(text, wrong), deployment);
  });

  it('catches a literal quantity and a literal image, never an action', () => {
    const text = typo(
      deployment,
      '          resources:\n            {{- toYaml .Values.resources | nindent 12 }}',
      '          resources:\n            limits:\n              memory: 128MB\n            {{- toYaml .Values.resources | nindent 12 }}',
    );
    assert.deepEqual(
      check('deployment.yaml', text).map((d) => d.code),
      ['invalid-quantity'],
    );
    const image = typo(
      deployment,
      'image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
      'image: "ghcr.io/example/wild::2.4"',
    );
    assert.deepEqual(
      check('deployment.yaml', image).map((d) => d.code),
      ['invalid-image'],
    );
  });

  it('a template built on library helpers (`key: {{- include … | nindent N }}`): no finding; a typo still caught', () => {
    const path = join(fixturesDir, 'helm', 'library-style', 'templates', 'deployment.yaml');
    const uri = pathToFileURL(path).href;
    const text = readFileSync(path, 'utf8');
    assert.deepEqual(shown(service.doValidation(uri, service.parse(uri, text))), []);
    const broken = typo(text, '              subPath: tmp-dir', '              subpath: tmp-dir');
    const found = service.doValidation(uri, service.parse(uri, broken));
    assert.deepEqual(
      found.map((d) => [d.code, d.range]),
      [['unknown-field', rangeOf(broken, 'subpath')]],
    );
    assert.match(applyFix(broken, found[0]), /^ {14}subPath: tmp-dir$/m);
  });

  it('in a file of several documents (one made by range, one guarded by else): literal mistakes only', () => {
    const more = readFileSync(join(templates, 'more.yaml'), 'utf8');
    const text = typo(
      typo(
        typo(more, 'accessModes: [ "ReadWriteOnce" ]', 'accessModes: [ "ReadWriteOnse" ]'),
        '              cpu: 100m',
        '              cpu: 100mm',
      ),
      '          volumeMounts:',
      '          volumeMount:',
    );
    const found = check('more.yaml', text);
    const lines = new LineIndex(text);
    const at = (d: Diagnostic): string => `${String(d.code)} ${text.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end))}`;
    assert.deepEqual(
      found.map(at).sort(),
      ['invalid-quantity 100mm', 'pvc-spec "ReadWriteOnse"', 'unknown-field volumeMount'],
      shown(found).join('\n'),
    );
  });

  it('says a required field is missing only where no action could write it', () => {
    // The CronJob's pod spec comes from `include … | nindent 10`: it may hold the containers.
    const cronJob = readFileSync(join(templates, 'cronjob.yaml'), 'utf8');
    assert.deepEqual(shown(check('cronjob.yaml', cronJob)), []);
    // Without the include, nothing can write them.
    const bare = typo(cronJob, '\n          {{- include "wild.podSpec" . | nindent 10 }}', '');
    assert.deepEqual(
      check('cronjob.yaml', bare).map((d) => d.code),
      ['required-field'],
    );
  });
});

describe('keys that may never meet', () => {
  it('`if` and `if not` with the same key: no duplicate-key; without conditions: one', () => {
    const guarded =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  {{- if .Values.a }}\n  mode: fast\n  {{- end }}\n  {{- if not .Values.a }}\n  mode: slow\n  {{- end }}\n';
    assert.deepEqual(shown(check('cm.yaml', guarded)), []);
    const plain = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  mode: fast\n  mode: slow\n';
    assert.deepEqual(
      check('cm.yaml', plain).map((d) => d.code),
      ['duplicate-key'],
    );
  });
});
