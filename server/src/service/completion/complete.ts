// Completion entry point: picks the document at the cursor and dispatches to key, value or skeleton completion.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import { isMap, isSeq } from 'yaml';
import { documentAt, type Manifest } from '../document/manifest';
import { listItems } from '../document/listItems';
import { documentKind } from '../schema/kinds';
import type { TypeModel } from '../schema/model';
import type { Language, ServiceSettings } from '../settings';
import { cursorContext, type CursorContext, type FlowKeyInfo } from './context';
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
  const context = itemContext(cursorContext(manifest, document, position.line, position.character));
  const target = context.target;
  if (!target) return EMPTY;
  const kind = documentKind(model, context.document.chunk.identity);

  if (context.emptyDocument && target.type === 'key' && target.path.length === 0) {
    const range = { start: { line: position.line, character: target.column }, end: position };
    return { isIncomplete: false, items: skeletonCompletions(model, range, settings.language) };
  }
  if (target.type === 'value')
    return { isIncomplete: false, items: valueCompletions(model, context, target, kind?.def.type, settings.language) };
  if (kind) return { isIncomplete: false, items: keyCompletions(model, settings, context, target, kind.def.type) };
  // Half a Kubernetes identity (apiVersion without kind or the reverse): offer the missing key.
  // Documents with neither (workflows, compose files, Helm values) get nothing from us.
  const identity = context.document.chunk.identity;
  if (target.path.length === 0 && (identity.kind === undefined) !== (identity.apiVersion === undefined)) {
    return { isIncomplete: false, items: identityKeys(context, target.column, position, settings.language, target.flow) };
  }
  return EMPTY;
}

/**
 * Inside the `items` of a `List`, the item under the cursor is the object completed: its identity,
 * its parse, and the path from it. Elsewhere the context as it is.
 */
function itemContext(context: CursorContext): CursorContext {
  const { target, document } = context;
  const index = target?.path[1];
  if (!target || target.path[0] !== 'items' || typeof index !== 'number') return context;
  const items = listItems(document.chunk);
  const contents = document.chunk.yaml.contents;
  const node = isMap(contents) ? contents.get('items', true) : undefined;
  const itemNode: unknown = isSeq(node) ? node.items[index] : undefined;
  const item = items?.find((chunk) => chunk.yaml.contents === itemNode);
  if (!item) return context;
  return { ...context, inListItem: true, document: { ...document, chunk: item }, target: { ...target, path: target.path.slice(2) } };
}

function identityKeys(
  context: CursorContext,
  column: number,
  position: Position,
  language: Language,
  flow: FlowKeyInfo | undefined,
): CompletionItem[] {
  if (flow?.listItem) return [];
  // A List item's lines are not at column 0: what its identity has is what is present.
  const identity = context.document.chunk.identity;
  const inItem = context.inListItem ? Object.keys(identity) : undefined;
  const present =
    flow?.present ?? new Set(inItem ?? context.lines.map((l) => /^(apiVersion|kind)\s*:/.exec(l)?.[1]).filter((k) => k !== undefined));
  return ['apiVersion', 'kind']
    .filter((k) => !present.has(k))
    .map((k) => ({
      label: k,
      kind: CompletionItemKind.Property,
      detail: `string · ${completionLabels(language).required}`,
      // More entries after the cursor in a flow mapping: the value goes before a comma.
      ...(flow?.separator ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
      textEdit: {
        range: { start: { line: position.line, character: column }, end: position },
        newText: flow?.separator ? `${k}: \${1}, ` : `${k}: `,
      },
      command: { title: 'Suggest', command: TRIGGER_SUGGEST },
    }));
}
