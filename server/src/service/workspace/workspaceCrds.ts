// CustomResourceDefinitions of the workspace: each indexed file that holds CRDs is a source of custom
// schemas, so their kinds are known in every file. Re-converted only when the CRD documents change.
import type { CustomSchemas } from '../customSchemas';
import type { Manifest, ParsedChunk } from '../document/manifest';

/** The CRD documents of a manifest as plain values (the chunks are kept to tell whether they changed). */
function crdChunks(manifest: Manifest): ParsedChunk[] {
  return manifest.documents.map((d) => d.chunk).filter((c) => c.identity.kind === 'CustomResourceDefinition');
}

export class WorkspaceCrds {
  private readonly seen = new Map<string, readonly ParsedChunk[]>();

  constructor(private readonly schemas: CustomSchemas) {}

  /** Updates the source `uri`; true when the custom kinds may have changed. */
  sync(uri: string, manifest: Manifest): boolean {
    const chunks = crdChunks(manifest);
    const before = this.seen.get(uri);
    if (chunks.length === 0) return this.forget(uri);
    if (before && before.length === chunks.length && before.every((c, i) => c === chunks[i])) return false;
    this.seen.set(uri, chunks);
    const documents: unknown[] = [];
    for (const chunk of chunks) {
      try {
        documents.push(chunk.yaml.toJS() as unknown);
      } catch {
        // Broken aliases: yaml-syntax reports them on the CRD itself.
      }
    }
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
