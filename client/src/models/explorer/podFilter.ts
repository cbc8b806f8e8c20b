// The explorer's filter: text with selector syntax (`=`, `!`, ` in (`, ` notin (`) is a label
// selector; anything else is a case-insensitive part of the pod's name.
import type { Pod } from '../../core/kube/kubeTypes';
import { matchesRequirements, parseLabelSelector, type Requirement } from '../../core/kube/labelSelector';

export type PodFilter =
  | { readonly kind: 'name'; readonly text: string }
  | { readonly kind: 'labels'; readonly text: string; readonly requirements: readonly Requirement[] };

export type FilterParse = { readonly ok: true; readonly filter: PodFilter | undefined } | { readonly ok: false; readonly error: string };

function looksLikeSelector(text: string): boolean {
  return /[=!]|\s(?:in|notin)\s*\(/.test(text);
}

/** Parses what the user typed; empty text means no filter. */
export function parsePodFilter(input: string): FilterParse {
  const text = input.trim();
  if (text === '') return { ok: true, filter: undefined };
  if (!looksLikeSelector(text)) return { ok: true, filter: { kind: 'name', text } };
  const parsed = parseLabelSelector(text);
  if (!parsed.ok) return parsed;
  return { ok: true, filter: { kind: 'labels', text, requirements: parsed.requirements } };
}

export function podMatchesFilter(filter: PodFilter | undefined, pod: Pod): boolean {
  if (filter === undefined) return true;
  if (filter.kind === 'name') return (pod.metadata.name ?? '').toLowerCase().includes(filter.text.toLowerCase());
  return matchesRequirements(filter.requirements, pod.metadata.labels);
}
