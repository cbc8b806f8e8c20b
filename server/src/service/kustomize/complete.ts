// Completion and hover in a kustomization: its own fields from fields.ts, their words from fieldDocs.ts.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type Position,
} from 'vscode-languageserver-types';
import { documentAt, type Manifest } from '../document/manifest';
import { nodeAt } from '../document/nodeAt';
import { cursorContext } from '../completion/context';
import { siblingKeys } from '../completion/lineStructure';
import { fitToEditor, TRIGGER_SUGGEST } from '../completion/editorForm';
import type { ServiceSettings } from '../settings';
import { markdownToPlainText } from '../util/markdown';
import { fieldAt, objectAt, type KustomizeType } from './fields';
import { fieldDoc } from './fieldDocs';

function typeLabel(type: KustomizeType): string {
  switch (type.t) {
    case 'list':
      return `[]${typeLabel(type.items)}`;
    case 'object':
      return 'object';
    case 'stringMap':
      return 'map[string]string';
    case 'bool':
      return 'boolean';
    case 'int':
      return 'integer';
    default:
      return type.t;
  }
}

/** What follows the key when it is accepted: a nested block for lists and objects, a space for scalars. */
function insertion(key: string, type: KustomizeType): string {
  if (type.t === 'list') return `${key}:\n  - \${1}`;
  if (type.t === 'object' || type.t === 'stringMap') return `${key}:\n  \${1}`;
  return `${key}: \${1}`;
}

/** The two kinds and their apiVersions (checked apart from the field table, in rule.ts). */
const IDENTITY_VALUES: Readonly<Record<string, readonly string[]>> = {
  kind: ['Kustomization', 'Component'],
  apiVersion: ['kustomize.config.k8s.io/v1beta1', 'kustomize.config.k8s.io/v1alpha1'],
};

function valuesOf(type: KustomizeType): readonly string[] {
  if (type.t === 'bool') return ['true', 'false'];
  if (type.t === 'string') return type.values ?? [];
  if (type.t === 'list') return valuesOf(type.items);
  return [];
}

export function kustomizeCompletions(settings: ServiceSettings, manifest: Manifest, position: Position): CompletionList {
  const document = documentAt(manifest, manifest.lines.offsetAt(position));
  if (!document) return { isIncomplete: false, items: [] };
  const context = cursorContext(manifest, document, position.line, position.character);
  const target = context.target;
  if (!target) return { isIncomplete: false, items: [] };
  const keys = target.path.filter((segment): segment is string => typeof segment === 'string');
  const range = { start: { line: position.line, character: target.column }, end: position };
  const items: CompletionItem[] = [];
  if (target.type === 'value') {
    const found = fieldAt(keys);
    const identity = keys.length === 1 ? IDENTITY_VALUES[keys[0] ?? ''] : undefined;
    if (identity)
      for (const value of identity) items.push({ label: value, kind: CompletionItemKind.Value, textEdit: { range, newText: value } });
    else if (found)
      for (const value of valuesOf(found.type))
        items.push({ label: value, kind: CompletionItemKind.Value, textEdit: { range, newText: value } });
  } else {
    const fields = objectAt(keys);
    const present = target.flow?.present ?? siblingKeys(context.lines, context.line, target.column);
    for (const [key, field] of Object.entries(fields ?? {})) {
      if (present.has(key)) continue;
      const doc = fieldDoc([...keys, key], settings.language);
      items.push({
        label: key,
        kind: CompletionItemKind.Property,
        detail: typeLabel(field.type),
        ...(doc ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}),
        // Deprecated fields sort last and show struck through.
        ...(field.replacedBy ? { tags: [1], sortText: `~${key}` } : { sortText: key }),
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: insertion(key, field.type) },
        ...(valuesOf(field.type).length > 0 ? { command: { title: 'Suggest', command: TRIGGER_SUGGEST } } : {}),
      });
    }
  }
  return { isIncomplete: false, items: items.map((item) => fitToEditor(item, settings.editor)) };
}

export function kustomizeHover(settings: ServiceSettings, manifest: Manifest, position: Position): Hover | null {
  const offset = manifest.lines.offsetAt(position);
  const document = documentAt(manifest, offset);
  if (!document) return null;
  const at = nodeAt(document.chunk.yaml.contents, offset - document.start);
  if (!at?.onKey || !at.scalar?.range) return null;
  const keys = at.path.filter((segment): segment is string => typeof segment === 'string');
  const found = fieldAt(keys);
  if (!found) return null;
  const doc = fieldDoc(keys, settings.language) ?? '';
  const replaced = found.field.replacedBy ? `\n\n→ \`${found.field.replacedBy}\`` : '';
  const markdown = `**${keys[keys.length - 1] ?? ''}** \`${typeLabel(found.type)}\`\n\n${doc}${replaced}`;
  const range = manifest.lines.rangeOf(document.start + at.scalar.range[0], document.start + at.scalar.range[1]);
  return {
    range,
    contents: settings.editor.hoverMarkdown
      ? { kind: MarkupKind.Markdown, value: markdown }
      : { kind: MarkupKind.PlainText, value: markdownToPlainText(markdown) },
  };
}
