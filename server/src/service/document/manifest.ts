// A YAML file as a list of independent documents. Each document is parsed on its own, so an edit
// inside one document re-parses only that one (see ManifestCache) and nothing leaks between them.
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { LineIndex } from './lineIndex';
import type { MaskedTemplate, TemplateAction } from './template';

export interface DocumentIdentity {
  readonly apiVersion?: string;
  readonly kind?: string;
}

/** One document's parse, independent of where it sits in the file. */
export interface ParsedChunk {
  readonly text: string;
  readonly yaml: Document.Parsed;
  readonly identity: DocumentIdentity;
  /** Set when the text is a Helm template read through masking (helm/mask.ts); offsets chunk-relative. */
  readonly template?: ChunkTemplate;
}

export interface ChunkTemplate {
  /** The document as written (the chunk's `text` is its masked form). */
  readonly source: string;
  readonly actions: readonly TemplateAction[];
  readonly branches: boolean;
}

export interface ManifestDocument {
  readonly index: number;
  /** File offset where this document's text starts. */
  readonly start: number;
  readonly chunk: ParsedChunk;
}

export interface Manifest {
  readonly text: string;
  readonly lines: LineIndex;
  readonly documents: readonly ManifestDocument[];
  /** The file is a Helm template: `text` is its masked form, same offsets as the editor's text. */
  readonly template?: TemplateSource;
  /** A chart's values file or `Chart.yaml`: parsed for the outline and folding, never judged as a manifest. */
  readonly inert?: boolean;
}

export interface TemplateSource {
  /** The template as written. */
  readonly source: string;
  readonly actions: readonly TemplateAction[];
  /** The folder holding the chart's `Chart.yaml`, when there is one. */
  readonly chartRoot?: string;
}

const SEPARATOR = /^---(?=[ \t]|\r?$)/;

/** Splits a file into document texts at `---` lines; each piece keeps its separator line. */
export function splitDocuments(text: string): { start: number; text: string }[] {
  const pieces: { start: number; text: string }[] = [];
  let pieceStart = 0;
  // Only lines that start with `---` can separate documents: find those (after a line break) natively.
  for (let at = text.indexOf('\n---'); at >= 0; at = text.indexOf('\n---', at + 1)) {
    const lineStart = at + 1;
    const newline = text.indexOf('\n', lineStart);
    if (SEPARATOR.test(text.slice(lineStart, newline < 0 ? text.length : newline))) {
      pieces.push({ start: pieceStart, text: text.slice(pieceStart, lineStart) });
      pieceStart = lineStart;
    }
  }
  pieces.push({ start: pieceStart, text: text.slice(pieceStart) });
  return pieces;
}

function scalarString(value: unknown): string | undefined {
  return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
}

export function parseChunk(text: string, template?: ChunkTemplate): ParsedChunk {
  const yaml = parseDocument(text, { prettyErrors: false, uniqueKeys: false, strict: false });
  const identity = identityOf(yaml.contents);
  return template ? { text, yaml, identity, template } : { text, yaml, identity };
}

/** `apiVersion` and `kind` of a document's root, when they are strings. */
export function identityOf(contents: unknown): DocumentIdentity {
  const identity: { apiVersion?: string; kind?: string } = {};
  if (isMap(contents)) {
    const apiVersion = scalarString(contents.get('apiVersion', true));
    const kind = scalarString(contents.get('kind', true));
    if (apiVersion !== undefined) identity.apiVersion = apiVersion;
    if (kind !== undefined) identity.kind = kind;
  }
  return identity;
}

/**
 * A copy of a piece of a text. A slice keeps the whole text it was cut from alive (so does every
 * string its parse cuts from it), and a document kept over many edits would keep one whole version
 * of the file per edit that parsed it.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/** The actions of a masked file that fall in one document, offsets made relative to it. */
function templateOf(masked: MaskedTemplate & { readonly source: string }, start: number, end: number): ChunkTemplate {
  const actions = masked.actions
    .filter((a) => a.start >= start && a.start < end)
    .map((a) => ({ ...a, start: a.start - start, end: a.end - start }));
  return { source: detached(masked.source.slice(start, end)), actions, branches: masked.branches };
}

/** Cache key of a template document: its text as written (masking is decided by it). */
const templateKey = (template: ChunkTemplate): string => `\u0000${String(template.branches)}\u0000${template.source}`;

/** Keeps the last parse of each document text so unchanged documents are not parsed again. */
export class ManifestCache {
  private chunks = new Map<string, ParsedChunk>();

  /** With `template`, `text` must be its masked text and `source` the template. */
  parse(text: string, template?: MaskedTemplate & { readonly source: string; readonly chartRoot?: string }): Manifest {
    const next = new Map<string, ParsedChunk>();
    const documents = splitDocuments(text).map((piece, index) => {
      const own = template ? templateOf(template, piece.start, piece.start + piece.text.length) : undefined;
      const key = own ? templateKey(own) : piece.text;
      const chunk = next.get(key) ?? this.chunks.get(key) ?? parseChunk(detached(piece.text), own);
      next.set(key, chunk);
      return { index, start: piece.start, chunk };
    });
    this.chunks = next;
    const manifest = { text, lines: new LineIndex(text), documents };
    if (!template) return manifest;
    const root = template.chartRoot === undefined ? {} : { chartRoot: template.chartRoot };
    return { ...manifest, template: { source: template.source, actions: template.actions, ...root } };
  }
}

export function parseManifest(text: string): Manifest {
  return new ManifestCache().parse(text);
}

/** The document that contains a file offset (the last one starting at or before it). */
export function documentAt(manifest: Manifest, offset: number): ManifestDocument | undefined {
  let found: ManifestDocument | undefined;
  for (const doc of manifest.documents) {
    if (doc.start <= offset) found = doc;
    else break;
  }
  return found;
}
