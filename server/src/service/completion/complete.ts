// Completion entry point: picks the document at the cursor and dispatches to key, value or skeleton completion.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import { documentAt, type Manifest } from '../document/manifest';
import { documentKind } from '../schema/kinds';
import type { TypeModel } from '../schema/model';
import type { Language, ServiceSettings } from '../settings';
import { cursorContext, type FlowKeyInfo } from './context';
import { fitToEditor, TRIGGER_SUGGEST } from './editorForm';
import { keyCompletions } from './keyCompletion';
import { completionLabels } from './labels';
import { skeletonCompletions } from './skeletons';
import { valueCompletions } from './valueCompletion';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

export function doComplete(model: TypeModel, settings: ServiceSettings, manifest: Manifest, position: Position): CompletionList {
  const list = completionsAt(model, settings, manifest, position);
  return list.items.length === 0 ? list : { ...list, items: list.items.map((item) => fitToEditor(item, settings.editor)) };
}

function completionsAt(model: TypeModel, settings: ServiceSettings, manifest: Manifest, position: Position): CompletionList {
  const offset = manifest.lines.offsetAt(position);
  const document = documentAt(manifest, offset);
  if (!document) return EMPTY;
  const context = cursorContext(manifest, document, position.line, position.character);
  const target = context.target;
  if (!target) return EMPTY;
  const kind = documentKind(model, document.chunk.identity);

  if (context.emptyDocument && target.type === 'key' && target.path.length === 0) {
    const range = { start: { line: position.line, character: target.column }, end: position };
    return { isIncomplete: false, items: skeletonCompletions(model, range, settings.language) };
  }
  if (target.type === 'value') return { isIncomplete: false, items: valueCompletions(model, context, target, kind?.def.type, settings.language) };
  if (kind) return { isIncomplete: false, items: keyCompletions(model, settings, context, target, kind.def.type) };
  // Half a Kubernetes identity (apiVersion without kind or the reverse): offer the missing key.
  // Documents with neither (workflows, compose files, Helm values) get nothing from us.
  const identity = document.chunk.identity;
  if (target.path.length === 0 && (identity.kind === undefined) !== (identity.apiVersion === undefined)) {
    return { isIncomplete: false, items: identityKeys(context, target.column, position, settings.language, target.flow) };
  }
  return EMPTY;
}

function identityKeys(context: { lines: readonly string[] }, column: number, position: Position, language: Language, flow: FlowKeyInfo | undefined): CompletionItem[] {
  if (flow?.listItem) return [];
  const present = flow?.present ?? new Set(context.lines.map((l) => /^(apiVersion|kind)\s*:/.exec(l)?.[1]).filter((k) => k !== undefined));
  return ['apiVersion', 'kind']
    .filter((k) => !present.has(k))
    .map((k) => ({
      label: k,
      kind: CompletionItemKind.Property,
      detail: `string · ${completionLabels(language).required}`,
      // More entries after the cursor in a flow mapping: the value goes before a comma.
      ...(flow?.separator ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
      textEdit: { range: { start: { line: position.line, character: column }, end: position }, newText: flow?.separator ? `${k}: \${1}, ` : `${k}: ` },
      command: { title: 'Suggest', command: TRIGGER_SUGGEST },
    }));
}
