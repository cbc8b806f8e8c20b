// CustomResourceDefinitions of the workspace: each indexed file that holds CRDs is a source of custom
// schemas, so their kinds are known in every file. Re-converted only when the CRD documents change.
import type { CustomSchemas } from '../customSchemas';
import type { Manifest, ParsedChunk } from '../document/manifest';

/** The CRD documents of a manifest (the chunks are kept to tell whether they changed). */
export function crdChunks(manifest: Manifest): ParsedChunk[] {
  return manifest.documents.map((d) => d.chunk).filter(isCrd);
}

export function isCrd(chunk: ParsedChunk): boolean {
  return chunk.identity.kind === 'CustomResourceDefinition';
}

/** CRD documents as plain values, as custom schemas take them. */
export function crdDocuments(chunks: readonly ParsedChunk[]): unknown[] {
  const documents: unknown[] = [];
  for (const chunk of chunks) {
    try {
      documents.push(chunk.yaml.toJS() as unknown);
    } catch {
      // Broken aliases: yaml-syntax reports them on the CRD itself.
    }
  }
  return documents;
}

export class WorkspaceCrds {
  /** The CRD chunks of each source file; undefined when its documents came as plain values (`load`). */
  private readonly seen = new Map<string, readonly ParsedChunk[] | undefined>();

  constructor(private readonly schemas: CustomSchemas) {}

  /** Updates the source `uri`; true when the custom kinds may have changed. */
  sync(uri: string, manifest: Manifest): boolean {
    return this.syncChunks(uri, crdChunks(manifest));
  }

  /** Updates the source `uri` from its CRD chunks; true when the custom kinds may have changed. */
  syncChunks(uri: string, chunks: readonly ParsedChunk[]): boolean {
    const before = this.seen.get(uri);
    if (chunks.length === 0) return this.forget(uri);
    if (before && before.length === chunks.length && before.every((c, i) => c === chunks[i])) return false;
    this.seen.set(uri, chunks);
    this.schemas.set(uri, crdDocuments(chunks));
    return true;
  }

  /**
   * Sets the source `uri` from its CRD documents read elsewhere (`crdDocuments` of its CRD chunks;
   * undefined when the file has none, like `sync` of a file without CRDs).
   */
  load(uri: string, documents: readonly unknown[] | undefined): boolean {
    if (documents === undefined) return this.forget(uri);
    this.seen.set(uri, undefined);
    this.schemas.set(uri, documents);
    return true;
  }

  forget(uri: string): boolean {
    if (!this.seen.delete(uri)) return false;
    this.schemas.delete(uri);
    return true;
  }

  forgetUnder(prefix: string): boolean {
    let changed = false;
    for (const uri of [...this.seen.keys()]) if (uri.startsWith(prefix)) changed = this.forget(uri) || changed;
    return changed;
  }
}
