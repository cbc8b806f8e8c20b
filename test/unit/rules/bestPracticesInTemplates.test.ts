// Best practices in Helm templates: only what the literal text proves, outside `if`/`with` blocks,
// with names an action writes shown as written; nothing that weighs fields an action may write.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { textAt, yaml } from '../../helpers/ruleHarness';
import { newService } from '../../helpers/service';

function check(text: string, mode: 'learner' | 'strict' = 'learner'): Diagnostic[] {
  const service = newService();
  service.configure({ bestPractices: mode });
  const uri = 'file:///chart/templates/web.yaml';
  return service.doValidation(uri, service.parse(uri, text)).filter((d) => String(d.code).startsWith('best-practice-'));
}

const template = (podSpec: string[], container: string[]): string =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "web.fullname" . }}',
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      app: web',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: web',
    '    spec:',
    ...podSpec,
    '      containers:',
    '        - name: {{ .Chart.Name }}',
    '          image: "{{ .Values.image }}"',
    ...container,
  );

describe('best practices in Helm templates', () => {
  it('keeps literal hostNetwork, privileged and hostPath, naming the container as written', () => {
    const text = template(
      ['      hostNetwork: true', '      volumes:', '        - name: data', '          hostPath:', '            path: /srv'],
      ['          securityContext:', '            privileged: true'],
    );
    const found = check(text);
    assert.deepEqual(found.map((d) => [d.code, textAt(text, d)]).sort(), [
      ['best-practice-host-network', 'true'],
      ['best-practice-host-path', 'hostPath'],
      ['best-practice-privileged', 'true'],
    ]);
    const privileged = found.find((d) => d.code === 'best-practice-privileged');
    assert.match(privileged?.message ?? '', /^Container "\{\{ \.Chart\.Name \}\}" runs privileged/);
  });

  it('says nothing inside `if` blocks, on values an action writes, or of what strict weighs', () => {
    const guarded = template(
      ['      {{- if .Values.hostNetwork }}', '      hostNetwork: true', '      {{- end }}'],
      ['          securityContext:', '            privileged: {{ .Values.privileged }}'],
    );
    assert.deepEqual(check(guarded), []);
    // Resources and the root filesystem may come from `toYaml .Values.resources`: never claimed missing.
    const plain = template([], ['          resources:', '            {{- toYaml .Values.resources | nindent 12 }}']);
    assert.deepEqual(check(plain, 'strict'), []);
  });
});
