// Which documents of a manifest a cluster command acts on: every document of the file, or the
// documents a selection touches. Each comes back as a plain object with its index in the file, so
// results and the API server's complaints map back to the right lines. No VS Code here.
import { isMap, isScalar, type Document } from 'yaml';
import { documentAt, parseManifest, type Manifest, type ManifestDocument } from '../../../../server/src/service/manifestKit';
import type { ApplyDocument, KubeObject } from '../kube/kubeObject';

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export type DocumentProblemKind = 'syntax' | 'not-an-object' | 'no-identity';

export interface DocumentProblem {
  readonly index: number;
  /** File offset where the document starts (to point at it). */
  readonly start: number;
  readonly kind: DocumentProblemKind;
  /** The parser's message for syntax errors. */
  readonly detail?: string;
}

export interface ManifestDocuments {
  readonly manifest: Manifest;
  readonly documents: readonly ApplyDocument[];
  readonly problems: readonly DocumentProblem[];
}

function touches(doc: ManifestDocument, selections: readonly OffsetRange[]): boolean {
  const end = doc.start + doc.chunk.text.length;
  return selections.some((s) => doc.start < s.end && s.start < end);
}

/** Nothing but separators, comments and blank lines. */
function isEmpty(yaml: Document.Parsed): boolean {
  const contents = yaml.contents;
  return contents === null || (isScalar(contents) && (contents.value === null || contents.value === undefined));
}

function hasIdentity(object: KubeObject): boolean {
  return typeof object.apiVersion === 'string' && typeof object.kind === 'string' && typeof object.metadata?.name === 'string';
}

/** The documents to act on: all of them, unless a selection (non-empty range) picks some. */
export function manifestDocuments(text: string, selections: readonly OffsetRange[] = []): ManifestDocuments {
  const manifest = parseManifest(text);
  const picked = selections.filter((s) => s.end > s.start);
  const documents: ApplyDocument[] = [];
  const problems: DocumentProblem[] = [];
  for (const doc of manifest.documents) {
    if (picked.length > 0 && !touches(doc, picked)) continue;
    const yaml = doc.chunk.yaml;
    // Separators, comments and blank space between documents are not objects to apply.
    if (isEmpty(yaml) && yaml.errors.length === 0) continue;
    const base = { index: doc.index, start: doc.start };
    if (yaml.errors.length > 0) {
      problems.push({ ...base, kind: 'syntax', detail: yaml.errors[0]?.message ?? '' });
      continue;
    }
    if (!isMap(yaml.contents)) {
      problems.push({ ...base, kind: 'not-an-object' });
      continue;
    }
    const object = yaml.toJS() as KubeObject;
    if (!hasIdentity(object)) {
      problems.push({ ...base, kind: 'no-identity' });
      continue;
    }
    documents.push({ index: doc.index, object });
  }
  return { manifest, documents, problems };
}

/** The object of the document that contains `offset`, when it names apiVersion, kind and name. */
export function objectAt(text: string, offset: number): { index: number; object: KubeObject } | undefined {
  const manifest = parseManifest(text);
  const doc = documentAt(manifest, offset);
  if (!doc || doc.chunk.yaml.errors.length > 0 || !isMap(doc.chunk.yaml.contents)) return undefined;
  const object = doc.chunk.yaml.toJS() as KubeObject;
  return hasIdentity(object) ? { index: doc.index, object } : undefined;
}
