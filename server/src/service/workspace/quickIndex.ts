// Indexing a file that is not open (the workspace scan reads thousands of them): the index needs only
// the summaries of its objects, not a parse to keep. A document in the plain subset `quickParse`
// reads is summarized from that tree; any other document, and every CRD (whose documents become
// custom kinds) and List, is parsed fully, as `WorkspaceIndex.set` would. The entries are the same.
import { LineIndex } from '../document/lineIndex';
import { identityOf, parseChunk, splitDocuments, type ParsedChunk } from '../document/manifest';
import { summarizeRoot } from './objectSummary';
import { quickParse } from './quickParse';
import { isCrd } from './workspaceCrds';
import { documentObjects, placedObject, type IndexedObject } from './workspaceIndex';

export interface FileEntries {
  readonly objects: IndexedObject[];
  /** The file's CRD documents, parsed fully (for `WorkspaceCrds.syncChunks`). */
  readonly crdChunks: ParsedChunk[];
  /** How many documents needed the full parse (for tests and measurements). */
  readonly parsedFully: number;
}

export function quickIndexEntries(uri: string, text: string): FileEntries {
  const lines = new LineIndex(text);
  const objects: IndexedObject[] = [];
  const crdChunks: ParsedChunk[] = [];
  let parsedFully = 0;
  splitDocuments(text).forEach((piece, index) => {
    const quick = quickParse(piece.text);
    if (quick) {
      const identity = identityOf(quick.contents);
      // CRDs and Lists take the full parse: their documents are read as a whole or item by item.
      if (identity.kind !== 'CustomResourceDefinition' && !identity.kind?.endsWith('List')) {
        const summary = summarizeRoot(quick.contents, identity, piece.text);
        if (summary) objects.push(placedObject(summary, uri, index, piece.start, lines));
        return;
      }
    }
    parsedFully++;
    const chunk = parseChunk(piece.text);
    if (isCrd(chunk)) crdChunks.push(chunk);
    objects.push(...documentObjects(uri, { index, start: piece.start, chunk }, lines));
  });
  return { objects, crdChunks, parsedFully };
}
