// LSP wiring of navigation and outline: definition, references, highlights, rename (with
// prepareRename), document and workspace symbols, folding and selection ranges. Each handler
// translates the request into one call on the pure service; refusals become ResponseErrors.
import { LSPErrorCodes, ResponseError, type Connection, type ServerCapabilities } from 'vscode-languageserver/node';
import type { Manifest, PodLanguageService } from './service/index';
import { plainMessage } from '../../protocol/index';

export const NAVIGATION_CAPABILITIES: ServerCapabilities = {
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: { label: 'Podwright' },
  workspaceSymbolProvider: true,
  foldingRangeProvider: true,
  selectionRangeProvider: true,
};

export function registerNavigation(
  connection: Connection,
  service: PodLanguageService,
  manifestOf: (uri: string) => Manifest | undefined,
): void {
  connection.onDefinition(({ textDocument: { uri }, position }) => {
    const manifest = manifestOf(uri);
    return manifest ? service.findDefinition(uri, manifest, position) : null;
  });
  connection.onReferences(({ textDocument: { uri }, position, context }) => {
    const manifest = manifestOf(uri);
    return manifest ? service.findReferences(uri, manifest, position, context.includeDeclaration) : null;
  });
  connection.onDocumentHighlight(({ textDocument: { uri }, position }) => {
    const manifest = manifestOf(uri);
    return manifest ? service.findDocumentHighlights(uri, manifest, position) : null;
  });
  connection.onPrepareRename(({ textDocument: { uri }, position }) => {
    const manifest = manifestOf(uri);
    const answer = manifest ? service.prepareRename(uri, manifest, position) : null;
    if (answer && 'refused' in answer) return new ResponseError(LSPErrorCodes.RequestFailed, plainMessage(answer.refused));
    return answer;
  });
  connection.onRenameRequest(({ textDocument: { uri }, position, newName }) => {
    const manifest = manifestOf(uri);
    const answer = manifest ? service.rename(uri, manifest, position, newName) : null;
    if (!answer) return new ResponseError(LSPErrorCodes.RequestFailed, 'There is no name here that Podwright can rename.');
    if ('refused' in answer) return new ResponseError(LSPErrorCodes.RequestFailed, plainMessage(answer.refused));
    return answer.edit;
  });
  connection.onDocumentSymbol(({ textDocument: { uri } }) => {
    const manifest = manifestOf(uri);
    return manifest ? service.findDocumentSymbols(manifest) : null;
  });
  connection.onWorkspaceSymbol(({ query }) => service.findWorkspaceSymbols(query));
  connection.onFoldingRanges(({ textDocument: { uri } }) => {
    const manifest = manifestOf(uri);
    return manifest ? service.getFoldingRanges(manifest) : null;
  });
  connection.onSelectionRanges(({ textDocument: { uri }, positions }) => {
    const manifest = manifestOf(uri);
    return manifest ? service.getSelectionRanges(manifest, positions) : null;
  });
}
