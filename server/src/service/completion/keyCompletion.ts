// Key completion: the fields valid at the cursor that are not already present.
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { explanationFor } from '../schema/explanations/index';
import { shortTypeName, typeLabel, type ResolvedField, type TypeModel } from '../schema/model';
import type { Language, ServiceSettings } from '../settings';
import { fieldAvailableIn } from '../schema/model';
import { resolvePath } from '../schema/resolvePath';
import type { CursorContext, KeyContext } from './context';
import { fieldSortText, isServerOwned } from './fieldOrder';
import { TRIGGER_SUGGEST } from './editorForm';
import { flowFieldSnippet, flowItemSnippet } from './flowSnippets';
import { labelPairCompletions } from './labelPairs';
import { completionLabels } from './labels';
import { siblingKeys } from './lineStructure';
import { mapKeyCompletions } from './mapKeys';
import { requiredFields } from '../schema/requiredFields';
import { fieldSnippet, itemSnippet } from './snippets';
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
  const flow = target.flow;
  // Inside a flow collection an entry that has more after it needs a comma to stay valid YAML.
  const suffix = flow?.separator ? ', ' : '';
  if (resolved.type.kind === 'map') {
    if (flow?.listItem) return [];
    const present = flow?.present ?? siblingKeys(context.lines, context.line, target.column);
    const range = prefixRange(context, target);
    return [
      ...labelPairCompletions(context.document.chunk.yaml, target.path, present, range, settings.language, suffix),
      ...mapKeyCompletions(resolved.field, present, range, settings.language, suffix),
    ];
  }
  if (resolved.type.kind === 'object' && !flow?.listItem) typeId = resolved.type.typeId;
  else if (resolved.type.kind === 'array' && resolved.type.items.kind === 'object' && (flow ? flow.listItem : target.lineEmpty)) {
    // Under a list field without a dash (or `{`) yet: offer the item's keys, each starting a new item.
    typeId = resolved.type.items.typeId;
    asListItem = true;
  } else return [];

  const present = asListItem ? new Set<string>() : (flow?.present ?? siblingKeys(context.lines, context.line, target.column));
  const required = new Set(requiredFields(model, typeId));
  const range = prefixRange(context, target);
  const shortType = shortTypeName(typeId);
  const items: CompletionItem[] = [];
  for (const field of model.fields(typeId)) {
    if (present.has(field.name) || isServerOwned(target.path, field.name)) continue;
    if (!fieldAvailableIn(field.def, settings.kubernetesVersion)) continue;
    const isRequired = required.has(field.name);
    const sortText = fieldSortText(shortType, field.name, isRequired);
    const insert = insertText(model, field, asListItem ? typeId : undefined, flow !== undefined, settings.editor.snippets);
    items.push(
      fieldItem(
        settings.language,
        field,
        isRequired,
        sortText,
        range,
        { text: insert.text + suffix, suggest: insert.suggest },
        model.isKindType(field.ownerTypeId),
      ),
    );
  }
  return items;
}

function prefixRange(context: CursorContext, target: KeyContext): Range {
  const line = context.firstLine + context.line;
  return { start: { line, character: target.column }, end: { line, character: context.character } };
}

/** Block snippets open indented lines; flow ones stay on the line. Both ask for suggestions where keys go next. */
function insertText(
  model: TypeModel,
  field: ResolvedField,
  listItemTypeId: string | undefined,
  flow: boolean,
  snippets: boolean,
): { text: string; suggest: boolean } {
  if (flow) return listItemTypeId ? flowItemSnippet(model, listItemTypeId, field) : flowFieldSnippet(model, field);
  const options = { keyPlaceholder: snippets };
  const text = listItemTypeId ? itemSnippet(model, listItemTypeId, field, options) : fieldSnippet(model, field, options);
  return { text, suggest: text.includes('\n') };
}

function fieldItem(
  language: Language,
  field: ResolvedField,
  required: boolean,
  sortText: string,
  range: Range,
  insert: { text: string; suggest: boolean },
  rootKind: boolean,
): CompletionItem {
  const newText = insert.text;
  const labels = completionLabels(language);
  const explanation = explanationFor(field.ownerTypeId, field.name, language, rootKind);
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
    ...(insert.suggest ? { command: { title: 'Suggest', command: TRIGGER_SUGGEST } } : {}),
  };
}
