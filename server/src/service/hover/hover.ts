// Hover entry point: finds the key or value under the cursor in its own document and explains it.
import { isMap, isScalar, type Node } from 'yaml';
import type { Hover, Position } from 'vscode-languageserver-types';
import { documentAt, type Manifest, type ParsedChunk } from '../document/manifest';
import { listItems } from '../document/listItems';
import { nodeAt } from '../document/nodeAt';
import { documentKind } from '../schema/kinds';
import type { TypeModel } from '../schema/model';
import { requiredFields } from '../schema/requiredFields';
import { resolvePath, type PathSegment } from '../schema/resolvePath';
import type { ServiceSettings } from '../settings';
import { keyHoverMarkdown } from './keyHover';
import { valueHoverMarkdown } from './valueHover';
import { workspaceHover } from './workspaceHover';
import type { WorkspaceScope } from '../validation/validate';
import { markdownToPlainText } from '../util/markdown';

/** The plain value of the map at `path` (the object that holds the hovered field). */
function ownerValue(chunk: ParsedChunk, path: readonly PathSegment[]): unknown {
  const node = chunk.yaml.getIn(path, true) as Node | undefined;
  if (!isMap(node)) return undefined;
  try {
    return node.toJSON() as unknown;
  } catch {
    return undefined;
  }
}

function containsOffset(chunk: ParsedChunk, offset: number): boolean {
  const range = (chunk.yaml.contents as Node | null)?.range;
  return range !== null && range !== undefined && range[0] <= offset && offset <= range[1];
}

/** The path up to and including the last named field (`ports[0]` → `ports`). */
function fieldPath(path: readonly PathSegment[]): PathSegment[] {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === 'number') end--;
  return path.slice(0, end);
}

export function doHover(
  model: TypeModel,
  settings: ServiceSettings,
  manifest: Manifest,
  position: Position,
  workspace?: { readonly scope: WorkspaceScope; readonly uri: string },
): Hover | null {
  const hover = markdownHover(model, settings, manifest, position, workspace);
  if (!hover || settings.editor.hoverMarkdown) return hover;
  const contents = hover.contents;
  const markdown = typeof contents === 'object' && 'kind' in contents ? contents.value : '';
  return { ...hover, contents: { kind: 'plaintext', value: markdownToPlainText(markdown) } };
}

function markdownHover(
  model: TypeModel,
  settings: ServiceSettings,
  manifest: Manifest,
  position: Position,
  workspace: { readonly scope: WorkspaceScope; readonly uri: string } | undefined,
): Hover | null {
  const offset = manifest.lines.offsetAt(position);
  const document = documentAt(manifest, offset);
  if (!document) return null;
  const local = offset - document.start;
  // Inside a `List`, the item under the cursor is the object to explain.
  const chunk = listItems(document.chunk)?.find((item) => containsOffset(item, local)) ?? document.chunk;
  const kind = documentKind(model, chunk.identity);
  if (!kind) return null;
  const found = nodeAt(chunk.yaml.contents, local);
  if (!found?.scalar?.range) return null;
  const path = fieldPath(found.path);
  const resolved = resolvePath(model, kind.def.type, path);
  const field = resolved?.field;
  if (!field) return null;
  // A map entry such as `limits.memory` resolves to its map field (`limits`); its key is the entry's own.
  const key = String(path[path.length - 1]);
  const isMapEntry = field.name !== key;
  const owner = ownerValue(chunk, path.slice(0, -1));
  const [start, end] = found.scalar.range;
  const range = manifest.lines.rangeOf(document.start + start, document.start + end);

  if (!found.onKey && isScalar(found.scalar)) {
    const value = valueHoverMarkdown({ settings, field, key, value: found.scalar.value, owner });
    if (value) return { contents: { kind: 'markdown', value }, range };
  }
  const fromWorkspace = workspace ? workspaceHover(chunk, workspace.uri, found.path, workspace.scope, settings.language) : undefined;
  if (isMapEntry) return fromWorkspace ? { contents: { kind: 'markdown', value: fromWorkspace }, range } : null;
  const ownerType = resolvePath(model, kind.def.type, path.slice(0, -1))?.type;
  const ownerTypeId = ownerType?.kind === 'object' ? ownerType.typeId : field.ownerTypeId;
  const required = requiredFields(model, ownerTypeId).includes(field.name);
  const origin = kind.def.origin;
  const value = keyHoverMarkdown({
    model,
    settings,
    kind: kind.def.kind,
    path,
    field,
    required,
    owner,
    ...(origin !== undefined ? { origin } : {}),
  });
  return { contents: { kind: 'markdown', value: fromWorkspace ? `${fromWorkspace}\n\n---\n\n${value}` : value }, range };
}
