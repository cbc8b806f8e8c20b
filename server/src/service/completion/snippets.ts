// Snippet text for inserting a field: scalars get their value choices, objects and lists open a
// new indented line (lists with their first item's required keys), relative to the key's indentation.
import { decodeType, type FieldType, type ResolvedField, type TypeModel } from '../schema/model';
import { requiredFields } from '../schema/requiredFields';

const INDENT = '  ';

export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The value part of a scalar, as a snippet placeholder. */
export function scalarPlaceholder(field: ResolvedField | undefined, type: FieldType, stop: number): string {
  const values = field?.def.enum?.map((e) => e.v).filter((v) => v !== '');
  if (values && values.length > 0 && values.length <= 12)
    return `\${${stop}|${values.map((v) => v.replace(/[,|]/g, (c) => `\\${c}`)).join(',')}|}`;
  if (type.kind === 'scalar' && type.name === 'boolean') return `\${${stop}|true,false|}`;
  return `\${${stop}}`;
}

/** Lines (relative indentation, starting at column 0) for an object's required keys. */
function requiredBody(model: TypeModel, typeId: string, firstStop: number): { lines: string[]; next: number } {
  const lines: string[] = [];
  let stop = firstStop;
  for (const name of requiredFields(model, typeId)) {
    const field = model.field(typeId, name);
    if (!field) continue;
    if (field.type.kind === 'scalar') lines.push(`${name}: ${scalarPlaceholder(field, field.type, stop++)}`);
    else lines.push(`${name}:\n${INDENT}\${${stop++}}`);
  }
  return { lines, next: stop };
}

export interface SnippetOptions {
  /**
   * A map's first entry starts with a `key` placeholder to type over. Without snippets a
   * placeholder's text would stay in the buffer, so the plain form stops where the key goes.
   */
  readonly keyPlaceholder: boolean;
}

const WITH_SNIPPETS: SnippetOptions = { keyPlaceholder: true };

/** Snippet for `key: …` of a field. */
export function fieldSnippet(model: TypeModel, field: ResolvedField, options: SnippetOptions = WITH_SNIPPETS): string {
  const type = field.type;
  switch (type.kind) {
    case 'scalar':
      return type.name === 'any' ? `${field.name}:\n${INDENT}\${1}` : `${field.name}: ${scalarPlaceholder(field, type, 1)}`;
    case 'object':
      return `${field.name}:\n${INDENT}\${1}`;
    case 'map':
      return options.keyPlaceholder ? `${field.name}:\n${INDENT}\${1:key}: \${2}` : `${field.name}:\n${INDENT}\${1}`;
    case 'array': {
      if (type.items.kind !== 'object') return `${field.name}:\n${INDENT}- \${1}`;
      const body = requiredBody(model, type.items.typeId, 1);
      if (body.lines.length === 0) return `${field.name}:\n${INDENT}- \${1}`;
      const item = body.lines
        .map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`))
        .join('\n')
        .split('\n')
        .map((l) => INDENT + l)
        .join('\n');
      return `${field.name}:\n${item}`;
    }
  }
}

/** Snippet for a new list item of an object type, used when the cursor sits in a list without a dash. */
export function itemSnippet(
  model: TypeModel,
  itemTypeId: string,
  firstField: ResolvedField,
  options: SnippetOptions = WITH_SNIPPETS,
): string {
  const rest = requiredFields(model, itemTypeId).filter((n) => n !== firstField.name);
  const first = fieldSnippet(model, firstField, options);
  let stop = (first.match(/\$\{?\d+/g) ?? []).length + 1;
  const lines = [`- ${first.split('\n').join('\n  ')}`];
  for (const name of rest) {
    const field = model.field(itemTypeId, name);
    if (!field) continue;
    lines.push(`  ${name}: ${field.type.kind === 'scalar' ? `\${${stop++}}` : `\n    \${${stop++}}`}`);
  }
  return lines.join('\n');
}

export { decodeType };
