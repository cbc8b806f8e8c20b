// Definition, references and document highlights of the name under the cursor.
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver-types';
import { isDeclaration } from '../workspace/links/mention';
import { mentionRange, type MentionHit } from '../workspace/workspaceIndex';
import { resolverOf } from './links';
import type { NavigationScope } from './scope';

/** Locations of hits, by file (in uri order) and position, each once. */
export function locationsOf(hits: readonly MentionHit[]): Location[] {
  const byUri = new Map<string, MentionHit[]>();
  for (const hit of hits) {
    const list = byUri.get(hit.object.uri);
    if (list) list.push(hit);
    else byUri.set(hit.object.uri, [hit]);
  }
  const out: Location[] = [];
  for (const uri of [...byUri.keys()].sort()) {
    const ranges = (byUri.get(uri) ?? [])
      .map(mentionRange)
      .sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
    ranges.forEach((range, i) => {
      const previous = ranges[i - 1];
      if (previous?.start.line !== range.start.line || previous.start.character !== range.start.character) out.push({ uri, range });
    });
  }
  return out;
}

export function definitionsOf(scope: NavigationScope, origin: MentionHit): Location[] {
  return locationsOf(resolverOf(origin.mention).definitions(scope, origin));
}

export function referencesOf(scope: NavigationScope, origin: MentionHit, includeDeclaration: boolean): Location[] {
  const hits = resolverOf(origin.mention).closure(scope, origin);
  return locationsOf(includeDeclaration ? hits : hits.filter((hit) => !isDeclaration(hit.mention)));
}

/**
 * The linked mentions in the origin's own file: definitions as writes, uses as reads. Editors ask at
 * every cursor move, so names that meet by key (objects, Service ports) are looked up in this file
 * only, not in every file that names a shared ConfigMap.
 */
export function highlightsOf(scope: NavigationScope, origin: MentionHit): DocumentHighlight[] {
  const uri = origin.object.uri;
  const byKey = origin.mention.type === 'object' || origin.mention.type === 'servicePort';
  const inFile = resolverOf(origin.mention)
    .closure(byKey ? { ...scope, visible: (other) => other === uri } : scope, origin)
    .filter((hit) => hit.object.uri === uri);
  const writes = new Set(locationsOf(inFile.filter((hit) => isDeclaration(hit.mention))).map((l) => JSON.stringify(l.range)));
  return locationsOf(inFile).map((location) => ({
    range: location.range,
    kind: writes.has(JSON.stringify(location.range)) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
