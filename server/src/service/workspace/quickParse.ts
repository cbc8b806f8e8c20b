// A cheap reading of one document for the workspace index. Manifests are nearly always plain block
// YAML: keys, nested maps and lists by indentation, one-line values. For that subset this builds the
// same tree the full parse would (the `yaml` library's own node classes, scalars resolved by its own
// core schema), at a fraction of the cost; flow collections, quoted scalars with escapes and block
// scalars are handed to the library one value at a time. Anything else (anchors, aliases, tags,
// multi-line plain or quoted scalars, directives, tabs, odd indentation, whatever would be a syntax
// error) gives `undefined`, and the caller parses the document fully. The index reads no parse of
// this kind that the full parse would read differently: `test/unit/workspace/quickParse.test.ts`
// compares both trees over the corpus and over mutated documents.
import { isMap, isScalar, isSeq, parseDocument, Pair, Scalar, Schema, visit, YAMLMap, YAMLSeq, type Node, type ScalarTag } from 'yaml';

export interface QuickDocument {
  /** The document's root; null for a document of comments only. */
  readonly contents: YAMLMap | null;
}

interface Line {
  /** Offset of the line's first character in the document text. */
  readonly start: number;
  /** Offset just past its last character (before `\r\n` or `\n`). */
  readonly end: number;
  /** Spaces before the first other character; -1 for a blank line. */
  readonly indent: number;
  /** A comment line (`#` after the indentation). */
  readonly comment: boolean;
}

/** Thrown to leave the subset; caught by `quickParse`, which then gives up on the document. */
class OutsideSubset extends Error {}

const outside = (): never => {
  throw new OutsideSubset();
};

/** The tags a plain scalar may resolve to, in the order the full parse tries them (core schema). */
const SCALAR_TAGS = new Schema({}).tags.filter((tag): tag is ScalarTag => !tag.collection);
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: false } as const;
const SEPARATOR = /^---(?:[ \t].*)?$/;
/** A key of the subset: plain, no spaces, followed by `:` and a space or the end of the line. */
const KEY = /[A-Za-z0-9_./][A-Za-z0-9_./-]*:(?=[ \r\n]|$)/y;
const FLOW_PLAIN = /[A-Za-z0-9_./=+~-]+(?: +[A-Za-z0-9_./=+~-]+)*/y;
const BLOCK_HEADER = /^[|>][-+]?( +#.*)? *$/;
const REST_IS_COMMENT = /^(?: *| +#.*)$/;

/**
 * Plain scalars that can only be strings: every core schema tag but `str` tests for text that starts
 * with one of `~ n N t T f F . + -` or a digit, or is empty.
 */
const SURELY_STRING = /^[^~nNtTfF.+\-0-9]/;

/** The plain scalar `text` as the full parse resolves it (core schema, YAML 1.2). */
function plainScalar(text: string, atKey: boolean): Scalar {
  if (SURELY_STRING.test(text)) return new Scalar(text);
  const tag = SCALAR_TAGS.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(text) === true);
  if (!tag?.resolve) return new Scalar(text);
  const resolved = tag.resolve(text, outside, PARSE_OPTIONS);
  const scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
  if (tag.format) scalar.format = tag.format;
  return scalar;
}

class QuickParser {
  private readonly lines: Line[] = [];
  private next = 0;

  constructor(private readonly text: string) {
    let start = 0;
    while (start <= text.length) {
      const newline = text.indexOf('\n', start);
      let end = newline < 0 ? text.length : newline;
      if (end > start && text.charCodeAt(end - 1) === 13) end--; // \r\n
      let indent = start;
      while (indent < end && text.charCodeAt(indent) === 32) indent++;
      const blank = indent === end;
      this.lines.push({ start, end, indent: blank ? -1 : indent - start, comment: !blank && text.charCodeAt(indent) === 35 });
      if (newline < 0) break;
      start = newline + 1;
    }
  }

  parse(): YAMLMap | null {
    const first = this.lines[0];
    // The document's own separator line (`---`, maybe with a comment) starts every document but the first.
    if (first && this.text.startsWith('---', 0)) {
      const line = this.text.slice(first.start, first.end);
      if (!SEPARATOR.test(line) || !REST_IS_COMMENT.test(line.slice(3))) outside();
      this.next = 1;
    }
    for (let i = this.next; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.indent !== 0) continue;
      const c = this.text.charCodeAt(line.start);
      // Directives, document markers and anything at column 0 that is not a key or a comment.
      if (c === 37 || this.text.startsWith('---', line.start) || this.text.startsWith('...', line.start)) outside();
    }
    const at = this.significant(this.next);
    if (at === undefined) return null;
    if (this.lines[at]?.indent !== 0) outside();
    const root = this.blockMap(at, 0, 0);
    if (this.significant(this.next) !== undefined) outside();
    return root;
  }

  /** The index of the first line at or after `from` that holds more than a comment. */
  private significant(from: number): number | undefined {
    for (let i = from; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.indent >= 0 && !line.comment) return i;
    }
    return undefined;
  }

  private isDash(line: Line, column: number): boolean {
    const at = line.start + column;
    if (this.text.charCodeAt(at) !== 45) return false; // '-'
    const after = this.text.charCodeAt(at + 1);
    return at + 1 >= line.end || after === 32;
  }

  /**
   * A block map whose keys sit at `column`; its first key is on line `at` (maybe after a `- ` at the
   * start of that line, for a map inside a list item).
   */
  private blockMap(at: number, column: number, indent: number): YAMLMap {
    const map = new YAMLMap();
    const first = this.lines[at];
    const start = first.start + column;
    let i: number | undefined = at;
    while (i !== undefined) {
      const line = this.lines[i];
      if (i !== at) {
        if (line.indent < indent) break;
        if (line.indent > indent) outside();
      }
      map.items.push(this.entry(i, column));
      i = this.significant(this.next);
    }
    map.range = [start, this.endOfLastLine(), this.endOfLastLine()];
    return map;
  }

  /** End offset of the last line consumed so far. */
  private endOfLastLine(): number {
    const line = this.lines[Math.max(this.next - 1, 0)];
    return Math.min(line.end + 1, this.text.length);
  }

  /** One `key: value` entry whose key starts at `column` of line `at`. */
  private entry(at: number, column: number): Pair {
    const line = this.lines[at];
    const keyStart = line.start + column;
    KEY.lastIndex = keyStart;
    if (!KEY.test(this.text) || KEY.lastIndex > line.end) outside();
    const colon = KEY.lastIndex - 1;
    const keyText = this.text.slice(keyStart, colon);
    const key = plainScalar(keyText, true);
    if (typeof key.value !== 'string') outside();
    key.range = [keyStart, colon, colon];
    key.source = keyText;
    key.type = 'PLAIN';
    return new Pair(key, this.value(at, colon + 1, column));
  }

  /**
   * The value that starts at offset `from` of line `at` (after `key:` or `- `), or on the lines after
   * it; `parent` is the column of the key or dash it belongs to.
   */
  private value(at: number, from: number, parent: number): Node {
    const line = this.lines[at];
    let pos = from;
    while (pos < line.end && this.text.charCodeAt(pos) === 32) pos++;
    this.next = at + 1;
    if (pos >= line.end || (this.text.charCodeAt(pos) === 35 && pos > from)) {
      // Nothing on this line: a nested block, a list at the key's own column, or null.
      const below = this.significant(at + 1);
      const next = below === undefined ? undefined : this.lines[below];
      if (below !== undefined && next && next.indent > parent) return this.blockNode(below, next.indent);
      if (below !== undefined && next && next.indent === parent && this.isDash(next, parent) && this.isMapValue(at, parent))
        return this.blockSeq(below, parent);
      const empty = new Scalar(null);
      empty.range = [from, from, from];
      empty.source = '';
      empty.type = 'PLAIN';
      return empty;
    }
    // A value that goes on over more indented lines (a multi-line scalar) leaves the subset: the
    // block that holds it finds a line more indented than its own.
    return this.inlineValue(at, pos, parent);
  }

  /** Whether the value that begins on line `at` belongs to a key (not to a `- ` item) at `column`. */
  private isMapValue(at: number, column: number): boolean {
    const line = this.lines[at];
    return this.text.charCodeAt(line.start + column) !== 45 || !this.isDash(line, column);
  }

  /** A block map or list whose first line is `at`, indented by `indent`. */
  private blockNode(at: number, indent: number): Node {
    const line = this.lines[at];
    return this.isDash(line, indent) ? this.blockSeq(at, indent) : this.blockMap(at, indent, indent);
  }

  private blockSeq(at: number, indent: number): YAMLSeq {
    const seq = new YAMLSeq();
    const start = (this.lines[at]?.start ?? 0) + indent;
    let i: number | undefined = at;
    while (i !== undefined) {
      const line = this.lines[i];
      if (line.indent < indent) break;
      if (line.indent > indent) outside();
      if (!this.isDash(line, indent)) break; // the parent map's next key, at the list's own column
      seq.items.push(this.item(i, indent));
      i = this.significant(this.next);
    }
    seq.range = [start, this.endOfLastLine(), this.endOfLastLine()];
    return seq;
  }

  /** One `- ` item of a list whose dashes sit at `column` of line `at`. */
  private item(at: number, column: number): Node {
    const line = this.lines[at];
    let pos = line.start + column + 1;
    while (pos < line.end && this.text.charCodeAt(pos) === 32) pos++;
    if (pos < line.end && this.text.charCodeAt(pos) !== 35) {
      KEY.lastIndex = pos;
      if (KEY.test(this.text) && KEY.lastIndex <= line.end) {
        // `- key: value`: a map whose keys line up with this first one.
        const keyColumn = pos - line.start;
        return this.blockMap(at, keyColumn, keyColumn);
      }
      if (this.isDash(line, pos - line.start)) outside(); // `- - x`
    }
    return this.value(at, line.start + column + 1, column);
  }

  /** A value written on the line of its key or dash, starting at offset `pos`. */
  private inlineValue(at: number, pos: number, parent: number): Node {
    const line = this.lines[at];
    const c = this.text[pos] ?? '';
    switch (c) {
      case '|':
      case '>':
        return this.blockScalar(at, pos, parent);
      case '"':
      case "'":
        return this.endOfLine(this.quoted(pos, line.end), line) ?? this.library(pos, line.end, c);
      case '[':
        return this.endOfLine(this.flowSequence(pos, line.end), line) ?? this.library(pos, line.end, c);
      case '{':
        return this.library(pos, line.end, c);
      case '&':
      case '*':
      case '!':
      case '%':
      case '@':
      case '`':
      case ',':
      case ']':
      case '}':
      case '#':
        return outside();
      default:
        return this.plain(line, pos);
    }
  }

  private plain(line: Line, pos: number): Scalar {
    const rest = this.text.slice(pos, line.end);
    if ((rest[0] === '-' || rest[0] === '?' || rest[0] === ':') && (rest.length === 1 || rest[1] === ' ')) outside();
    const comment = rest.indexOf(' #');
    const source = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
    // `a: b: c` and `a: b:` are nested maps the full parse reports as errors.
    if (source.includes(': ') || source.endsWith(':')) outside();
    const scalar = plainScalar(source, false);
    scalar.range = [pos, pos + source.length, line.end];
    scalar.source = source;
    scalar.type = 'PLAIN';
    return scalar;
  }

  /** `node` when nothing but a comment follows it on its line. */
  private endOfLine<T extends Node>(node: T | undefined, line: Line): T | undefined {
    const valueEnd = node?.range?.[1];
    if (valueEnd === undefined || !REST_IS_COMMENT.test(this.text.slice(valueEnd, line.end))) return undefined;
    return node;
  }

  /** A quoted scalar without escapes that ends before `end`; undefined for any other (the library reads it). */
  private quoted(pos: number, end: number): Scalar | undefined {
    const quote = this.text[pos];
    let close = -1;
    let value: string;
    if (quote === '"') {
      close = this.text.indexOf('"', pos + 1);
      if (close < 0 || close >= end) return undefined;
      value = this.text.slice(pos + 1, close);
      if (value.includes('\\')) return undefined;
    } else {
      for (let at = pos + 1; ; at = close + 2) {
        close = this.text.indexOf("'", at);
        if (close < 0 || close >= end) return undefined;
        if (this.text[close + 1] !== "'") break;
      }
      value = this.text.slice(pos + 1, close).replaceAll("''", "'");
    }
    const scalar = new Scalar(value);
    scalar.range = [pos, close + 1, close + 1];
    scalar.source = value;
    scalar.type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return scalar;
  }

  /**
   * A one-line flow list of quoted scalars and simple plain ones (`["--port=80", "-v"]`, `[get, list]`);
   * undefined for any other (the library reads it).
   */
  private flowSequence(pos: number, end: number): YAMLSeq | undefined {
    const seq = new YAMLSeq();
    seq.flow = true;
    let at = pos + 1;
    const skipSpaces = (): void => {
      while (at < end && this.text.charCodeAt(at) === 32) at++;
    };
    skipSpaces();
    if (this.text[at] !== ']') {
      for (;;) {
        const item = this.text[at] === '"' || this.text[at] === "'" ? this.quoted(at, end) : this.flowPlain(at, end);
        if (!item?.range) return undefined;
        seq.items.push(item);
        at = item.range[1];
        skipSpaces();
        if (this.text[at] === ',') {
          at++;
          skipSpaces();
          if (this.text[at] === ']') break;
          continue;
        }
        if (this.text[at] === ']') break;
        return undefined;
      }
    }
    seq.range = [pos, at + 1, at + 1];
    return seq;
  }

  /** A plain scalar inside a flow list, of letters, digits and `_ . / = + ~ -` (and inner spaces). */
  private flowPlain(pos: number, end: number): Scalar | undefined {
    FLOW_PLAIN.lastIndex = pos;
    if (!FLOW_PLAIN.test(this.text) || FLOW_PLAIN.lastIndex > end) return undefined;
    const source = this.text.slice(pos, FLOW_PLAIN.lastIndex);
    if (source.startsWith('- ') || source === '-') return undefined;
    const scalar = plainScalar(source, false);
    scalar.range = [pos, FLOW_PLAIN.lastIndex, FLOW_PLAIN.lastIndex];
    scalar.source = source;
    scalar.type = 'PLAIN';
    return scalar;
  }

  /**
   * A quoted scalar or a flow collection that must end on its line, read by the library itself
   * (with ranges moved to where it sits in the document).
   */
  private library(pos: number, end: number, opener: string): Node {
    const text = this.text.slice(pos, end);
    if (text === '[]' || text === '{}') {
      const empty = opener === '[' ? new YAMLSeq() : new YAMLMap();
      empty.flow = true;
      empty.range = [pos, end, end];
      return empty;
    }
    const doc = parseDocument(text, PARSE_OPTIONS);
    const node = doc.contents;
    if (doc.errors.length > 0 || doc.warnings.length > 0 || !node) outside();
    const [, valueEnd] = node?.range ?? outside();
    if (!REST_IS_COMMENT.test(text.slice(valueEnd))) outside();
    const fits =
      opener === '"' || opener === "'"
        ? isScalar(node)
        : (opener === '[' ? isSeq(node) : isMap(node)) && (node as YAMLMap | YAMLSeq).flow === true;
    if (!fits) outside();
    shift(node as Node, pos);
    return node as Node;
  }

  /**
   * A literal scalar (`|` or `|-`) of lines `at + 1` to `last` whose text is indented by `indent`, or
   * undefined when it is of another kind (the library reads those).
   */
  private literal(at: number, pos: number, last: number, indent: number): Scalar | undefined {
    const header = this.lines[at];
    if (indent < 0 || !LITERAL_HEADER.test(this.text.slice(pos, header.end))) return undefined;
    let lastText = at;
    for (let i = at + 1; i <= last; i++) {
      const line = this.lines[i];
      if (line.indent < 0 && line.end - line.start > indent) return undefined; // spaces that would be text
      if (line.indent >= 0) lastText = i;
    }
    const texts: string[] = [];
    for (let i = at + 1; i <= lastText; i++) {
      const line = this.lines[i];
      texts.push(line.indent < 0 ? '' : this.text.slice(line.start + indent, line.end));
    }
    const value = texts.join('\n') + (this.text[pos + 1] === '-' ? '' : '\n');
    const valueEnd = (this.lines[lastText + 1] as Line | undefined)?.start ?? this.text.length;
    const scalar = new Scalar(value);
    scalar.range = [pos, valueEnd, valueEnd];
    scalar.source = value;
    scalar.type = 'BLOCK_LITERAL';
    return scalar;
  }

  /** A `|` or `>` scalar: its header and every line after it more indented than `parent`. */
  private blockScalar(at: number, pos: number, parent: number): Node {
    const line = this.lines[at];
    if (!BLOCK_HEADER.test(this.text.slice(pos, line.end))) outside();
    let last = at;
    let contentIndent = -1;
    for (let i = at + 1; i < this.lines.length; i++) {
      const next = this.lines[i];
      if (next.indent >= 0 && next.indent <= parent) break;
      if (next.indent >= 0) {
        if (contentIndent < 0) contentIndent = next.indent;
        else if (next.indent < contentIndent) outside();
      }
      last = i;
    }
    const literal = this.literal(at, pos, last, contentIndent);
    if (literal) {
      this.next = last + 1;
      return literal;
    }
    // The lines up to the last one that belongs to the scalar (blank lines before the next key too,
    // which `|+` keeps), with that line's own line break.
    const end = (this.lines[last + 1] as Line | undefined)?.start ?? this.text.length;
    const doc = parseDocument(this.text.slice(pos, end), PARSE_OPTIONS);
    const node = doc.contents;
    if (doc.errors.length > 0 || doc.warnings.length > 0 || !isScalar(node)) outside();
    shift(node as Node, pos);
    this.next = last + 1;
    return node as Node;
  }
}

/** `|` and `|-` are read here; `|+`, folded scalars and blank lines with extra spaces are left to the library. */
const LITERAL_HEADER = /^\|-?(?: +#.*)? *$/;

/** Moves every range of a node read on its own to where the node sits in the document. */
function shift(node: Node, offset: number): void {
  visit(node, {
    Node(_key, n) {
      if (n.range) n.range = [n.range[0] + offset, n.range[1] + offset, n.range[2] + offset];
    },
  });
}

/**
 * The document's tree, as the full parse would build it, when the document is written in the plain
 * subset this reads; undefined otherwise.
 */
export function quickParse(text: string): QuickDocument | undefined {
  // Tabs, byte-order marks and lone carriage returns: rare, and where the full parse is careful.
  if (text.includes('\t') || text.includes('\ufeff') || /\r(?!\n)/.test(text)) return undefined;
  try {
    return { contents: new QuickParser(text).parse() };
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}
