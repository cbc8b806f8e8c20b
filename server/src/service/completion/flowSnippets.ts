// Snippet text for inserting a field inside a flow collection (`{a: 1, |}`): everything on one line.
// Objects and maps open `{}` with the cursor inside, lists `[]`; lists of objects bring their first
// item's required keys, as block snippets do.
import type { FieldType, ResolvedField, TypeModel } from '../schema/model';
import { requiredFields } from '../schema/requiredFields';
import { scalarPlaceholder } from './snippets';

export interface FlowSnippet {
  readonly text: string;
  /** The cursor lands where keys go, so the editor should list them at once. */
  readonly suggest: boolean;
}

/** `{…}` of an object's required keys, tab stops from `firstStop`. */
function requiredItem(model: TypeModel, typeId: string, firstStop: number, first?: ResolvedField): FlowSnippet {
  const parts: string[] = [];
  let stop = firstStop;
  let suggest = false;
  const names = requiredFields(model, typeId).filter((n) => n !== first?.name);
  for (const field of [...(first ? [first] : []), ...names.map((n) => model.field(typeId, n))]) {
    if (!field) continue;
    const value = valueSnippet(model, field, field.type, stop);
    if (parts.length === 0) suggest = value.suggest;
    parts.push(`${field.name}: ${value.text}`);
    stop += (value.text.match(/\$\{\d+/g) ?? []).length;
  }
  if (parts.length === 0) {
    suggest = true;
    parts.push(`\${${stop}}`);
  }
  return { text: `{${parts.join(', ')}}`, suggest };
}

function valueSnippet(model: TypeModel, field: ResolvedField, type: FieldType, stop: number): FlowSnippet {
  switch (type.kind) {
    case 'scalar':
      return { text: type.name === 'any' ? `\${${stop}}` : scalarPlaceholder(field, type, stop), suggest: false };
    case 'object':
    case 'map':
      return { text: `{\${${stop}}}`, suggest: true };
    case 'array':
      if (type.items.kind !== 'object') return { text: `[\${${stop}}]`, suggest: false };
      {
        const item = requiredItem(model, type.items.typeId, stop);
        return { text: `[${item.text}]`, suggest: item.suggest };
      }
  }
}

/** `key: value` for a field of a flow mapping. */
export function flowFieldSnippet(model: TypeModel, field: ResolvedField): FlowSnippet {
  const value = valueSnippet(model, field, field.type, 1);
  return { text: `${field.name}: ${value.text}`, suggest: value.suggest };
}

/** `{key: value, …required}` for a new item of a flow sequence of objects, starting with `first`. */
export function flowItemSnippet(model: TypeModel, itemTypeId: string, first: ResolvedField): FlowSnippet {
  return requiredItem(model, itemTypeId, 1, first);
}
