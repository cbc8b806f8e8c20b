// The mention under the cursor, from the index's objects of the file (kept current with the editor).
import type { Position } from 'vscode-languageserver-types';
import { documentAt, type Manifest } from '../document/manifest';
import type { MentionHit, WorkspaceIndex } from '../workspace/workspaceIndex';

export function mentionAt(index: WorkspaceIndex, uri: string, manifest: Manifest, position: Position): MentionHit | undefined {
  const offset = manifest.lines.offsetAt(position);
  const document = documentAt(manifest, offset);
  if (!document) return undefined;
  const relative = offset - document.start;
  for (const object of index.objectsIn(uri)) {
    if (object.document !== document.index) continue;
    const mentions = object.links?.mentions ?? [];
    const at = mentions.findIndex((m) => m.start <= relative && relative <= m.end);
    const mention = mentions[at];
    if (mention) return { object, index: at, mention };
  }
  return undefined;
}
