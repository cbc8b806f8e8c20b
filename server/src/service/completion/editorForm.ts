// Fits completion items to the editor (EditorFeatures): without snippet support a snippet becomes
// the plain text it stands for (tab stops vanish, placeholders keep their text, choices are left
// empty for value completion to fill) and the cursor ends after it; without indentation
// adjustment the lines of a multi-line insertion get the key's indentation written in; VS Code's
// reopen-suggestions command goes only to VS Code; markdown documentation becomes plain text
// where markdown cannot be shown.
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import type { EditorFeatures } from '../settings';
import { markdownToPlainText } from '../util/markdown';

export const TRIGGER_SUGGEST = 'editor.action.triggerSuggest';

/**
 * The text a snippet inserts when nobody fills its tab stops: `${1}` and `$1` → '', `${1:text}`
 * → text, `${1|a,b|}` → '', variables → their default or ''; escapes (`\$`, `\}`, `\\`) unescaped.
 */
export function snippetToPlainText(snippet: string): string {
  let i = 0;
  const parse = (until: string | undefined): string => {
    let text = '';
    while (i < snippet.length) {
      const c = snippet[i] ?? '';
      if (c === '\\' && i + 1 < snippet.length && '$}\\,|'.includes(snippet[i + 1] ?? '')) {
        text += snippet[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (until !== undefined && c === until) return text;
      if (c === '$') {
        const simple = /^\$(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(snippet.slice(i));
        if (simple) {
          i += simple[0].length;
          continue;
        }
        const open = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(snippet.slice(i));
        if (open) {
          i += open[0].length;
          const next = snippet[i];
          if (next === '}') {
            i++;
          } else if (next === ':') {
            i++;
            text += parse('}');
            i++; // the closing brace
          } else if (next === '|') {
            // A choice: skip to its closing `|}`; the value is left for value completion.
            i++;
            while (i < snippet.length && !(snippet[i] === '|' && snippet[i + 1] === '}')) i += snippet[i] === '\\' ? 2 : 1;
            i += 2;
          } else if (next === '/') {
            // A transform: nothing to insert without the editor's variables.
            let slashes = 0;
            while (i < snippet.length && !(slashes >= 3 && snippet[i] === '}')) {
              if (snippet[i] === '/' && snippet[i - 1] !== '\\') slashes++;
              i++;
            }
            i++;
          }
          continue;
        }
      }
      text += c;
      i++;
    }
    return text;
  };
  return parse(undefined);
}

/** `lines` after the first get `indent` in front (empty lines stay empty). */
function indentContinuation(text: string, indent: string): string {
  if (indent === '' || !text.includes('\n')) return text;
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : indent + line))
    .join('\n');
}

function editText(edit: CompletionItem['textEdit']): { edit: TextEdit; start: number } | undefined {
  if (!edit || !('range' in edit)) return undefined;
  return { edit, start: edit.range.start.character };
}

/** The item as this editor can use it. */
export function fitToEditor(item: CompletionItem, editor: EditorFeatures): CompletionItem {
  let result = item;
  const found = editText(item.textEdit);
  if (found) {
    let newText = found.edit.newText;
    let format = item.insertTextFormat;
    if (!editor.snippets && format === InsertTextFormat.Snippet) {
      newText = snippetToPlainText(newText);
      format = undefined;
    }
    let mode = item.insertTextMode;
    if (!editor.adjustsIndentation && mode !== undefined) {
      // The snippets' lines are indented relative to the key the edit starts at.
      newText = indentContinuation(newText, ' '.repeat(found.start));
      mode = undefined;
    }
    if (newText !== found.edit.newText || format !== item.insertTextFormat || mode !== item.insertTextMode) {
      const changed: CompletionItem = { ...item, textEdit: { range: found.edit.range, newText } };
      if (format === undefined) delete changed.insertTextFormat;
      if (mode === undefined) delete changed.insertTextMode;
      result = changed;
    }
  }
  if (!editor.vscodeCommands && result.command?.command === TRIGGER_SUGGEST) {
    result = { ...result };
    delete result.command;
  }
  const documentation = result.documentation;
  if (!editor.documentationMarkdown && typeof documentation === 'object' && documentation.kind === 'markdown') {
    result = { ...result, documentation: { kind: 'plaintext', value: markdownToPlainText(documentation.value) } };
  }
  return result;
}
