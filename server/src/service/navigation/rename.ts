// Rename: every linked mention changes together, in every file (a WorkspaceEdit with `changes`
// per uri). A new name that is not valid there, or that collides, is refused with the reason.
import { resolveParticles } from '../../../../protocol/koreanParticles';
import { parse } from 'yaml';
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Language } from '../settings';
import { mentionText } from '../workspace/links/mention';
import { mentionRange, type MentionHit } from '../workspace/workspaceIndex';
import { resolverOf } from './links';
import { navigationMessages } from './messages';
import { collision, nameProblem } from './renameCheck';
import type { NavigationScope } from './scope';

export type Refusal = { readonly refused: string };

export function prepareRenameOf(origin: MentionHit, language: Language): { range: Range; placeholder: string } | Refusal {
  const { mention } = origin;
  if (mention.type === 'servicePort' && mention.numeric) return { refused: navigationMessages[language].portNumber };
  return { range: mentionRange(origin), placeholder: mentionText(mention) };
}

/** The text that replaces a mention: a plain scalar that YAML would read as anything but this string gets quotes. */
export function replacementText(name: string, plain: boolean): string {
  if (!plain) return name;
  let read: unknown;
  try {
    read = parse(name);
  } catch {
    read = undefined;
  }
  return read === name ? name : JSON.stringify(name);
}

export function renameOf(
  scope: NavigationScope,
  origin: MentionHit,
  newName: string,
  language: Language,
): { edit: WorkspaceEdit } | Refusal {
  const problem = nameProblem(origin.mention, newName, language);
  if (problem !== undefined) return { refused: resolveParticles(problem) };
  const linked = resolverOf(origin.mention).closure(scope, origin);
  const taken = collision(scope, origin, linked, newName, language);
  if (taken !== undefined) return { refused: resolveParticles(taken) };
  const changes: Record<string, TextEdit[]> = {};
  const seen = new Set<string>();
  for (const hit of linked) {
    const range = mentionRange(hit);
    const id = `${hit.object.uri}:${range.start.line}:${range.start.character}`;
    if (seen.has(id)) continue;
    seen.add(id);
    (changes[hit.object.uri] ??= []).push({ range, newText: replacementText(newName, hit.mention.plain) });
  }
  return { edit: { changes } };
}
