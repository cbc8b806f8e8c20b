// Key completion: the fields valid at the cursor that are not already present.
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver-types';
import { shortTypeName, typeLabel, type ResolvedField, type TypeModel } from '../schema/model';
import type { ServiceSettings } from '../settings';
import { fieldAvailableIn } from '../schema/model';
import { resolvePath } from '../schema/resolvePath';
import type { CursorContext, KeyContext } from './context';
import { fieldSortText, isServerOwned } from './fieldOrder';
import { siblingKeys } from './lineStructure';
import { mapKeyCompletions } from './mapKeys';
import { fieldSnippet, itemSnippet, requiredFields } from './snippets';
import { summaryOf } from './summary';

export function keyCompletions(
  model: TypeModel,
  settings: ServiceSettings,
  context: CursorContext,
  target: KeyContext,
  rootTypeId: string,
): CompletionItem[] {
  const resolved = resolvePath(model, rootTypeId, target.path);
  if (!resolved) return [];
  let typeId: string;
  let asListItem = false;
  if (resolved.type.kind === 'map') {
    const present = siblingKeys(context.lines, context.line, target.column);
    return mapKeyCompletions(resolved.field, present, prefixRange(context, target));
  }
  if (resolved.type.kind === 'object') typeId = resolved.type.typeId;
  else if (resolved.type.kind === 'array' && resolved.type.items.kind === 'object' && target.lineEmpty) {
    // Under a list field without a dash yet: offer the item's keys, each starting a new item.
    typeId = resolved.type.items.typeId;
    asListItem = true;
  } else return [];

  const present = asListItem ? new Set<string>() : siblingKeys(context.lines, context.line, target.column);
  const required = new Set(requiredFields(model, typeId));
  const range = prefixRange(context, target);
  const shortType = shortTypeName(typeId);
  const items: CompletionItem[] = [];
  for (const field of model.fields(typeId)) {
    if (present.has(field.name) || isServerOwned(target.path, field.name)) continue;
    if (!fieldAvailableIn(field.def, settings.kubernetesVersion)) continue;
    const isRequired = required.has(field.name);
    items.push(fieldItem(model, field, isRequired, fieldSortText(shortType, field.name, isRequired), range, asListItem ? typeId : undefined));
  }
  return items;
}

function prefixRange(context: CursorContext, target: KeyContext): Range {
  const line = context.firstLine + context.line;
  return { start: { line, character: target.column }, end: { line, character: context.character } };
}

function fieldItem(
  model: TypeModel,
  field: ResolvedField,
  required: boolean,
  sortText: string,
  range: Range,
  listItemTypeId: string | undefined,
): CompletionItem {
  const newText = listItemTypeId ? itemSnippet(model, listItemTypeId, field) : fieldSnippet(model, field);
  return {
    label: field.name,
    kind: field.type.kind === 'scalar' ? CompletionItemKind.Property : CompletionItemKind.Module,
    detail: `${typeLabel(field.type)}${required ? ' · required' : ''}`,
    documentation: { kind: 'markdown', value: summaryOf(field.def.d) },
    sortText,
    filterText: field.name,
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.adjustIndentation,
    textEdit: { range, newText },
    ...(newText.includes('\n') ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}
