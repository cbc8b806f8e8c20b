// Shared plumbing of the semantic rule families: the document root, its pod specs, and ranges.
import { isMap, type Node, type YAMLMap } from 'yaml';
import { podSpecsOf, type PodSpecLocation } from '../../schema/podSpecs';
import type { RuleContext } from '../rule';

/** The document's root map and kind name, when the document is a modelled kind with a map root. */
export function documentRoot(context: RuleContext): { root: YAMLMap; kind: string } | undefined {
  const root = context.document.chunk.yaml.contents;
  const kind = context.kind?.def.kind;
  return kind !== undefined && isMap(root) ? { root, kind } : undefined;
}

export function podSpecsIn(context: RuleContext): PodSpecLocation[] {
  const doc = documentRoot(context);
  return doc ? podSpecsOf(doc.kind, doc.root) : [];
}

/** `{ start, end }` of a node, for findings and related locations. */
export function span(context: RuleContext, node: Node): { start: number; end: number } {
  const [start, end] = context.rangeOf(node);
  return { start, end };
}
