// Workspace symbols: every object of the index as `Kind name`, in its file, matched fuzzily.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { IndexedObject, WorkspaceIndex } from '../workspace/workspaceIndex';
import { fuzzyScore } from './fuzzy';

/** Enough for any picker; the client filters further as the query grows. */
export const MAX_WORKSPACE_SYMBOLS = 500;

export function workspaceSymbols(index: WorkspaceIndex, query: string, describe: (object: IndexedObject) => string): SymbolInformation[] {
  const found: { score: number; label: string; object: IndexedObject }[] = [];
  for (const uri of index.uris()) {
    for (const object of index.objectsIn(uri)) {
      const label = object.name === undefined ? object.kind : `${object.kind} ${object.name}`;
      const score = fuzzyScore(query, label);
      if (score !== undefined) found.push({ score, label, object });
    }
  }
  found.sort(
    (a, b) =>
      b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label) || a.object.uri.localeCompare(b.object.uri),
  );
  return found.slice(0, MAX_WORKSPACE_SYMBOLS).map(({ label, object }) => {
    const file = describe(object).replace(/:\d+$/, '');
    return {
      name: label,
      kind: SymbolKind.Class,
      location: { uri: object.uri, range: object.range },
      containerName: object.namespace ? `${file} (namespace ${object.namespace})` : file,
    };
  });
}
