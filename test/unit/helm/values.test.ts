// `.Values` paths in a template, answered from the chart's values files.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Hover } from 'vscode-languageserver-types';
import { fixturesDir, newService } from '../../helpers/service';
import { LineIndex } from '../../../server/src/service/document/lineIndex';
import { createPodLanguageService, type FileAccess } from '../../../server/src/service/index';
import { loadModel } from '../../../server/src/service/schema/loadModel';
import { distDir } from '../../helpers/service';

const chart = join(fixturesDir, 'helm', 'web');
const templateUri = pathToFileURL(join(chart, 'templates', 'deployment.yaml')).href;
const deployment = readFileSync(join(chart, 'templates', 'deployment.yaml'), 'utf8');
const service = newService();

const hoverText = (hover: Hover | null): string =>
  hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';

// Templates hold `|` pipes, so the cursor is marked with `‸` here.
function caret(text: string): { text: string; offset: number; position: { line: number; character: number } } {
  const offset = text.indexOf('‸');
  assert.ok(offset >= 0);
  const clean = text.slice(0, offset) + text.slice(offset + 1);
  return { text: clean, offset, position: new LineIndex(clean).positionAt(offset) };
}

/** The template with the cursor `shift` characters into the first `needle`. */
function at(needle: string, shift = 0): ReturnType<typeof caret> {
  const offset = deployment.indexOf(needle) + shift;
  assert.ok(offset >= shift, needle);
  return caret(deployment.slice(0, offset) + '‸' + deployment.slice(offset));
}

describe('chart values in templates', () => {
  it('hover on `.Values.image.tag` shows its value and file', () => {
    const fixture = at('.Values.image.tag', '.Values.image.'.length + 1);
    const hover = service.doHover(service.parse(templateUri, fixture.text), fixture.position, templateUri);
    const text = hoverText(hover);
    assert.match(text, /`\.Values\.image\.tag`/);
    assert.match(text, /Set in `values\.yaml`:\n\n```yaml\n""\n```/);
    assert.ok(hover?.range);
    assert.equal(
      fixture.text.slice(
        fixture.offset - fixture.position.character + hover.range.start.character,
        fixture.offset - fixture.position.character + hover.range.end.character,
      ),
      '.Values.image.tag',
    );
  });

  it('hover on a middle segment shows the map below it', () => {
    const fixture = at('.Values.image.tag', '.Values.im'.length);
    const text = hoverText(service.doHover(service.parse(templateUri, fixture.text), fixture.position, templateUri));
    assert.match(text, /`\.Values\.image`/);
    assert.match(text, /repository: nginx/);
    assert.match(text, /pullPolicy: IfNotPresent/);
  });

  it('go to definition jumps to the key in values.yaml', () => {
    const fixture = at('.Values.image.pullPolicy', '.Values.image.pull'.length);
    const locations = service.findDefinition(templateUri, service.parse(templateUri, fixture.text), fixture.position);
    const values = readFileSync(join(chart, 'values.yaml'), 'utf8');
    const line = values.split('\n').findIndex((l) => /^ {2}pullPolicy:/.test(l));
    assert.deepEqual(locations, [
      { uri: pathToFileURL(join(chart, 'values.yaml')).href, range: { start: { line, character: 2 }, end: { line, character: 12 } } },
    ]);
  });

  it('completes `.Values.` and `.Values.image.` from values.yaml', () => {
    const top = caret(deployment.replace('replicas: {{ .Values.replicaCount }}', 'replicas: {{ .Values.‸ }}'));
    const labels = service.doComplete(service.parse(templateUri, top.text), top.position).items.map((i) => i.label);
    for (const key of ['replicaCount', 'image', 'service', 'autoscaling'])
      assert.ok(labels.includes(key), `${key} in ${labels.join(', ')}`);
    const nested = caret(deployment.replace('replicas: {{ .Values.replicaCount }}', 'replicas: {{ .Values.image.re‸ }}'));
    const items = service.doComplete(service.parse(templateUri, nested.text), nested.position).items;
    assert.deepEqual(items.map((i) => i.label).sort(), ['pullPolicy', 'repository', 'tag']);
    const repository = items.find((i) => i.label === 'repository');
    assert.deepEqual(repository?.textEdit && 'range' in repository.textEdit ? repository.textEdit.range.end : undefined, nested.position);
    assert.equal(repository?.textEdit?.newText, 'repository');
  });

  it('keys complete and hover as in a manifest outside actions', () => {
    const fixture = caret(deployment.replace('          imagePullPolicy:', '          work‸\n          imagePullPolicy:'));
    const labels = service.doComplete(service.parse(templateUri, fixture.text), fixture.position).items.map((i) => i.label);
    // The container's fields, less those it has (`image` is written with actions, still present).
    assert.ok(labels.includes('workingDir'), labels.join(', '));
    assert.ok(!labels.includes('image') && !labels.includes('ports'), labels.join(', '));
    const key = at('containerPort', 3);
    assert.match(hoverText(service.doHover(service.parse(templateUri, key.text), key.position, templateUri)), /containerPort/);
  });

  it('a path no values file sets is information, on the path; a tested one is silent', () => {
    const text = deployment.replace('replicas: {{ .Values.replicaCount }}', 'replicas: {{ .Values.replicas }}');
    const found = service.doValidation(templateUri, service.parse(templateUri, text));
    assert.equal(found.length, 1, JSON.stringify(found));
    const [d] = found;
    assert.equal(d?.code, 'helm-value-not-set');
    assert.equal(d?.severity, DiagnosticSeverity.Information);
    assert.match(d?.message ?? '', /^`\.Values\.replicas` is not set in `values\.yaml`\./);
    const guarded = deployment.replace('replicas: {{ .Values.replicaCount }}', 'replicas: {{ .Values.replicas | default 2 }}');
    assert.deepEqual(service.doValidation(templateUri, service.parse(templateUri, guarded)), []);
  });

  it('reads values from the host first (an unsaved editor)', () => {
    const files: FileAccess = {
      exists: (path) => path === join(chart, 'Chart.yaml').replaceAll('\\', '/'),
      read: (path) => (path.endsWith('/values.yaml') ? 'replicas: 3\n' : undefined),
      list: (folder) => (folder === chart.replaceAll('\\', '/') ? ['Chart.yaml', 'values.yaml', 'templates'] : []),
    };
    const own = createPodLanguageService({ model: loadModel(distDir), chartFiles: files });
    const text = deployment.replace('replicas: {{ .Values.replicaCount }}', 'replicas: {{ .Values.replicas }}');
    const notSet = own.doValidation(templateUri, own.parse(templateUri, text)).map((d) => /`(\.Values[^`]*)`/.exec(d.message)?.[1]);
    // The host's values.yaml has `replicas` and none of what the one on disk has.
    assert.ok(!notSet.includes('.Values.replicas'), notSet.join(', '));
    assert.ok(notSet.includes('.Values.image.repository'), notSet.join(', '));
  });

  it('speaks Korean', () => {
    const ko = newService();
    ko.configure({ language: 'ko' });
    const text = deployment.replace('replicas: {{ .Values.replicaCount }}', 'replicas: {{ .Values.replicas }}');
    const [d] = ko.doValidation(templateUri, ko.parse(templateUri, text));
    assert.match(d?.message ?? '', /`values\.yaml`에 `\.Values\.replicas` 값이 없습니다/);
  });
});
