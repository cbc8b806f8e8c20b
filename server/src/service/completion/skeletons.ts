// Whole-document skeletons offered in an empty document: one per modelled kind.
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { isCustomTypeId, type TypeModel } from '../schema/model';
import type { Language } from '../settings';
import { completionLabels } from './labels';

const POD_SPEC = ['containers:', '  - name: ${2:app}', '    image: ${3:nginx:1.27}', '    ports:', '      - containerPort: ${4:80}'];

function indent(lines: readonly string[], by: string): string[] {
  return lines.map((l) => by + l);
}

function body(kind: string): string[] {
  const template = (extra: string[] = []): string[] => [
    'template:',
    '  metadata:',
    '    labels:',
    '      app: ${1:name}',
    '  spec:',
    ...extra.map((l) => `    ${l}`),
    ...indent(POD_SPEC, '    '),
  ];
  const selector = ['selector:', '  matchLabels:', '    app: ${1:name}'];
  switch (kind) {
    case 'Pod':
      return ['spec:', ...indent(POD_SPEC, '  ')];
    case 'PodTemplate':
      return template();
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet':
      return ['spec:', ...(kind === 'DaemonSet' ? [] : ['  replicas: 1']), ...indent(selector, '  '), ...indent(template(), '  ')];
    case 'StatefulSet':
      return ['spec:', '  serviceName: ${1:name}', '  replicas: 1', ...indent(selector, '  '), ...indent(template(), '  ')];
    case 'ReplicationController':
      return ['spec:', '  replicas: 1', '  selector:', '    app: ${1:name}', ...indent(template(), '  ')];
    case 'Job':
      return ['spec:', '  backoffLimit: 4', ...indent(template(['restartPolicy: Never']), '  ')];
    case 'CronJob':
      return [
        'spec:',
        '  schedule: "${5:*/5 * * * *}"',
        '  jobTemplate:',
        '    spec:',
        ...indent(template(['restartPolicy: OnFailure']), '      '),
      ];
    default:
      return [];
  }
}

export function skeletonCompletions(model: TypeModel, range: Range, language: Language): CompletionItem[] {
  const labels = completionLabels(language);
  return model.kinds.map((k, index) => {
    const lines = [
      `apiVersion: ${k.apiVersion}`,
      `kind: ${k.kind}`,
      'metadata:',
      '  name: ${1:name}',
      ...(isCustomTypeId(k.type) ? [] : body(k.kind)),
    ];
    return {
      label: `${k.kind} (${k.apiVersion})`,
      kind: CompletionItemKind.Snippet,
      detail: labels.newManifest(k.kind),
      sortText: `0_${String(index).padStart(2, '0')}`,
      filterText: `${k.kind} ${k.apiVersion} apiVersion kind`,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range, newText: lines.join('\n') },
    };
  });
}
