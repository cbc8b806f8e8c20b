// Value completion: enum values, booleans, apiVersion/kind pairs and names declared elsewhere.
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { TypeModel } from '../schema/model';
import { resolvePath } from '../schema/resolvePath';
import type { Language } from '../settings';
import type { CursorContext, ValueContext } from './context';
import { completionLabels } from './labels';
import { referencesFor } from './references';

function valueRange(context: CursorContext, target: ValueContext): Range {
  const line = context.firstLine + context.line;
  const text = context.lines[context.line] ?? '';
  // Replace the whole value already on the line, so picking a value never leaves the old one behind.
  if (target.end !== undefined) return { start: { line, character: target.column }, end: { line, character: target.end } };
  const rest = text
    .slice(target.column)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  return { start: { line, character: target.column }, end: { line, character: Math.max(context.character, target.column + rest.length) } };
}

function item(
  label: string,
  kind: CompletionItemKind,
  range: Range,
  detail?: string,
  documentation?: string,
  sortText?: string,
): CompletionItem {
  return {
    label,
    kind,
    textEdit: { range, newText: label },
    ...(detail ? { detail } : {}),
    ...(documentation ? { documentation: { kind: 'markdown', value: documentation } } : {}),
    ...(sortText ? { sortText } : {}),
  };
}

/** apiVersion and kind at the top of a document: only the pairs we model, the matching ones first. */
export function identityCompletions(model: TypeModel, context: CursorContext, target: ValueContext): CompletionItem[] {
  const range = valueRange(context, target);
  const identity = context.document.chunk.identity;
  if (target.key === 'apiVersion') {
    const versions = new Map<string, string[]>();
    for (const k of model.kinds) versions.set(k.apiVersion, [...(versions.get(k.apiVersion) ?? []), k.kind]);
    return [...versions].map(([apiVersion, kinds]) => {
      const matches = identity.kind !== undefined && kinds.includes(identity.kind);
      return item(
        apiVersion,
        CompletionItemKind.EnumMember,
        range,
        kinds.join(', '),
        undefined,
        matches ? `0_${apiVersion}` : `1_${apiVersion}`,
      );
    });
  }
  return model.kinds.map((k) => {
    const matches = identity.apiVersion === k.apiVersion;
    const completion = item(k.kind, CompletionItemKind.Class, range, k.apiVersion, undefined, matches ? `0_${k.kind}` : `1_${k.kind}`);
    // Choosing a kind fixes up a missing apiVersion so the pair is right from the start.
    const flow = target.flow;
    if (flow) {
      // A flow mapping at the top (`{kind: Pod}`): the pair goes in as an entry before the kind.
      if (identity.apiVersion === undefined && !flow.present.has('apiVersion')) {
        const at = { line: context.firstLine + flow.keyStart.line, character: flow.keyStart.character };
        completion.additionalTextEdits = [{ range: { start: at, end: at }, newText: `apiVersion: ${k.apiVersion}, ` }];
      }
    } else if (identity.apiVersion === undefined && !context.inListItem && !context.lines.some((l) => /^apiVersion\s*:/.test(l))) {
      const line = context.firstLine + context.line;
      completion.additionalTextEdits = [
        { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `apiVersion: ${k.apiVersion}\n` },
      ];
    }
    return completion;
  });
}

export function valueCompletions(
  model: TypeModel,
  context: CursorContext,
  target: ValueContext,
  rootTypeId: string | undefined,
  language: Language,
): CompletionItem[] {
  if (target.path.length === 1 && (target.key === 'apiVersion' || target.key === 'kind'))
    return identityCompletions(model, context, target);
  if (!rootTypeId) return [];
  const range = valueRange(context, target);
  const items: CompletionItem[] = [];
  for (const ref of referencesFor(context.document.chunk.yaml, target.path, language)) {
    items.push(item(ref.value, CompletionItemKind.Reference, range, ref.detail, undefined, `0_${ref.value}`));
  }
  const resolved = resolvePath(model, rootTypeId, target.path);
  if (!resolved) return items;
  const enumValues = resolved.field?.def.enum;
  if (enumValues && resolved.type.kind === 'scalar') {
    for (const value of enumValues) {
      if (value.v === '') continue;
      const documentation = value.d ? completionLabels(language).enumDocumentation(value.v, value.d) : undefined;
      items.push(item(value.v, CompletionItemKind.EnumMember, range, resolved.field?.name, documentation, `1_${value.v}`));
    }
  } else if (resolved.type.kind === 'scalar' && resolved.type.name === 'boolean') {
    items.push(item('true', CompletionItemKind.Value, range), item('false', CompletionItemKind.Value, range));
  }
  return items;
}
