// A workload's selector and its pod template's labels must agree, so each side offers the other's
// pairs: in `selector.matchLabels` (or a ReplicationController's `selector`) the template's labels,
// in `template.metadata.labels` the selector's.
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { isMap, isScalar, type Document } from 'yaml';
import type { PathSegment } from '../schema/resolvePath';
import type { Language } from '../settings';
import { completionLabels } from './labels';

export interface LabelPairs {
  readonly pairs: ReadonlyMap<string, string>;
  /** The pairs come from the pod template (the map at the path is a selector). */
  readonly fromTemplate: boolean;
}

function scalarPairs(doc: Document.Parsed, path: readonly PathSegment[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const node = doc.getIn(path, true);
  if (!isMap(node)) return pairs;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    const simple = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
    if (simple(key) && simple(value)) pairs.set(String(key), String(value));
  }
  return pairs;
}

function endsWith(path: readonly PathSegment[], tail: readonly string[]): boolean {
  return path.length >= tail.length && tail.every((segment, i) => path[path.length - tail.length + i] === segment);
}

/** The labels on the other side of the selector/template pair from the map at `mapPath`. */
export function counterpartLabels(doc: Document.Parsed, mapPath: readonly PathSegment[]): LabelPairs | undefined {
  if (endsWith(mapPath, ['selector', 'matchLabels']) || endsWith(mapPath, ['spec', 'selector'])) {
    const owner = mapPath.slice(0, mapPath[mapPath.length - 1] === 'matchLabels' ? -2 : -1);
    return { pairs: scalarPairs(doc, [...owner, 'template', 'metadata', 'labels']), fromTemplate: true };
  }
  if (endsWith(mapPath, ['template', 'metadata', 'labels'])) {
    const owner = mapPath.slice(0, -3);
    const selector = doc.getIn([...owner, 'selector'], true);
    if (!isMap(selector)) return undefined;
    const labelSelector = selector.has('matchLabels') || selector.has('matchExpressions');
    return { pairs: scalarPairs(doc, [...owner, 'selector', ...(labelSelector ? ['matchLabels'] : [])]), fromTemplate: false };
  }
  return undefined;
}

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9_.\-/]*$/;
const quoted = (text: string): string =>
  PLAIN.test(text) && !/^(true|false|null|~|[-+]?[0-9.]+)$/i.test(text) ? text : JSON.stringify(text);

/** `key: value` items for the counterpart's pairs whose key is not in the map yet. */
export function labelPairCompletions(
  doc: Document.Parsed,
  mapPath: readonly PathSegment[],
  present: ReadonlySet<string>,
  range: Range,
  language: Language,
  suffix: string,
): CompletionItem[] {
  const labels = counterpartLabels(doc, mapPath);
  if (!labels) return [];
  const detail = labels.fromTemplate ? completionLabels(language).templateLabel : completionLabels(language).selectorLabel;
  return [...labels.pairs]
    .filter(([key]) => !present.has(key))
    .map(([key, value]) => ({
      label: `${key}: ${value}`,
      kind: CompletionItemKind.Reference,
      detail,
      sortText: `0_${key}`,
      filterText: key,
      textEdit: { range, newText: `${quoted(key)}: ${quoted(value)}${suffix}` },
    }));
}
