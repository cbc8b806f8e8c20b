// How the tests' LSP client starts: the capabilities it announces, the environment the server gets,
// and the message reader it listens with.
import {
  InsertTextMode,
  type ClientCapabilities,
  type SocketMessageReader,
  type StreamMessageReader,
} from 'vscode-languageserver-protocol/node';

/**
 * What the tests' client says it can do by default: snippets, markdown, and indentation adjusted
 * by the editor, as VS Code does. Tests of other editors' capabilities override parts of it.
 */
export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    completion: {
      completionItem: {
        snippetSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        insertTextModeSupport: { valueSet: [InsertTextMode.asIs, InsertTextMode.adjustIndentation] },
      },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    publishDiagnostics: { relatedInformation: true },
  },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeCapabilities<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return (override === undefined ? base : override) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = mergeCapabilities(out[key], value);
  return out as T;
}

/**
 * The environment the server starts in unless a test gives one: the test runner's, without its
 * locale, so a developer's `LANG=ko_KR.UTF-8` cannot turn English assertions Korean.
 */
export function environmentWithoutLocale(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const rest = { ...env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) delete rest[name];
  return rest;
}

/**
 * The reader re-arms a 10 s "partial message" timer for as long as a message is incomplete, even
 * after disposal: a server killed mid-message would keep the test process alive for ever. Nothing
 * here listens for partial messages, so the timer is turned off.
 */
export function withoutPartialMessageTimer<R extends StreamMessageReader | SocketMessageReader>(reader: R): R {
  reader.partialMessageTimeout = 0;
  return reader;
}
