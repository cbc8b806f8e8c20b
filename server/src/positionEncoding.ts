// Position encodings (LSP 3.17 `general.positionEncodings`): the language service counts columns
// in UTF-16 code units, as JavaScript strings do; a client may prefer UTF-8 bytes (Helix, newer
// Neovim) or UTF-32 code points. The server picks the client's first supported choice and converts
// at the message boundary (transport.ts), so every handler, present and future, works in UTF-16.
//
// Conversion needs the text of the line a position is on: open documents supply it, other files
// (a location in another file) are read from disk, and a position with no text to go by is left
// as it is (identical for ASCII, which manifests mostly are).

export type PositionEncoding = 'utf-8' | 'utf-16' | 'utf-32';

/** The client's first offered encoding that the server supports; UTF-16 when it offers none (the spec's default). */
export function choosePositionEncoding(offered: readonly string[] | undefined): PositionEncoding {
  for (const encoding of offered ?? []) {
    if (encoding === 'utf-8' || encoding === 'utf-16' || encoding === 'utf-32') return encoding;
  }
  return 'utf-16';
}

function unitsOf(codePoint: number, encoding: PositionEncoding): number {
  if (encoding === 'utf-32') return 1;
  if (encoding === 'utf-16') return codePoint > 0xffff ? 2 : 1;
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * A column counted in `encoding` units on `line` → the UTF-16 column. A column inside a
 * character goes to that character's start; one past the end of the line, to the end.
 */
export function toUtf16Column(line: string, column: number, encoding: PositionEncoding): number {
  if (encoding === 'utf-16') return column;
  let units = 0;
  let utf16 = 0;
  for (const char of line) {
    const step = unitsOf(char.codePointAt(0) ?? 0, encoding);
    if (units + step > column) return utf16;
    units += step;
    utf16 += char.length;
  }
  return utf16;
}

/** A UTF-16 column on `line` → the column in `encoding` units (past the end: the end). */
export function fromUtf16Column(line: string, column: number, encoding: PositionEncoding): number {
  if (encoding === 'utf-16') return column;
  let units = 0;
  let utf16 = 0;
  for (const char of line) {
    if (utf16 + char.length > column) return units;
    utf16 += char.length;
    units += unitsOf(char.codePointAt(0) ?? 0, encoding);
  }
  return units;
}

/** The lines of one text, for conversions. */
export interface TextLines {
  /** Line `n` without its line break; undefined past the end. */
  lineAt(n: number): string | undefined;
  readonly text: string;
}

export function linesOf(text: string): TextLines {
  let lines: string[] | undefined;
  return {
    text,
    lineAt(n) {
      lines ??= text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
      return lines[n];
    },
  };
}

interface Position {
  line: number;
  character: number;
}

function isPosition(value: Record<string, unknown>): value is Record<string, unknown> & Position {
  return typeof value.line === 'number' && typeof value.character === 'number' && Object.keys(value).length === 2;
}

type Direction = 'toClient' | 'fromClient';

/**
 * Converts every position in an LSP value (params or result) between UTF-16 and the client's
 * encoding. Each position is read against the document it belongs to: the nearest enclosing `uri`
 * (Location, Diagnostic related information, a command's location argument), `targetUri` for a
 * LocationLink's target ranges, `textDocument.uri` for params and TextDocumentEdits, the key of a
 * WorkspaceEdit's `changes`; else the document the message is about. Values are copied, never
 * changed in place: results may be cached by the service.
 */
export class PositionConverter {
  constructor(
    readonly encoding: PositionEncoding,
    private readonly textOf: (uri: string) => TextLines | undefined,
  ) {}

  get identity(): boolean {
    return this.encoding === 'utf-16';
  }

  toClient<T>(value: T, uri: string | undefined): T {
    return this.identity ? value : (this.walk(value, uri, 'toClient', new Map()) as T);
  }

  fromClient<T>(value: T, uri: string | undefined): T {
    return this.identity ? value : (this.walk(value, uri, 'fromClient', new Map()) as T);
  }

  /** One position of `uri` in `direction`. */
  position(position: Position, uri: string | undefined, direction: Direction, texts = new Map<string, TextLines | undefined>()): Position {
    if (this.identity || uri === undefined) return position;
    let lines = texts.get(uri);
    if (!texts.has(uri)) texts.set(uri, (lines = this.textOf(uri)));
    const line = lines?.lineAt(position.line);
    if (line === undefined) return position;
    const character =
      direction === 'toClient'
        ? fromUtf16Column(line, position.character, this.encoding)
        : toUtf16Column(line, position.character, this.encoding);
    return { line: position.line, character };
  }

  /**
   * The content changes of one `didChange`, from the client's encoding to UTF-16: each change's
   * range refers to the text after the changes before it, so they are converted in sequence.
   */
  contentChanges<C extends { range?: { start: Position; end: Position }; text: string }>(uri: string, changes: readonly C[]): C[] {
    if (this.identity) return [...changes];
    let lines = this.textOf(uri);
    const out: C[] = [];
    for (const [index, change] of changes.entries()) {
      if (!change.range) {
        out.push(change);
        lines = linesOf(change.text);
        continue;
      }
      const texts = new Map<string, TextLines | undefined>([[uri, lines]]);
      const range = {
        start: this.position(change.range.start, uri, 'fromClient', texts),
        end: this.position(change.range.end, uri, 'fromClient', texts),
      };
      out.push({ ...change, range });
      if (index < changes.length - 1 && lines) lines = linesOf(applyChange(lines.text, range, change.text));
    }
    return out;
  }

  private walk(value: unknown, uri: string | undefined, direction: Direction, texts: Map<string, TextLines | undefined>): unknown {
    if (Array.isArray(value)) return value.map((item) => this.walk(item, uri, direction, texts));
    if (typeof value !== 'object' || value === null) return value;
    const object = value as Record<string, unknown>;
    if (isPosition(object)) return this.position(object, uri, direction, texts);
    const textDocument = object.textDocument as { uri?: unknown } | undefined;
    const own = typeof object.uri === 'string' ? object.uri : typeof textDocument?.uri === 'string' ? textDocument.uri : uri;
    const target = typeof object.targetUri === 'string' ? object.targetUri : undefined;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(object)) {
      if (key === 'changes' && typeof child === 'object' && child !== null && !Array.isArray(child)) {
        // WorkspaceEdit.changes: uri → edits of that document.
        out[key] = Object.fromEntries(
          Object.entries(child as Record<string, unknown>).map(([each, edits]) => [each, this.walk(edits, each, direction, texts)]),
        );
      } else if (target !== undefined && (key === 'targetRange' || key === 'targetSelectionRange')) {
        out[key] = this.walk(child, target, direction, texts);
      } else if ((key === 'startCharacter' || key === 'endCharacter') && typeof child === 'number') {
        // FoldingRange: a character on startLine / endLine.
        const lineKey = key === 'startCharacter' ? 'startLine' : 'endLine';
        const line = object[lineKey];
        out[key] = typeof line === 'number' ? this.position({ line, character: child }, own, direction, texts).character : child;
      } else {
        out[key] = this.walk(child, own, direction, texts);
      }
    }
    return out;
  }
}

/** `text` with the UTF-16 `range` replaced by `insert`. */
function applyChange(text: string, range: { start: Position; end: Position }, insert: string): string {
  const offsetAt = (position: Position): number => {
    let offset = 0;
    for (let line = 0; line < position.line; line++) {
      const next = text.indexOf('\n', offset);
      if (next < 0) return text.length;
      offset = next + 1;
    }
    const lineEnd = text.indexOf('\n', offset);
    return Math.min(offset + position.character, lineEnd < 0 ? text.length : lineEnd);
  };
  return text.slice(0, offsetAt(range.start)) + insert + text.slice(offsetAt(range.end));
}
