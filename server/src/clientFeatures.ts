// What the client on the other end can do, read once from `initialize`: the editor features the
// language service shapes its answers to (snippets, indentation, markdown, VS Code's commands),
// the position encoding, and which server-to-client requests it accepts. VS Code is recognised by
// the initialization option its Podwright client sends (`vscodeCommands: true`), or by a
// clientInfo name of VS Code and its open-source builds, whose editor commands are the same.
import { InsertTextMode, MarkupKind, type InitializeParams } from 'vscode-languageserver/node';
import type { EditorFeatures } from './service/index';
import { choosePositionEncoding, type PositionEncoding } from './positionEncoding';

export interface ClientFeatures {
  readonly editor: EditorFeatures;
  readonly positionEncoding: PositionEncoding;
  /** `workspace/codeLens/refresh` (when other files change what a selector selects). */
  readonly codeLensRefresh: boolean;
  /** `workspace/inlayHint/refresh` (when the setting or the language changes). */
  readonly inlayHintRefresh: boolean;
  /** `window/showDocument`, to open the workloads a selector lens names. */
  readonly showDocument: boolean;
}

const VSCODE_NAMES = /^(Visual Studio Code|VSCodium|Code - OSS)\b/;

/** Clients list the formats they show, preferred first; without a list, markdown as VS Code shows it. */
function prefersMarkdown(formats: readonly string[] | undefined): boolean {
  return formats === undefined || formats.length === 0 || formats[0] === MarkupKind.Markdown;
}

export function clientFeatures(params: Pick<InitializeParams, 'capabilities' | 'clientInfo' | 'initializationOptions'>): ClientFeatures {
  const capabilities = params.capabilities;
  const completionItem = capabilities.textDocument?.completion?.completionItem;
  const options = params.initializationOptions as { vscodeCommands?: unknown } | undefined;
  const vscodeCommands = options?.vscodeCommands === true || VSCODE_NAMES.test(params.clientInfo?.name ?? '');
  return {
    editor: {
      snippets: completionItem?.snippetSupport === true,
      adjustsIndentation: completionItem?.insertTextModeSupport?.valueSet.includes(InsertTextMode.adjustIndentation) === true,
      vscodeCommands,
      hoverMarkdown: prefersMarkdown(capabilities.textDocument?.hover?.contentFormat),
      documentationMarkdown: prefersMarkdown(completionItem?.documentationFormat),
    },
    positionEncoding: choosePositionEncoding(capabilities.general?.positionEncodings),
    codeLensRefresh: capabilities.workspace?.codeLens?.refreshSupport === true,
    inlayHintRefresh: capabilities.workspace?.inlayHint?.refreshSupport === true,
    showDocument: capabilities.window?.showDocument?.support === true,
  };
}
