// Masking a Helm template: same length and lines, controls blank, values `x`, blocks recorded at
// the column they write to; and where insertions open the objects around them.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { hasTemplateActions, maskTemplate } from '../../../server/src/service/helm/mask';
import { openNodesOf } from '../../../server/src/service/helm/openNodes';
import { parseManifest } from '../../../server/src/service/document/manifest';
import { yaml } from '../../helpers/diagnostics';

describe('maskTemplate', () => {
  it('keeps every offset and line break', () => {
    const text = yaml`
      metadata:
        name: {{ include "x.fullname" . }}
        labels:
          {{- include "x.labels" . | nindent 4 }}
      {{- if .Values.on }}
      spec: {}
      {{- end }}
    `;
    const masked = maskTemplate(text);
    assert.equal(masked.text.length, text.length);
    assert.deepEqual(
      masked.text.split('\n').map((l) => l.length),
      text.split('\n').map((l) => l.length),
    );
    assert.equal(
      masked.text,
      [
        'metadata:',
        `  name: ${'x'.repeat('{{ include "x.fullname" . }}'.length)}`,
        '  labels:',
        `    #${' '.repeat('{{- include "x.labels" . | nindent 4 }}'.length - 1)}`,
        ' '.repeat('{{- if .Values.on }}'.length),
        'spec: {}',
        ' '.repeat('{{- end }}'.length),
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      masked.actions.map((a) => [a.kind, a.indent]),
      [
        ['value', undefined],
        ['insertion', 4],
        ['control', undefined],
        ['control', undefined],
      ],
    );
  });

  it('reads a quoted value of several actions as one scalar of unknown content', () => {
    const masked = maskTemplate('image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n');
    assert.match(masked.text, /^image: "x+:x+"\n$/);
    assert.deepEqual(
      masked.actions.map((a) => a.kind),
      ['value', 'value'],
    );
  });

  it('blanks comments over several lines, variables and trims', () => {
    const text = '{{- /*\nA note with }} inside\n*/ -}}\n{{- $name := include "x" . -}}\nkind: Pod\n';
    const masked = maskTemplate(text);
    assert.equal(masked.text, `${' '.repeat(6)}\n${' '.repeat(21)}\n${' '.repeat(6)}\n${' '.repeat(30)}\nkind: Pod\n`);
    assert.deepEqual(
      masked.actions.map((a) => a.kind),
      ['control', 'control'],
    );
  });

  it("takes `key: {{ toYaml … | nindent 8 }}` as the key's value written by the template", () => {
    const masked = maskTemplate('nodeSelector: {{- toYaml . | nindent 8 }}\n');
    assert.match(masked.text, /^nodeSelector: # +\n$/);
    assert.deepEqual(
      masked.actions.map((a) => [a.kind, a.indent]),
      [['insertion', 8]],
    );
  });

  it("places `indent N` relative to the action's own column, `nindent N` absolutely", () => {
    assert.equal(maskTemplate('a:\n{{ toYaml . | indent 8 }}\n').actions[0]?.indent, 8);
    assert.equal(maskTemplate('a:\n  {{ toYaml . | indent 2 }}\n').actions[0]?.indent, 4);
    assert.equal(maskTemplate('a:\n  {{ toYaml . | nindent 6 }}\n').actions[0]?.indent, 6);
    assert.equal(maskTemplate('a:\n  {{ include "x" . }}\n').actions[0]?.indent, 2);
  });

  it('notes `else` branches (both are in the masked text)', () => {
    assert.equal(maskTemplate('{{ if .a }}\nx: 1\n{{ else }}\nx: 2\n{{ end }}\n').branches, true);
    assert.equal(maskTemplate('{{ if .a }}\nx: 1\n{{ end }}\n').branches, false);
  });

  it('ends an action still being typed with its line', () => {
    const masked = maskTemplate('a: {{ .Values.\nb: 2\n');
    assert.equal(masked.text, 'a: xxxxxxxxxxx\nb: 2\n');
  });

  it('tells Helm actions from Grafana and Mustache braces', () => {
    assert.equal(hasTemplateActions('legendFormat: "{{pod}}"'), false);
    assert.equal(hasTemplateActions('text: "{{ name }}"'), false);
    assert.equal(hasTemplateActions('name: {{ .Values.name }}'), true);
    assert.equal(hasTemplateActions('{{- if x }}'), true);
    assert.equal(hasTemplateActions('name: {{ include "x" . }}'), true);
    assert.equal(hasTemplateActions('summary: "{{ $labels.instance }} is down"'), true);
  });
});

describe('openNodesOf', () => {
  const openOf = (text: string) => {
    const masked = maskTemplate(text);
    const manifest = parseManifest(masked.text);
    const chunk = manifest.documents[0]?.chunk;
    assert.ok(chunk);
    const withTemplate = { ...chunk, template: { source: text, actions: masked.actions, branches: masked.branches } };
    const open = openNodesOf(withTemplate);
    return {
      collections: [...open.collections].map((n) => JSON.stringify(n.toJSON())),
      produced: [...open.producedPairs].map((p) => String((p.key as { value: unknown }).value)),
    };
  };

  it("an insertion below a key writes that key's value", () => {
    assert.deepEqual(openOf('metadata:\n  labels:\n    {{- include "x" . | nindent 4 }}\n  name: a\n'), {
      collections: [],
      produced: ['labels'],
    });
  });

  it('an insertion beside keys may add keys to their map', () => {
    assert.deepEqual(openOf('spec:\n  replicas: 1\n  {{- include "x" . | nindent 2 }}\n'), {
      collections: ['{"replicas":1}'],
      produced: [],
    });
  });

  it("an insertion at a list entry's key column opens that entry", () => {
    const found = openOf('containers:\n  - name: a\n    {{- include "x" . | nindent 4 }}\n');
    assert.deepEqual(found, { collections: ['{"name":"a"}'], produced: [] });
  });

  it('an insertion at column 0 opens the whole object', () => {
    assert.deepEqual(openOf('kind: Pod\n{{ include "x" . }}\n'), { collections: ['{"kind":"Pod"}'], produced: [] });
  });

  it('skips deeper lines above to find its level', () => {
    const found = openOf('spec:\n  template:\n    metadata:\n      name: a\n  {{- include "x" . | nindent 2 }}\n');
    assert.deepEqual(found.collections, ['{"template":{"metadata":{"name":"a"}}}']);
  });
});
