// Navigation tests over a workspace folder of files, one of which holds the `|` caret: answers are
// rendered as `path:line:column text` (1-based, the text the range covers) so assertions read like
// what an editor would show, and rename edits are applied to every file they touch.
import type { DocumentHighlight, Location, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../../server/src/service/document/lineIndex';
import type { PodLanguageService } from '../../server/src/service/index';
import { applyEdits } from './ruleHarness';
import { caret, newService } from './service';

export const ROOT = 'file:///repo';

export interface NavWorkspace {
  readonly service: PodLanguageService;
  readonly files: Readonly<Record<string, string>>;
  /** The file with the caret, and the caret's position in it. */
  readonly at: { readonly path: string; readonly uri: string; readonly position: { line: number; character: number } };
  definition(): string[];
  references(includeDeclaration?: boolean): string[];
  highlights(): string[];
  prepareRename(): string | { refused: string } | null;
  /** The files after the rename, or the refusal. */
  rename(newName: string): Record<string, string> | { refused: string };
}

function pathOf(uri: string): string {
  return uri.startsWith(`${ROOT}/`) ? uri.slice(ROOT.length + 1) : uri;
}

export function textIn(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/**
 * A workspace folder holding `files` (paths relative to it), indexed as the language server does;
 * exactly one file holds a `|` caret, and it is the one navigated in.
 */
export function navWorkspace(
  filesWithCaret: Record<string, string>,
  options: { language?: 'en' | 'ko'; roots?: string[] } = {},
): NavWorkspace {
  const service = newService();
  if (options.language) service.configure({ language: options.language });
  service.setWorkspaceRoots(options.roots ?? [ROOT]);
  const withCaret = Object.values(filesWithCaret).filter((text) => text.includes('|'));
  if (withCaret.length !== 1) throw new Error(`exactly one file must hold a | caret, ${withCaret.length} do`);
  const files: Record<string, string> = {};
  let at: NavWorkspace['at'] | undefined;
  for (const [path, raw] of Object.entries(filesWithCaret)) {
    const uri = path.includes(':') ? path : `${ROOT}/${path}`;
    if (raw.includes('|') && !at) {
      const { text, position } = caret(raw);
      files[path] = text;
      at = { path, uri, position };
    } else {
      files[path] = raw;
    }
  }
  if (!at) throw new Error('no file holds a | caret');
  for (const [path, text] of Object.entries(files)) {
    const uri = path.includes(':') ? path : `${ROOT}/${path}`;
    if (uri !== at.uri) service.indexFile(uri, text);
  }
  const caretAt = at;
  const manifest = () => service.parse(caretAt.uri, files[caretAt.path] ?? '');
  const show = (location: Location): string => {
    const path = pathOf(location.uri);
    const text = files[path] ?? '';
    return `${path}:${location.range.start.line + 1}:${location.range.start.character + 1} ${textIn(text, location.range)}`;
  };
  const showHighlight = (h: DocumentHighlight): string =>
    `${show({ uri: caretAt.uri, range: h.range })} ${h.kind === 3 ? 'write' : 'read'}`;
  return {
    service,
    files,
    at: caretAt,
    definition: () => service.findDefinition(caretAt.uri, manifest(), caretAt.position).map(show),
    references: (includeDeclaration = true) =>
      service.findReferences(caretAt.uri, manifest(), caretAt.position, includeDeclaration).map(show),
    highlights: () => service.findDocumentHighlights(caretAt.uri, manifest(), caretAt.position).map(showHighlight),
    prepareRename() {
      const answer = service.prepareRename(caretAt.uri, manifest(), caretAt.position);
      if (!answer || 'refused' in answer) return answer;
      return `${textIn(files[caretAt.path] ?? '', answer.range)} (${answer.placeholder})`;
    },
    rename(newName) {
      const answer = service.rename(caretAt.uri, manifest(), caretAt.position, newName);
      if (!answer) throw new Error('nothing to rename at the caret');
      if ('refused' in answer) return answer;
      return applyWorkspaceEdit(files, answer.edit);
    },
  };
}

/** The files after a WorkspaceEdit's `changes` (only the files it touches are returned). */
export function applyWorkspaceEdit(files: Readonly<Record<string, string>>, edit: WorkspaceEdit): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const path = pathOf(uri);
    const text = files[path];
    if (text === undefined) throw new Error(`the edit touches ${uri}, which is not in the workspace`);
    out[path] = applyEdits(text, edits);
  }
  return out;
}
