// Key completion: the fields valid at the cursor that are not already present.
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver-types';
import { explanationFor } from '../schema/explanations/index';
import { shortTypeName, typeLabel, type ResolvedField, type TypeModel } from '../schema/model';
import type { Language, ServiceSettings } from '../settings';
import { fieldAvailableIn } from '../schema/model';
import { resolvePath } from '../schema/resolvePath';
import type { CursorContext, KeyContext } from './context';
import { fieldSortText, isServerOwned } from './fieldOrder';
import { completionLabels } from './labels';
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
    return mapKeyCompletions(resolved.field, present, prefixRange(context, target), settings.language);
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
    const sortText = fieldSortText(shortType, field.name, isRequired);
    items.push(fieldItem(model, settings.language, field, isRequired, sortText, range, asListItem ? typeId : undefined));
  }
  return items;
}

function prefixRange(context: CursorContext, target: KeyContext): Range {
  const line = context.firstLine + context.line;
  return { start: { line, character: target.column }, end: { line, character: context.character } };
}

function fieldItem(
  model: TypeModel,
  language: Language,
  field: ResolvedField,
  required: boolean,
  sortText: string,
  range: Range,
  listItemTypeId: string | undefined,
): CompletionItem {
  const newText = listItemTypeId ? itemSnippet(model, listItemTypeId, field) : fieldSnippet(model, field);
  const labels = completionLabels(language);
  const explanation = explanationFor(field.ownerTypeId, field.name, language);
  return {
    label: field.name,
    kind: field.type.kind === 'scalar' ? CompletionItemKind.Property : CompletionItemKind.Module,
    detail: `${labels.typeName(typeLabel(field.type))}${required ? ` · ${labels.required}` : ''}`,
    documentation: { kind: 'markdown', value: labels.fieldDocumentation(explanation && summaryOf(explanation), summaryOf(field.def.d)) },
    sortText,
    filterText: field.name,
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.adjustIndentation,
    textEdit: { range, newText },
    ...(newText.includes('\n') ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}
